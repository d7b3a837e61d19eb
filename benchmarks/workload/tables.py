"""Development tables with members and agenda template, and the days their meetings fall on."""

from datetime import date, timedelta

from benchmarks.workload import titles
from benchmarks.workload.context import (
    BIG_TABLE_MEETINGS,
    FIRST_DAY,
    LAST_DAY,
    TODAY,
    Record,
    World,
)
from benchmarks.workload.names import DISTRICTS, FIRST_TABLE_TITLE, TABLE_TITLES

TEMPLATE = (
    ("Opening en mededelingen", "opening", 5),
    ("Verslag vorige bijeenkomst", "previous_minutes", 10),
    ("Actielijst", "action_list", 10),
    ("Inhoudelijk punt", "topic", 45),
    ("Rondvraag", "any_other_business", 10),
    ("Sluiting", "closing", 5),
)


def unique_title(world: World, taken: dict[str, int]) -> str:
    """A table title from the patterns; a repeated one gets a number."""
    theme = world.rng.choice(world.themes)["name"].lower()
    title = world.rng.choice(TABLE_TITLES).format(d=world.rng.choice(DISTRICTS), t=theme)
    taken[title] = taken.get(title, 0) + 1
    return title if taken[title] == 1 else f"{title} ({taken[title]})"


def build_tables(world: World) -> None:
    """Tables over 2016-2025: the first runs the whole decade, about a third are closed."""
    rng, writer = world.rng, world.writer
    taken: dict[str, int] = {}
    for index in range(world.counts.tables):
        if index == 0:
            started, ended = FIRST_DAY, None
        else:
            started = FIRST_DAY + timedelta(days=rng.randint(0, 365 * 7 + 180))
            years = rng.uniform(1.5, 5)
            end = started + timedelta(days=round(365 * years))
            ended = end if rng.random() < 0.35 and end < TODAY - timedelta(days=60) else None
        people = rng.sample(world.people, rng.randint(10, 18) + 2)
        writer.names = [world.display_names[p["id"]] for p in people]
        roles = ["chair", "secretary"] + ["member"] * (len(people) - 4) + ["member", "advisor"]
        world.tables.append(
            {
                "id": world.new_id(),
                "title": FIRST_TABLE_TITLE if index == 0 else unique_title(world, taken),
                "goal": writer.pick(titles.TABLE_GOAL),
                "description": writer.text((2, 4), (3, 6), 0.3),
                "theme_ids": [t["id"] for t in rng.sample(world.themes, rng.randint(1, 3))],
                "started_on": started.isoformat(),
                "ended_on": ended.isoformat() if ended else None,
                "status": "closed" if ended else "active",
                "members": [
                    {"person_id": p["id"], "role": role}
                    for p, role in zip(people, roles, strict=True)
                ],
                "agenda_template": [
                    {"title": title, "kind": kind, "planned_minutes": planned}
                    for title, kind, planned in TEMPLATE
                ],
                "retention_years": rng.choice((5, 7, 10)) if ended else None,
            }
        )


def table_span(table: Record) -> tuple[date, date]:
    """First and last day a table can meet."""
    start = date.fromisoformat(table["started_on"])
    end = date.fromisoformat(table["ended_on"]) if table["ended_on"] else LAST_DAY
    return start, end


def meetings_per_table(world: World, table_meetings: int) -> list[int]:
    """Split `table_meetings` over the tables: the first gets 100, the rest by active span."""
    tables = world.tables
    first = min(BIG_TABLE_MEETINGS, table_meetings - (len(tables) - 1))
    rest = table_meetings - first
    weights = [
        (span[1] - span[0]).days * world.rng.uniform(0.6, 1.4)
        for span in map(table_span, tables[1:])
    ]
    total = sum(weights) or 1.0
    shares = [1 + (rest - len(weights)) * w / total for w in weights]
    counts = [int(share) for share in shares]
    by_remainder = sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])
    for i in by_remainder[: rest - sum(counts)]:
        counts[i] += 1
    return [first, *counts]


def spread_days(world: World, start: date, end: date, count: int) -> list[date]:
    """`count` working days spread evenly over [start, end], with some jitter."""
    step = (end - start).days / count
    days = []
    for i in range(count):
        offset = round(i * step + world.rng.uniform(0, step * 0.5))
        day = start + timedelta(days=offset)
        if day.weekday() > 4:  # Saturday or Sunday: the Monday after
            day += timedelta(days=7 - day.weekday())
        days.append(day)
    return sorted(days)
