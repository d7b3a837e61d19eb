"""The app paints its window's frame before SQLAlchemy is imported; the lists follow in it."""

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from ontwikkeltafel import app
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.listing import meeting_ids
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.models.lazy_table import LazyTableModel
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.translation import install_translator, remove_translator

# Runs the app as `python -m ontwikkeltafel` does, and says what the window and the
# process hold at each of the two lines the start-up benchmark waits for.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
from ontwikkeltafel import app
from ontwikkeltafel.cli import main
from ontwikkeltafel.ui.window.main_window import MainWindow

def announce(line):
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    window = next(w for w in windows if isinstance(w, MainWindow))
    heavy = ("sqlalchemy", "ontwikkeltafel.services", "ontwikkeltafel.store.database")
    seen = {
        "line": line,
        "heavy": sorted(m for m in heavy if m in sys.modules),
        "windows": len(windows),
        "window": id(window),
        "geometry": window.geometry().getRect(),
        "title": window.windowTitle(),
        "attached": window.attached,
        "shown": type(window.stack.currentWidget()).__name__,
        "loading": window.loading.text() if not window.attached else None,
        "meetings": None if not window.attached else window.tables_page.meetings.rowCount(),
    }
    print(json.dumps(seen), flush=True)

app.announce = announce
sys.exit(main(sys.argv[1:]))
"""


def run_app(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The app in a fresh offscreen process that quits once its lists have painted."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app.QUIT_AFTER_PAINT: "1"}
    command = [sys.executable, "-c", PROBE, *map(str, args)]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def reports(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_the_frame_paints_before_sqlalchemy_and_the_lists_follow_in_it(
    filled: Database, db_path: Path
) -> None:
    done = run_app("--db", db_path)
    assert done.returncode == 0, done.stderr
    first, filled_in = reports(done)
    assert first["line"] == app.FIRST_PAINT
    assert first["heavy"] == []  # neither SQLAlchemy nor the services nor the store's engine
    assert not first["attached"]
    assert first["shown"] == "QLabel"
    assert first["loading"] == "laden…"
    assert first["title"] == "Ontwikkeltafel"
    assert filled_in["line"] == app.LISTS_FILLED
    assert filled_in["attached"]
    assert filled_in["shown"] == "TablesPage"
    assert filled_in["meetings"] == len(meeting_ids(filled.session_factory, None)) > 0
    # The same one window all along, where it first painted.
    assert first["windows"] == filled_in["windows"] == 1
    assert filled_in["window"] == first["window"]
    assert filled_in["geometry"] == first["geometry"]


def test_the_frame_is_english_in_the_english_app(filled: Database, db_path: Path) -> None:
    done = run_app("--db", db_path, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert reports(done)[0]["loading"] == "loading…"


@pytest.mark.parametrize(
    ("args", "lang", "says"),
    [
        (["--db-url", "mysql://tafel@localhost/tafels"], "nl", "Geen databasestuurprogramma"),
        (["--db-url", "mysql://tafel@localhost/tafels"], "en", "No database driver"),
        (["--db", "{garbage}"], "nl", "{garbage}"),
    ],
)
def test_a_database_that_cannot_be_opened_closes_the_frame_with_one_line(
    tmp_path: Path, args: list[str], lang: str, says: str
) -> None:
    garbage = tmp_path / "kapot.sqlite3"
    garbage.write_bytes(b"this is not a database at all, " * 100)
    args = [arg.format(garbage=garbage) for arg in args]
    done = run_app(*args, "--lang", lang)
    assert done.returncode == 1
    assert [report["line"] for report in reports(done)] == [app.FIRST_PAINT]  # it was shown
    assert done.stderr.count("\n") == 1, done.stderr
    assert says.format(garbage=garbage) in done.stderr
    assert "Traceback" not in done.stderr


def test_a_failure_hides_the_frame_and_tells_in_a_box(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where a screen shows it, a user who started the app without a terminal reads why."""
    told: list[tuple[str, str]] = []
    exits: list[int] = []
    monkeypatch.setattr(app, "UNSEEN_PLATFORMS", ())
    monkeypatch.setattr(app.QApplication, "exit", exits.append)  # the test's loop goes on
    monkeypatch.setattr(
        app.QMessageBox, "critical", lambda _parent, title, text: told.append((title, text))
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    error = UserError("cli.no_display", error="test")

    def refuse() -> Database:
        raise error

    loader = app.Loader(window, refuse, lambda exc: f"one line: {type(exc).__name__}", False)
    loader.frame_painted()
    assert loader.error is error
    assert not window.isVisible()
    assert not window.attached
    assert told == [("Ontwikkeltafel", "one line: UserError")]
    assert exits == [1]


def test_the_dutch_app_keeps_its_own_texts(qapp: Any) -> None:
    """The translator of Qt's texts answers the app's own Dutch with that Dutch, not ""."""
    translator = install_translator(qapp, "nl")
    try:
        assert QCoreApplication.translate("MainWindow", "Bijeenkomsten") == "Bijeenkomsten"
        assert QCoreApplication.translate("QFileDialog", "New Folder") == "Nieuwe map"
        window = MainWindow()
        assert window.windowTitle() == "Ontwikkeltafel"
        assert window.loading.text() == "laden…"
        assert window.search_placeholder is not None  # the search field's place, as it will read
        assert window.search_placeholder.placeholderText() == "Zoeken (Ctrl+F)"
        window.deleteLater()
    finally:
        remove_translator(qapp, translator)


def test_the_first_page_measures_only_the_meetings_in_view(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    write_json: Any,
    document: dict[str, Any],
) -> None:
    """Columns fit to the rows in view: 300 meetings are not all read to size a column."""
    document["meetings"] += [
        {
            "id": f"veel-{n}",
            "table_id": "tafel-1",
            "kind": "consultation",
            "title": f"Overleg {n}",
            "starts_at": f"{2000 + n // 12}-{n % 12 + 1:02d}-10T09:00:00+01:00",
            "status": "held",
        }
        for n in range(300)
    ]
    import_file(database.session_factory, write_json(document))
    read: set[int] = set()
    data = LazyTableModel.data

    def counting(model: LazyTableModel, index: Any, role: int = 0) -> object:
        if model.rowCount() > 300:
            read.add(index.row())
        return data(model, index, role)

    monkeypatch.setattr(LazyTableModel, "data", counting)
    window = MainWindow(database.session_factory, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    view = window.tables_page.meeting_view
    assert window.tables_page.meetings.rowCount() > 300
    qtbot.waitUntil(lambda: bool(read))
    in_view = view.rowAt(view.viewport().height() - 1) + 1
    assert 10 < in_view < 60
    assert max(read) < in_view + 5, sorted(read)[-5:]


def test_a_failed_start_in_process_leaves_the_application_as_it_found_it(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The English app that cannot open its database removes its translator and its hooks."""
    garbage = tmp_path / "kapot.sqlite3"
    garbage.write_bytes(b"this is not a database at all, " * 100)
    monkeypatch.setenv(app.QUIT_AFTER_PAINT, "1")
    hooks = (sys.excepthook, threading.excepthook)

    def refuse() -> Database:
        raise UserError("cli.no_display", error="test")

    with pytest.raises(UserError):
        app.run_app(refuse, "en")
    assert current_language() == "nl"
    assert QCoreApplication.translate("MainWindow", "Personen") == "Personen"
    assert (sys.excepthook, threading.excepthook) == hooks
