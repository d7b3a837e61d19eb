"""PostgreSQL's stored keys of the action list's other sorts, kept by triggers (migration 0016).

Sorting 20,000 actions by owner, status, due date or table made the server sort every
action (the owner's and the table's place in name order through a join, the status's
rank computed): 40-80 ms of its time a sort, against 6-15 ms where an index gives the
order. Each of these sorts now has a key on the action and an index for each direction
(ties by id ascending, as every list breaks them):

- the status's rank in the domain's order: a generated column;
- the due date: the column itself, empty dates last both ways;
- the owner's name folded (surname proper, tussenvoegsel, first name, as reports sort):
  three columns, NULL without an owner (last ascending, first descending, as before);
- the table's title folded: NULL without a table, before every table ascending.

The names come from other tables, so triggers keep them: an action's own when it is
written with another owner or table, and every action of a person or table renamed.
The actions' search trigger then no longer fires for every update but for those of the
columns the model has (``UPDATE OF``): writing only the keys leaves the actions' search
entries, and so their place among the newest, alone. A column added to ``actions`` later
joins that list where the search entry reads it.
SQLite needs none of this: its fold is the app's, which no index there may call.
"""

#: The folded owner's name, in the order of store.folding's name sort.
OWNER_KEYS = ("owner_last_folded", "owner_prefix_folded", "owner_first_folded")
TABLE_KEY = "table_title_folded"
STATUS_KEY = "status_rank"

#: ActionStatus in its domain's order (model.enums), as migration 0016 found it.
_STATUS_RANKS = {"open": 0, "in_progress": 1, "done": 2, "cancelled": 3}

#: The actions' columns at migration 0016: an update of one of them rewrites the search entry.
ACTION_COLUMNS = (
    "id, number, table_id, meeting_id, agenda_item_id, description, owner_id, due_on, "
    "status, done_on, notes, version"
)

_OWNER_ASC = ", ".join(OWNER_KEYS)
_OWNER_DESC = ", ".join(f"{key} DESC" for key in OWNER_KEYS)
INDEXES = {
    "ix_actions_status_rank": f"{STATUS_KEY}, id",
    "ix_actions_status_rank_desc": f"{STATUS_KEY} DESC, id",
    "ix_actions_due_on": "due_on, id",
    "ix_actions_due_on_desc": "due_on DESC NULLS LAST, id",
    "ix_actions_owner_folded": f"{_OWNER_ASC}, id",
    "ix_actions_owner_folded_desc": f"{_OWNER_DESC}, id",
    "ix_actions_table_title_folded": f"{TABLE_KEY} NULLS FIRST, id",
    "ix_actions_table_title_folded_desc": f"{TABLE_KEY} DESC NULLS LAST, id",
}

#: The columns a sort's index leads with (services.list_filters reads its order as rows).
LEADING = frozenset({STATUS_KEY, "due_on", OWNER_KEYS[0], TABLE_KEY})

_NAMES = ("last_name", "prefix", "first_name")
_TABLE_TITLE = "coalesce(t.title, '')"


def _fold(value: str) -> str:
    """``value`` folded as store.folding compiles ``folded()`` for PostgreSQL.

    A text of ASCII only skips unaccent (lower and btrim are what search.fold gives it):
    importing 20,000 actions spent 2.3 s in the trigger's folds, 0.7 s so.
    """
    return (
        f"CASE WHEN octet_length({value}) = char_length({value}) "
        f'THEN lower(btrim({value}) COLLATE "C") ELSE search.fold({value}) END'
    )


def _folds(source: str) -> str:
    """The owner's keys from the person ``source`` (a row's name), as a SELECT list."""
    return ", ".join(_fold(f"{source}.{name}") for name in _NAMES)


def _set_owner(source: str) -> str:
    """The owner's keys set from the person ``source``, as an UPDATE's SET list."""
    return ", ".join(
        f"{key} = {_fold(f'{source}.{name}')}" for key, name in zip(OWNER_KEYS, _NAMES, strict=True)
    )


_ACTION_FUNCTION = f"""
CREATE FUNCTION search.action_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.owner_id IS DISTINCT FROM OLD.owner_id THEN
    SELECT {_folds("p")}
      INTO NEW.{OWNER_KEYS[0]}, NEW.{OWNER_KEYS[1]}, NEW.{OWNER_KEYS[2]}
      FROM people AS p WHERE p.id = NEW.owner_id;
  END IF;
  IF TG_OP = 'INSERT' OR NEW.table_id IS DISTINCT FROM OLD.table_id THEN
    SELECT {_fold(_TABLE_TITLE)} INTO NEW.{TABLE_KEY}
      FROM tables AS t WHERE t.id = NEW.table_id;
  END IF;
  RETURN NEW;
END $$"""

