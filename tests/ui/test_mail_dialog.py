"""Mailen from the meeting and table pages: the dialog names who it goes to and who has no
address, the draft is written off the GUI thread and opened (or saved); Voorkeuren >
Mailteksten edits the texts."""

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QPushButton

from ontwikkeltafel.model import DocumentKind
from ontwikkeltafel.preferences import (
    DEFAULT_MAIL_SUBJECTS,
    Preferences,
    load_preferences,
    save_preferences,
)
from ontwikkeltafel.services.documents_sent import documents_sent
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.exports import file_choice
from ontwikkeltafel.ui.exports.mail_dialog import MailDialog
from ontwikkeltafel.ui.pages.meeting.mail_menu import MailMenu
from ontwikkeltafel.ui.window.main_window import MainWindow
from ontwikkeltafel.ui.window.preferences_dialog import PreferencesDialog
from tests.documents import small_document
from tests.services.mail_samples import SENDER, addresses, attachments, parse
from tests.ui.conftest import make_window, open_meeting, open_table

WAIT_MS = 30000


@pytest.fixture
def mailing(database: Database, write_json: Any) -> Database:
    """The mail samples (Kees Bos without an address); Voorkeuren has the sender."""
    from tests.services.mail_samples import mail_document

    import_file(
        database.session_factory, write_json(mail_document(copy.deepcopy(small_document())))
    )
    save_preferences(SENDER)
    return database


def _menu(window: MainWindow, qtbot: Any, meeting_id: str) -> MailMenu:
    page = open_meeting(qtbot, window, meeting_id)
    menu = page.mail_button.menu()
    assert isinstance(menu, MailMenu)
    menu.offer()  # as when it is shown
    return menu


