"""What meetings produce: decisions, concerns, good practices, development points, actions."""

from datetime import timedelta

from benchmarks.workload import titles
from benchmarks.workload.context import TODAY, Record, World
from benchmarks.workload.names import REGIONS
from benchmarks.workload.text import capitalise

CONCERN_KINDS = {"question": 35, "concern": 40, "bottleneck": 25}
OLD, RECENT = 365, 120


def weighted(world: World, table: dict[str, int]) -> str:
    """One key of `table`, chosen with the values as weights."""
    return world.rng.choices(list(table), list(table.values()))[0]


def link(item: Record, key: str, record_id: str) -> None:
    """Add `record_id` to the `key` list of an agenda item unless it is there already."""
    if record_id not in item[key]:
        item[key].append(record_id)


def build_decisions(world: World) -> None:
    """About one decision per two agenda items: adopted minutes first, then topic decisions."""
    rng, writer = world.rng, world.writer
    target = round(world.counts.agenda_items / 2)
    held = world.held_meetings(with_table=False)
    made = 0
    for item in (item for m in held for item in m["agenda"] if item["kind"] == "previous_minutes"):
        if made < target:
            item["decisions"].append(
                {"id": world.new_id(), "text": rng.choice(titles.MINUTES_DECISION)}
            )
            made += 1
    topics = [item for meeting in held for item in world.topic_items(meeting)]
    for _ in range(target - made):
        item = rng.choice(topics)
        item["decisions"].append({"id": world.new_id(), "text": writer.pick(titles.DECISION)})


def build_practices(world: World) -> None:
    """Good practices, each discussed under one or two agenda items."""
    rng, writer = world.rng, world.writer
    held = world.held_meetings(with_table=False)
    for _ in range(world.counts.practices):
        factors = rng.sample(titles.SUCCESS_FACTOR, rng.randint(2, 4))
        practice_id = world.new_id()
        practice = {
            "id": practice_id,
            "title": writer.pick(titles.PRACTICE_TITLE),
            "summary": writer.sentences(1, 2),
            "description": writer.text((2, 5), (3, 6), 0.2),
            "organisation_ids": [
                o["id"] for o in rng.sample(world.organisations, rng.randint(1, 3))
            ],
            "contact_id": rng.choice(world.people)["id"] if rng.random() < 0.8 else None,
            "region": rng.choice(REGIONS),
            "source": writer.pick(titles.SOURCE),
            "success_factors": "\n".join(f"- {factor}" for factor in factors),
            "theme_ids": [t["id"] for t in rng.sample(world.themes, rng.randint(1, 3))],
        }
        world.practices.append(practice)
        for _ in range(rng.randint(1, 2)):
            link(rng.choice(world.topic_items(rng.choice(held))), "practice_ids", practice_id)


def concern_status(world: World, age_days: int) -> str:
    """Old concerns are mostly dealt with, recent ones mostly open."""
    if age_days > OLD:
        return weighted(
            world, {"resolved": 40, "addressed": 30, "parked": 15, "discussing": 10, "open": 5}
        )
    if age_days > RECENT:
        return weighted(
            world, {"open": 20, "discussing": 30, "addressed": 30, "resolved": 15, "parked": 5}
        )
    return weighted(world, {"open": 60, "discussing": 30, "addressed": 10})


