"""The whole stored state of a database as plain rows, to check that an undo restores it exactly."""

from typing import Any

from sqlalchemy import select

from ontwikkeltafel.model import Base
from ontwikkeltafel.services import SessionFactory


def stored_state(sessions: SessionFactory) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the model, sorted, by table name.

    The history is left out: an undo is itself a change, entered as one; so are the
    records' versions: an undo is one more stored change of the record.
    """
    with sessions() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(_columns(table))), key=repr)
            for table in Base.metadata.sorted_tables
            if table.name != "history"
        }


def _columns(table: Any) -> Any:
    return select(*(column for column in table.columns if column.key != "version"))
