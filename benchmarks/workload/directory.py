"""Organisations, people and themes: the address book of the workload."""

import unicodedata

from benchmarks.workload.context import World
from benchmarks.workload.names import (
    DISTRICTS,
    FIRST_NAMES,
    LAST_NAMES,
    ORGANISATION_NOUNS,
    PREFIXES,
    SECTORS,
    THEMES,
)

SECTOR_WEIGHTS = {
    "education": 25, "childcare": 12, "youth_care": 10, "health": 8, "welfare": 14,
    "safety": 6, "municipality": 10, "housing": 5, "knowledge": 4, "other": 6,
}  # fmt: skip


def ascii_slug(text: str, sep: str = "") -> str:
    """Lower-case ASCII letters and digits of `text` ("Öztürk" -> "ozturk")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return sep.join("".join(c for c in word if c.isalnum()) for word in plain.lower().split())


def build_organisations(world: World) -> None:
    """Organisations with a sector, a unique name and a website."""
    rng = world.rng
    sectors, weights = list(SECTOR_WEIGHTS), list(SECTOR_WEIGHTS.values())
    seen: dict[str, int] = {}
    for _ in range(world.counts.organisations):
        sector = rng.choices(sectors, weights)[0]
        pattern = rng.choice(SECTORS[sector][0])
        name = pattern.format(d=rng.choice(DISTRICTS), n=rng.choice(ORGANISATION_NOUNS))
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} {seen[name]}"
        world.organisations.append(
            {
                "id": world.new_id(),
                "name": name,
                "sector": sector,
                "website": f"https://www.{ascii_slug(name, '-')}.nl",
                "notes": world.writer.sentences(1, 2) if rng.random() < 0.2 else "",
            }
        )


def build_people(world: World) -> None:
    """People, most of them working for an organisation, with a function that fits it."""
    rng = world.rng
    for _ in range(world.counts.people):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        prefix = rng.choice(PREFIXES) if rng.random() < 0.3 else ""
        organisation = rng.choice(world.organisations) if rng.random() < 0.95 else None
        sector = organisation["sector"] if organisation else "other"
        domain = ascii_slug(organisation["name"]) if organisation else "gmail.com"
        person_id = world.new_id()
        world.people.append(
            {
                "id": person_id,
                "first_name": first,
                "prefix": prefix,
                "last_name": last,
                "organisation_id": organisation["id"] if organisation else None,
                "function": rng.choice(SECTORS[sector][1]),
                "email": f"{ascii_slug(first)}.{ascii_slug(prefix + last)}@{domain}.nl"
                if organisation
                else f"{ascii_slug(first)}{rng.randint(1, 99)}@gmail.com",
                "phone": f"06-{rng.randint(10_000_000, 99_999_999)}"
                if rng.random() < 0.7
                else f"024-{rng.randint(3_000_000, 3_999_999)}",
                "notes": "",
            }
        )
        world.display_names[person_id] = " ".join(filter(None, (f"{first[0]}.", prefix, last)))


def build_themes(world: World) -> None:
    """Themes with names unique ignoring case."""
    for name in THEMES[: world.counts.themes]:
        world.themes.append({"id": world.new_id(), "name": name})
