"""One function per user action; each opens its own session and transaction; no Qt here."""

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from ontwikkeltafel.store.database import Database
    from ontwikkeltafel.store.plain import Plain

    SessionFactory = sessionmaker[Session]
    #: What a service that reads or writes plain SQL (store.plain) is given: the open
    #: database (the command line: sqlite3 itself on a file) or a session factory.
    Source = Database | sessionmaker[Session]
else:  # the quick commands never load SQLAlchemy: the names serve annotations only
    SessionFactory = Any
    Source = Any


def plain_of(source: "Source", *, write: bool = False) -> "AbstractContextManager[Plain]":
    """One transaction of plain SQL on ``source`` (see :mod:`ontwikkeltafel.store.plain`)."""
    opener = getattr(source, "plain", None)
    if opener is not None:
        return opener(write=write)  # type: ignore[no-any-return]
    from ontwikkeltafel.store.plain import session_plain

    return session_plain(source, write=write)
