"""The chair's live mode without Qt: the agenda as led, the clocks, due words, quick capture.

Times are aware datetimes; an item's clock is the seconds it has run (pauses left out).
The meeting runs late by what the current item still needs plus the items after it,
measured against its planned end (its end time, else its start plus the planned minutes).
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from ontwikkeltafel.model import AgendaItem, Meeting, Person
from ontwikkeltafel.reports.format import full_name
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.lists import person_of

WARN_AT = 0.8  # of the planned time: the clock turns orange


@dataclass(frozen=True)
class LiveItem:
    """An agenda item as the live view shows it."""

    id: str
    position: int
    title: str
    presenter: str
    description: str
    planned_minutes: int | None
    started_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True)
class LiveMeeting:
    """A meeting being led: its title, planned start and end, and its agenda in order."""

    id: str
    title: str
    starts_at: datetime
    planned_end: datetime
    items: tuple[LiveItem, ...]


def live_meeting(sessions: SessionFactory, meeting_id: str) -> LiveMeeting | None:
    """The meeting ``meeting_id`` to lead (None when it is gone)."""
    with sessions() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            return None
        rows = session.execute(
            select(AgendaItem, Person.first_name, Person.prefix, Person.last_name)
            .outerjoin(Person, AgendaItem.presenter_id == Person.id)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ).all()
        items = []
        for item, first, prefix, last in rows:
            presenter = person_of(item.presenter_id, first, prefix, last)
            items.append(
                LiveItem(
                    item.id,
                    item.position,
                    item.title,
                    full_name(presenter) if presenter else "",
                    item.description,
                    item.planned_minutes,
                    item.started_at,
                    item.ended_at,
                )
            )
        planned = sum(i.planned_minutes or 0 for i in items)
        end = meeting.ends_at or meeting.starts_at + timedelta(minutes=planned)
        return LiveMeeting(meeting.id, meeting.title, meeting.starts_at, end, tuple(items))


class ClockState(StrEnum):
    """How an item's clock is shown: in time, nearly out of it (80 %), or over."""

    NORMAL = "normal"
    WARNING = "warning"
    OVER = "over"


@dataclass(frozen=True)
class ItemTime:
    """An item's clock: seconds run, seconds left (negative: over), and its state."""

    elapsed: int
    remaining: int | None
    state: ClockState


def item_time(planned_minutes: int | None, elapsed_seconds: float) -> ItemTime:
    """The clock of an item planned for ``planned_minutes`` that has run ``elapsed_seconds``."""
    elapsed = max(0, int(elapsed_seconds))
    if not planned_minutes:
        return ItemTime(elapsed, None, ClockState.NORMAL)
    planned = planned_minutes * 60
    remaining = planned - elapsed
    if remaining < 0:
        state = ClockState.OVER
    elif elapsed >= WARN_AT * planned:
        state = ClockState.WARNING
    else:
        state = ClockState.NORMAL
    return ItemTime(elapsed, remaining, state)


def clock_text(seconds: int) -> str:
    """Seconds as a clock: "7:05", "1:02:00"; the sign left out."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"


@dataclass(frozen=True)
class MeetingTime:
    """Minutes left until the planned end (negative: past it), and minutes behind schedule."""

    minutes_left: int
    minutes_behind: int


def _minutes(delta: timedelta) -> int:
    return round(delta.total_seconds() / 60)


def meeting_time(meeting: LiveMeeting, index: int, current: ItemTime, now: datetime) -> MeetingTime:
    """Where the meeting stands at ``now`` while item ``index`` has its clock at ``current``.

    The expected end is now plus what the current item has left (nothing when over)
    plus the planned minutes of the items after it.
    """
    after = sum(item.planned_minutes or 0 for item in meeting.items[index + 1 :])
    left_here = max(0, current.remaining or 0)
    expected = now + timedelta(seconds=left_here, minutes=after)
    return MeetingTime(
        _minutes(meeting.planned_end - now), _minutes(expected - meeting.planned_end)
    )


def elapsed_before(item: LiveItem) -> float:
    """The seconds an item already ran in an earlier session (start and end both known)."""
    if item.started_at is None or item.ended_at is None:
        return 0.0
    return max(0.0, (item.ended_at - item.started_at).total_seconds())


# Due words: "vr", "vrijdag", "morgen", "2 weken", "over 3 dagen", "14-3"

_WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAY_NAMES = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_ENGLISH = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPANS = {
    "dag": 1,
    "dagen": 1,
    "day": 1,
    "days": 1,
    "week": 7,
    "weken": 7,
    "weeks": 7,
    "maand": 30,
    "maanden": 30,
    "month": 30,
    "months": 30,
}
_WORDS = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
_SPAN = re.compile(r"^(?:over\s+|in\s+)?(\d{1,3})\s*([a-z]+)$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})$")


def _weekday(word: str) -> int | None:
    word = word.strip(".")
    for names in (_WEEKDAYS, _ENGLISH):
        if word in names:
            return names.index(word)
    for number, name in enumerate(_DAY_NAMES):
        if len(word) >= 2 and name.startswith(word):
            return number
    return None


def _months_on(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_date(text: str, today: date) -> date | None:
    """The day a due word names, seen from ``today``; None when it names none.

    A weekday is the next one after today ("vr" on a Friday: a week on); "2 weken" and
    "over 3 dagen" count on from today ("1 maand": the same day next month); "14-3" is
    the next 14 March from today on. Whole dates ("14-3-2027") are not words: None.
    """
    word = " ".join(text.casefold().split())
    if not word:
        return None
    if word in _WORDS:
        return today + timedelta(days=_WORDS[word])
    if word in ("volgende week", "next week"):
        return today + timedelta(days=7)
    weekday = _weekday(word) if word.rstrip(".").isalpha() else None
    if weekday is not None:
        ahead = (weekday - today.weekday() - 1) % 7 + 1
        return today + timedelta(days=ahead)
    span = _SPAN.match(word)
    if span and span.group(2) in _SPANS:
        count, unit = int(span.group(1)), _SPANS[span.group(2)]
        if unit == 30:
            return _months_on(today, count)
        return today + timedelta(days=count * unit)
    day_month = _DAY_MONTH.match(word)
    if day_month:
        return next_day_month(int(day_month.group(1)), int(day_month.group(2)), today)
    return None


def next_day_month(day: int, month: int, today: date) -> date | None:
    """The first ``day``-``month`` from ``today`` on (None when there is no such day)."""
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            found = date(year, month, day)
        except ValueError:
            continue  # 29-2 outside a leap year, or no such month
        if found >= today:
            return found
    return None
