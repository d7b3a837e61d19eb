"""A save that would overwrite a colleague's change is refused: the version check and Conflict.

Every editable record keeps a ``version`` (model.base.Versioned) that each stored change
raises by one. A form keeps the version it loaded and hands it to the save as
``expected_version``; the save reads the record locked for the rest of its transaction
(``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's writes take the file's write lock when
they begin), and when the stored version differs it raises :class:`Conflict` with both
sides: nothing is written. ``None`` skips the check (callers that do not pass one yet).

The check is per field when the save also gives its ``base``: the value of each field it
saves as the form loaded it. A record whose version moved on (an automatic change: the
meeting's status following its attendance, live mode's start, a reorder, or a colleague's
edit of another field) while the stored value of every field saved still equals its base
is no conflict: the save is stored and the form keeps the version it left.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.i18n import UserError, message
from ontwikkeltafel.model import AMSTERDAM, Base, HistoryEntry
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.store.history import LIST_OF_TABLE, record_key

T = TypeVar("T")
R = TypeVar("R", bound=Base)


@dataclass(frozen=True)
class Side:
    """One side of a conflict: the values of the fields being saved and the version."""

    values: dict[str, Any]
    version: int | None
    #: Who stored this side last and when (from the history; "" and None when unknown).
    by: str = ""
    at: datetime | None = None


class Conflict(UserError):
    """The stored version of a record differs from the one the save was given: not saved.

    ``theirs`` is what is stored now (the saved fields' values, the version, who changed
    it last and when); ``mine`` is what the save was given (its values and the version the
    form loaded). The message names who changed it and when.
    """

    def __init__(self, kind: str, record_id: str, theirs: Side, mine: Side) -> None:
        """Refuse a save of ``record_id`` of ``kind``: ``theirs`` stored, ``mine`` given."""
        super().__init__("edit.conflict", by=theirs.by, at=_moment(theirs.at))
        self.kind = kind
        self.record_id = record_id
        self.theirs = theirs
        self.mine = mine

    def render(self, lang: str) -> str:
        """The message in ``lang``; an unknown author is "someone else" in that language."""
        by = self.theirs.by or message("edit.conflict.someone", lang)
        return message(self.key, lang, by=by, at=_moment(self.theirs.at))


def _moment(at: datetime | None) -> str:
    """A moment as the window shows moments, in Amsterdam time: "05-03-2026 09.07".

    As the lists and the history write it (CONVENTIONS-nl: "15.30 uur"), in both languages.
    """
    if at is None:
        return "?"
    return at.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H.%M")


def next_version(table: Any) -> dict[str, Any]:
    """``{"version": version + 1}`` for a Core UPDATE of a versioned table, else nothing.

    For writes outside the ORM that change what a form shows (an anonymisation rewriting
    texts, a reopened verslag): a form that loaded the record before them is refused.
    """
    columns = table.c if hasattr(table, "c") else table.__table__.c
    return {"version": columns.version + 1} if "version" in columns else {}


def locked(session: Session, model: type[R], key: Any) -> R | None:
    """The stored record ``key`` of ``model``, locked until the transaction ends (or None).

    Read afresh (not from the session's identity map): the version is the stored one.
    """
    return session.get(model, key, with_for_update=True, populate_existing=True)


def last_change(
    session: Session, table: str, key: Mapping[str, Any]
) -> tuple[str, datetime | None]:
    """Who last changed a record and when, from the history ("" and None when it says nothing)."""
    list_name = LIST_OF_TABLE.get(table)
    if list_name is None:
        return "", None
    query = (
        select(HistoryEntry.by, HistoryEntry.at)
        .where(HistoryEntry.list == list_name, HistoryEntry.record_id == record_key(table, key))
        .order_by(HistoryEntry.seq.desc())
        .limit(1)
    )
    found = session.execute(query).first()
    return ("", None) if found is None else (found[0], found[1])


def same(stored: Any, base: Any) -> bool:
    """Whether a stored value is still the one a form loaded (an id list in any order)."""
    if isinstance(stored, (list, tuple)) and isinstance(base, (list, tuple)):
        return sorted(map(str, stored)) == sorted(map(str, base))
    if stored in (None, "") and base in (None, ""):
        return True  # an empty text and no text show alike in a form
    return bool(stored == base)


def unchanged(
    mine: Mapping[str, Any], stored: Mapping[str, Any], base: Mapping[str, Any] | None
) -> bool:
    """Whether every field saved is stored as its ``base`` says the form loaded it."""
    if base is None or not mine:
        return False
    return all(name in base and same(stored.get(name), base[name]) for name in mine)


def check(
    session: Session,
    kind: str,
    record: Base,
    expected: int | None,
    mine: Mapping[str, Any],
    stored: Mapping[str, Any],
    base: Mapping[str, Any] | None = None,
) -> None:
    """Raise :class:`Conflict` when ``record`` changed since the form loaded what it saves.

    ``mine`` holds the values the save was given, ``stored`` the same fields as stored now,
    ``base`` (when given) the same fields as the form loaded them. Changed: the stored
    version is not ``expected`` and (without a base for every field saved) a field saved
    is no longer its base. ``expected`` None: no check.
    """
    version = int(getattr(record, "version"))  # noqa: B009 (every Versioned record has one)
    if expected is None or version == expected or unchanged(mine, stored, base):
        return
    table = str(record.__tablename__)
    keys = record.__table__.primary_key
    columns = {column.key: getattr(record, column.key) for column in keys}
    by, at = last_change(session, table, columns)
    record_id = record_key(table, columns) if table in LIST_OF_TABLE else str(columns)
    raise Conflict(
        kind,
        record_id,
        Side(dict(stored), version, by, at),
        Side(dict(mine), expected),
    )


class Saved(tuple[T, Change]):
    """What a save returns: (what its undo needs, the change), and the record's version now.

    A tuple of two, as the saves returned before versions: ``previous, change = save(...)``
    still reads it; ``.version`` is the version the form keeps for its next save.
    """

    version: int

    def __new__(cls, undo: T, change: Change, version: int) -> "Saved[T]":
        """The save's two results and the version it left the record at."""
        made = super().__new__(cls, (undo, change))
        made.version = version
        return made
