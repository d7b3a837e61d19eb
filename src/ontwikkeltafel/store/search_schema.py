"""What the search index holds per record kind, as SQL for migrations and bulk rebuilds.

Migration 0002 builds the index from these definitions and 0003 rebuilds it with
prefix indexes (SQLite); 0008 rebuilds PostgreSQL's with Dutch stems and unaccent; 0010
lets PostgreSQL's triggers step aside for a bulk write; 0011 numbers PostgreSQL's entries
in the order they are written; 0012 has PostgreSQL's writers compute each entry's document
(``search.document``) instead of a generated column, so a bulk fill may do so in parallel.
Changing them needs a migration that rebuilds the index.
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


def sqlite_keys(table: str) -> str:
    """The statement that gives every row of ``table`` its search key."""
    kind = SOURCES[table][0]
    return f"INSERT INTO search_keys (kind, record_id) SELECT '{kind}', id FROM {table}"


def sqlite_entries(tables: list[str]) -> str:
    """One statement that indexes every row of ``tables`` (whose keys must exist, entries not).

    FTS5 writes what it gathered as a new segment at the end of each statement: one
    statement for many tables leaves fewer segments, which is quicker to write and search.
    """
    selects = []
    for table in tables:
        kind, title, body, secret = SOURCES[table]
        selects.append(
            f"SELECT ({CODES[kind]} << 40) + k.id, '{kind}', new.id, {secret}, {title}, {body} "
            f"FROM {table} AS new "
            f"JOIN search_keys AS k ON k.kind = '{kind}' AND k.record_id = new.id"
        )
    return "INSERT INTO search_index (rowid, kind, record_id, confidential, title, body) " + (
        " UNION ALL ".join(selects)
    )


def sqlite_fill(table: str) -> list[str]:
    """The statements that index every row of ``table`` (whose entries must not exist yet)."""
    return [sqlite_keys(table), sqlite_entries([table])]


def sqlite_trigger_names() -> list[str]:
    """The names of every trigger that keeps the SQLite index up to date."""
    names = [
        f"search_{table}_{event}" for table in SOURCES for event in ("insert", "update", "delete")
    ]
    return [*names, "search_agenda_items_secret"]


def sqlite_rebuild(prefix: str, hash_size: int | None = None) -> list[str]:
    """The statements that make the SQLite index anew, filled, with FTS5 prefix indexes ``prefix``.

    ``prefix`` lists the prefix lengths (in characters) FTS5 keeps an index for, e.g. "2 3".
    ``hash_size`` is how many bytes of new entries FTS5 may hold before it writes them
    out as a segment (1 MB unless given). The index and its triggers must exist; the
    search keys are renumbered.
    """
    statements = [f"DROP TRIGGER {name}" for name in sqlite_trigger_names()]
    statements += ["DROP TABLE search_index", "DELETE FROM search_keys"]
    statements += _sqlite_index(prefix, hash_size)
    statements += [sqlite_keys(table) for table in SOURCES]
    statements.append(sqlite_entries(list(SOURCES)))
    return [*statements, *_sqlite_all_triggers()]


def _sqlite_index(prefix: str, hash_size: int | None) -> list[str]:
    """The FTS5 table with prefix indexes ``prefix``, its ranking and its hash size."""
    statements = [
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, "
        "confidential UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2', "
        f"prefix='{prefix}')",
        "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0, 0, 0, 10, 1)')",
    ]
    if hash_size is not None:
        statements.append(
            f"INSERT INTO search_index (search_index, rank) VALUES ('hashsize', {hash_size})"
        )
    return statements


def _sqlite_all_triggers() -> list[str]:
    statements = []
    for table, (kind, title, body, secret) in SOURCES.items():
        statements += sqlite_triggers(table, kind, title, body, secret)
    return [*statements, sqlite_follow()]


#: The search keys' table (migration 0002).
SQLITE_KEYS_TABLE = (
    "CREATE TABLE search_keys (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "record_id TEXT NOT NULL, UNIQUE (kind, record_id))"
)

#: The prefix lengths and hash size of the index as migration 0003 left it.
SQLITE_PREFIX, SQLITE_HASH_SIZE = "2 3 4 5 6", 64 * 1024 * 1024


def sqlite_search() -> list[str]:
    """The statements that give a new, empty database the index as the migrations leave it."""
    return [
        SQLITE_KEYS_TABLE,
        *_sqlite_index(SQLITE_PREFIX, SQLITE_HASH_SIZE),
        *_sqlite_all_triggers(),
    ]


# --- PostgreSQL ---------------------------------------------------------------------------

#: Lower case without diacritics, immutable and always there: migration 0002's fold.
_FOLD = (
    "CREATE FUNCTION search.fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT translate(lower(value), "
    "'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿçñš', 'aaaaaaaeeeeeiiiiioooooooouuuuuyycns') $$"
)

#: Migration 0002's words: each lower case without diacritics, not stemmed.
_SIMPLE_DOCUMENT = (
    "setweight(to_tsvector('simple', search.fold(title)), 'A') || "
    "setweight(to_tsvector('simple', search.fold(body)), 'B')"
)

#: The stemmed configuration (Dutch, accents off) and the one of whole words (accents off).
DUTCH, WORDS = "search.dutch", "search.words"

#: Migration 0008's words: each stemmed (Dutch) and as written, both without accents, so a
#: word finds its other forms and what is being typed still finds the words it begins.
_DUTCH_DOCUMENT = " || ".join(
    f"setweight(to_tsvector('{config}', {column}), '{weight}')"
    for column, weight in (("title", "A"), ("body", "B"))
    for config in (DUTCH, WORDS)
)

#: The unaccent extension: trusted since PostgreSQL 13, so the schema's owner may add it. In
#: the schema search, which that owner makes: CREATE on public may be taken away (README).
_UNACCENT = "CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA search"

#: What the unaccent extension is used for, made where the extension lives (search, unless
#: it was there before in another schema): ``search.fold`` (lower case without accents and
#: blanks around, like i18n.fold: unaccent() itself is only STABLE, the wrapper names its
#: dictionary, so it is IMMUTABLE and fit for an index) and two text search configurations
#: whose words pass through unaccent first. No ``%`` or ``:`` in it (driver placeholders).
_UNACCENT_USES = (
    "DO $do$ DECLARE home text; BEGIN "
    "SELECT quote_ident(n.nspname) INTO STRICT home FROM pg_extension AS e "
    "JOIN pg_namespace AS n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'; "
    "EXECUTE 'CREATE FUNCTION search.fold(value text) RETURNS text LANGUAGE sql IMMUTABLE "
    "STRICT PARALLEL SAFE AS ' || quote_literal('SELECT lower(' || home || '.unaccent(CAST(' "
    "|| quote_literal(home || '.unaccent') || ' AS regdictionary), btrim(value)))'); "
    f"CREATE TEXT SEARCH CONFIGURATION {DUTCH} (COPY = pg_catalog.dutch); "
    f"EXECUTE 'ALTER TEXT SEARCH CONFIGURATION {DUTCH} ALTER MAPPING FOR word, hword, "
    "hword_part WITH ' || home || '.unaccent, dutch_stem'; "
    f"EXECUTE 'ALTER TEXT SEARCH CONFIGURATION {DUTCH} ALTER MAPPING FOR numword, numhword, "
    "hword_numpart WITH ' || home || '.unaccent, simple'; "
    f"CREATE TEXT SEARCH CONFIGURATION {WORDS} (COPY = pg_catalog.simple); "
    f"EXECUTE 'ALTER TEXT SEARCH CONFIGURATION {WORDS} ALTER MAPPING FOR word, hword, "
    "hword_part, numword, numhword, hword_numpart WITH ' || home || '.unaccent, simple'; "
    "END $do$"
)


#: The setting a bulk write turns on for its transaction (``set_config(..., true)``): the
#: triggers of migration 0010 then leave the index alone, and the writer indexes what it
#: wrote at the end (store/search_bulk.py). Any role may set it; it ends with the transaction.
BULK_SETTING = "ontwikkeltafel.bulk"

#: Where a bulk write's triggers note what it inserts and updates, in order: a temporary
#: table the writer makes for its transaction (store/search_bulk.py).
WRITTEN = "pg_temp.search_written"


def _skip_in_bulk(kind: str) -> str:
    """The first statement of a trigger function that steps aside for a bulk write.

    A record inserted or updated is only noted; a deleted record's entry goes at once,
    by its key, as ever.
    """
    return (
        f"IF TG_OP <> 'DELETE' AND current_setting('{BULK_SETTING}', true) = 'on' THEN "
        f"INSERT INTO {WRITTEN} (kind, record_id) VALUES ('{kind}', NEW.id); "
        "RETURN NULL; END IF; "
    )


def _pg_function(
    table: str,
    kind: str,
    title: str,
    body: str,
    secret: str,
    bulk: bool = False,
    document: bool = False,
) -> str:
    """The trigger function of ``table``; with ``bulk`` it does nothing during a bulk write.

    ``document``: it writes the entry's document itself (migration 0012), else the
    generated column computes it.
    """
    follow = ""
    if table == "agenda_items":
        follow = " ".join(
            "UPDATE search.search_index SET confidential = NEW.confidential "
            f"WHERE kind = '{k}' AND record_id IN "
            f"(SELECT id FROM {t} WHERE agenda_item_id = NEW.id);"
            for k, t in FOLLOWERS.items()
        )
    return (
        f"CREATE FUNCTION search.index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"{_skip_in_bulk(kind) if bulk else ''}"
        "IF TG_OP <> 'INSERT' THEN "
        f"DELETE FROM search.search_index WHERE kind = '{kind}' AND record_id = OLD.id; "
        "END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        f"{_pg_insert(kind, title, body, secret, document)}; {follow} "
        "END IF; "
        "RETURN NULL; END $$"
    )


def _pg_insert(kind: str, title: str, body: str, secret: str, document: bool) -> str:
    """A trigger's INSERT of the entry of ``new``; with ``document`` computing the document."""
    if not document:
        return (
            "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
            f"VALUES ('{kind}', NEW.id, {secret}, {title}, {body})"
        )
    return (
        f"INSERT INTO search.search_index ({ENTRY_COLUMNS}) SELECT '{kind}', NEW.id, "
        f"{secret}, v.title, v.body, {DOCUMENT}(v.title, v.body) "
        f"FROM (SELECT {title} AS title, {body} AS body) AS v"
    )


