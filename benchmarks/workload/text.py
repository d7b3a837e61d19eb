"""The Writer: turns phrase pools into varied Dutch sentences, paragraphs and minutes."""

import random
import re
from collections.abc import Callable, Sequence

from benchmarks.workload import phrases, titles
from benchmarks.workload.names import DISTRICTS

SLOT = re.compile(r"\{(\w+)\}")
TOPIC_KINDS = frozenset({"topic"})
NOBODY = ("de voorzitter",)


def capitalise(text: str) -> str:
    """Upper-case the first character only ("de school" -> "De school")."""
    return text[:1].upper() + text[1:]


class Writer:
    """Expands `{slot}` templates with a seeded random generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._random = rng.random
        self._compiled: dict[str, list[str]] = {}
        self.names: Sequence[str] = NOBODY
        self.pools: dict[str, Sequence[str]] = {
            "actor": phrases.ACTOR,
            "issue": phrases.ISSUE,
            "topic": phrases.TOPIC,
            "practice": phrases.PRACTICE,
            "clause": phrases.CLAUSE,
            "todo": tuple(f"{obj} {te}" for obj, te, _ in phrases.TODO),
            "task": tuple(f"{obj} {bare}" for obj, _, bare in phrases.TODO),
            "opener": phrases.OPENER,
            "inverted": phrases.INVERTED,
            "district": DISTRICTS,
            "org": ("de gemeente",),
            "theme": ("wijkgericht werken",),
        }
        randint = self.between
        self.numbers: dict[str, Callable[[], str]] = {
            "percent": lambda: str(randint(5, 40)),
            "amount": lambda: f"{randint(5, 120)}.000",
            "years": lambda: str(randint(2, 6)),
            "room": lambda: str(randint(1, 40)),
            "time": lambda: f"{randint(16, 21)}.{randint(0, 3) * 15:02d}",
            "slug": lambda: f"{self.choose(phrases.TOPIC).split()[-1]}-{randint(100, 999)}",
        }

    def fill(self, template: str) -> str:
        """Expand every `{slot}` of the template; `{Slot}` capitalises the value."""
        parts = self._compiled.get(template)
        if parts is None:  # literal, slot, literal, slot, ..., literal
            parts = self._compiled[template] = SLOT.split(template)
        if len(parts) == 1:
            return template
        filled = parts.copy()
        for index in range(1, len(parts), 2):
            filled[index] = self._expand(parts[index])
        return "".join(filled)

    def _expand(self, key: str) -> str:
        lower = key.lower()
        number = self.numbers.get(lower)
        if number is not None:
            return number()
        options = (self.names or NOBODY) if lower == "name" else self.pools[lower]
        value = self.choose(options)
        if "{" in value:
            value = self.fill(value)
        return capitalise(value) if key[0].isupper() else value

    def choose(self, options: Sequence[str]) -> str:
        """One option (like `random.choice`, with one call into the generator)."""
        return options[int(self._random() * len(options))]

    def between(self, low: int, high: int) -> int:
        """A whole number in [low, high] (like `random.randint`, with one call)."""
        return low + int(self._random() * (high - low + 1))

    def pick(self, options: Sequence[str]) -> str:
        """One option, expanded."""
        return self.fill(self.choose(options))

    def sentences(self, low: int, high: int, pool: Sequence[str] = phrases.SENTENCE) -> str:
        """Between `low` and `high` sentences from `pool`, joined into one paragraph."""
        return " ".join(self.pick(pool) for _ in range(self.between(low, high)))

    def bullets(self, low: int = 2, high: int = 5) -> str:
        """An intro line followed by `- ` bullet lines."""
        lines = [self.rng.choice(phrases.BULLET_INTRO)]
        lines += ["- " + self.pick(phrases.BULLET) for _ in range(self.between(low, high))]
        return "\n".join(lines)

    def text(self, paragraphs: tuple[int, int], sentences: tuple[int, int], bullets: float) -> str:
        """Paragraphs separated by a blank line; with chance `bullets` one is a bullet list."""
        count = self.between(*paragraphs)
        parts = [self.sentences(*sentences) for _ in range(count)]
        if self.rng.random() < bullets:
            parts.insert(self.between(1, count), self.bullets())
        return "\n\n".join(parts)

    def minutes(self, kind: str) -> str:
        """The verslag of one agenda item: short for the skeleton items, long for topics."""
        if kind in TOPIC_KINDS:
            return self.text((3, 8), (3, 7), 0.4)
        if kind == "action_list":
            return self.sentences(1, 1, phrases.SHORT[kind]) + "\n\n" + self.bullets(2, 6)
        pool = phrases.SHORT[kind]
        return " ".join(self.fill(s) for s in self.rng.sample(pool, self.between(1, len(pool) - 1)))

    def agenda_title(self, kind: str) -> str:
        """The title of an agenda item of this kind."""
        if kind in TOPIC_KINDS:
            return self.pick(titles.AGENDA_TOPIC)
        return self.rng.choice(titles.SKELETON[kind])
