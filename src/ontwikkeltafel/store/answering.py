"""A psycopg connection that waits for the server's answer no longer than it is told to.

PostgreSQL's statement timeout is the server's own: a server whose processes are stopped,
or whose packets are dropped, never sends it, and the client would wait for ever. The
engine (store/engine.py) makes every new connection one (:func:`answering`) and sets
:attr:`AnsweringConnection.answer_within_s` for the window's transactions; past it the
connection is closed (the pool drops it) and the wait fails as a lost connection (an
OperationalError without SQLSTATE: ``db.connection_lost``).
"""

from typing import Any

import psycopg
from psycopg import errors


class AnsweringConnection(psycopg.Connection[Any]):
    """A connection whose every wait for the server ends after :attr:`answer_within_s`."""

    answer_within_s: float | None = None  # None: as long as it takes (the command line)

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        """Consume ``gen``; a server silent for longer than allowed is a lost connection."""
        limit = self.answer_within_s if timeout is None else timeout
        try:
            return super().wait(gen, interval=interval, timeout=limit)
        except errors._WaitTimeout as exc:
            if timeout is not None:  # psycopg's own limit (a cancel): its own handling
                raise
            self.pgconn.finish()  # what it would say later is no answer to us: gone
            raise psycopg.OperationalError(f"the server did not answer within {limit:g} s") from exc


def answering(connection: psycopg.Connection[Any]) -> AnsweringConnection:
    """``connection``, just made, as an :class:`AnsweringConnection` (no limit yet).

    The class is changed in place (it only adds a method and an attribute), so SQLAlchemy
    and psycopg make the connection as ever, every ``do_connect`` listener included.
    """
    connection.__class__ = AnsweringConnection
    assert isinstance(connection, AnsweringConnection)
    return connection
