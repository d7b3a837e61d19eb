"""The text search configurations of PostgreSQL's search schema, as data (migration 0008)."""

from sqlalchemy import Connection


def text_search_mappings(connection: Connection) -> dict[tuple[str, str], list[str]]:
    """Per configuration of the search schema and token type: its dictionaries in order."""
    rows = connection.exec_driver_sql(
        "SELECT c.cfgname, t.alias, d.dictname FROM pg_ts_config AS c "
        "JOIN pg_namespace AS n ON n.oid = c.cfgnamespace AND n.nspname = 'search' "
        "JOIN pg_ts_config_map AS m ON m.mapcfg = c.oid "
        "JOIN ts_token_type('default') AS t ON t.tokid = m.maptokentype "
        "JOIN pg_ts_dict AS d ON d.oid = m.mapdict ORDER BY 1, 2, m.mapseqno"
    ).all()
    mappings: dict[tuple[str, str], list[str]] = {}
    for config, token, dictionary in rows:
        mappings.setdefault((config, token), []).append(dictionary)
    return mappings


#: The token types whose words pass through unaccent, per configuration, and after it.
UNACCENTED = {
    ("dutch", "word"): ["unaccent", "dutch_stem"],
    ("dutch", "hword"): ["unaccent", "dutch_stem"],
    ("dutch", "hword_part"): ["unaccent", "dutch_stem"],
    ("dutch", "numword"): ["unaccent", "simple"],
    ("dutch", "numhword"): ["unaccent", "simple"],
    ("dutch", "hword_numpart"): ["unaccent", "simple"],
    ("words", "word"): ["unaccent", "simple"],
    ("words", "hword"): ["unaccent", "simple"],
    ("words", "hword_part"): ["unaccent", "simple"],
    ("words", "numword"): ["unaccent", "simple"],
    ("words", "numhword"): ["unaccent", "simple"],
    ("words", "hword_numpart"): ["unaccent", "simple"],
    ("stems", "word"): ["unaccent", "dutch_stem"],
    ("stems", "hword"): ["unaccent", "dutch_stem"],
    ("stems", "hword_part"): ["unaccent", "dutch_stem"],
}