def postgres_functions(bulk: bool, document: bool = False) -> list[str]:
    """Every trigger function made anew (``bulk``: as migration 0010 leaves them, else 0008).

    ``document``: as migration 0012 leaves them (they compute the document).
    """
    return [
        _pg_function(table, *source, bulk=bulk, document=document).replace(
            "CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1
        )
        for table, source in SOURCES.items()
    ]


#: An entry's columns as a writer gives them since migration 0012 (``written`` numbers itself).
ENTRY_COLUMNS = "kind, record_id, confidential, title, body, document"

#: The function that makes an entry's document from its title and body (migration 0012).
DOCUMENT = "search.document"

#: The configuration of the Dutch stems of words already parsed (migration 0012): only the
#: kinds of word that search.dutch stems, each as there; every other kind (numbers, mail
#: addresses, web addresses) search.dutch keeps as written, as search.words does.
STEMS = "search.stems"

_STEMS_CONFIG = (
    "DO $do$ DECLARE home text; BEGIN "
    "SELECT quote_ident(n.nspname) INTO STRICT home FROM pg_extension AS e "
    "JOIN pg_namespace AS n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'; "
    f'CREATE TEXT SEARCH CONFIGURATION {STEMS} (PARSER = pg_catalog."default"); '
    f"ALTER TEXT SEARCH CONFIGURATION {STEMS} ADD MAPPING FOR asciiword, asciihword, "
    "hword_asciipart WITH dutch_stem; "
    f"EXECUTE 'ALTER TEXT SEARCH CONFIGURATION {STEMS} ADD MAPPING FOR word, hword, "
    "hword_part WITH ' || home || '.unaccent, dutch_stem'; "
    "END $do$"
)