def _dialog(window: MainWindow, qtbot: Any) -> MailDialog:
    dialog = window.findChild(MailDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_menu_offers_the_verslag_by_status(qtbot: Any, mailing: Database) -> None:
    window = make_window(qtbot, mailing)
    adopted = _menu(window, qtbot, "m-1").actions_by_mail
    assert open_meeting(qtbot, window, "m-1").mail_button.text() == "Mailen"
    assert [a.text() for a in adopted.values()] == [
        "Uitnodiging mailen…",
        "Conceptverslag mailen…",
        "Vastgesteld verslag mailen…",
        "Actielijst mailen…",
    ]
    assert [a.isEnabled() for a in adopted.values()] == [True, False, True, True]
    concept = _menu(window, qtbot, "m-2").actions_by_mail
    assert [a.isEnabled() for a in concept.values()] == [True, True, False, True]
    alone = _menu(window, qtbot, "los").actions_by_mail
    assert not alone["actions"].isEnabled()


def test_uitnodiging_mailen_names_everyone_and_opens_the_draft(
    qtbot: Any, mailing: Database
) -> None:
    window = make_window(qtbot, mailing)
    opened: list[QUrl] = []
    window.exports.open_url = lambda url: opened.append(url) or True
    _menu(window, qtbot, "m-2").actions_by_mail["agenda"].trigger()
    dialog = _dialog(window, qtbot)
    assert dialog.windowTitle() == "Uitnodiging mailen"
    assert dialog.from_label.text() == "Sanne Secretaris <sanne@tafel.nl>"
    assert dialog.recipients.text() == "Anna de Vries, Bas Bakker, IJsbrand van der Berg"
    assert dialog.missing.text() == "Zonder e-mailadres, niet geadresseerd: Kees Bos"
    assert dialog.missing.isVisibleTo(dialog)
    dialog.internal.setChecked(True)
    assert dialog.recipients.text() == "Anna de Vries, Bas Bakker"
    assert not dialog.missing.isVisibleTo(dialog)
    dialog.participants.setChecked(True)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        dialog.ok.click()
    state, path = done.args
    assert state == "done" and isinstance(path, Path)
    assert [url.toLocalFile() for url in opened] == [str(path)]
    assert path.name == "Uitnodiging 2018-03-15 Onderwijs en zorg vinden elkaar!.eml"
    mail = parse(path.read_bytes())
    assert mail["X-Unsent"] == "1" and len(addresses(mail, "To")) == 3
    assert len(attachments(mail)) == 2
    assert [k for k, _day in documents_sent(mailing.session_factory, "m-2")] == [
        DocumentKind.AGENDA
    ]
    assert "niets verzonden" in window.statusBar().currentMessage()


def test_the_internal_verslag_saved_in_a_folder(
    qtbot: Any, mailing: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, mailing)
    chosen = tmp_path / "verslag"
    monkeypatch.setattr(file_choice, "choose_save_path", lambda *_args: chosen)
    _menu(window, qtbot, "m-1").actions_by_mail["approved"].trigger()
    dialog = _dialog(window, qtbot)
    assert dialog.windowTitle() == "Vastgesteld verslag mailen"
    dialog.internal.setChecked(True)
    dialog.saving.setChecked(True)
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        dialog.ok.click()
    assert done.args == ["done", tmp_path / "verslag.eml"]
    mail = parse((tmp_path / "verslag.eml").read_bytes())
    assert addresses(mail, "To") == ["anna@voorbeeld.nl", "bas@ggd.nl"]
    (name,) = attachments(mail)
    assert name.endswith("(intern).docx")
    box = window.exports.message
    assert box is not None and "verslag.eml" in box.informativeText()


def test_without_an_address_in_voorkeuren_the_dialog_says_where_to_fill_it_in(
    qtbot: Any, mailing: Database
) -> None:
    save_preferences(Preferences(name="Sanne"))
    window = make_window(qtbot, mailing)
    _menu(window, qtbot, "m-2").actions_by_mail["agenda"].trigger()
    dialog = _dialog(window, qtbot)
    assert "vul eerst uw e-mailadres in bij Bewerken > Voorkeuren" in dialog.from_label.text()
    assert not dialog.ok.isEnabled()


def test_actielijst_mailen_from_the_table_page_takes_the_last_meeting(
    qtbot: Any, mailing: Database
) -> None:
    window = make_window(qtbot, mailing)
    page = open_table(qtbot, window)
    button = page.mail_actions_button
    assert isinstance(button, QPushButton) and button.isEnabled()
    button.click()
    dialog = _dialog(window, qtbot)
    assert dialog.windowTitle() == "Actielijst mailen"
    assert dialog.meeting_id == "m-2"  # the last held one (a concept verslag)


def test_mailteksten_in_voorkeuren(qtbot: Any, mailing: Database) -> None:
    window = make_window(qtbot, mailing)
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    editor = dialog.mail_texts
    assert editor.title() == "Mailteksten"
    assert editor.subject.text() == DEFAULT_MAIL_SUBJECTS["agenda"]
    editor.subject.setText("Uitnodiging {tafel} op {datum}")
    editor.choose("actions")
    assert editor.subject.text() == DEFAULT_MAIL_SUBJECTS["actions"]
    editor.body.setPlainText("Beste allen,\n\n{bijlagen}")
    editor.choose("minutes")
    editor.subject.setText("weg")
    editor.reset.click()
    assert editor.subject.text() == DEFAULT_MAIL_SUBJECTS["minutes"]
    editor.choose("agenda")
    assert editor.subject.text() == "Uitnodiging {tafel} op {datum}"  # kept while open
    dialog.accept()
    stored = load_preferences()
    assert stored.mail_agenda_subject == "Uitnodiging {tafel} op {datum}"
    assert stored.mail_actions_body == "Beste allen,\n\n{bijlagen}"
    assert stored.mail_minutes_subject == DEFAULT_MAIL_SUBJECTS["minutes"]
    assert stored.email == "sanne@tafel.nl"


@pytest.mark.usefixtures("english")
def test_the_dialog_in_english(qtbot: Any, mailing: Database) -> None:
    window = make_window(qtbot, mailing)
    _menu(window, qtbot, "m-2").actions_by_mail["agenda"].trigger()
    dialog = _dialog(window, qtbot)
    assert dialog.windowTitle() == "Mail the invitation"
    assert dialog.missing.text() == "Without an e-mail address, not addressed: Kees Bos"
    assert dialog.ok.text() == "Make draft"
