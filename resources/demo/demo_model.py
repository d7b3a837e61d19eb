"""Helpers that turn the readable demo content into records of the exchange format."""

import datetime as dt
import textwrap
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

# Ids are derived from a readable key ("person:hverbeek"), so they stay the same on every run.
NAMESPACE = uuid.UUID("2f0c8a52-6d1e-4b8a-9c55-3e7a1f0b9d64")
EMAIL_DOMAIN = "voorbeeld.nl"

Record = dict[str, Any]

defined: dict[str, str] = {}
referenced: dict[str, str] = {}


def _uuid(kind: str, key: str) -> str:
    """Return a stable id for a key, shaped like the UUID4 strings the app creates."""
    digest = uuid.uuid5(NAMESPACE, f"{kind}:{key}")
    return str(uuid.UUID(bytes=digest.bytes, version=4))


def new_id(kind: str, key: str) -> str:
    """Return the id of a new record and remember that it exists."""
    value = _uuid(kind, key)
    if value in defined:
        raise ValueError(f"{kind} {key!r} is defined twice")
    defined[value] = f"{kind} {key!r}"
    return value


def ref(kind: str, key: str | None) -> str | None:
    """Return the id a reference points at, and remember it for the final check."""
    if key is None:
        return None
    value = _uuid(kind, key)
    referenced.setdefault(value, f"{kind} {key!r}")
    return value


def refs(kind: str, keys: Iterable[str]) -> list[str | None]:
    """Return the ids of a list of references."""
    return [ref(kind, key) for key in keys]


def dangling() -> list[str]:
    """Return the references that point at no record."""
    return sorted(label for value, label in referenced.items() if value not in defined)


def text(source: str) -> str:
    """Reflow an indented block into exchange text: paragraphs, and lines that start with '- '.

    Lines of one paragraph are joined; a bullet continues on lines indented below it. Paragraphs
    are separated by a blank line, consecutive bullets by a single line break.
    """
    units: list[tuple[str, list[str]]] = []
    new_block = True
    for raw in textwrap.dedent(source).strip("\n").splitlines():
        line = raw.strip()
        if not line:
            new_block = True
            continue
        if line.startswith("- "):
            units.append(("bullet", [line]))
        elif units and not new_block and (raw[:1].isspace() or units[-1][0] == "paragraph"):
            units[-1][1].append(line)
        else:
            units.append(("paragraph", [line]))
        new_block = False
    parts = []
    for index, (kind, lines) in enumerate(units):
        if index:
            both_bullets = kind == "bullet" and units[index - 1][0] == "bullet"
            parts.append("\n" if both_bullets else "\n\n")
        parts.append(" ".join(lines))
    return "".join(parts)


def day(value: str | None) -> str | None:
    """Check a date written as YYYY-MM-DD and return it unchanged."""
    if value is not None:
        dt.date.fromisoformat(value)
    return value


def _last_sunday(year: int, month: int) -> dt.date:
    """Return the last Sunday of March or October (both have 31 days)."""
    last = dt.date(year, month, 31)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def moment(value: str, *, on: str | None = None) -> str:
    """Turn Amsterdam wall-clock time ('2018-01-18 15:00', or '17:00' with on=date) into ISO 8601.

    The offset follows the EU rule: summer time (+02:00) from the last Sunday of March, 02:00,
    to the last Sunday of October, 03:00; winter time (+01:00) otherwise.
    """
    if on is not None:
        value = f"{on[:10]} {value}"
    local = dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    summer_from = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(2))
    summer_until = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(3))
    hours = 2 if summer_from <= local < summer_until else 1
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=hours))).isoformat()


def _email(first_name: str, prefix: str, last_name: str, organisation: str) -> str:
    """Make an address on the example domain: 'ij.vandenheuvel@ggd-utrecht.voorbeeld.nl'."""
    initial = "ij" if first_name.startswith("IJ") else first_name[:1]
    local = f"{initial}.{prefix}{last_name}".lower().replace(" ", "")
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode()
    return f"{local}@{organisation}.{EMAIL_DOMAIN}"


