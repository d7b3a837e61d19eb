"""PostgreSQL's stored sort keys and indexes of the action list (migration 0013)."""

from ontwikkeltafel.store import action_sort_keys

#: The folded description beside the description, kept by the server (search.fold is
#: IMMUTABLE): sorting 20,000 actions by it reads an index instead of folding every text.
DESCRIPTION_KEY = "description_folded"

_INDEXES = {
    # Both directions of each sort, each with the ties by id ascending: a backward scan of
    # one index gives the ties descending, and sorting them again cost 15-20 ms.
    "ix_actions_description_folded": f"{DESCRIPTION_KEY}, id",
    "ix_actions_description_folded_desc": f"{DESCRIPTION_KEY} DESC, id",
    "ix_actions_number_desc": "number DESC, id",
}


#: What PostgreSQL has beyond the model's tables (the model is both engines'): the columns
#: and their indexes (of migration 0016 too), which a comparison with the model leaves out.
POSTGRES_ONLY = frozenset({DESCRIPTION_KEY, *_INDEXES, *action_sort_keys.POSTGRES_ONLY})

#: Per table, the columns PostgreSQL's own indexes of migration 0016 lead with, where the
#: model's indexes do not (services.list_filters reads their orders as rows).
POSTGRES_LEADING = {"actions": action_sort_keys.LEADING}


def postgres_list_keys() -> list[str]:
    """The statements that add the keys and indexes (after the search schema's search.fold)."""
    return [
        f"ALTER TABLE actions ADD COLUMN {DESCRIPTION_KEY} text "
        "GENERATED ALWAYS AS (search.fold(description)) STORED",
        *(f"CREATE INDEX {name} ON actions ({columns})" for name, columns in _INDEXES.items()),
    ]


def postgres_drop_list_keys() -> list[str]:
    """The statements that remove them again."""
    return [
        *(f"DROP INDEX {name}" for name in _INDEXES),
        f"ALTER TABLE actions DROP COLUMN {DESCRIPTION_KEY}",
    ]
