"""Meetings with attendance and agenda items (titles, descriptions, minutes, decisions)."""

from datetime import date, timedelta

from benchmarks.workload import titles
from benchmarks.workload.context import LARGEST_MEETING_ITEMS, TODAY, Record, World, moment
from benchmarks.workload.names import REGIONS
from benchmarks.workload.tables import meetings_per_table, spread_days, table_span

STARTS = (9 * 60, 9 * 60 + 30, 10 * 60, 13 * 60 + 30, 14 * 60, 15 * 60, 15 * 60 + 30, 19 * 60)
PLANNED_MINUTES = {"opening": 5, "announcements": 5, "agenda": 5, "previous_minutes": 10,
                   "action_list": 10, "any_other_business": 10, "closing": 5}  # fmt: skip
SIDE_KINDS = ("work_visit", "workshop", "theme_meeting")


def agenda_kinds(count: int, first_of_table: bool) -> list[str]:
    """The kinds of `count` agenda items: the Dutch skeleton around the topics."""
    head = ["opening", "agenda", "previous_minutes", "action_list"] if count >= 10 else [
        "opening", "previous_minutes", "action_list"]  # fmt: skip
    if first_of_table:
        head = [kind for kind in head if kind not in ("previous_minutes", "action_list")]
    tail = ["any_other_business", "closing"]
    if count < len(head) + len(tail) + 1:
        return (["opening", "topic", "closing"] * count)[:count]
    return head + ["topic"] * (count - len(head) - len(tail)) + tail


def item_counts(world: World, meetings: int, largest_index: int) -> list[int]:
    """Agenda items per meeting: exactly the target total, one meeting clearly the largest."""
    rng = world.rng
    largest = min(LARGEST_MEETING_ITEMS, world.counts.agenda_items - 5 * (meetings - 1))
    rest = world.counts.agenda_items - largest
    base, extra = divmod(rest, meetings - 1)
    counts = [base + (1 if i < extra else 0) for i in range(meetings - 1)]
    low, high = 5, max(base + 1, min(14, largest - 10))
    for _ in range(len(counts) * 3):  # move items between meetings, keeping the total
        i, j = rng.randrange(len(counts)), rng.randrange(len(counts))
        if counts[i] > low and counts[j] < high:
            counts[i] -= 1
            counts[j] += 1
    counts.insert(largest_index, largest)
    return counts


def schedule(world: World) -> list[tuple[Record | None, date]]:
    """(table or None, day) of every meeting, per table in date order."""
    stand_alone = min(
        round(world.counts.meetings * 0.02), world.counts.meetings - len(world.tables)
    )
    plan: list[tuple[Record | None, date]] = []
    for table, count in zip(
        world.tables, meetings_per_table(world, world.counts.meetings - stand_alone), strict=True
    ):
        plan += [(table, day) for day in spread_days(world, *table_span(table), count)]
    first, last = table_span(world.tables[0])
    plan += (
        [(None, day) for day in spread_days(world, first, last, stand_alone)] if stand_alone else []
    )
    return plan


def attendance(world: World, table: Record | None) -> list[Record]:
    """5-12 people: chair and secretary first, members mostly present, now and then a guest."""
    rng = world.rng
    if table is None:
        people = [p["id"] for p in rng.sample(world.people, rng.randint(5, 12))]
        return [{"person_id": p, "status": "present"} for p in people]
    members = [m["person_id"] for m in table["members"]]
    size = rng.randint(5, min(12, len(members)))
    guests = rng.choice((0, 0, 0, 1, 2)) if size > 6 else 0
    chosen = members[:2] + rng.sample(members[2:], size - 2 - guests)
    rows = [
        {"person_id": p, "status": rng.choices(("present", "excused", "absent"), (80, 15, 5))[0]}
        for p in chosen
    ]
    rows[0]["status"] = rows[1]["status"] = "present"
    rows += [
        {"person_id": rng.choice(world.people)["id"], "status": "guest"} for _ in range(guests)
    ]
    return _unique_people(rows)


def _unique_people(rows: list[Record]) -> list[Record]:
    seen: list[str] = []
    unique = []
    for row in rows:
        if row["person_id"] not in seen:
            seen.append(row["person_id"])
            unique.append(row)
    return unique