_OWNER_FUNCTION = f"""
CREATE FUNCTION search.action_owner_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE actions SET {_set_owner("NEW")} WHERE owner_id = NEW.id;
  RETURN NULL;
END $$"""

_TABLE_FUNCTION = f"""
CREATE FUNCTION search.action_table_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE actions SET {TABLE_KEY} = {_fold("coalesce(NEW.title, '')")} WHERE table_id = NEW.id;
  RETURN NULL;
END $$"""

_NAMES_CHANGED = " OR ".join(f"OLD.{name} IS DISTINCT FROM NEW.{name}" for name in _NAMES)


def _status_rank() -> str:
    cases = " ".join(f"WHEN '{value}' THEN {rank}" for value, rank in _STATUS_RANKS.items())
    return f"CASE status {cases} END"


def postgres_sort_keys() -> list[str]:
    """The statements that add the keys, fill them, index them and keep them."""
    return [
        f"ALTER TABLE actions ADD COLUMN {STATUS_KEY} smallint "
        f"GENERATED ALWAYS AS ({_status_rank()}) STORED, "
        + ", ".join(f"ADD COLUMN {key} text" for key in (*OWNER_KEYS, TABLE_KEY)),
        # First: filling the keys leaves the search entries (and their order) as they are.
        *_search_trigger(f"UPDATE OF {ACTION_COLUMNS}"),
        f"UPDATE actions AS a SET {_set_owner('p')} FROM people AS p WHERE p.id = a.owner_id",
        f"UPDATE actions AS a SET {TABLE_KEY} = {_fold(_TABLE_TITLE)} "
        "FROM tables AS t WHERE t.id = a.table_id",
        *(f"CREATE INDEX {name} ON actions ({columns})" for name, columns in INDEXES.items()),
        _ACTION_FUNCTION,
        _OWNER_FUNCTION,
        _TABLE_FUNCTION,
        "CREATE TRIGGER action_sort_keys BEFORE INSERT OR UPDATE OF owner_id, table_id "
        "ON actions FOR EACH ROW EXECUTE FUNCTION search.action_sort_keys()",
        "CREATE TRIGGER action_sort_keys AFTER UPDATE OF last_name, prefix, first_name "
        f"ON people FOR EACH ROW WHEN ({_NAMES_CHANGED}) "
        "EXECUTE FUNCTION search.action_owner_keys()",
        "CREATE TRIGGER action_sort_keys AFTER UPDATE OF title ON tables "
        "FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) "
        "EXECUTE FUNCTION search.action_table_keys()",
        "ANALYZE actions",  # the new columns' statistics, for the planner to use the indexes
    ]


def _search_trigger(update: str) -> list[str]:
    """The actions' search trigger made anew, firing on ``update``."""
    return [
        "DROP TRIGGER search_index ON actions",
        f"CREATE TRIGGER search_index AFTER INSERT OR {update} OR DELETE ON actions "
        "FOR EACH ROW EXECUTE FUNCTION search.index_actions()",
    ]


def postgres_drop_sort_keys() -> list[str]:
    """The statements that remove them again (the search trigger firing on every update)."""
    return [
        *_search_trigger("UPDATE"),
        "DROP TRIGGER action_sort_keys ON tables",
        "DROP TRIGGER action_sort_keys ON people",
        "DROP TRIGGER action_sort_keys ON actions",
        "DROP FUNCTION search.action_table_keys()",
        "DROP FUNCTION search.action_owner_keys()",
        "DROP FUNCTION search.action_sort_keys()",
        *(f"DROP INDEX {name}" for name in INDEXES),
        "ALTER TABLE actions "
        + ", ".join(f"DROP COLUMN {key}" for key in (STATUS_KEY, *OWNER_KEYS, TABLE_KEY)),
    ]


#: What PostgreSQL has beyond the model's tables, as store.list_keys.POSTGRES_ONLY.
POSTGRES_ONLY = frozenset({STATUS_KEY, *OWNER_KEYS, TABLE_KEY, *INDEXES})
