"""The list pages of the navigation: Dutch labels, sorting, the filter box, the filters."""

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ontwikkeltafel.model import Person
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.lists.kinds import PAGES, make_page
from ontwikkeltafel.ui.lists.list_page import RecordListPage
from ontwikkeltafel.ui.models.lazy_table import PAGE
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.services.conftest import extend
from tests.ui.conftest import BareContext, make_window


@pytest.fixture
def document(document: dict[str, Any]) -> dict[str, Any]:
    """The small document with more actions and concerns to filter on."""
    return extend(document)


def _column(model: Any, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def open_page(qtbot: Any, database: Database, kind: str) -> RecordListPage:
    page = make_page(kind, BareContext(database.session_factory))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


SHOWN = {
    "meetings": {1: ["Overleg 3", "Overleg 2", "Overleg 1", "Eerste bijeenkomst"]},
    "people": {0: ["Bas Bakker", "IJsbrand van der Berg", "Anna de Vries"]},
    "organisations": {0: ["GGD regio Utrecht", "KION"], 1: ["zorg", "kinderopvang"]},
    "themes": {0: ["Geweld in gezinnen", "vve"], 2: ["1", "0"]},
    "concerns": {
        0: ["Hoe blijf je in gesprek met gezinnen?", "Wachtlijsten"],
        1: ["vraag", "knelpunt"],
        2: ["in bespreking", "open"],
        3: ["hoog", "normaal"],
        4: ["IJ. van der Berg", ""],
        5: ["Geweld in gezinnen", ""],
    },
    "practices": {0: ["De schoolconsulent"], 2: ["B. Bakker"]},
    "development_points": {0: ["Samenwerking in de wijk"], 1: ["in uitvoering"]},
    "actions": {
        0: ["2018-01", "2018-02", "2018-03", "2018-04"],
        2: ["B. Bakker", "A. de Vries", "B. Bakker", "A. de Vries"],
        3: ["15-03-2018", "", "01-02-2018", "01-01-2199"],
        4: ["afgerond", "open", "open", "in uitvoering"],
    },
}
COUNTS = {
    "meetings": "4 bijeenkomsten",
    "people": "3 personen",
    "organisations": "2 organisaties",
    "themes": "2 thema's",
    "concerns": "2 vragen en zorgen",
    "practices": "1 goed voorbeeld",
    "development_points": "1 ontwikkelpunt",
    "actions": "4 actiepunten",
}


@pytest.mark.parametrize("kind", list(PAGES))
def test_page_shows_the_records_with_dutch_labels(
    qtbot: Any, qtmodeltester: Any, filled: Database, kind: str
) -> None:
    page = open_page(qtbot, filled, kind)
    qtmodeltester.check(page.model)
    for column, values in SHOWN[kind].items():
        assert _column(page.model, column) == values
    assert page.count_label.text() == COUNTS[kind]
    assert page.body.currentWidget() is page.view
    assert page.search.placeholderText() == "Zoeken in de lijst…"


def test_sorting_by_a_column_reorders(qtbot: Any, filled: Database) -> None:
    page = open_page(qtbot, filled, "people")
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _column(page.model, 0) == ["Anna de Vries", "IJsbrand van der Berg", "Bas Bakker"]
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _column(page.model, 1) == ["", "GGD regio Utrecht", "KION"]


def test_typing_in_the_filter_box_narrows_the_list(qtbot: Any, filled: Database) -> None:
    page = open_page(qtbot, filled, "people")
    qtbot.keyClicks(page.search, "VRIES")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert _column(page.model, 0) == ["Anna de Vries"]
    assert page.count_label.text() == "1 persoon"
    qtbot.keyClicks(page.search, "xyz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.body.currentWidget() is page.hint
    assert "Niets gevonden" in page.hint.text()
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.body.currentWidget() is page.view


def test_action_filters_open_mine_and_overdue(
    qtbot: Any, qtmodeltester: Any, filled: Database
) -> None:
    page = open_page(qtbot, filled, "actions")
    (state, states), (owner, owners) = page.combos[:2]
    assert [c.label for c in owners] == ["Iedereen"]  # people are read when the box opens
    owner.load()  # as opening or focusing the box does
    assert [c.label for c in states] == ["Alle actiepunten", "Openstaand", "Over tijd"]
    assert [c.label for c in owners] == ["Iedereen", "B. Bakker", "A. de Vries"]
    with qtbot.waitSignal(page.model.modelReset):
        state.setCurrentIndex(1)
    assert _column(page.model, 0) == ["2018-02", "2018-03", "2018-04"]
    state.setCurrentIndex(2)
    assert _column(page.model, 0) == ["2018-03"]
    state.setCurrentIndex(0)
    owner.setCurrentIndex(2)
    assert _column(page.model, 0) == ["2018-02", "2018-04"]
    state.setCurrentIndex(2)
    assert page.model.rowCount() == 0
    assert "Niets gevonden" in page.hint.text()
    qtmodeltester.check(page.model)


def test_concern_filters_status_and_theme(qtbot: Any, filled: Database) -> None:
    page = open_page(qtbot, filled, "concerns")
    (status, statuses), (theme, themes), (kind, kinds) = page.combos[:3]
    assert [c.label for c in statuses][:3] == ["Alle statussen", "open", "in bespreking"]
    assert [c.label for c in themes] == ["Alle thema's", "Geweld in gezinnen", "vve"]
    status.setCurrentIndex(2)
    assert _column(page.model, 0) == ["Hoe blijf je in gesprek met gezinnen?"]
    status.setCurrentIndex(1)
    assert _column(page.model, 0) == ["Wachtlijsten"]
    status.setCurrentIndex(0)
    theme.setCurrentIndex(1)
    assert _column(page.model, 0) == ["Hoe blijf je in gesprek met gezinnen?"]
    theme.setCurrentIndex(2)
    assert page.model.rowCount() == 0
    theme.setCurrentIndex(0)
    kind.setCurrentIndex([c.label for c in kinds].index("knelpunt"))
    assert _column(page.model, 0) == ["Wachtlijsten"]


def test_meeting_filters_table_and_period(qtbot: Any, filled: Database) -> None:
    page = open_page(qtbot, filled, "meetings")
    (table, tables), (period, periods) = page.combos
    table.setCurrentIndex([c.label for c in tables].index("All-in De Zuidwester"))
    assert _column(page.model, 1) == ["Overleg 3", "Overleg 2", "Overleg 1"]
    table.setCurrentIndex(0)
    period.setCurrentIndex([c.label for c in periods].index("Vanaf vandaag"))
    assert page.model.rowCount() == 0


def test_empty_lists_say_how_to_fill_them(qtbot: Any, database: Database) -> None:
    page = open_page(qtbot, database, "people")
    assert page.body.currentWidget() is page.hint
    assert page.hint.text() == (
        "Nog geen personen. Maak er een met Ctrl+N, of importeer gegevens via Bestand."
    )
    assert page.count_label.text() == "0 personen"
    meetings = open_page(qtbot, database, "meetings")  # made on their own page, not here
    assert meetings.hint.text() == (
        "Nog geen bijeenkomsten. Importeer gegevens via Bestand of laad de demo."
    )


def test_a_long_list_fetches_ids_and_only_the_rows_in_sight(qtbot: Any, database: Database) -> None:
    with database.session_factory.begin() as session:
        session.add_all(Person(last_name=f"Persoon {n:05d}") for n in range(3000))
    page = open_page(qtbot, database, "people")
    assert page.model.rowCount() == 3000
    assert page.count_label.text() == "3.000 personen"
    qtbot.waitUntil(lambda: page.model.cached_rows > 0)  # the view painted its first rows
    assert page.model.cached_rows <= 2 * PAGE
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Persoon 02999")
    assert page.model.cached_rows <= 3 * PAGE


def _shortcut(window: MainWindow, keys: str) -> QAction:
    # Offscreen, Qt delivers no shortcut key presses; the xvfb screenshots use the keys.
    return next(a for a in window.actions() if a.shortcut() == QKeySequence(keys))


def test_navigation_makes_pages_on_first_use(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    assert list(window.pages) == ["tables"]
    assert window.navigation.count() == 9
    assert window.navigation.item(8).text() == "Actiepunten"
    with qtbot.waitSignal(window.page_shown) as shown:
        _shortcut(window, "Ctrl+3").trigger()
    assert shown.args == ["people"]
    assert isinstance(window.stack.currentWidget(), RecordListPage)
    window.navigation.setCurrentRow(8)
    assert list(window.pages) == ["tables", "people", "actions"]
    with qtbot.waitSignal(window.page_shown):
        _shortcut(window, "Ctrl+1").trigger()
    assert window.stack.currentWidget() is window.pages["tables"]
