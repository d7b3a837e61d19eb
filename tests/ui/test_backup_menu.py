"""Bestand > Back-up maken and Back-up terugzetten… in the window."""

import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import file_choice
from tests.conftest import file_digest
from tests.ui.conftest import make_window


def _box(window: Any) -> QMessageBox:
    box = window.export_menu.backups.message
    assert box is not None and box.isVisible()
    return box


def test_the_file_menu_backs_up_and_restores(
    qtbot: Any,
    filled: Database,
    document: dict[str, Any],
    write_json: Any,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, filled)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Back-&up maken" in texts and "Back-up &terugzetten…" in texts
    keys = [text.split("&")[1][0].lower() for text in texts if "&" in text]
    assert len(keys) == len(set(keys)), texts
    backups = window.export_menu.backups
    backups.backup_action.trigger()
    box = _box(window)
    assert box.text().startswith("Back-up gemaakt: test.backup-")
    (made,) = (db_path.parent / "test-backups").iterdir()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert box.informativeText() == str(made.parent)

    document["tables"].append({"id": "tafel-3", "title": "Derde tafel"})
    import_file(filled.session_factory, write_json(document, "meer.json"))
    window.notifier.report(Change.of("tables"))
    qtbot.waitUntil(lambda: window.tables_page.tables.rowCount() == 3)

    monkeypatch.setattr(file_choice, "choose_open_path", lambda *_args: made)
    backups.restore_action.trigger()
    qtbot.waitUntil(lambda: window.tables_page.tables.rowCount() == 2)  # the lists reloaded
    box = _box(window)
    assert box.windowTitle() == "Back-up teruggezet"
    assert box.text() == f"Teruggezet uit {made.name}."
    kept = [p for p in made.parent.iterdir() if p != made]
    assert len(kept) == 1 and str(kept[0]) in box.informativeText()
    with sqlite3.connect(kept[0]) as connection:
        assert connection.execute("SELECT count(*) FROM tables").fetchone() == (3,)
    connection.close()


def test_a_file_that_is_no_backup_is_refused_in_the_window(
    qtbot: Any,
    filled: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(qtbot, filled)
    other = tmp_path / "brief.sqlite3"
    other.write_text("geen database")
    digest = file_digest(db_path)
    monkeypatch.setattr(file_choice, "choose_open_path", lambda *_args: other)
    window.export_menu.backups.restore_action.trigger()
    box = _box(window)
    assert box.windowTitle() == "Niets teruggezet"
    assert "geen back-up van een Ontwikkeltafel-database" in box.text()
    assert file_digest(db_path) == digest
    assert window.tables_page.tables.rowCount() == 2
    assert not (db_path.parent / "test-backups").exists()


def test_the_backup_entries_in_english_keep_their_own_keys(
    qtbot: Any, english: None, filled: Database
) -> None:
    window = make_window(qtbot, filled)
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert "Make a back&up" in texts and "Res&tore a backup…" in texts
    keys = [text.split("&")[1][0].lower() for text in texts if "&" in text]
    assert len(keys) == len(set(keys)), texts
