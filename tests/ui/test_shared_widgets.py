"""The link list and the text field the pages and forms share, on their own."""

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ontwikkeltafel.ui.core.autosave import FormBinder
from ontwikkeltafel.ui.widgets.link_list import VISIBLE_ROWS, LinkList
from ontwikkeltafel.ui.widgets.text_field import MAX_LINES, TextField
from tests.ui.conftest import activate

# The completion's popup: the offscreen platform cannot raise it nor grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CHOICES = [("t-1", "Armoede"), ("t-2", "Veiligheid"), ("t-3", "Jeugd"), ("t-4", "Wonen")]


def link_list(qtbot: Any, **options: Any) -> LinkList:
    links = LinkList(lambda: CHOICES, "Thema koppelen…", **options)
    qtbot.addWidget(links)
    activate(qtbot, links)
    return links


def pick(qtbot: Any, links: LinkList, text: str) -> None:
    """Type ``text`` in the picker and take the first name the completion offers."""
    links.picker.setFocus()
    qtbot.keyClicks(links.picker.lineEdit(), text)
    popup = links.picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: links.picker.currentText() == "")  # ready for the next one


def test_a_form_field_reports_its_value_and_the_binder_stores_each_link(qtbot: Any) -> None:
    links = link_list(qtbot, empty_text="Nog geen thema's")
    saved: list[dict[str, Any]] = []
    binder = FormBinder(saved.append)
    binder.bind("theme_ids", links)
    binder.load({"theme_ids": ["t-2"]})
    assert links.value() == ["t-2"] and links.labels() == ["Veiligheid"]
    pick(qtbot, links, "armo")  # completed by part of the name
    assert saved == [{"theme_ids": ["t-1", "t-2"]}]  # at once, no pause
    assert links.labels() == ["Armoede", "Veiligheid"]
    assert links.picker.value() is None
    links.chosen.setFocus()
    links.chosen.setCurrentRow(0)
    qtbot.keyClick(links.chosen, Qt.Key.Key_Delete)
    assert saved[-1] == {"theme_ids": ["t-2"]}
    assert links.current_id() == "t-2"  # the next link is chosen
    links.remove_button.click()
    assert saved[-1] == {"theme_ids": []}
    assert links.chosen.count() == 1 and links.chosen.item(0).text() == "Nog geen thema's"
    assert links.labels() == [] and not links.remove_button.isEnabled()
    links.set_value(["t-4", "t-3", "t-1"])  # shown by name, reporting nothing
    assert links.value() == ["t-1", "t-3", "t-4"]
    assert links.labels() == ["Armoede", "Jeugd", "Wonen"]
    assert saved[-1] == {"theme_ids": []}


def test_on_a_page_it_asks_with_added_and_removed_and_shows_what_is_stored(qtbot: Any) -> None:
    links = link_list(qtbot, heading="<b>Thema's</b>", visible_rows=None)
    asked: list[tuple[str, str]] = []
    links.added.connect(lambda record_id: asked.append(("added", record_id)))
    links.removed.connect(lambda record_id: asked.append(("removed", record_id)))
    links.set_value(["t-3"])
    assert links.heading is not None and links.heading.text() == "<b>Thema's</b>"
    pick(qtbot, links, "Wonen")
    pick(qtbot, links, "Jeugd")  # linked already: nothing asked
    assert asked == [("added", "t-4")]
    links.set_value(["t-3", "t-4"])  # what the page stored
    links.chosen.setFocus()
    links.chosen.setCurrentRow(1)
    qtbot.keyClick(links.chosen, Qt.Key.Key_Backspace)
    assert asked[-1] == ("removed", "t-4")
    links.set_value(["t-3"])
    assert links.labels() == ["Jeugd"] and links.chosen.count() == 1  # no empty text
    assert links.chosen.wordWrap()  # a long name wraps in the room the page gives


def test_the_list_fits_its_rows_up_to_the_limit_and_tab_goes_through_it(qtbot: Any) -> None:
    many = [(f"t-{n}", f"Thema {n}") for n in range(VISIBLE_ROWS + 3)]
    links = LinkList(lambda: many, "Thema koppelen…", empty_text="Geen")
    qtbot.addWidget(links)
    activate(qtbot, links)
    heights = []
    for count in (0, 1, 3, VISIBLE_ROWS, VISIBLE_ROWS + 3):
        links.set_value([record_id for record_id, _ in many[:count]])
        heights.append(links.chosen.height())
    assert heights[0] == heights[1] < heights[2] < heights[3] == heights[4]  # then it scrolls
    links.chosen.setFocus()
    links.chosen.setCurrentRow(0)
    qtbot.keyClick(links.chosen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (links.picker, links.picker.lineEdit())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links.remove_button


def test_a_text_field_grows_with_its_text_or_takes_the_room(qtbot: Any) -> None:
    window = QWidget()
    growing, roomy, after = TextField(2), TextField(4, most=None), QLineEdit()
    layout = QVBoxLayout(window)
    for widget in (growing, roomy, after):
        layout.addWidget(widget)
    window.resize(300, 700)
    qtbot.addWidget(window)
    activate(qtbot, window)
    empty = growing.height()
    growing.setPlainText("\n".join(["regel"] * 5))
    assert growing.height() > empty and growing.height() == growing.maximumHeight()
    growing.setPlainText("\n".join(["regel"] * (MAX_LINES + 10)))
    line = growing.fontMetrics().lineSpacing()
    assert growing.height() <= (MAX_LINES + 1) * line + 20  # then it scrolls
    assert roomy.minimumHeight() >= 4 * line and roomy.height() > 8 * line  # the room given
    roomy.setPlainText("\n".join(["regel"] * 3))
    assert roomy.height() > 8 * line
    # Tab leaves the field; pasted text arrives plain.
    roomy.setFocus()
    qtbot.keyClick(roomy, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after and "\t" not in roomy.toPlainText()
    data = QMimeData()
    data.setHtml("<b>vet</b> en <i>schuin</i>")
    data.setText("vet en schuin")
    roomy.clear()
    roomy.insertFromMimeData(data)
    assert roomy.toPlainText() == "vet en schuin"
    cursor = roomy.textCursor()
    cursor.setPosition(1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Normal