#: A word holding ASCII punctuation but the hyphen: a web or mail address, a path, a number
#: such as 2.5.1. search.dutch keeps those as written, as search.words does; parsed again
#: alone, one of them could give words the text did not have ("x" of "/artikel?x=1").
_NOT_A_WORD = r"\S*[!-,./:-@[-`{-~]\S*"


def _stemmed(words: str) -> str:
    """The tsvector ``words`` with the Dutch stems of its words added (see _DOCUMENT_FUNCTION)."""
    listed = f"array_to_string(tsvector_to_array({words}), ' ')"
    return f"{words} || to_tsvector('{STEMS}', regexp_replace({listed}, '{_NOT_A_WORD}', '', 'g'))"


#: An entry's document since migration 0012: the words as written (search.words), each
#: with its Dutch stem, title (weight A) and body (B). The same words and stems, each in
#: the same parts, as _DUTCH_DOCUMENT (checked for every entry at the benchmark's scale 1,
#: and for addresses, numbers and accents in tests/store/test_search_document_migration.py;
#: only their positions differ, which nothing reads), but each text is parsed once: the
#: stems come from the distinct words already found. IMMUTABLE and PARALLEL SAFE, so a
#: bulk fill may compute the documents in parallel workers (store/search_bulk.py).
_DOCUMENT_FUNCTION = (
    f"CREATE FUNCTION {DOCUMENT}(title text, body text) RETURNS tsvector LANGUAGE plpgsql "
    "IMMUTABLE STRICT PARALLEL SAFE AS $$ DECLARE "
    f"t tsvector := to_tsvector('{WORDS}', title); b tsvector := to_tsvector('{WORDS}', body); "
    f"BEGIN RETURN setweight({_stemmed('t')}, 'A') || setweight({_stemmed('b')}, 'B'); END $$"
)

