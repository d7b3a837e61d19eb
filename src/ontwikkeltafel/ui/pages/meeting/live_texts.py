"""What the live view says, and what a capture key stores (as the meeting page does).

The clocks, the meeting against its planned end, the next item, the lines an item
produced; each capture key's edit goes through the meeting page's services and undo steps.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.services.live_capture import (
    Produced,
    ProducedLine,
    add_practice,
    minutes_with,
    raise_concern,
)
from ontwikkeltafel.services.live_meeting import ItemTime, LiveMeeting, MeetingTime, clock_text
from ontwikkeltafel.services.minutes_editing import add_decision, agree_action
from ontwikkeltafel.ui.core.labels import short_date
from ontwikkeltafel.ui.core.undo import Editor


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveView", text)


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def clock_texts(planned_minutes: int | None, clock: ItemTime) -> tuple[str, str]:
    """The big clock (time left, "+2:10" over, or time run) and the line under it."""
    if clock.remaining is None:
        return clock_text(clock.elapsed), _tr("geen tijd gepland")
    if clock.remaining >= 0:
        line = _fill(_tr("%2 van %1 min gebruikt"), planned_minutes, clock.elapsed // 60)
        return clock_text(clock.remaining), line
    return "+" + clock_text(clock.remaining), _fill(
        _tr("over tijd (%1 min gepland)"), planned_minutes
    )


def meeting_text(time: MeetingTime) -> str:
    """The meeting against its planned end: "nog 35 min, 10 min achter op schema"."""
    left, behind = time.minutes_left, time.minutes_behind
    if left >= 0:
        first = _fill(_tr("nog %1 min"), left)
    else:
        first = _fill(_tr("%1 min over de eindtijd"), -left)
    if behind > 0:
        second = _fill(_tr("%1 min achter op schema"), behind)
    elif behind < 0:
        second = _fill(_tr("%1 min voor op schema"), -behind)
    else:
        second = _tr("op schema")
    return f"{first}, {second}"


def next_text(meeting: LiveMeeting, index: int) -> str:
    """The item after item ``index``: "Hierna: 4. Rondvraag (10 min)"."""
    if index + 1 >= len(meeting.items):
        return _tr("Hierna: einde van de vergadering")
    after = meeting.items[index + 1]
    text = _fill(_tr("Hierna: %1. %2"), after.position, after.title)
    if after.planned_minutes:
        text += _fill(_tr(" (%1 min)"), after.planned_minutes)
    return text


def position_text(meeting: LiveMeeting, index: int) -> str:
    """Where the item stands on the agenda: "Punt 3 van 7"."""
    return _fill(_tr("Punt %1 van %2"), meeting.items[index].position, len(meeting.items))


def produced_text(line: ProducedLine) -> str:
    """One thing the item produced: "Actie: Notitie schrijven (A. de Vries, 11-12-2026)"."""
    names = {
        Produced.DECISION: _tr("Besluit"),
        Produced.ACTION: _tr("Actie"),
        Produced.CONCERN: _tr("Vraag"),
        Produced.PRACTICE: _tr("Goed voorbeeld"),
        Produced.MINUTES: _tr("Verslag"),
    }
    text = f"{names[line.kind]}: {line.text}"
    extra = [part for part in (line.owner, short_date(line.due_on)) if part]
    return f"{text} ({', '.join(extra)})" if extra else text


def capture_work(
    editor: Editor, item_id: str, key: str, values: dict[str, Any]
) -> Callable[[], object]:
    """The undoable edit that stores what capture key ``key`` took under ``item_id``."""
    sessions = editor.sessions
    text = str(values.get("text", ""))
    if key == "B":
        return lambda: editor.push_create(
            _tr("Besluit toevoegen"), "decisions", lambda: add_decision(sessions, item_id, text)
        )
    if key == "A":
        action = {"description": text, "owner_id": values.get("owner_id")}
        action["due_on"] = values.get("due_on")
        return lambda: editor.push_create(
            _tr("Actie toevoegen"), "actions", lambda: agree_action(sessions, item_id, action)
        )
    if key == "V":
        return lambda: editor.push_create(
            _tr("Vraag toevoegen"), "concerns", lambda: raise_concern(sessions, item_id, text)
        )
    if key == "G":
        return lambda: editor.push_create(
            _tr("Goed voorbeeld toevoegen"),
            "practices",
            lambda: add_practice(sessions, item_id, text),
        )

    def add_line() -> None:  # read when stored: the verslag as it is then
        stored = editor.read("agenda_items", item_id) or {}
        if stored.get("version") is not None:
            # Saved over the verslag just read, its version and text the base (also when no
            # form on the page has the item loaded): a colleague's text stored since that
            # read is a conflict, never overwritten.
            seen = {"minutes": stored.get("minutes")}
            editor.versions.seen("agenda_items", item_id, seen, int(stored["version"]))
        minutes = minutes_with(str(stored.get("minutes", "")), text)
        editor.update(_tr("Verslag wijzigen"), "agenda_items", item_id, {"minutes": minutes}, False)

    return add_line