def organisation(key: str, name: str, sector: str, *, website: str = "", notes: str = "") -> Record:
    """Return an organisation."""
    return {
        "id": new_id("organisation", key),
        "name": name,
        "sector": sector,
        "website": website,
        "notes": text(notes),
    }


def person(
    key: str,
    first_name: str,
    prefix: str,
    last_name: str,
    organisation: str,
    function: str,
    *,
    notes: str = "",
) -> Record:
    """Return a person of an organisation, with an address on the example domain."""
    return {
        "id": new_id("person", key),
        "first_name": first_name,
        "prefix": prefix,
        "last_name": last_name,
        "organisation_id": ref("organisation", organisation),
        "function": function,
        "email": _email(first_name, prefix, last_name, organisation),
        "phone": "",
        "notes": text(notes),
    }


def theme(key: str, name: str) -> Record:
    """Return a theme."""
    return {"id": new_id("theme", key), "name": name}


def table(
    key: str,
    title: str,
    *,
    goal: str,
    description: str,
    themes: Sequence[str],
    started_on: str,
    status: str,
    members: Sequence[tuple[str, str]],
    agenda_template: Sequence[tuple[str, str, int]],
    retention_years: int | None,
    ended_on: str | None = None,
) -> Record:
    """Return a development table with its members and agenda template."""
    return {
        "id": new_id("table", key),
        "title": title,
        "goal": text(goal),
        "description": text(description),
        "theme_ids": refs("theme", themes),
        "started_on": day(started_on),
        "ended_on": day(ended_on),
        "status": status,
        "members": [{"person_id": ref("person", who), "role": role} for who, role in members],
        "agenda_template": [
            {"title": item_title, "kind": kind, "planned_minutes": minutes}
            for item_title, kind, minutes in agenda_template
        ],
        "retention_years": retention_years,
    }


def item(
    title: str,
    kind: str = "topic",
    planned_minutes: int | None = None,
    *,
    presenter: str | None = None,
    description: str = "",
    minutes: str = "",
    confidential: bool = False,
    decisions: Sequence[str] = (),
    concerns: Sequence[str] = (),
    practices: Sequence[str] = (),
) -> Record:
    """Return an agenda item; meeting() gives it its id, position and decision ids."""
    return {
        "title": title,
        "kind": kind,
        "planned_minutes": planned_minutes,
        "presenter": presenter,
        "description": description,
        "minutes": minutes,
        "confidential": confidential,
        "decisions": decisions,
        "concerns": concerns,
        "practices": practices,
    }


def _agenda_item(meeting_key: str, position: int, raw: Record) -> Record:
    """Finish an agenda item: the key of item 3 of meeting 'oz1' is 'oz1.3'."""
    key = f"{meeting_key}.{position}"
    return {
        "id": new_id("agenda_item", key),
        "position": position,
        "title": raw["title"],
        "kind": raw["kind"],
        "planned_minutes": raw["planned_minutes"],
        "presenter_id": ref("person", raw["presenter"]),
        "description": text(raw["description"]),
        "minutes": text(raw["minutes"]),
        "confidential": raw["confidential"],
        "decisions": [
            {"id": new_id("decision", f"{key}.{number}"), "text": text(decision)}
            for number, decision in enumerate(raw["decisions"], 1)
        ],
        "concern_ids": refs("concern", raw["concerns"]),
        "practice_ids": refs("practice", raw["practices"]),
    }


def meeting(
    key: str,
    title: str,
    *,
    table: str | None,
    kind: str,
    starts: str,
    ends: str,
    location: str,
    chair: str,
    secretary: str,
    status: str,
    approved_on: str | None = None,
    notes: str = "",
    present: Sequence[str] = (),
    excused: Sequence[str] = (),
    absent: Sequence[str] = (),
    guests: Sequence[str] = (),
    agenda: Sequence[Record] = (),
) -> Record:
    """Return a meeting; starts is '2018-01-18 15:00', ends the time of day it ends."""
    attendance = [
        {"person_id": ref("person", who), "status": status_code}
        for status_code, people in (
            ("present", present),
            ("excused", excused),
            ("absent", absent),
            ("guest", guests),
        )
        for who in people
    ]
    return {
        "id": new_id("meeting", key),
        "table_id": ref("table", table),
        "kind": kind,
        "title": title,
        "starts_at": moment(starts),
        "ends_at": moment(ends, on=starts),
        "location": location,
        "chair_id": ref("person", chair),
        "secretary_id": ref("person", secretary),
        "status": status,
        "minutes_approved_on": day(approved_on),
        "notes": text(notes),
        "attendance": attendance,
        "agenda": [
            _agenda_item(key, pos, raw)
            for pos, raw in enumerate(_fit_time_boxes(agenda, starts, ends), 1)
        ],
    }