#: The documents are as large as the texts and do not compress: stored without trying.
_UNCOMPRESSED = "ALTER TABLE search.search_index ALTER COLUMN document SET STORAGE EXTERNAL"


def postgres_plain_document() -> list[str]:
    """Migration 0012: the document a plain column, computed by its writers as before."""
    return [
        _STEMS_CONFIG,
        _DOCUMENT_FUNCTION,
        "ALTER TABLE search.search_index ALTER COLUMN document DROP EXPRESSION",
        _UNCOMPRESSED,
        *postgres_functions(bulk=True, document=True),
    ]


def postgres_generated_document() -> list[str]:
    """Migration 0012 undone: the document generated again (computed anew), as 0011 had it."""
    return [
        *postgres_functions(bulk=True),
        "ALTER TABLE search.search_index DROP COLUMN document",
        "ALTER TABLE search.search_index ADD COLUMN "
        f"document tsvector GENERATED ALWAYS AS ({_DUTCH_DOCUMENT}) STORED",
        _GIN_INDEX,
        f"DROP FUNCTION {DOCUMENT}(text, text)",
        f"DROP TEXT SEARCH CONFIGURATION {STEMS}",
    ]


# Migration 0011 numbers PostgreSQL's entries in the order they are written (``written``):
# the search takes the higher as the newer among equal matches. (The entry's place in the
# table, its ctid, did so before: VACUUM frees early places and new entries go there.) An
# identity column: a role that may insert entries needs no privilege on its sequence.
_WRITTEN_IDENTITY = (
    "ALTER TABLE search.search_index ALTER COLUMN written SET NOT NULL, "
    "ALTER COLUMN written ADD GENERATED BY DEFAULT AS IDENTITY"
)


