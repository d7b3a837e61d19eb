"""Assemble the whole exchange-v1 document of the workload at a scale, from a seed."""

import random
from typing import Any

from benchmarks.workload.context import EXPORTED_AT, Counts, World
from benchmarks.workload.directory import build_organisations, build_people, build_themes
from benchmarks.workload.follow_up import (
    build_actions,
    build_concerns,
    build_decisions,
    build_development_points,
    build_practices,
)
from benchmarks.workload.meetings import build_meetings
from benchmarks.workload.tables import build_tables
from benchmarks.workload.text import Writer

KINDS = (
    "organisations", "people", "themes", "tables", "meetings",
    "concerns", "practices", "development_points", "actions",
)  # fmt: skip


def build_world(scale: float, seed: int) -> World:
    """Build every record; one `random.Random(seed)` drives ids, choices and texts."""
    rng = random.Random(seed)
    id_rng, text_rng = random.Random(rng.getrandbits(64)), random.Random(rng.getrandbits(64))
    world = World(Counts.at_scale(scale), rng, id_rng, Writer(text_rng))
    build_organisations(world)
    world.writer.pools["org"] = [o["name"] for o in world.organisations]
    build_people(world)
    build_themes(world)
    world.writer.pools["theme"] = [t["name"].lower() for t in world.themes]
    build_tables(world)
    build_meetings(world)
    build_decisions(world)
    build_practices(world)
    build_concerns(world)
    build_development_points(world)
    build_actions(world)
    return world


def build_document(scale: float, seed: int) -> dict[str, Any]:
    """The exchange-v1 document of the workload "municipality, ten years"."""
    world = build_world(scale, seed)
    document: dict[str, Any] = {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "exported_at": EXPORTED_AT,
    }
    for kind in KINDS:
        document[kind] = getattr(world, kind)
    return document
