"""Progress and cancel of slow services: a cancelled import writes nothing, an export no file."""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.pool import QueuePool

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import Table
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.services.progress import TOTAL, Cancelled, Meter
from ontwikkeltafel.services.report_files import write_invitation, write_report
from ontwikkeltafel.store import bulk as bulk_writes
from ontwikkeltafel.store.database import Database
from tests.conftest import file_digest
from tests.services.conftest import snapshot


class Recorder:
    """A progress callback that notes every call and cancels at call number ``cancel_at``."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if self.cancel_at is not None and len(self.calls) > self.cancel_at:
            raise Cancelled


def count_calls(run: Callable[[Recorder], object]) -> Recorder:
    recorder = Recorder()
    run(recorder)
    assert recorder.calls, "no progress reported"
    done = [d for d, _total in recorder.calls]
    assert done == sorted(done) and done[0] == 0 and done[-1] <= TOTAL
    assert {total for _d, total in recorder.calls} == {TOTAL}
    return recorder


@pytest.fixture
def filled(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The test database with the small document and a second table imported."""
    document["tables"].append({"id": "tafel-2", "title": "All-in De Zuidwester"})
    import_file(database.session_factory, write_json(document))
    return database


def test_meter_without_a_callback_costs_nothing() -> None:
    meter = Meter(None)
    meter.reach(50)
    assert meter.ticks(0, 10, 3) is None


def test_meter_ticks_spread_a_stage_and_never_pass_its_end() -> None:
    recorder = Recorder()
    meter = Meter(recorder)
    tick = meter.ticks(10, 20, 2)
    assert tick is not None
    for _ in range(3):
        tick()
    assert recorder.calls == [(15, 100), (20, 100), (20, 100)]


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the small document take the bulk path that rebuilds the search index."""
    monkeypatch.setattr(bulk_writes, "BULK_MIN_RECORDS", 1)


@pytest.mark.usefixtures("bulk")
def test_import_cancelled_at_any_step_leaves_the_database_unchanged(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    path = write_json(document)
    before = snapshot(database)
    cancel_at = 0
    while True:  # cancel at each step in turn (as many as this engine takes), then let it run
        try:
            import_file(database.session_factory, path, progress=Recorder(cancel_at))
        except Cancelled:
            assert snapshot(database) == before, cancel_at
            cancel_at += 1
        else:
            break
    assert cancel_at > 10  # read, check, each list, links, each kind of the search index
    assert snapshot(database) != before


def test_import_with_progress_is_the_import_without(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    path = write_json(document)
    counts = import_file(database.session_factory, path, progress=Recorder())
    assert counts.added["meetings"] == len(document["meetings"])
    with database.session_factory() as session:
        assert session.scalars(select(Table.title)).all() == [document["tables"][0]["title"]]


def test_export_cancelled_leaves_no_file_and_an_old_one_untouched(
    filled: Database, tmp_path: Path
) -> None:
    sessions = filled.session_factory
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    steps = len(count_calls(lambda p: export_file(sessions, tmp_path / "a.json", progress=p)).calls)
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    digest = file_digest(old)
    for cancel_at in range(steps):
        with pytest.raises(Cancelled):
            export_file(sessions, tmp_path / "new.json", progress=Recorder(cancel_at))
        with pytest.raises(Cancelled):
            export_file(sessions, old, "tafel-1", progress=Recorder(cancel_at))
    assert not (tmp_path / "new.json").exists()
    assert file_digest(old) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "old.json"]


@pytest.mark.parametrize(("kind", "record_id"), [("minutes", "m-1"), ("table", "tafel-1")])
def test_report_cancelled_leaves_no_file(
    filled: Database, tmp_path: Path, kind: str, record_id: str
) -> None:
    sessions = filled.session_factory
    out = tmp_path / "out" / "rapport.docx"
    out.parent.mkdir()

    def write(progress: Recorder) -> Path:
        return write_report(
            sessions,
            kind,
            record_id,
            out,
            internal=False,
            template=None,
            lang="nl",
            progress=progress,
        )

    steps = len(count_calls(write).calls)
    written = out.read_bytes()
    assert written.startswith(b"PK")
    out.unlink()
    for cancel_at in range(steps):
        with pytest.raises(Cancelled):
            write(Recorder(cancel_at))
        assert list(out.parent.iterdir()) == [], cancel_at


def test_report_with_progress_names_the_chosen_file_when_it_cannot_write(
    filled: Database, tmp_path: Path
) -> None:
    missing = tmp_path / "nergens" / "verslag.docx"
    with pytest.raises(UserError) as caught:
        write_report(
            filled.session_factory,
            "minutes",
            "m-1",
            missing,
            internal=False,
            template=None,
            lang="nl",
            progress=Recorder(),
        )
    assert caught.value.key == "report.cannot_write"
    assert caught.value.params["path"] == missing


def test_invitation_cancelled_leaves_no_file(filled: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "uitnodiging.ics"
    sessions = filled.session_factory
    steps = len(count_calls(lambda p: write_invitation(sessions, "m-1", out, "nl", p)).calls)
    out.unlink()
    for cancel_at in range(steps):
        with pytest.raises(Cancelled):
            write_invitation(sessions, "m-1", out, "nl", Recorder(cancel_at))
    assert list(tmp_path.iterdir()) == []


def test_a_worker_thread_opens_its_own_sessions_on_the_file_database(filled: Database) -> None:
    """SQLite files get a QueuePool (connections not tied to a thread), so a service run on
    another thread opens its own session and connection, and sees the same data."""
    assert isinstance(filled.engine.pool, QueuePool)
    found: list[object] = []

    def work() -> None:
        with filled.session_factory() as session:
            found.append(session.scalars(select(Table.title).order_by(Table.title)).all())

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert found == [["All-in De Zuidwester", "Onderwijs en zorg vinden elkaar!"]]
