"""The query service behind the table report (tafelrapportage): all a table produced."""

from collections import Counter
from datetime import date
from typing import Any

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model import AttendanceStatus, ConcernStatus, MemberRole
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.table_report_parts import point_order
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.past import end_of_day, timelines
from ontwikkeltafel.services.report_data import actions_list
from ontwikkeltafel.services.report_rows import table_record
from ontwikkeltafel.services.report_stood import People, local_date, seats, typed_row
from ontwikkeltafel.store.plain import Plain, moment

_PRESENT = (AttendanceStatus.PRESENT.value, AttendanceStatus.GUEST.value)


def _names(db: Plain, sql: str, table_id: str) -> dict[str, list[str]]:
    """Per owner id (the first column), the names (the second) ``sql`` gives for the table."""
    found: dict[str, list[str]] = {}
    for row in db.rows(sql, {"table": table_id}):
        found.setdefault(row["owner"], []).append(row["name"])
    return found


def _meetings(db: Plain, table_id: str) -> list[data.MeetingSummary]:
    """The table's meetings, with how many were present per sector (code; "other" without one)."""
    sectors: dict[str, Counter[str]] = {}
    for row in db.rows(
        "SELECT a.meeting_id, a.status, o.sector FROM attendance a"
        " JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id"
        " LEFT JOIN organisations o ON o.id = p.organisation_id WHERE m.table_id = :table",
        {"table": table_id},
    ):
        if row["status"] in _PRESENT:
            counts = sectors.setdefault(row["meeting_id"], Counter())
            counts[row["sector"] or "other"] += 1
    timed: dict[str, list[data.TimedItem]] = {}
    for row in db.rows(
        "SELECT ai.meeting_id, ai.title, ai.planned_minutes, ai.confidential, ai.started_at,"
        " ai.ended_at FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id"
        " WHERE m.table_id = :table AND ai.started_at IS NOT NULL AND ai.ended_at IS NOT NULL"
        " ORDER BY ai.position, ai.id",
        {"table": table_id},
    ):
        item = typed_row("agenda", row)
        taken = (item["ended_at"] - item["started_at"]).total_seconds() / 60
        timed.setdefault(item["meeting_id"], []).append(
            data.TimedItem(
                title=item["title"],
                planned_minutes=item["planned_minutes"],
                taken_minutes=round(taken),
                confidential=item["confidential"],
            )
        )
    rows = db.rows(
        "SELECT id, title, kind, starts_at, status FROM meetings WHERE table_id = :table"
        " ORDER BY starts_at, id",
        {"table": table_id},
    )
    return [
        data.MeetingSummary(
            title=m["title"],
            kind=m["kind"],
            starts_at=m["starts_at"],
            status=m["status"],
            present_by_sector=dict(sectors.get(m["id"], {})),
            timed_items=tuple(timed.get(m["id"], ())),
        )
        for m in (typed_row("meetings", row) for row in rows)
    ]


def _concerns(db: Plain, table_id: str) -> list[data.ConcernItem]:
    """The table's concerns, by title; raised on the day of the meeting where they were."""
    themes = _names(
        db,
        "SELECT ct.concern_id AS owner, th.name FROM concern_themes ct"
        " JOIN themes th ON th.id = ct.theme_id JOIN concerns c ON c.id = ct.concern_id"
        " WHERE c.table_id = :table",
        table_id,
    )
    practices = _names(
        db,
        "SELECT cp.concern_id AS owner, p.title AS name FROM concern_practices cp"
        " JOIN practices p ON p.id = cp.practice_id JOIN concerns c ON c.id = cp.concern_id"
        " WHERE c.table_id = :table",
        table_id,
    )
    rows = db.rows(
        "SELECT c.id, c.kind, c.title, c.description, c.status, c.resolution, m.starts_at"
        " FROM concerns c LEFT JOIN meetings m"
        " ON m.id = c.raised_in_meeting_id AND m.table_id = c.table_id"
        " WHERE c.table_id = :table ORDER BY c.title, c.id",
        {"table": table_id},
    )
    found = []
    for row in rows:
        concern = typed_row("concerns", row)
        raised = moment(row["starts_at"])
        found.append(
            data.ConcernItem(
                id=concern["id"],
                kind=concern["kind"],
                title=concern["title"],
                description=concern["description"],
                status=concern["status"],
                resolution=concern["resolution"],
                raised_on=local_date(raised) if raised is not None else None,
                themes=tuple(sorted(themes.get(concern["id"], ()))),
                practices=tuple(sorted(practices.get(concern["id"], ()))),
            )
        )
    return found


def _history(
    db: Plain, concerns: list[data.ConcernItem], dates: list[date]
) -> tuple[data.ConcernStatusPoint, ...]:
    """Per meeting date: the concerns there were by the end of that day, by their status then.

    A concern counts from the meeting where it was raised (else from when it was entered;
    from the start when neither is known), with the status the history gives for that
    day (its status now when nothing changed it since).
    """
    lines = timelines(db, "concerns", [c.id for c in concerns], "status")
    steady = [(c.raised_on, c.status) for c in concerns if lines[c.id].empty]
    changed = [(c, lines[c.id]) for c in concerns if not lines[c.id].empty]
    points = []
    for day in dates:
        counts = Counter(status for raised, status in steady if raised is None or raised <= day)
        moment = end_of_day(day)
        for concern, line in changed:
            existed, code = line.at(moment, concern.status.value)
            raised = concern.raised_on
            if (raised is not None and raised > day) or (raised is None and not existed):
                continue
            try:
                counts[ConcernStatus(code)] += 1
            except ValueError:
                counts[concern.status] += 1
        points.append(data.ConcernStatusPoint(on=day, counts=dict(counts)))
    return tuple(points)


