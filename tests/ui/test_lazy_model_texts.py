"""The lazy list model makes a row's texts once, and again only when the row is read again."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ontwikkeltafel.ui.lists.list_page import ListModel
from ontwikkeltafel.ui.models.lazy_table import Column


@dataclass(frozen=True)
class Row:
    id: str
    title: str


class Store:
    """Rows by id; counts how often a title is made into a text."""

    def __init__(self) -> None:
        self.titles = {f"r{n}": f"Titel {n}" for n in range(50)}
        self.made = 0

    def ids(self, _sort: str, descending: bool) -> list[str]:
        return sorted(self.titles, reverse=descending)

    def rows(self, ids: Sequence[str]) -> list[Row]:
        return [Row(i, self.titles[i]) for i in ids]

    def shown(self, row: Row) -> str:
        self.made += 1
        return row.title.upper()


def _model(store: Store) -> ListModel:
    columns = [Column("Titel", "title", store.shown), Column("Id", "id", lambda r: r.id)]
    model = ListModel(columns, store.ids, store.rows)
    model.reload()
    return model


def test_the_texts_are_made_once_a_row(qtmodeltester: Any) -> None:
    store = Store()
    model = _model(store)
    qtmodeltester.check(model)
    store.made = 0
    for _paint in range(3):
        texts = [model.index(row, 0).data() for row in range(30, 40)]
    assert texts[:2] == ["TITEL 36", "TITEL 37"]  # (sorted as text: r0, r1, r10, r11, ...)
    assert store.made == 10  # three paints of ten rows: each text made once
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "TITEL 11"


def test_a_row_read_again_shows_its_new_text(qtmodeltester: Any) -> None:
    store = Store()
    model = _model(store)
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "TITEL 0"
    store.titles["r0"] = "Nieuwe titel"
    assert model.index(0, 0).data() == "TITEL 0"  # not read again: the row as it was read
    model.refresh_rows(["r0"])
    assert model.index(0, 0).data() == "NIEUWE TITEL"
    store.titles["r1"] = "Ook anders"
    model.reload()  # read again: every row and text anew
    assert model.index(1, 0).data() == "OOK ANDERS"