def concern(
    key: str,
    title: str,
    *,
    table: str,
    kind: str,
    description: str,
    raised_by: str,
    raised_in: str | None,
    status: str,
    priority: str,
    resolution: str = "",
    themes: Sequence[str] = (),
    practices: Sequence[str] = (),
) -> Record:
    """Return a question, concern or bottleneck (vraag, zorg, knelpunt)."""
    return {
        "id": new_id("concern", key),
        "table_id": ref("table", table),
        "kind": kind,
        "title": title,
        "description": text(description),
        "raised_by_id": ref("person", raised_by),
        "raised_in_meeting_id": ref("meeting", raised_in),
        "status": status,
        "priority": priority,
        "resolution": text(resolution),
        "theme_ids": refs("theme", themes),
        "practice_ids": refs("practice", practices),
    }


def practice(
    key: str,
    title: str,
    *,
    summary: str,
    description: str,
    organisations: Sequence[str],
    contact: str | None,
    region: str,
    source: str,
    success_factors: str,
    themes: Sequence[str],
) -> Record:
    """Return a good practice (goed voorbeeld)."""
    return {
        "id": new_id("practice", key),
        "title": title,
        "summary": text(summary),
        "description": text(description),
        "organisation_ids": refs("organisation", organisations),
        "contact_id": ref("person", contact),
        "region": region,
        "source": text(source),
        "success_factors": text(success_factors),
        "theme_ids": refs("theme", themes),
    }


def development_point(
    key: str,
    title: str,
    *,
    table: str,
    description: str,
    status: str,
    owner: str,
    concerns: Sequence[str],
) -> Record:
    """Return a development point (ontwikkelpunt)."""
    return {
        "id": new_id("development_point", key),
        "table_id": ref("table", table),
        "title": title,
        "description": text(description),
        "status": status,
        "owner_id": ref("person", owner),
        "concern_ids": refs("concern", concerns),
    }


def action(
    table: str,
    number: str,
    description: str,
    *,
    meeting: str,
    item: int,
    owner: str,
    due_on: str,
    status: str,
    done_on: str | None = None,
    notes: str = "",
) -> Record:
    """Return an action agreed under agenda item `item` (its position) of `meeting`."""
    return {
        "id": new_id("action", f"{table}:{number}"),
        "number": number,
        "table_id": ref("table", table),
        "meeting_id": ref("meeting", meeting),
        "agenda_item_id": ref("agenda_item", f"{meeting}.{item}"),
        "description": text(description),
        "owner_id": ref("person", owner),
        "due_on": day(due_on),
        "status": status,
        "done_on": day(done_on),
        "notes": text(notes),
    }


def _fit_time_boxes(agenda: Sequence[Record], starts: str, ends: str) -> list[Record]:
    """Shorten the longest topics' time boxes (5 minutes at a time) until the agenda fits.

    A chair plans the items within the meeting: the convocatie's times must end with it.
    """
    start = dt.datetime.strptime(starts, "%Y-%m-%d %H:%M")
    end = dt.datetime.strptime(f"{starts[:10]} {ends}", "%Y-%m-%d %H:%M")
    room = int((end - start).total_seconds() // 60)
    items = [dict(raw) for raw in agenda]
    topics = [i for i in items if i["kind"] == "topic" and (i["planned_minutes"] or 0) > 10]
    while sum(i["planned_minutes"] or 0 for i in items) > room and topics:
        longest = max(topics, key=lambda i: i["planned_minutes"])
        longest["planned_minutes"] -= 5
        if longest["planned_minutes"] <= 10:
            topics.remove(longest)
    return items
