"""Shared state of one generation run: record counts, seeded random streams, ids, moments."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from benchmarks.workload.text import Writer

Record = dict[str, Any]

FIRST_DAY = date(2016, 1, 4)
LAST_DAY = date(2025, 12, 19)
TODAY = date(2025, 11, 14)
EXPORTED_AT = "2025-11-14T16:30:00+01:00"
LARGEST_MEETING_ITEMS = 40
BIG_TABLE_MEETINGS = 100


@dataclass(frozen=True)
class Counts:
    """How many records of each kind the workload has at a scale."""

    organisations: int
    people: int
    themes: int
    tables: int
    meetings: int
    agenda_items: int
    concerns: int
    practices: int
    development_points: int
    actions: int

    @classmethod
    def at_scale(cls, scale: float) -> "Counts":
        """The counts at `scale` (scale 1: 50 tables, 2,000 meetings, 20,000 agenda items)."""

        def scaled(base: int, least: int = 1) -> int:
            return max(least, round(base * scale))

        meetings = scaled(2_000, 2)
        return cls(
            organisations=scaled(400, 5),
            people=scaled(2_000, 40),
            themes=30,
            tables=min(scaled(50), meetings - 1),
            meetings=meetings,
            agenda_items=scaled(20_000, 5 * meetings + LARGEST_MEETING_ITEMS),
            concerns=scaled(5_000),
            practices=scaled(1_000),
            development_points=scaled(500),
            actions=scaled(20_000),
        )


def amsterdam_offset(day: date) -> str:
    """The UTC offset of Europe/Amsterdam at noon on `day` (summer time: last Sunday of
    March up to the last Sunday of October)."""
    march_end, october_end = date(day.year, 3, 31), date(day.year, 10, 31)
    summer_start = march_end - timedelta(days=(march_end.weekday() + 1) % 7)
    summer_end = october_end - timedelta(days=(october_end.weekday() + 1) % 7)
    return "+02:00" if summer_start <= day < summer_end else "+01:00"


def moment(day: date, minutes_after_midnight: int) -> str:
    """An ISO 8601 moment with the Amsterdam offset, e.g. 2018-01-18T15:00:00+01:00."""
    hour, minute = divmod(minutes_after_midnight, 60)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00{amsterdam_offset(day)}"


@dataclass
class World:
    """Everything built so far, plus the random streams that build the rest."""

    counts: Counts
    rng: random.Random
    id_rng: random.Random
    writer: Writer
    organisations: list[Record] = field(default_factory=list)
    people: list[Record] = field(default_factory=list)
    themes: list[Record] = field(default_factory=list)
    tables: list[Record] = field(default_factory=list)
    meetings: list[Record] = field(default_factory=list)
    concerns: list[Record] = field(default_factory=list)
    practices: list[Record] = field(default_factory=list)
    development_points: list[Record] = field(default_factory=list)
    actions: list[Record] = field(default_factory=list)
    display_names: dict[str, str] = field(default_factory=dict)
    meeting_days: dict[str, date] = field(default_factory=dict)

    def new_id(self) -> str:
        """A UUID4 string drawn from the id stream (deterministic for a seed)."""
        return str(uuid.UUID(int=self.id_rng.getrandbits(128), version=4))

    def held_meetings(self, with_table: bool = True) -> list[Record]:
        """Meetings that took place (their status is not `planned`)."""
        return [
            m
            for m in self.meetings
            if m["status"] != "planned" and (m["table_id"] is not None or not with_table)
        ]

    def topic_items(self, meeting: Record) -> list[Record]:
        """The agenda items of kind `topic` of a meeting, or all of them if it has none."""
        topics = [item for item in meeting["agenda"] if item["kind"] == "topic"]
        return topics or meeting["agenda"]
