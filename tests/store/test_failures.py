"""A full disk, a read-only database and a locked one: one clear line, no record contents.

Each failure is made for real: SQLite itself refuses the write (a tmpfs that is full, a
``max_page_count`` it may not grow past, an immutable file, a read-only mount, a write
lock another process holds). The command line then says in one line, in Dutch or English,
what failed and what to do; it never quotes what was being written (a driver error's text
holds its statement's values: people's names and addresses), and nothing is stored.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from ontwikkeltafel.i18n import message
from ontwikkeltafel.store import plain
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from tests.conftest import unavailable
from tests.documents import small_document

# Fields whose values are what people wrote or who they are (ids and choices are not).
TEXT_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "function",
        "name",
        "title",
        "goal",
        "summary",
        "minutes",
        "text",
        "description",
        "location",
    }
)
# What each message must say: what failed, and what to do about it.
SAYS = {
    ("db.disk_full", "nl"): ("schijf", "vol", "niets opgeslagen", "maak ruimte vrij"),
    ("db.disk_full", "en"): ("disk", "full", "Nothing was stored", "make room"),
    ("db.read_only", "nl"): ("alleen-lezen", "niets opgeslagen", "controleer de rechten"),
    ("db.read_only", "en"): ("read-only", "Nothing was stored", "check the permissions"),
    ("db.locked", "nl"): ("ander programma", "niets opgeslagen", "probeer het over een ogenblik"),
    ("db.locked", "en"): ("another program", "Nothing was stored", "try again in a moment"),
}
HOLDER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
connection.execute("BEGIN " + sys.argv[2])
connection.execute("INSERT INTO themes (id, name) VALUES ('th-ander', 'Van een ander programma')")
print("holding", flush=True)
if len(sys.argv) > 3:
    time.sleep(float(sys.argv[3]))
else:
    sys.stdin.read()  # until the test closes it
connection.execute("ROLLBACK")
"""


def people_document(count: int) -> dict[str, Any]:
    """The small document with ``count`` more people, each with a name and an address."""
    document = small_document()
    document["people"].extend(
        {
            "id": f"p-extra-{i}",
            "first_name": f"Wilhelmina{i:05d}",
            "last_name": "Zonneveld-Terpstra",
            "function": "wijkverpleegkundige in Overvecht",
            "email": f"w.zonneveld{i:05d}@voorbeeld.nl",
        }
        for i in range(count)
    )
    return document


def record_texts(value: Any, key: str = "") -> set[str]:
    """Every name and text in a document (at least three characters long)."""
    if isinstance(value, dict):
        return set().union(*(record_texts(v, k) for k, v in value.items()))
    if isinstance(value, list):
        return set().union(set(), *(record_texts(v, key) for v in value))
    if isinstance(value, str) and key in TEXT_FIELDS and len(value) >= 3:
        return {value}
    return set()


