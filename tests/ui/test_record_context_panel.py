"""The Samenhang under a concern's and a good practice's form: what it shows, where links go."""

from typing import Any

from PySide6.QtCore import QUrl

from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.forms.record_context_panel import RecordContextPanel
from ontwikkeltafel.ui.lists.editing_page import EditingPage
from ontwikkeltafel.ui.window.main_window import MainWindow
from tests.ui.conftest import make_window, open_page


def panel_of(page: EditingPage) -> RecordContextPanel:
    panel = page.findChild(RecordContextPanel)
    assert isinstance(panel, RecordContextPanel)
    return panel


def shown(qtbot: Any, window: MainWindow, kind: str, record_id: str) -> RecordContextPanel:
    page = open_page(window, kind)
    assert page.open_record(record_id)
    panel = panel_of(page)
    qtbot.waitUntil(lambda: panel.record_id == record_id)
    return panel


def test_a_concern_shows_where_it_was_raised_and_discussed(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    text = shown(qtbot, window, "concerns", "c-1").browser.toPlainText()
    assert "in 18-01-2018 Eerste bijeenkomst door IJ. van der Berg" in text
    assert "Besproken in bijeenkomsten (1)" in text
    assert "18-01-2018 Eerste bijeenkomst › Vragen uit de praktijk" in text
    assert "We bespraken de vragen." in text  # the verslag of that item
    assert "Samenwerking in de wijk (in uitvoering)" in text
    assert "De status is nooit gewijzigd." in text


def test_a_status_change_shows_in_its_history_at_once(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    panel = shown(qtbot, window, "concerns", "c-1")
    window.editor.update("Status wijzigen", "concerns", "c-1", {"status": "addressed"})
    qtbot.waitUntil(lambda: "in bespreking → opgepakt" in panel.browser.toPlainText())
    assert "Statusverloop (1)" in panel.browser.toPlainText()


def test_a_link_opens_the_meeting_at_that_item(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    panel = shown(qtbot, window, "concerns", "c-1")
    assert "agenda_items/ai-2" in panel.browser.toHtml()
    panel.browser.anchorClicked.emit(QUrl("agenda_items/ai-2"))
    meeting = window.record_pages.meeting_page()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is meeting)
    assert meeting.record_id == "m-1"


def test_a_practice_shows_its_concerns_and_meetings(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    panel = shown(qtbot, window, "practices", "pr-consulent")
    text = panel.browser.toPlainText()
    assert "Hielp bij deze vragen en zorgen (1)" in text
    assert "Hoe blijf je in gesprek met gezinnen? (in bespreking)" in text
    assert "18-01-2018 Eerste bijeenkomst › Vragen uit de praktijk" in text
    panel.browser.anchorClicked.emit(QUrl("concerns/c-1"))
    concerns = window.pages["concerns"]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is concerns)
    assert isinstance(concerns, EditingPage) and concerns.form.record_id == "c-1"


def test_no_record_chosen_shows_nothing(qtbot: Any, filled: Database) -> None:
    window = make_window(qtbot, filled)
    page = open_page(window, "concerns")
    page.new_record()  # an empty form: no record yet
    assert panel_of(page).browser.toPlainText() == ""


def test_in_english(qtbot: Any, english: None, filled: Database) -> None:
    window = make_window(qtbot, filled)
    text = shown(qtbot, window, "concerns", "c-1").browser.toPlainText()
    assert "Discussed at meetings (1)" in text
    assert "Development points answering it (1)" in text