def _practices(db: Plain, table_id: str) -> list[data.PracticeItem]:
    """The good practices named by the table's concerns or discussed at its meetings."""
    chosen = (
        "SELECT cp.practice_id FROM concern_practices cp"
        " JOIN concerns c ON c.id = cp.concern_id WHERE c.table_id = :table"
        " UNION SELECT aip.practice_id FROM agenda_item_practices aip"
        " JOIN agenda_items ai ON ai.id = aip.agenda_item_id"
        " JOIN meetings m ON m.id = ai.meeting_id WHERE m.table_id = :table"
    )
    organisations = _names(
        db,
        "SELECT po.practice_id AS owner, o.name FROM practice_organisations po"
        f" JOIN organisations o ON o.id = po.organisation_id WHERE po.practice_id IN ({chosen})",
        table_id,
    )
    themes = _names(
        db,
        "SELECT pt.practice_id AS owner, th.name FROM practice_themes pt"
        f" JOIN themes th ON th.id = pt.theme_id WHERE pt.practice_id IN ({chosen})",
        table_id,
    )
    rows = db.rows(
        "SELECT id, title, summary, description, region, source, success_factors"
        f" FROM practices WHERE id IN ({chosen}) ORDER BY title",
        {"table": table_id},
    )
    return [
        data.PracticeItem(
            title=p["title"],
            summary=p["summary"],
            description=p["description"],
            organisations=tuple(sorted(organisations.get(p["id"], ()))),
            region=p["region"],
            source=p["source"],
            success_factors=p["success_factors"],
            themes=tuple(sorted(themes.get(p["id"], ()))),
        )
        for p in rows
    ]


def _points(db: Plain, table_id: str, people: People) -> tuple[data.DevelopmentPointItem, ...]:
    """The table's development points, in the order the report shows them."""
    concerns = _names(
        db,
        "SELECT dc.development_point_id AS owner, c.title AS name"
        " FROM development_point_concerns dc JOIN concerns c ON c.id = dc.concern_id"
        " JOIN development_points d ON d.id = dc.development_point_id"
        " WHERE d.table_id = :table",
        table_id,
    )
    rows = [
        typed_row("development_points", row)
        for row in db.rows(
            "SELECT id, title, description, status, owner_id FROM development_points"
            " WHERE table_id = :table ORDER BY id",  # sorted below, as the report shows them
            {"table": table_id},
        )
    ]
    people.load([d["owner_id"] for d in rows])
    items = (
        data.DevelopmentPointItem(
            title=d["title"],
            description=d["description"],
            status=d["status"],
            owner=people.get(d["owner_id"]),
            concerns=tuple(sorted(concerns.get(d["id"], ()), key=fold)),
        )
        for d in rows
    )
    return tuple(sorted(items, key=point_order))


def _themes(db: Plain, table_id: str) -> tuple[str, ...]:
    """The names of the table's themes, in order."""
    rows = db.rows(
        "SELECT th.name FROM table_themes tt JOIN themes th ON th.id = tt.theme_id"
        " WHERE tt.table_id = :table",
        {"table": table_id},
    )
    return tuple(sorted(row["name"] for row in rows))


def table_report_data(source: Source, table_id: str, internal: bool) -> data.TableReportData:
    """Everything the tafelrapportage shows, with two charts' worth of figures."""
    with plain_of(source) as db:
        table = table_record(db, table_id)
        listing = actions_list(db, table_id, internal)
        people = People(db)
        members = seats(db, table_id)
        people.load([m["person_id"] for m in members])
        meetings = _meetings(db, table_id)
        concerns = _concerns(db, table_id)
        held = sorted({local_date(m.starts_at) for m in meetings})
        chairs = [m for m in members if m["role"] is MemberRole.CHAIR]
        return data.TableReportData(
            table_id=table["id"],
            title=table["title"],
            goal=table["goal"],
            description=table["description"],
            started_on=table["started_on"],
            ended_on=table["ended_on"],
            themes=_themes(db, table_id),
            members=tuple(_member(m, people) for m in members),
            meetings=tuple(meetings),
            concerns=tuple(concerns),
            practices=tuple(_practices(db, table_id)),
            development_points=_points(db, table_id, people),
            decisions=listing.decisions,
            open_actions=listing.open_actions,
            concern_history=_history(db, concerns, held),
            # The chair signs for a table without a secretary.
            secretary=listing.secretary or (people.get(chairs[0]["person_id"]) if chairs else None),
            made_on=date.today(),
            internal=internal,
        )


def _member(seat: dict[str, Any], people: People) -> data.Member:
    made = people.get(seat["person_id"])
    assert made is not None  # a member's person is there (the foreign key)
    return data.Member(person=made, role=seat["role"])
