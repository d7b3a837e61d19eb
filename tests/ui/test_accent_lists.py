"""The people list in the window: Özdemir found with or without accents, sorted with the O's."""

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.kinds import make_page
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from tests.ui.conftest import BareContext

PEOPLE = [
    ("p-ohm", "Georg", "Ohm"),
    ("p-oz", "Ömer", "Özdemir"),
    ("p-zwart", "Zoë", "Zwart"),
    ("p-engel", "Eva", "Engel"),
    ("p-evers", "Émile", "Évers"),
    ("p-fock", "Frits", "Fock"),
    ("p-ijzer", "Ĳsbrand", "Ĳzerman"),
]
SORTED = [
    "Bas Bakker",
    "IJsbrand van der Berg",
    "Eva Engel",
    "Émile Évers",
    "Frits Fock",
    "Ĳsbrand Ĳzerman",
    "Georg Ohm",
    "Ömer Özdemir",
    "Anna de Vries",
    "Zoë Zwart",
]


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with people whose names have Ö, É and the IJ ligature."""
    document["people"] += [
        {"id": pid, "first_name": first, "last_name": last} for pid, first, last in PEOPLE
    ]
    return document


def _names(page: RecordListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def _type(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest cannot click "ö" itself, so that key comes as its text."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _people_page(qtbot: Any, database: Database) -> RecordListPage:
    page = make_page("people", BareContext(database.session_factory))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_people_list_sorts_oe_between_ohm_and_zwart(qtbot: Any, filled: Database) -> None:
    page = _people_page(qtbot, filled)
    assert _names(page) == SORTED
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == SORTED[::-1]


@pytest.mark.parametrize("typed", ["ozdemir", "Özdemir", "özdemir"])
def test_typing_a_name_with_or_without_accents_finds_the_person(
    qtbot: Any, filled: Database, typed: str
) -> None:
    page = _people_page(qtbot, filled)
    _type(qtbot, page.search, typed)
    assert page.search.text() == typed
    qtbot.waitUntil(lambda: _names(page) == ["Ömer Özdemir"])
    assert page.count_label.text() == "1 persoon"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(SORTED))
    _type(qtbot, page.search, "evers")
    qtbot.waitUntil(lambda: _names(page) == ["Émile Évers"])