def contents(path: Path) -> dict[str, list[str]]:
    """Every row of every table (and a healthy file), to prove that nothing was written."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            for name in names
        }
    finally:
        connection.close()


def make_database(path: Path) -> None:
    """A current, empty database at ``path``, closed again."""
    open_database(location_from_path(path)).close()


def assert_refused(result: Any, key: str, lang: str, path: Path, document: dict[str, Any]) -> None:
    """Exit 1 and the one line of ``key``, with no record contents and no statement."""
    assert result.code == 1, result.out
    leaked = sorted(t for t in record_texts(document) if t in result.err)
    assert leaked == [], (
        f"{len(leaked)} record texts on stderr ({len(result.err)} characters): {leaked[:5]}"
    )
    assert "[SQL" not in result.err and "parameters" not in result.err
    assert len(result.err.splitlines()) == 1, result.err
    assert result.err.strip() == message(key, lang, where=path)
    for words in SAYS[(key, lang)]:
        assert words in result.err
    log = Path(os.environ["XDG_STATE_HOME"], "ontwikkeltafel", "log", "ontwikkeltafel.log")
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    assert [t for t in record_texts(document) if t in logged] == []
    assert "parameters:" not in logged


@contextmanager
def on_every_connection(statement: Callable[[Any], str]) -> Iterator[None]:
    """Run ``statement(cursor)`` on each new DBAPI connection made meanwhile: those of any
    engine, and the ``sqlite3`` ones of plain SQL (store/plain.py: the import)."""

    def run(dbapi_connection: Any, _record: Any = None) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(statement(cursor))
        cursor.close()

    connect = plain.connect_sqlite

    def connect_and_run(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
        connection = connect(path, busy_timeout_ms)
        run(connection)
        return connection

    event.listen(Engine, "connect", run)
    plain.connect_sqlite = connect_and_run  # type: ignore[assignment]
    try:
        yield
    finally:
        event.remove(Engine, "connect", run)
        plain.connect_sqlite = connect  # type: ignore[assignment]


def _root(action: str) -> None:
    if os.geteuid() != 0:
        unavailable(f"{action} needs root")


@contextmanager
def small_tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on ``folder`` (skipped where mounting is impossible)."""
    _root("mounting a tmpfs")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        unavailable(f"cannot mount a tmpfs: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the file system of ``folder`` up to ``leave`` bytes."""
    stat = os.statvfs(folder)
    filler = folder / "filler"
    with filler.open("wb") as stream:
        stream.write(b"\0" * (stat.f_bavail * stat.f_frsize - leave))
    return filler


@contextmanager
def read_only_file(path: Path) -> Iterator[None]:
    """``path`` made unwritable for this process: immutable for root, mode 0444 otherwise.

    Root writes through a 0444 file, so for root the file gets the immutable attribute
    (``chattr +i``): then open(O_RDWR) fails with EPERM and SQLite opens it read-only.
    """
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    if shutil.which("chattr") is None:
        unavailable("no chattr to make the file immutable")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True, check=False)
    if made.returncode != 0:
        unavailable(f"cannot make the file immutable: {made.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextmanager
def read_only_mount(folder: Path, view: Path) -> Iterator[Path]:
    """``folder`` seen read-only at ``view`` (a read-only bind mount)."""
    _root("a read-only bind mount")
    view.mkdir()
    for command in (
        ["mount", "--bind", str(folder), str(view)],
        ["mount", "-o", "remount,ro,bind", str(view)],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            subprocess.run(["umount", str(view)], capture_output=True, check=False)
            unavailable(f"cannot make a read-only bind mount: {done.stderr.strip()}")
    try:
        yield view
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


@contextmanager
def holding_the_write_lock(
    path: Path, seconds: float | None = None, begin: str = "IMMEDIATE"
) -> Iterator[None]:
    """Another process (python with sqlite3) in a write transaction on ``path``.

    It holds the lock until the block ends, or for ``seconds``; then it rolls back.
    """
    args = [sys.executable, "-c", HOLDER, str(path), begin]
    if seconds is not None:
        args.append(str(seconds))
    holder = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0


# A full disk.


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_on_a_full_disk(cli, tmp_path: Path, write_json, lang: str) -> None:  # type: ignore[no-untyped-def]
    """A real full file system: a small tmpfs with 64 KiB left when the import starts."""
    document = people_document(12000)  # more than SQLite's page cache: it writes mid-import
    source = write_json(document)
    with small_tmpfs(tmp_path / "disk", "8m") as disk:
        path = disk / "tafels.sqlite3"
        make_database(path)
        before = contents(path)
        filler = fill(disk, leave=64 * 1024)
        result = cli("--db", path, "--lang", lang, "import", source)
        filler.unlink()
        assert_refused(result, "db.disk_full", lang, path, document)
        assert contents(path) == before


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_into_a_database_that_may_not_grow(
    cli, db_path: Path, write_json, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """Runs everywhere: SQLite answers SQLITE_FULL once the file would pass max_page_count."""
    document = people_document(2000)
    make_database(db_path)
    before = contents(db_path)
    with on_every_connection(
        lambda c: f"PRAGMA max_page_count={c.execute('PRAGMA page_count').fetchone()[0]}"
    ):
        result = cli("--db", db_path, "--lang", lang, "import", write_json(document))
    assert_refused(result, "db.disk_full", lang, db_path, document)
    assert contents(db_path) == before


# A read-only database.


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_import_into_a_read_only_file(
    cli, db_path: Path, write_json, lang: str, journal: str
) -> None:  # type: ignore[no-untyped-def]
    """In WAL mode the file opens (read-only) and the import's first write is refused; in
    rollback-journal mode (a file another tool switched) already switching to WAL is."""
    document = people_document(20)
    make_database(db_path)
    if journal == "delete":
        connection = sqlite3.connect(db_path)
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.close()
    before = contents(db_path)
    with read_only_file(db_path):
        result = cli("--db", db_path, "--lang", lang, "import", write_json(document))
    assert_refused(result, "db.read_only", lang, db_path, document)
    assert contents(db_path) == before


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_on_a_connection_that_may_only_read(
    cli, db_path: Path, write_json, lang: str
) -> None:  # type: ignore[no-untyped-def]
    """Runs everywhere: with query_only SQLite refuses every write with SQLITE_READONLY."""
    document = people_document(20)
    make_database(db_path)
    before = contents(db_path)
    with on_every_connection(lambda _c: "PRAGMA query_only=ON"):
        result = cli("--db", db_path, "--lang", lang, "import", write_json(document))
    assert_refused(result, "db.read_only", lang, db_path, document)
    assert contents(db_path) == before


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_into_a_read_only_folder(cli, tmp_path: Path, write_json, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The folder is a read-only mount: SQLite cannot even make the WAL index beside the file."""
    document = people_document(20)
    folder = tmp_path / "tafels"
    folder.mkdir()
    make_database(folder / "tafels.sqlite3")
    before = contents(folder / "tafels.sqlite3")
    with read_only_mount(folder, tmp_path / "alleen-lezen") as view:
        path = view / "tafels.sqlite3"
        result = cli("--db", path, "--lang", lang, "import", write_json(document))
    assert_refused(result, "db.read_only", lang, path, document)
    assert contents(folder / "tafels.sqlite3") == before


# A database another process is writing to.


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_import_while_another_process_writes(  # type: ignore[no-untyped-def]
    cli, db_path: Path, write_json, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The other process holds its write lock past the busy timeout (shortened to 1 s here)."""
    import ontwikkeltafel.store.engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 1000)
    document = people_document(20)
    make_database(db_path)
    before = contents(db_path)
    with holding_the_write_lock(db_path):
        started = time.monotonic()
        result = cli("--db", db_path, "--lang", lang, "import", write_json(document))
        waited = time.monotonic() - started
    assert_refused(result, "db.locked", lang, db_path, document)
    assert waited >= 0.9  # it waited for the lock before giving up
    assert contents(db_path) == before


def test_import_waits_for_a_lock_held_shorter_than_the_busy_timeout(  # type: ignore[no-untyped-def]
    cli, db_path: Path, write_json
) -> None:
    make_database(db_path)
    with holding_the_write_lock(db_path, seconds=1.0):
        result = cli("--db", db_path, "--lang", "en", "import", write_json(people_document(20)))
    assert result.code == 0, result.err
    assert "people: 23 added" in result.out


def test_the_busy_timeout_governs_opening_a_locked_file(tmp_path: Path) -> None:
    """Switching a rollback-journal file to WAL waits for another process's exclusive lock
    (it is committing), as long as the Database's own busy timeout (set before the switch)."""
    from ontwikkeltafel.store.engine import make_engine
    from ontwikkeltafel.store.failures import StoreUnavailable

    path = tmp_path / "oud.sqlite3"
    make_database(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.close()
    location = location_from_path(path)
    with holding_the_write_lock(path, seconds=1.5, begin="EXCLUSIVE"):
        short = make_engine(location, busy_timeout_ms=100)
        started = time.monotonic()
        with pytest.raises(StoreUnavailable) as refused:
            short.connect()
        assert time.monotonic() - started < 1.0
        short.dispose()
        assert refused.value.key == "db.locked"
        assert refused.value.transient
        patient = make_engine(location, busy_timeout_ms=5000)
        with patient.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM themes")).scalar_one() == 0
        patient.dispose()


def test_open_database_takes_a_busy_timeout(database: Database, db_path: Path) -> None:
    other = open_database(location_from_path(db_path), busy_timeout_ms=250)
    try:
        with other.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 250
    finally:
        other.close()
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000


# The rule underneath: no engine puts statement parameters in an exception's text.


def test_driver_errors_never_carry_parameters(database: Database) -> None:
    # PostgreSQL's DETAIL ("Key (lower(name))=(...) already exists.") quoted the value.
    from sqlalchemy.exc import IntegrityError

    from ontwikkeltafel.model import Theme
    from ontwikkeltafel.store.engine import write_transaction

    with write_transaction(database.session_factory) as session:
        session.add(Theme(id="th-1", name="Huiselijk geweld bij Fam. Jansen"))
    with (
        pytest.raises(IntegrityError) as refused,
        write_transaction(database.session_factory) as session,
    ):
        session.add(Theme(id="th-2", name="huiselijk geweld bij fam. jansen"))
    assert "jansen" not in str(refused.value).lower()
    assert "jansen" not in str(refused.value.orig).lower()
    assert "parameters hidden" in str(refused.value)


def test_a_lost_server_connection_is_transient(pg_database_url: str) -> None:
    """PostgreSQL: the server ends the session in the middle of a write."""
    from sqlalchemy import create_engine

    from ontwikkeltafel.store.engine import write_transaction
    from ontwikkeltafel.store.failures import StoreUnavailable

    database = open_database(location_from_url(pg_database_url))
    admin = create_engine(pg_database_url, isolation_level="AUTOCOMMIT")
    try:
        with (
            pytest.raises(StoreUnavailable) as refused,
            write_transaction(database.session_factory) as session,
        ):
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
            session.execute(text("INSERT INTO themes (id, name) VALUES ('t', 'Geheim')"))
        assert refused.value.key == "db.connection_lost"
        assert refused.value.transient
        assert "Geheim" not in refused.value.render("en")
        # The next write finds the server again (a fresh connection from the pool).
        with write_transaction(database.session_factory) as session:
            session.execute(text("INSERT INTO themes (id, name) VALUES ('t', 'Weer')"))
    finally:
        admin.dispose()
        database.close()


def test_each_kind_of_failure_is_recognised() -> None:
    """The errors other engines and the operating system give for the same four failures."""
    import errno

    from ontwikkeltafel.store.failures import classify

    psycopg = pytest.importorskip("psycopg")
    errors = psycopg.errors

    cases = [
        (errors.DiskFull("x"), "db.disk_full", False),
        (errors.ReadOnlySqlTransaction("x"), "db.read_only", False),
        (errors.LockNotAvailable("x"), "db.locked", True),
        (errors.AdminShutdown("x"), "db.connection_lost", True),
        (
            psycopg.OperationalError("server closed the connection unexpectedly"),
            "db.connection_lost",
            True,
        ),
        (OSError(errno.ENOSPC, "No space left on device"), "db.disk_full", False),
        (OSError(errno.EROFS, "Read-only file system"), "db.read_only", False),
        (OSError(errno.EACCES, "Permission denied"), "db.read_only", False),
    ]
    for error, key, transient in cases:
        failure = classify(error, "tafels")
        assert failure is not None, error
        assert (failure.key, failure.transient) == (key, transient)
    for other in (errors.UniqueViolation("x"), OSError(errno.ENOENT, "x"), ValueError("x")):
        assert classify(other, "tafels") is None


def test_a_failure_names_a_server_without_any_password() -> None:
    from sqlalchemy.engine import make_url

    from ontwikkeltafel.store.failures import StoreUnavailable, where_of

    url = make_url("postgresql+psycopg://anna:S3cret1@db.example/tafels?password=Other22")
    where = where_of(url)
    assert "S3cret1" not in where and "Other22" not in where
    assert "anna" in where and "db.example" in where and "tafels" in where
    for lang in ("nl", "en"):
        assert "Other22" not in StoreUnavailable("db.locked", where).render(lang)
