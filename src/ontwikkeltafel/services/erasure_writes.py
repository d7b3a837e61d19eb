"""Rewriting what names a person: every text column, and the history's values and notes."""

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ontwikkeltafel.services.conflicts import next_version
from ontwikkeltafel.services.erasure_finding import CLEARED, HISTORY
from ontwikkeltafel.services.name_rewriting import JSON_COLUMNS, Replacer, text_columns


def rewrite_texts(session: Session, person_id: str, replacer: Replacer) -> tuple[int, set[str]]:
    """Rewrite every text naming the person; returns how many values changed, and where."""
    changed, tables = 0, set()
    for columns in text_columns():
        table = columns.table
        for row in session.execute(select(*columns.key, *columns.columns)):
            key_values = row[: len(columns.key)]
            if table.name == "people" and key_values == (person_id,):
                continue
            values: dict[str, Any] = {}
            for column, value in zip(columns.columns, row[len(columns.key) :], strict=True):
                if not value:
                    continue
                json_column = (table.name, column.name) in JSON_COLUMNS
                new = replacer.json(value) if json_column else replacer(value)
                if new != value:
                    values[column.name] = new
            if values:
                where = [c == v for c, v in zip(columns.key, key_values, strict=True)]
                bump = next_version(table)  # a form loaded before must not write it back
                session.execute(update(table).where(*where).values(**values, **bump))
                changed += len(values)
                tables.add(table.name)
    return changed, tables


def rewrite_history(session: Session, person_id: str, replacer: Replacer, role: str) -> int:
    """Rewrite the history entries naming the person; their own entries lose their values.

    Read and written as plain rows (Core): the ORM's identity map would make this
    quadratic in the number of entries.
    """
    changed = 0
    own_values = {name: "" for name in CLEARED} | {"last_name": role}
    columns = (HISTORY.c.seq, HISTORY.c.list, HISTORY.c.record_id, HISTORY.c.field)
    text = (HISTORY.c.old, HISTORY.c.new, HISTORY.c.by, HISTORY.c.note)
    for seq, list_name, record_id, field, *stored in session.execute(select(*columns, *text)):
        old, new, by, note = stored
        if list_name == "people" and record_id == person_id:
            old = _own_values(field, old, own_values)
            new = _own_values(field, new, own_values)
        old, new = replacer.json(old), replacer.json(new)
        by = replacer(by) if replacer.finds(by) else by
        note = replacer(note) if replacer.finds(note) else note
        if [old, new, by, note] != stored:
            values = {"old": old, "new": new, "by": by, "note": note}
            session.execute(update(HISTORY).where(HISTORY.c.seq == seq).values(**values))
            changed += 1
    return changed


def _own_values(field: str | None, stored: str | None, own: dict[str, str]) -> str | None:
    if stored is None:
        return None
    if field is not None:
        return json.dumps(own[field], ensure_ascii=False) if field in own else stored
    value = json.loads(stored)
    if isinstance(value, dict):
        value = {k: own.get(k, v) for k, v in value.items()}
    return json.dumps(value, ensure_ascii=False)