def build_concerns(world: World) -> None:
    """Concerns raised in held table meetings; discussed there and sometimes again later."""
    rng, writer = world.rng, world.writer
    held = world.held_meetings()
    by_table: dict[str, list[Record]] = {}
    for meeting in held:
        by_table.setdefault(meeting["table_id"], []).append(meeting)
    themes_of = {t["id"]: t["theme_ids"] for t in world.tables}
    for _ in range(world.counts.concerns):
        meeting = rng.choice(held)
        day = world.meeting_days[meeting["id"]]
        people = [row["person_id"] for row in meeting["attendance"]]
        writer.names = [world.display_names[p] for p in people]
        kind = weighted(world, CONCERN_KINDS)
        status = concern_status(world, (TODAY - day).days)
        themes = themes_of[meeting["table_id"]]
        concern_id = world.new_id()
        concern = {
            "id": concern_id,
            "table_id": meeting["table_id"],
            "kind": kind,
            "title": writer.pick(titles.CONCERN[kind]),
            "description": writer.text((1, 4), (2, 6), 0.15),
            "raised_by_id": rng.choice(people),
            "raised_in_meeting_id": meeting["id"],
            "status": status,
            "priority": weighted(world, {"low": 20, "normal": 60, "high": 20}),
            "resolution": writer.pick(titles.RESOLUTION)
            if status in ("resolved", "addressed")
            else "",
            "theme_ids": rng.sample(themes, rng.randint(1, len(themes))),
            "practice_ids": [
                p["id"] for p in rng.sample(world.practices, rng.choice((0, 0, 0, 1, 2)))
            ],
        }
        world.concerns.append(concern)
        link(rng.choice(world.topic_items(meeting)), "concern_ids", concern_id)
        later = [m for m in by_table[meeting["table_id"]] if world.meeting_days[m["id"]] > day]
        if later and rng.random() < 0.3:
            link(rng.choice(world.topic_items(rng.choice(later))), "concern_ids", concern_id)


def build_development_points(world: World) -> None:
    """Development points of tables, each following from some of the table's concerns."""
    rng, writer = world.rng, world.writer
    concerns_of: dict[str, list[str]] = {}
    for concern in world.concerns:
        concerns_of.setdefault(concern["table_id"], []).append(concern["id"])
    tables = [t for t in world.tables if t["id"] in concerns_of]
    weights = [len(concerns_of[t["id"]]) for t in tables]
    for _ in range(world.counts.development_points):
        table = rng.choices(tables, weights)[0]
        concerns = concerns_of[table["id"]]
        world.development_points.append(
            {
                "id": world.new_id(),
                "table_id": table["id"],
                "title": writer.pick(titles.DEVELOPMENT_POINT),
                "description": writer.text((1, 2), (2, 5), 0.25),
                "status": weighted(
                    world, {"proposed": 25, "in_progress": 35, "realised": 30, "dropped": 10}
                ),
                "owner_id": rng.choice(table["members"])["person_id"],
                "concern_ids": rng.sample(concerns, min(len(concerns), rng.randint(1, 3))),
            }
        )


def build_actions(world: World) -> None:
    """Actions agreed under agenda items, numbered per table and year ("2019-07")."""
    rng, writer = world.rng, world.writer
    held = world.held_meetings()
    per_meeting = [0] * len(held)
    for _ in range(world.counts.actions):
        per_meeting[rng.randrange(len(held))] += 1
    sequence: dict[tuple[str, int], int] = {}
    for meeting, count in zip(held, per_meeting, strict=True):
        day = world.meeting_days[meeting["id"]]
        owners = [row["person_id"] for row in meeting["attendance"] if row["status"] == "present"]
        writer.names = [world.display_names[p] for p in owners]
        for _ in range(count):
            key = (meeting["table_id"], day.year)
            sequence[key] = sequence.get(key, 0) + 1
            due = day + timedelta(days=rng.randint(14, 90))
            if due < TODAY - timedelta(days=30):
                status = weighted(world, {"done": 80, "cancelled": 12, "open": 5, "in_progress": 3})
            else:
                status = weighted(world, {"open": 55, "in_progress": 30, "done": 15})
            done = min(TODAY, max(day, due + timedelta(days=rng.randint(-20, 20))))
            extra = " " + writer.sentences(1, 1) if rng.random() < 0.45 else ""
            world.actions.append(
                {
                    "id": world.new_id(),
                    "number": f"{day.year}-{sequence[key]:02d}",
                    "table_id": meeting["table_id"],
                    "meeting_id": meeting["id"],
                    "agenda_item_id": rng.choice(world.topic_items(meeting))["id"],
                    "description": capitalise(writer.fill("{task}")) + extra,
                    "owner_id": rng.choice(owners) if owners else None,
                    "due_on": due.isoformat(),
                    "status": status,
                    "done_on": done.isoformat() if status == "done" else None,
                    "notes": writer.pick(titles.ACTION_NOTE) if rng.random() < 0.3 else "",
                }
            )