def postgres_written_order() -> list[str]:
    """Migration 0011: the column ``written``; the entries there numbered in their table order.

    So the search's newest among equal matches stays what it was at the upgrade.
    """
    return [
        "ALTER TABLE search.search_index ADD COLUMN written bigint",
        "UPDATE search.search_index AS s SET written = o.n FROM (SELECT ctid AS place, "
        "row_number() OVER (ORDER BY ctid) AS n FROM search.search_index) AS o "
        "WHERE s.ctid = o.place",
        _WRITTEN_IDENTITY,
        "SELECT setval(pg_get_serial_sequence('search.search_index', 'written'), "
        "(SELECT count(*) FROM search.search_index) + 1, false)",
    ]


def postgres_drop_written_order() -> list[str]:
    """Migration 0011 undone: the column goes, and its sequence with it."""
    return ["ALTER TABLE search.search_index DROP COLUMN written"]


#: The GIN index of the documents.
_GIN_INDEX = "CREATE INDEX search_index_document ON search.search_index USING gin (document)"


def _pg_index(
    document: str, fill: bool, bulk: bool = False, written: bool = False, plain: bool = False
) -> list[str]:
    """The index table with its ``document`` tsvector, its GIN index and its triggers.

    ``written``: with the column of migration 0011 (a new database), made as it makes it.
    ``plain``: the document a plain column its writers fill (migration 0012), not generated.
    """
    column = (
        "document tsvector"
        if plain
        else f"document tsvector GENERATED ALWAYS AS ({document}) STORED"
    )
    statements = [
        "CREATE TABLE search.search_index (kind text NOT NULL, record_id text NOT NULL, "
        "confidential boolean NOT NULL, title text NOT NULL, body text NOT NULL, "
        f"{column}, PRIMARY KEY (kind, record_id))",
        _GIN_INDEX,
    ]
    if written:
        statements += [
            "ALTER TABLE search.search_index ADD COLUMN written bigint",
            _WRITTEN_IDENTITY,
        ]
    for table, (kind, title, body, secret) in SOURCES.items():
        if fill:
            statements.append(
                "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
                f"SELECT '{kind}', new.id, {secret}, {title}, {body} FROM {table} AS new"
            )
        statements += [
            _pg_function(table, kind, title, body, secret, bulk, plain),
            f"CREATE TRIGGER search_index AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search.index_{table}()",
        ]
    return statements


def postgres_search(fill: bool) -> list[str]:
    """The statements of the PostgreSQL index as migration 0002 made it (``simple`` words).

    ``fill``: index the stored rows. Kept as it was for that migration (and 0008's way back).
    """
    return ["CREATE SCHEMA search", _FOLD, *_pg_index(_SIMPLE_DOCUMENT, fill)]


def postgres_dutch_search(
    fill: bool, bulk: bool = True, written: bool = True, plain: bool = True
) -> list[str]:
    """The statements of the PostgreSQL index as a new database has it.

    Stemmed Dutch words and the words as written, without accents (see _DUTCH_DOCUMENT);
    ``search.fold`` through unaccent. ``fill``: index the stored rows. ``bulk``: trigger
    functions that step aside for a bulk write (migration 0010); ``written``: the entries
    numbered as written (migration 0011); ``plain``: the document computed by its writers
    through ``search.document`` (migration 0012). Migration 0008 made none of these (all
    ``False``; with ``fill`` the generated column computes the documents).
    """
    return [
        "CREATE SCHEMA search",
        _UNACCENT,
        _UNACCENT_USES,
        *([_STEMS_CONFIG, _DOCUMENT_FUNCTION] if plain else []),
        *_pg_index(_DUTCH_DOCUMENT, fill, bulk, written, plain),
        *([_UNCOMPRESSED] if plain else []),
    ]


def postgres_drop_search() -> list[str]:
    """The statements that remove the PostgreSQL index, its triggers and functions."""
    return [
        *(f"DROP TRIGGER search_index ON {table}" for table in SOURCES),
        "DROP SCHEMA search CASCADE",
    ]
