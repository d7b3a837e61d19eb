"""Keyboard and window conventions: standard actions, help, icon, status bar, tab order."""

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from ontwikkeltafel import __version__, paths
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.context import PageDefaults
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.window.edit_actions import DELETE, NEW, StandardActions
from ontwikkeltafel.ui.window.help_dialogs import AboutDialog, ShortcutsDialog
from ontwikkeltafel.ui.window.icon import app_icon
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.status_bar import DatabaseLabel
from tests.ui.conftest import active_window


def list_page(window: MainWindow, key: str) -> RecordListPage:
    page = window.show_page(key)
    assert isinstance(page, RecordListPage)
    return page


def standard(window: MainWindow) -> StandardActions:
    return window.standard_actions


class Calls:
    """Stands in for the page methods of the contract and records the calls."""

    def __init__(self, page: QWidget, allow_delete: bool = True) -> None:
        self.made: list[str] = []
        self.allow_delete = allow_delete
        page.new_record = lambda: self.made.append("new")  # type: ignore[attr-defined]
        page.delete_selected = lambda: self.made.append("delete")  # type: ignore[attr-defined]
        page.can_delete = lambda: self.allow_delete  # type: ignore[attr-defined]


def show_over(window: MainWindow, page: QWidget) -> None:
    """Show ``page`` in the window's stack, as a record page is shown over a list."""
    window.show_over(page)


def test_actions_follow_the_page_shown(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    actions = standard(window)
    edit_texts = [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]
    at = edit_texts.index("&Nieuw")
    assert edit_texts[at : at + 3] == ["&Nieuw", "&Verwijderen", "&Sluiten"]
    assert edit_texts[at + 3 :] == ["&Geschiedenis…", "&Voorkeuren…"]  # last, as on every desktop
    assert actions.new_action.shortcut().toString() == "Ctrl+N"
    assert actions.delete_action.shortcut().toString() == "Del"
    assert actions.close_action.shortcut().toString() == "Ctrl+W"
    show_over(window, QWidget())  # a page without any of the methods
    assert not any(a.isEnabled() for a in actions.actions().values())
    page = list_page(window, "people")
    calls = Calls(page)
    with qtbot.waitSignal(window.page_shown):
        window.show_page("actions")
    with qtbot.waitSignal(window.page_shown):
        window.show_page("people")
    assert actions.new_action.isEnabled() and actions.delete_action.isEnabled()
    calls.allow_delete = False
    window.edit_menu.aboutToShow.emit()  # the predicates are asked when the menu opens
    assert not actions.delete_action.isEnabled()
    assert not actions.trigger(DELETE)
    calls.allow_delete = True
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert calls.made == ["new", "delete"]


def test_delete_in_a_text_field_stays_there(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = list_page(window, "people")
    calls = Calls(page)
    standard(window).refresh()
    page.search.setText("Vries")
    page.search.setFocus()
    page.search.setCursorPosition(0)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "ries"
    assert calls.made == []
    # Also when the action is triggered some other way while a text field has focus.
    editor = QPlainTextEdit(page)
    editor.show()
    editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert not standard(window).trigger(DELETE)
    assert standard(window).trigger(NEW)
    assert calls.made == ["new"]


class RecordPage(QWidget, PageDefaults):
    """A page that can be closed, as a record page shown over a list can."""

    def __init__(self) -> None:
        super().__init__()
        self.closed = 0

    def can_close(self) -> bool:
        return True

    def close_page(self) -> None:
        self.closed += 1


def test_close_page_is_handed_to_the_page(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = RecordPage()
    show_over(window, page)
    assert standard(window).close_action.isEnabled()
    assert not standard(window).new_action.isEnabled()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert page.closed == 1


def test_tab_order_follows_the_form(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = list_page(window, "actions")
    window.navigation.setFocus()
    combos = [combo for combo, _choices in page.combos]
    # From the navigation into the page, left to right, top to bottom; the list lets go.
    for widget in [page.search, *combos, page.view]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.view


def test_shortcut_overview_reads_the_window(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    late = QAction("Exporteren…", window)
    late.setShortcut("Ctrl+E")
    window.add_file_action(late)  # added after the conventions: still listed
    help_texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert help_texts[-2:] == ["&Sneltoetsen", "&Over Ontwikkeltafel"]
    f1 = next(a for a in window.help_menu.actions() if a.text() == "&Sneltoetsen")
    assert f1.shortcut().toString() == "Shift+F1"  # F1: the manual at the page (test_manual)
    f1.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Sneltoetsen"
    rows = dialog.rows()
    assert ("Bestand", "Exporteren…", "Ctrl+E") in rows
    assert ("Bewerken", "Nieuw", "Ctrl+N") in rows
    assert ("Bewerken", "Verwijderen", "Del") in rows
    assert ("Beeld", "Actiepunten", "Ctrl+9") in rows
    assert ("Help", "Sneltoetsen", "Shift+F1") in rows
    assert (
        ShortcutsDialog.show_for(window, window.current_page()) is dialog
    )  # one overview at a time
    dialog.close()


def test_about_names_version_database_and_folders(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    dialog = AboutDialog.show_for(window, window.database_name)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Over Ontwikkeltafel"
    assert dialog.values["Database"].text() == "test.sqlite3"
    assert dialog.values["Instellingen"].text() == str(paths.config_dir())
    assert dialog.values["Gegevens"].text() == str(paths.data_dir())
    assert re.fullmatch(r"6\.\d+\.\d+ \(PySide6 6\.\d+\.\d+\)", dialog.values["Qt"].text())
    dialog.copy_facts()
    copied = QGuiApplication.clipboard().text()
    assert f"Versie: {__version__}" in copied
    assert "Database: test.sqlite3" in copied
    dialog.close()


def test_icon_scales_for_high_dpi(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    assert not window.windowIcon().isNull()
    icon = app_icon()
    for size in (16, 32, 256):
        pixmap = icon.pixmap(size, size)
        assert (pixmap.width(), pixmap.height()) == (size, size)
    large = icon.pixmap(256, 256).toImage()
    assert large.pixelColor(128, 128).blue() > large.pixelColor(128, 128).red()


def test_status_bar_names_the_database_and_says_saved(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    label = window.statusBar().findChild(DatabaseLabel)
    assert label is not None and label.isVisible()
    assert label.text() == "Database: test.sqlite3"
    with qtbot.waitSignal(window.statusBar().messageChanged) as changed:
        window.notifier.report(Change.of("actions"))
    assert re.fullmatch(r"Opgeslagen om \d\d\.\d\d", changed.args[0])
    window.statusBar().showMessage("Iets anders")
    assert label.isVisible()


@pytest.mark.parametrize("lang", ["en"])
def test_english_labels(qtbot: Any, filled: Database, lang: str) -> None:
    from ontwikkeltafel.ui.window.translation import install_translator, remove_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, lang)
    try:
        window = active_window(qtbot, filled)
        texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
        assert texts[-2:] == ["&Keyboard Shortcuts", "&About Ontwikkeltafel"]
        assert standard(window).delete_action.text() == "&Delete"
    finally:
        remove_translator(app, translator)
