"""Full-text search index over every record's texts, kept up to date by triggers.

SQLite: an FTS5 table ``search_index`` (its rowids held in ``search_keys``, so a
record's entry is found without scanning). PostgreSQL: a table
``search.search_index`` with a GIN-indexed tsvector, maintained by PL/pgSQL
triggers; it lives in its own schema, outside the ORM's.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:50:00
"""

from alembic import op

from ontwikkeltafel.store.search_schema import (
    FOLLOWERS,
    SOURCES,
    sqlite_fill,
    sqlite_follow,
    sqlite_triggers,
)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _sqlite_upgrade() -> None:
    op.execute(
        "CREATE TABLE search_keys (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "record_id TEXT NOT NULL, UNIQUE (kind, record_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, record_id UNINDEXED, "
        "confidential UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2', "
        "prefix='2 3')"
    )
    op.execute(
        "INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(0, 0, 0, 10, 1)')"
    )
    for table, (kind, title, body, secret) in SOURCES.items():
        for statement in [*sqlite_fill(table), *sqlite_triggers(table, kind, title, body, secret)]:
            op.execute(statement)
    op.execute(sqlite_follow())


def _sqlite_downgrade() -> None:
    op.execute("DROP TRIGGER search_agenda_items_secret")
    for table in SOURCES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER search_{table}_{event}")
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_keys")


# --- PostgreSQL ---------------------------------------------------------------------------

#: Lower case without diacritics, immutable (unlike the unaccent extension) and always there.
_FOLD = (
    "CREATE FUNCTION search.fold(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT "
    "PARALLEL SAFE AS $$ SELECT translate(lower(value), "
    "'áàâäãåāéèêëēíìîïīóòôöõøōúùûüūýÿçñš', 'aaaaaaaeeeeeiiiiioooooooouuuuuyycns') $$"
)


def _pg_function(table: str, kind: str, title: str, body: str, secret: str) -> str:
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
        "IF TG_OP <> 'INSERT' THEN "
        f"DELETE FROM search.search_index WHERE kind = '{kind}' AND record_id = OLD.id; "
        "END IF; "
        "IF TG_OP <> 'DELETE' THEN "
        "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
        f"VALUES ('{kind}', NEW.id, {secret}, {title}, {body}); {follow} "
        "END IF; "
        "RETURN NULL; END $$"
    )


def _pg_upgrade() -> None:
    op.execute("CREATE SCHEMA search")
    op.execute(_FOLD)
    op.execute(
        "CREATE TABLE search.search_index (kind text NOT NULL, record_id text NOT NULL, "
        "confidential boolean NOT NULL, title text NOT NULL, body text NOT NULL, "
        "document tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', search.fold(title)), 'A') || "
        "setweight(to_tsvector('simple', search.fold(body)), 'B')) STORED, "
        "PRIMARY KEY (kind, record_id))"
    )
    op.execute("CREATE INDEX search_index_document ON search.search_index USING gin (document)")
    for table, (kind, title, body, secret) in SOURCES.items():
        op.execute(
            "INSERT INTO search.search_index (kind, record_id, confidential, title, body) "
            f"SELECT '{kind}', new.id, {secret}, {title}, {body} FROM {table} AS new"
        )
        op.execute(_pg_function(table, kind, title, body, secret))
        op.execute(
            f"CREATE TRIGGER search_index AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION search.index_{table}()"
        )


def _pg_downgrade() -> None:
    for table in SOURCES:
        op.execute(f"DROP TRIGGER search_index ON {table}")
    op.execute("DROP SCHEMA search CASCADE")


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _pg_upgrade()


def downgrade() -> None:
    """Revert this revision."""
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_downgrade()
    else:
        _pg_downgrade()
