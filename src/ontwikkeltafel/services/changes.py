"""What a service changed, so that screens refresh only what is theirs (Anki's change sets)."""

from dataclasses import dataclass

# The kinds of record a change names; the list pages use the same keys.
KINDS = frozenset(
    {
        "tables",
        "meetings",
        "people",
        "organisations",
        "themes",
        "concerns",
        "practices",
        "development_points",
        "actions",
        "agenda_items",
        "decisions",
        "attendance",
        "members",
        "agenda_template",
    }
)


@dataclass(frozen=True)
class Change:
    """The kinds of record a user action touched, and the ids of the records themselves."""

    kinds: frozenset[str]
    ids: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *kinds: str, ids: tuple[str, ...] | list[str] | set[str] = ()) -> "Change":
        """A change of ``kinds``, naming the records ``ids``."""
        unknown = set(kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of record: {sorted(unknown)}")
        return cls(frozenset(kinds), frozenset(ids))

    def __or__(self, other: "Change") -> "Change":
        """Both changes together."""
        return Change(self.kinds | other.kinds, self.ids | other.ids)

    def touches(self, *kinds: str) -> bool:
        """Whether the change concerns any of ``kinds``."""
        return not self.kinds.isdisjoint(kinds)
