"""Hypothesis strategies that build random valid exchange documents (random databases)."""

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from ontwikkeltafel.model import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    Priority,
    Sector,
    TableStatus,
)

CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXT = st.text(CHARS, max_size=40)
REQUIRED = st.text(CHARS, min_size=1, max_size=30).filter(lambda s: s.strip() != "")
IDS = st.one_of(st.uuids().map(str), REQUIRED)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)).map(date.isoformat)
ZONES = st.sampled_from(
    [ZoneInfo("Europe/Amsterdam"), UTC, timezone(timedelta(hours=5, minutes=30))]
)
MOMENTS = st.datetimes(
    min_value=datetime(1901, 1, 1), max_value=datetime(2199, 1, 1), timezones=ZONES
)


def enum(values: type) -> st.SearchStrategy[str]:
    """A code of the enum ``values``."""
    return st.sampled_from([member.value for member in values])


def maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """The value or null."""
    return st.one_of(st.none(), strategy)


def subset(draw: Any, pool: list[str], limit: int = 3) -> list[str]:
    """Some distinct ids of ``pool``."""
    if not pool:
        return []
    return draw(st.lists(st.sampled_from(pool), max_size=limit, unique=True))


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    """A random document that obeys every rule of the exchange format."""
    ids = iter(draw(st.lists(IDS, min_size=120, max_size=120, unique=True)))
    org_ids = [next(ids) for _ in range(draw(st.integers(0, 3)))]
    person_ids = [next(ids) for _ in range(draw(st.integers(1, 5)))]
    theme_ids = [next(ids) for _ in range(draw(st.integers(0, 3)))]
    table_ids = [next(ids) for _ in range(draw(st.integers(0, 2)))]
    practice_ids = [next(ids) for _ in range(draw(st.integers(0, 2)))]
    meeting_ids = [next(ids) for _ in range(draw(st.integers(0, 3)))]
    concern_ids = [next(ids) for _ in range(draw(st.integers(0, 3)))]
    theme_names = draw(
        st.lists(REQUIRED, min_size=len(theme_ids), max_size=len(theme_ids), unique_by=str.casefold)
    )

    def ref(pool: list[str]) -> Any:
        return draw(maybe(st.sampled_from(pool))) if pool else None

    doc: dict[str, Any] = {"format": "ontwikkeltafel-exchange", "version": 1}
    doc["organisations"] = [
        {
            "id": i,
            "name": draw(REQUIRED),
            "sector": draw(enum(Sector)),
            "website": draw(TEXT),
            "notes": draw(TEXT),
        }
        for i in org_ids
    ]
    doc["people"] = [
        {
            "id": i,
            "first_name": draw(TEXT),
            "prefix": draw(st.sampled_from(["", "de", "van der"])),
            "last_name": draw(REQUIRED),
            "organisation_id": ref(org_ids),
            "function": draw(TEXT),
            "email": draw(TEXT),
            "phone": draw(TEXT),
            "notes": draw(TEXT),
        }
        for i in person_ids
    ]
    doc["themes"] = [{"id": i, "name": n} for i, n in zip(theme_ids, theme_names, strict=True)]
    doc["tables"] = [
        {
            "id": i,
            "title": draw(REQUIRED),
            "goal": draw(TEXT),
            "description": draw(TEXT),
            "theme_ids": subset(draw, theme_ids),
            "started_on": draw(maybe(DATES)),
            "ended_on": draw(maybe(DATES)),
            "status": draw(enum(TableStatus)),
            "members": [
                {"person_id": p, "role": draw(enum(MemberRole))}
                for p in subset(draw, person_ids, 4)
            ],
            "agenda_template": [
                {
                    "title": draw(REQUIRED),
                    "kind": draw(enum(AgendaItemKind)),
                    "planned_minutes": draw(maybe(st.integers(0, 240))),
                }
                for _ in range(draw(st.integers(0, 3)))
            ],
            "retention_years": draw(maybe(st.integers(0, 30))),
        }
        for i in table_ids
    ]
    doc["practices"] = [
        {
            "id": i,
            "title": draw(REQUIRED),
            "summary": draw(TEXT),
            "description": draw(TEXT),
            "organisation_ids": subset(draw, org_ids),
            "contact_id": ref(person_ids),
            "region": draw(TEXT),
            "source": draw(TEXT),
            "success_factors": draw(TEXT),
            "theme_ids": subset(draw, theme_ids),
        }
        for i in practice_ids
    ]
    doc["meetings"] = [
        meeting(draw, i, ids, table_ids, person_ids, concern_ids, practice_ids) for i in meeting_ids
    ]
    doc["concerns"] = [
        {
            "id": i,
            "table_id": ref(table_ids),
            "kind": draw(enum(ConcernKind)),
            "title": draw(REQUIRED),
            "description": draw(TEXT),
            "raised_by_id": ref(person_ids),
            "raised_in_meeting_id": ref(meeting_ids),
            "status": draw(enum(ConcernStatus)),
            "priority": draw(enum(Priority)),
            "resolution": draw(TEXT),
            "theme_ids": subset(draw, theme_ids),
            "practice_ids": subset(draw, practice_ids),
        }
        for i in concern_ids
    ]
    doc["development_points"] = [
        {
            "id": next(ids),
            "table_id": ref(table_ids),
            "title": draw(REQUIRED),
            "description": draw(TEXT),
            "status": draw(enum(DevelopmentPointStatus)),
            "owner_id": ref(person_ids),
            "concern_ids": subset(draw, concern_ids),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    doc["actions"] = actions(draw, ids, doc["meetings"], table_ids, person_ids)
    return doc


def meeting(
    draw: Any,
    meeting_id: str,
    ids: Any,
    table_ids: list[str],
    person_ids: list[str],
    concern_ids: list[str],
    practice_ids: list[str],
) -> dict[str, Any]:
    """One meeting with attendance, agenda items and decisions."""
    start = draw(MOMENTS)
    status = draw(enum(MeetingStatus))
    positions = draw(st.lists(st.integers(1, 50), max_size=4, unique=True))
    return {
        "id": meeting_id,
        "table_id": draw(maybe(st.sampled_from(table_ids))) if table_ids else None,
        "kind": draw(enum(MeetingKind)),
        "title": draw(REQUIRED),
        "starts_at": start.isoformat(),
        "ends_at": draw(maybe(st.just((start + timedelta(minutes=90)).isoformat()))),
        "location": draw(TEXT),
        "chair_id": draw(maybe(st.sampled_from(person_ids))),
        "secretary_id": draw(maybe(st.sampled_from(person_ids))),
        "status": status,
        "minutes_approved_on": draw(maybe(DATES)) if status == "minutes_approved" else None,
        "notes": draw(TEXT),
        "attendance": [
            {"person_id": p, "status": draw(enum(AttendanceStatus))}
            for p in subset(draw, person_ids, 4)
        ],
        "agenda": [
            {
                "id": next(ids),
                "position": position,
                "title": draw(REQUIRED),
                "kind": draw(enum(AgendaItemKind)),
                "planned_minutes": draw(maybe(st.integers(0, 120))),
                "presenter_id": draw(maybe(st.sampled_from(person_ids))),
                "description": draw(TEXT),
                "minutes": draw(TEXT),
                "confidential": draw(st.booleans()),
                "decisions": [
                    {"id": next(ids), "text": draw(REQUIRED)}
                    for _ in range(draw(st.integers(0, 2)))
                ],
                "concern_ids": subset(draw, concern_ids),
                "practice_ids": subset(draw, practice_ids),
            }
            for position in positions
        ],
    }


def actions(
    draw: Any, ids: Any, meetings: list[dict[str, Any]], table_ids: list[str], person_ids: list[str]
) -> list[dict[str, Any]]:
    """Actions with numbers unique per table, agreed under an item of their meeting."""
    result = []
    used: set[tuple[Any, str]] = set()
    for _ in range(draw(st.integers(0, 4))):
        table_id = draw(maybe(st.sampled_from(table_ids))) if table_ids else None
        number = draw(st.from_regex(r"20[0-9]{2}-[0-9]{2}", fullmatch=True))
        if (table_id, number) in used:
            continue
        used.add((table_id, number))
        chosen = draw(maybe(st.sampled_from(meetings))) if meetings else None
        items = chosen["agenda"] if chosen else []
        item = draw(maybe(st.sampled_from(items))) if items else None
        status = draw(enum(ActionStatus))
        result.append(
            {
                "id": next(ids),
                "number": number,
                "table_id": table_id,
                "meeting_id": chosen["id"] if chosen else None,
                "agenda_item_id": item["id"] if item else None,
                "description": draw(REQUIRED),
                "owner_id": draw(maybe(st.sampled_from(person_ids))),
                "due_on": draw(maybe(DATES)),
                "status": status,
                "done_on": draw(maybe(DATES)),
                "notes": draw(TEXT),
            }
        )
    return result
