"""On PostgreSQL the window's writes wait briefly for a row lock, and connecting gives up.

SQLite's busy timeout has no PostgreSQL twin: without ``lock_timeout`` a row lock held by
another session froze the window for as long as that session kept it, and without a
``connect_timeout`` each autosave retry on a lost server waited for TCP to give up.
"""

import threading
import time
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text

from ontwikkeltafel.services.editing import update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.engine import WRITE_WAIT_OPTION, make_session_factory
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.store.location import location_from_url

WINDOW_WAIT_MS = 300  # as the window's sessions (app.APP_WRITE_WAIT_MS)


def test_a_window_write_gives_up_on_a_row_lock_and_a_command_waits(
    pg_database_url: str, write_json: Any, document: dict[str, Any]
) -> None:
    database = open_database(location_from_url(pg_database_url))
    other = create_engine(pg_database_url)
    try:
        import_file(database.session_factory, write_json(document))
        window = make_session_factory(
            database.engine.execution_options(**{WRITE_WAIT_OPTION: WINDOW_WAIT_MS})
        )
        with other.connect() as holder:  # another program's session, in a transaction
            holder.execute(text("SELECT id FROM themes WHERE id = 'th-geweld' FOR UPDATE"))
            # Without a lock wait limit the window would wait until the holder ends.
            safety = threading.Timer(5.0, holder.rollback)
            safety.start()
            started = time.monotonic()
            try:
                with pytest.raises(StoreUnavailable) as refused:
                    update_record(window, "themes", "th-geweld", {"name": "Van het venster"})
            finally:
                safety.cancel()
            waited = time.monotonic() - started
            assert refused.value.key == "db.locked"
            assert refused.value.transient
            assert WINDOW_WAIT_MS / 1000 <= waited < 1.5

            release = threading.Timer(1.0, holder.rollback)
            release.start()
            started = time.monotonic()
            update_record(database.session_factory, "themes", "th-geweld", {"name": "Opdracht"})
            assert time.monotonic() - started >= 0.9  # waited for the lock, as before
            release.join()
        with database.session_factory() as session:
            name = session.execute(text("SELECT name FROM themes WHERE id = 'th-geweld'"))
            assert name.scalar() == "Opdracht"
    finally:
        other.dispose()
        database.close()


def test_connecting_to_postgresql_gives_up_after_a_few_seconds(pg_database_url: str) -> None:
    database = open_database(location_from_url(pg_database_url))
    given: dict[str, Any] = {}
    event.listen(database.engine, "do_connect", lambda _d, _r, _a, params: given.update(params))
    try:
        database.engine.dispose()
        with database.engine.connect():
            pass
    finally:
        database.close()
    assert 1 <= int(given["connect_timeout"]) <= 10
