"""Qt translations: Dutch at the source, English from the compiled ontwikkeltafel_en.qm."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.translation import (
    install_translator,
    qm_file,
    remove_translator,
    translations_dir,
)

TS_FILE = translations_dir() / "ontwikkeltafel_en.ts"


def _headers(model: Any) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _column(model: Any, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def make_window(qtbot: Any, database: Database) -> MainWindow:
    window = MainWindow(database.session_factory, "test.sqlite3")
    qtbot.addWidget(window)
    return window


def test_english_window(qtbot: Any, english: None, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert _headers(window.tables_page.tables) == ["Table", "Status", "Started", "Meetings"]
    assert _headers(window.tables_page.meetings) == ["Date", "Meeting", "Kind", "Status", "Table"]
    assert window.tables_page.all_button.text() == "All meetings"
    assert window.tables_page.meetings_title.text() == "<b>All meetings</b> (4)"
    assert [menu.title() for menu in window.menuBar().findChildren(QMenu)] == [
        "&File",
        "&Edit",
        "&View",
        "&Help",
    ]
    assert "Database: test.sqlite3" in [
        label.text() for label in window.statusBar().findChildren(QLabel)
    ]
    assert _column(window.tables_page.meetings, 2)[-1] == "table session"
    assert _column(window.tables_page.meetings, 3)[-1] == "adopted minutes"  # vastgesteld: adopted
    assert _column(window.tables_page.meetings, 2)[0] == "consultation"


def test_english_plural_and_table_name(qtbot: Any, english: None, filled: Database) -> None:
    window = make_window(qtbot, filled)
    window.tables_page.choose_table("tafel-1")
    assert (
        window.tables_page.meetings_title.text()
        == "<b>Meetings of Onderwijs en zorg vinden elkaar!</b> (1)"
    )
    window.tables_page.choose_table("tafel-2")
    assert window.tables_page.meetings_title.text() == "<b>Meetings of All-in De Zuidwester</b> (3)"


def test_dutch_without_translator(qtbot: Any, qapp: QApplication, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert _headers(window.tables_page.tables) == ["Tafel", "Status", "Gestart", "Bijeenkomsten"]
    assert window.tables_page.all_button.text() == "Alle bijeenkomsten"
    window.tables_page.choose_table("tafel-2")
    assert (
        window.tables_page.meetings_title.text()
        == "<b>Bijeenkomsten van All-in De Zuidwester</b> (3)"
    )
    assert _column(window.tables_page.meetings, 2)[0] == "overleg"


def test_every_message_is_translated() -> None:
    messages = list(ET.parse(TS_FILE).getroot().iter("message"))
    assert len(messages) >= 20
    for message in messages:
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None, source
        assert translation.get("type") is None, source  # neither unfinished nor vanished
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if message.get("numerus") == "yes" else [translation.text]
        assert texts, source
        assert all(texts), source


def test_one_message_per_source_text_in_a_context() -> None:
    """As lupdate writes it: one <message> with a <location> per place (lrelease drops others)."""
    twice = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        keys = Counter(
            (m.findtext("source"), m.findtext("comment")) for m in context.findall("message")
        )
        twice += [(context.findtext("name"), k) for k, count in keys.items() if count > 1]
    assert twice == []


def test_lrelease_finds_no_duplicate_messages(tmp_path: Path) -> None:
    """Compiled the way the build does (hatch_build.py), without -silent: no warning at all."""
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if tool is None:
        name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
        tool = str(Path(PySide6.__file__).parent / name)
    done = subprocess.run(
        [tool, str(TS_FILE), "-qm", str(tmp_path / "en.qm")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "duplicate" not in output.lower(), output
    assert "warning" not in output.lower(), output
    assert (tmp_path / "en.qm").stat().st_size > 0


def test_compiled_translation_is_installed() -> None:
    built = translations_dir() / "ontwikkeltafel_en.qm"
    assert built.is_file(), "the build (pip install -e . or a wheel) compiles the .qm"
    assert qm_file("en") is not None


def test_one_dutch_word_for_two_ideas_gets_two_translations(english: None) -> None:
    from ontwikkeltafel.model import ActionStatus, ConcernKind, DevelopmentPointStatus, Sector
    from ontwikkeltafel.ui.core.labels import enum_label

    assert enum_label(Sector.HEALTH) == "health"
    assert enum_label(ConcernKind.CONCERN) == "concern"
    assert enum_label(DevelopmentPointStatus.DROPPED) == "dropped"
    assert enum_label(ActionStatus.CANCELLED) == "cancelled"


def test_the_same_words_stay_dutch_without_translator(qapp: QApplication) -> None:
    from ontwikkeltafel.model import ConcernKind, Sector
    from ontwikkeltafel.ui.core.labels import enum_label

    assert enum_label(Sector.HEALTH) == enum_label(ConcernKind.CONCERN) == "zorg"


def test_the_window_labels_enums_from_the_catalogue_in_its_language(qapp: QApplication) -> None:
    from ontwikkeltafel.i18n import enum_label as catalogue_label
    from ontwikkeltafel.model import AttendanceStatus, enums
    from ontwikkeltafel.ui.core.labels import enum_label
    from ontwikkeltafel.ui.core.meeting_labels import label

    values = [v for cls in vars(enums).values() if isinstance(cls, type) for v in cls]
    assert values
    for lang in ("nl", "en"):
        translator = install_translator(qapp, lang)
        try:
            assert [enum_label(v) for v in values] == [catalogue_label(v, lang) for v in values]
        finally:
            if translator is not None:
                remove_translator(qapp, translator)
    assert label(AttendanceStatus.EXCUSED) == "afwezig met bericht"  # GLOSSARY.md
    assert label(AttendanceStatus.ABSENT) == "afwezig zonder bericht"


def test_enum_labels_are_not_qt_messages() -> None:
    contexts = {ctx.findtext("name") for ctx in ET.parse(TS_FILE).getroot().iter("context")}
    assert not contexts & {"labels", "meeting_labels"}


def test_dutch_installs_qts_own_dutch_texts(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    translator = install_translator(qapp, "nl")
    try:
        assert translator is not None
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        remove_translator(qapp, translator)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
