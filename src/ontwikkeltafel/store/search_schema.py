"""What the search index holds per record kind, as SQL for migrations and bulk rebuilds.

Migration 0002 builds the index from these definitions; changing them needs a
migration that rebuilds the index.
"""

_SECRET = (
    "coalesce((SELECT a.confidential FROM agenda_items AS a WHERE a.id = new.agenda_item_id), "
    "false)"
)


def _cat(*columns: str) -> str:
    """The columns of ``new`` joined by spaces (empty strings for nulls)."""
    return " || ' ' || ".join(f"coalesce(new.{c}, '')" for c in columns)


#: table -> (kind, title expression, body expression, confidential expression)
SOURCES: dict[str, tuple[str, str, str, str]] = {
    "tables": ("table", _cat("title"), _cat("goal", "description"), "false"),
    "meetings": ("meeting", _cat("title"), _cat("location", "notes"), "false"),
    "agenda_items": (
        "agenda_item",
        _cat("title"),
        _cat("description", "minutes"),
        "new.confidential",
    ),
    "decisions": ("decision", _cat("text"), "''", _SECRET),
    "actions": ("action", _cat("description"), _cat("number", "notes"), _SECRET),
    "concerns": ("concern", _cat("title"), _cat("description", "resolution"), "false"),
    "practices": (
        "practice",
        _cat("title"),
        _cat("summary", "description", "region", "source", "success_factors"),
        "false",
    ),
    "development_points": ("development_point", _cat("title"), _cat("description"), "false"),
    "people": (
        "person",
        f"trim(replace({_cat('first_name', 'prefix', 'last_name')}, '  ', ' '))",
        _cat("function", "email"),
        "false",
    ),
    "organisations": ("organisation", _cat("name"), _cat("notes"), "false"),
    "themes": ("theme", _cat("name"), "''", "false"),
}

#: Records whose confidentiality follows their agenda item.
FOLLOWERS = {"decision": "decisions", "action": "actions"}

# --- SQLite -------------------------------------------------------------------------------

#: Each kind's entries have rowids (code << 40) + key, so a kind is one rowid range.
CODES = {kind: code for code, (kind, *_) in enumerate(SOURCES.values(), start=1)}

_KEY = (
    "(SELECT ({code} << 40) + k.id FROM search_keys AS k "
    "WHERE k.kind = '{kind}' AND k.record_id = {ref}.id)"
)


def sqlite_triggers(table: str, kind: str, title: str, body: str, secret: str) -> list[str]:
    values, code = f"'{kind}', new.id, {secret}, {title}, {body}", CODES[kind]
    insert = (
        f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO search_keys (kind, record_id) VALUES ('{kind}', new.id); "
        "INSERT INTO search_index (rowid, kind, record_id, confidential, title, body) "
        f"VALUES (({code} << 40) + last_insert_rowid(), {values}); END"
    )
    update = (
        f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} BEGIN "
        f"UPDATE search_keys SET record_id = new.id WHERE kind = '{kind}' AND record_id = old.id; "
        "UPDATE search_index SET (kind, record_id, confidential, title, body) = "
        f"({values}) WHERE rowid = {_KEY.format(code=code, kind=kind, ref='new')}; END"
    )
    delete = (
        f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM search_index WHERE rowid = {_KEY.format(code=code, kind=kind, ref='old')}; "
        f"DELETE FROM search_keys WHERE kind = '{kind}' AND record_id = old.id; END"
    )
    return [insert, update, delete]


def sqlite_follow() -> str:
    """Decisions and actions become (not) confidential with their agenda item."""
    updates = " ".join(
        "UPDATE search_index SET confidential = new.confidential WHERE rowid IN ("
        f"SELECT ({CODES[kind]} << 40) + k.id FROM search_keys AS k JOIN {table} AS r "
        "ON k.record_id = r.id "
        f"WHERE k.kind = '{kind}' AND r.agenda_item_id = new.id);"
        for kind, table in FOLLOWERS.items()
    )
    return (
        "CREATE TRIGGER search_agenda_items_secret AFTER UPDATE OF confidential ON agenda_items "
        f"BEGIN {updates} END"
    )


def sqlite_fill(table: str) -> list[str]:
    """The statements that index every row of ``table`` (whose entries must not exist yet)."""
    kind, title, body, secret = SOURCES[table]
    return [
        f"INSERT INTO search_keys (kind, record_id) SELECT '{kind}', id FROM {table}",
        "INSERT INTO search_index (rowid, kind, record_id, confidential, title, body) "
        f"SELECT ({CODES[kind]} << 40) + k.id, '{kind}', new.id, {secret}, {title}, {body} "
        f"FROM {table} AS new "
        f"JOIN search_keys AS k ON k.kind = '{kind}' AND k.record_id = new.id",
    ]
