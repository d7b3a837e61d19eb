"""The search box: Ctrl+F, hits grouped by kind as one types, opened with Enter and marked."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from ontwikkeltafel.services.search import MARK_END, MARK_START, SearchHit, search_everything
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.core.context import PageDefaults
from ontwikkeltafel.ui.search.global_search import GlobalSearch
from ontwikkeltafel.ui.search.results import SearchResultsModel, first_match, runs
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import active_window


class FakePage(QWidget, PageDefaults):
    """A record page that remembers what it was asked to highlight."""

    def __init__(self) -> None:
        super().__init__()
        self.highlighted: list[str] = []

    def highlight(self, text: str) -> bool:
        self.highlighted.append(text)
        return True


def search_of(window: MainWindow) -> GlobalSearch:
    search = window.search
    assert search is not None
    return search


def type_search(qtbot: Any, search: GlobalSearch, text: str) -> None:
    """Type ``text`` in the field and wait for the pause after typing to run the search."""
    with qtbot.waitSignal(search.timer.timeout, timeout=2000):
        qtbot.keyClicks(search.field, text)


def shown(search: GlobalSearch) -> list[tuple[bool, str]]:
    """The panel's rows: (heading?, text)."""
    assert search.panel is not None
    model = search.panel.model
    return [
        (model.hit(row) is None, model.data(model.index(row, 0))) for row in range(model.rowCount())
    ]


def chosen(search: GlobalSearch) -> SearchHit | None:
    assert search.panel is not None
    return search.panel.model.hit(search.panel.current_row())


@pytest.fixture
def window(qtbot: Any, filled: Database) -> MainWindow:
    return active_window(qtbot, filled)


def test_ctrl_f_puts_the_cursor_in_the_search_field(qtbot: Any, window: MainWindow) -> None:
    search = search_of(window)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.field.hasFocus)
    assert search.action in window.edit_menu.actions()
    assert "Ctrl+F" in search.field.placeholderText()
    qtbot.keyClick(search.field, Qt.Key.Key_Tab)  # on to the navigation
    assert QApplication.focusWidget() is window.navigation


def test_typing_shows_the_hits_grouped_by_kind(qtbot: Any, window: MainWindow) -> None:
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "schoolcons")
    assert search.is_open()
    assert shown(search) == [
        (True, "Goede voorbeelden"),
        (False, "De schoolconsulent"),
        (True, "Actiepunten"),
        (False, "Schoolconsulent uitnodigen"),
    ]
    hit = chosen(search)  # the best hit is chosen at once
    assert hit is not None
    assert hit.marked_title == f"De {MARK_START}schoolconsulent{MARK_END}"
    assert search.panel is not None
    assert (
        search.panel.geometry().top()
        >= search.field.mapTo(window, search.field.rect().bottomLeft()).y()
    )


def test_arrows_choose_and_enter_opens_the_hit_then_marks_the_word(
    qtbot: Any, window: MainWindow
) -> None:
    opened: list[tuple[str, str]] = []
    page = FakePage()
    window.stack.addWidget(page)

    def opener(kind: str) -> Any:
        def open_record(record_id: str) -> None:
            opened.append((kind, record_id))
            window.stack.setCurrentWidget(page)

        return open_record

    for kind in ("practices", "actions"):
        window.record_openers[kind] = opener(kind)
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "schoolcons")
    qtbot.keyClick(search.field, Qt.Key.Key_Down)
    assert chosen(search) is not None and chosen(search).id == "a-1"  # type: ignore[union-attr]
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # stops at the last hit
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert opened == [("actions", "a-1")]
    assert page.highlighted == ["Schoolconsulent"]  # as the record writes it
    assert not search.is_open()
    assert window.stack.currentWidget() is page

    search.field.setFocus()
    qtbot.keyClick(search.field, Qt.Key.Key_Down)  # shows the hits again
    assert search.is_open()
    qtbot.keyClick(search.field, Qt.Key.Key_Up)
    qtbot.keyClick(search.field, Qt.Key.Key_Enter)
    assert opened[-1] == ("practices", "pr-consulent")


def test_double_click_opens_a_hit(qtbot: Any, window: MainWindow) -> None:
    opened: list[str] = []
    window.record_openers["concerns"] = opened.append
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "gezinnen")
    assert (False, "Hoe blijf je in gesprek met gezinnen?") in shown(search)
    assert search.panel is not None
    view = search.panel.view
    row = next(n for n, (_h, text) in enumerate(shown(search)) if text.startswith("Hoe blijf"))
    rect = view.visualRect(search.panel.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen(search) is not None and chosen(search).id == "c-1"  # type: ignore[union-attr]
    assert opened == []  # a click chooses, a double click opens
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["c-1"]


def test_a_decision_opens_its_meeting_and_confidential_hits_are_marked(
    qtbot: Any, window: MainWindow
) -> None:
    opened: list[str] = []
    window.record_openers["meetings"] = opened.append
    window.record_openers.pop("decisions", None)
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "Vertrouwelijk")
    assert shown(search)[:2] == [(True, "Besluiten"), (False, "Vertrouwelijk besluit.")]
    hit = chosen(search)
    assert hit is not None and hit.confidential
    assert search.panel is not None
    tip = search.panel.model.data(search.panel.model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert "vertrouwelijk" in tip
    search.panel.grab()  # paints headings, hits and the confidential label
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert opened == ["m-1"]


def test_nothing_found_says_so_and_escape_closes(qtbot: Any, window: MainWindow) -> None:
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "xyzzy")
    assert search.panel is not None
    assert search.is_open()
    assert search.panel.hint.isVisible()
    assert search.panel.hint.text() == "Niets gevonden voor “xyzzy”"
    assert not search.panel.view.isVisible()
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert not search.is_open()
    assert search.field.text() == "xyzzy"
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert search.field.text() == ""


def test_enter_right_after_typing_opens_the_best_hit(qtbot: Any, window: MainWindow) -> None:
    opened: list[str] = []
    window.record_openers["practices"] = opened.append
    search = search_of(window)
    search.field.setFocus()
    qtbot.keyClicks(search.field, "schoolconsulent")
    assert search.timer.isActive()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert opened == ["pr-consulent"]


def test_focus_elsewhere_closes_the_hits(qtbot: Any, window: MainWindow) -> None:
    search = search_of(window)
    search.field.setFocus()
    type_search(qtbot, search, "gesprek")
    assert search.is_open()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: not search.is_open())
    assert QApplication.focusWidget() is window.navigation


def test_results_model_passes_the_model_tester(qtmodeltester: Any, filled: Database) -> None:
    model = SearchResultsModel()
    model.set_results(search_everything(filled.session_factory, "schoolconsulent"))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.set_results(None)
    qtmodeltester.check(model)


def test_marked_text_in_pieces() -> None:
    marked = f"Met de {MARK_START}school{MARK_END}consulent en {MARK_START}Zoë{MARK_END}"
    assert runs(marked) == [
        ("Met de ", False),
        ("school", True),
        ("consulent en ", False),
        ("Zoë", True),
    ]
    assert runs("geen") == [("geen", False)]
    hit = SearchHit("theme", "t", "Zoë", "", None, False, f"{MARK_START}Zoë{MARK_END}")
    assert first_match(hit) == "Zoë"