def agenda(world: World, kinds: list[str], held: bool, attendees: list[str]) -> list[Record]:
    """The agenda items of one meeting; minutes only once the meeting was held."""
    rng, writer = world.rng, world.writer
    items = []
    for position, kind in enumerate(kinds, start=1):
        topic = kind == "topic"
        presenter = rng.choice(attendees) if topic and attendees and rng.random() < 0.7 else None
        items.append(
            {
                "id": world.new_id(),
                "position": position,
                "title": writer.agenda_title(kind),
                "kind": kind,
                "planned_minutes": rng.choice((15, 20, 30, 45, 60))
                if topic
                else PLANNED_MINUTES[kind],
                "presenter_id": presenter,
                "description": writer.sentences(1, 4, titles.DESCRIPTION) if topic else "",
                "minutes": writer.minutes(kind) if held else "",
                "confidential": topic and rng.random() < 0.04,
                "decisions": [],
                "concern_ids": [],
                "practice_ids": [],
            }
        )
    return items


def new_meeting(world: World, table: Record | None, day: date, items: int, first: bool) -> Record:
    """One meeting on `day`; its status follows from the day (planned after today)."""
    rng, writer = world.rng, world.writer
    held = day <= TODAY
    kind = ("table_session" if rng.random() < 0.85 else rng.choice(SIDE_KINDS)) if table else (
        rng.choice(("consultation", "consultation", "work_visit")))  # fmt: skip
    if items >= LARGEST_MEETING_ITEMS:
        kind = "theme_meeting"
    present = attendance(world, table) if held else []
    attendees = [row["person_id"] for row in present if row["status"] in ("present", "guest")]
    if table:
        members = [m["person_id"] for m in table["members"]]
    else:
        members = attendees or [p["id"] for p in rng.sample(world.people, 2)]
    writer.names = [world.display_names[p] for p in attendees or members]
    start = rng.choice(STARTS)
    world.meeting_days[meeting_id := world.new_id()] = day
    return {
        "id": meeting_id,
        "table_id": table["id"] if table else None,
        "kind": kind,
        "title": writer.pick(titles.MEETING_TITLE[kind]),
        "starts_at": moment(day, start),
        "ends_at": moment(day, start + rng.choice((90, 105, 120, 150, 180))),
        "location": writer.pick(titles.LOCATION) if rng.random() < 0.9 else rng.choice(REGIONS),
        "chair_id": members[0] if members else None,
        "secretary_id": members[1] if len(members) > 1 else None,
        "status": ("held" if (TODAY - day).days < 10 else "minutes_draft") if held else "planned",
        "minutes_approved_on": None,
        "notes": writer.pick(titles.MEETING_NOTE) if rng.random() < 0.15 else "",
        "attendance": present,
        "agenda": agenda(world, agenda_kinds(items, first), held, attendees),
    }


def approve(meeting: Record, day: date) -> None:
    """Mark the minutes of `meeting` as adopted on `day`."""
    if meeting["status"] == "minutes_draft":
        meeting["status"] = "minutes_approved"
        meeting["minutes_approved_on"] = day.isoformat()


def build_meetings(world: World) -> None:
    """All meetings; a held meeting's minutes are adopted at the table's next held meeting."""
    plan = schedule(world)
    largest_index = sum(1 for table, _ in plan if table is world.tables[0]) // 2
    counts = item_counts(world, len(plan), largest_index)
    last_held: dict[str, Record] = {}
    for (table, day), items in zip(plan, counts, strict=True):
        first = table is not None and table["id"] not in last_held
        meeting = new_meeting(world, table, day, items, first)
        world.meetings.append(meeting)
        if table is None or meeting["status"] == "planned":
            continue
        if table["id"] in last_held:
            approve(last_held[table["id"]], day)
        last_held[table["id"]] = meeting
    closed = {t["id"] for t in world.tables if t["status"] == "closed"}
    for meeting in world.meetings:  # closed tables and stand-alone meetings: adopted by mail
        adopted = world.meeting_days[meeting["id"]] + timedelta(days=21)
        if (meeting["table_id"] is None or meeting["table_id"] in closed) and adopted <= TODAY:
            approve(meeting, adopted)
