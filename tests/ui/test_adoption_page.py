"""Adoption in the window: an adopted page is frozen under its banner and refuses typing;
reopening with a reason makes it editable, adopting again freezes it; the next meeting's
"Verslag vorige bijeenkomst" adopts the previous verslag and keeps the corrections."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.ui.pages.meeting.adoption_dialogs import (
    SUBSTANTIVE,
    TEXTUAL,
    AdoptDialog,
    ReopenDialog,
)
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from tests.ui.conftest import activate, active_window, open_meeting, stored, type_into

PREVIOUS_MINUTES_ITEM = "ai-22"


@pytest.fixture
def concept(database: Database, write_json: Any, document: dict[str, Any]) -> Database:
    """The small document with m-1 a concept verslag, and a next meeting m-2 to adopt it at."""
    first = document["meetings"][0]
    first["status"] = "minutes_draft"
    del first["minutes_approved_on"]
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-1",
            "kind": "table_session",
            "title": "Tweede bijeenkomst",
            "starts_at": "2018-03-15T15:30:00+01:00",
            "status": "planned",
            "agenda": [
                {"id": "ai-21", "position": 1, "title": "Opening", "kind": "opening"},
                {
                    "id": PREVIOUS_MINUTES_ITEM,
                    "position": 2,
                    "title": "Verslag vorige bijeenkomst",
                    "kind": "previous_minutes",
                },
                {"id": "ai-23", "position": 3, "title": "Rondvraag", "kind": "any_other_business"},
            ],
        }
    )
    path: Path = write_json(document)
    import_file(database.session_factory, path)
    return database


def _dialog(holder: Any, kind: type[QWidget]) -> Any:
    dialog = holder.dialog
    assert isinstance(dialog, kind) and dialog.isVisible()
    return dialog


def _answer_adoption(qtbot: Any, dialog: AdoptDialog, day: str, kind: str, text: str) -> None:
    """Type the date as a Dutch date, choose the kind of corrections, type them, press OK."""
    activate(qtbot, dialog)
    assert dialog.day.hasFocus()
    qtbot.keyClicks(dialog.day, day)
    dialog.set_kind(kind)
    assert not dialog.ok.isEnabled()  # corrections are required unless unchanged
    assert dialog.hint.text() == "Beschrijf de wijzigingen."
    qtbot.keyClicks(dialog.corrections, text)
    assert dialog.ok.isEnabled()
    dialog.ok.click()


def _frozen(page: MeetingPage) -> bool:
    panel = page.editor_panel
    read_only = [
        panel.minutes.isReadOnly(),
        panel.description.isReadOnly(),
        panel.title_field.isReadOnly(),
        not panel.kind.isEnabled(),
        panel.decisions_part.entry.isReadOnly(),
        not any(b.isEnabled() for b in panel.decisions_part.buttons),
        not any(b.isEnabled() for b in page.agenda_part.edit_buttons),
        not page.attendance.guest_picker.isEnabled(),
        page.header.title_field.isReadOnly(),
        not page.header.status.isEnabled(),
        not page.can_new(),
    ]
    read_only += [page.attendance.model.on_edit is None, panel.decisions_part.model.on_edit is None]
    attendance = page.attendance.model
    if attendance.rowCount():  # a radio is not chosen
        checkable = attendance.flags(attendance.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
        read_only.append(not checkable)
    assert len(set(read_only)) == 1, read_only  # all frozen or none
    return read_only[0]


def test_an_adopted_page_shows_its_banner_and_refuses_typing(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    assert page.banner.isVisible()
    assert page.banner.text.text() == "<b>Vastgesteld op donderdag 15 maart 2018</b>"
    assert page.banner.reopen_button.isVisible() and not page.banner.adopt_button.isVisible()
    page.select_item("ai-2")
    assert _frozen(page)
    before = stored(filled, "agenda_items", "ai-2")["minutes"]
    minutes = page.editor_panel.minutes
    minutes.setFocus()
    qtbot.keyClicks(minutes, "Later toegevoegd.")
    qtbot.keyClick(minutes, Qt.Key.Key_Return)
    assert minutes.toPlainText() == before
    assert page.editor_panel.text.pending() == {}
    assert page.flush()
    assert stored(filled, "agenda_items", "ai-2")["minutes"] == before
    page.header.title_field.setFocus()
    qtbot.keyClicks(page.header.title_field, " (gewijzigd)")
    assert page.header.title_field.text() == "Eerste bijeenkomst"
    assert page.flush()
    assert stored(filled, "meetings", "m-1")["title"] == "Eerste bijeenkomst"
    # Ctrl+N adds no agenda item; the actions agreed at the meeting stay editable.
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.agenda.rowCount() == 3
    actions = page.editor_panel.actions_part.model
    assert actions.flags(actions.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not page.notice.isVisible()


def test_reopen_with_a_reason_makes_it_editable_and_adopting_again_freezes_it(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    page.banner.reopen_button.click()
    dialog = _dialog(page.banner, ReopenDialog)
    assert not dialog.ok.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "Naam van de GGD-medewerker ontbrak")
    dialog.ok.click()
    assert stored(filled, "meetings", "m-1")["status"] == MeetingStatus.MINUTES_DRAFT
    assert not _frozen(page)
    assert page.banner.text.text() == "<b>Conceptverslag</b>: nog niet vastgesteld."
    assert page.banner.adopt_button.isVisible() and not page.banner.reopen_button.isVisible()
    assert "conceptverslag" in page.subtitle.text()
    minutes = page.editor_panel.minutes
    type_into(qtbot, page.editor_panel.text, minutes, "Met Bas Bakker (GGD).")
    assert stored(filled, "agenda_items", "ai-2")["minutes"] == "Met Bas Bakker (GGD)."

    page.banner.adopt_button.click()
    adopt_dialog = _dialog(page.banner, AdoptDialog)
    assert adopt_dialog.on() == date.today()
    _answer_adoption(qtbot, adopt_dialog, "14-05-2024", TEXTUAL, "naam aangevuld")
    meeting = stored(filled, "meetings", "m-1")
    assert meeting["status"] == MeetingStatus.MINUTES_APPROVED
    assert meeting["minutes_approved_on"] == date(2024, 5, 14)
    assert meeting["adoption_changes"] == "Tekstuele wijzigingen: naam aangevuld"
    assert _frozen(page)
    assert page.banner.text.text() == (
        "<b>Vastgesteld op dinsdag 14 mei 2024 met tekstuele wijzigingen: naam aangevuld</b>"
    )
    minutes.setFocus()
    qtbot.keyClicks(minutes, "x")
    assert minutes.toPlainText() == "Met Bas Bakker (GGD)."


def test_adopting_from_the_next_meetings_item_writes_the_corrections_there(
    qtbot: Any, concept: Database
) -> None:
    window = active_window(qtbot, concept)
    page = open_meeting(qtbot, window, "m-2")
    page.select_item(PREVIOUS_MINUTES_ITEM)
    bar = page.editor_panel.previous_minutes
    assert bar.isVisible()
    assert bar.text.text() == (
        "Het conceptverslag van Eerste bijeenkomst (18-01-2018) wacht op vaststelling."
    )
    bar.adopt_button.click()
    dialog = _dialog(bar, AdoptDialog)
    _answer_adoption(qtbot, dialog, "15-03-2018", SUBSTANTIVE, "besluit 1 luidt anders")
    first = stored(concept, "meetings", "m-1")
    assert first["status"] == MeetingStatus.MINUTES_APPROVED
    assert first["adoption_changes"] == "Inhoudelijke wijzigingen: besluit 1 luidt anders"
    written = "Inhoudelijke wijzigingen: besluit 1 luidt anders"
    assert stored(concept, "agenda_items", PREVIOUS_MINUTES_ITEM)["minutes"] == written
    assert page.editor_panel.minutes.toPlainText() == written
    assert bar.text.text() == (
        "Het verslag van Eerste bijeenkomst (18-01-2018) is vastgesteld op donderdag"
        " 15 maart 2018 met inhoudelijke wijzigingen: besluit 1 luidt anders."
    )
    assert not bar.adopt_button.isVisible()
    assert not _frozen(page)  # the next meeting itself stays a concept
    assert page.header.status.value() == MeetingStatus.MINUTES_DRAFT
    # Once this meeting is adopted too, its item adopts nothing more (the first reopened).
    page.banner.adopt_button.click()
    unchanged = _dialog(page.banner, AdoptDialog)
    unchanged.ok.click()
    assert _frozen(page)
    window.notifier.report(reopen(concept.session_factory, "m-1", "een naam vergeten"))
    assert "wacht op vaststelling" in bar.text.text()
    assert not bar.adopt_button.isVisible()
    page.close_page()
    assert not _frozen(open_meeting(qtbot, window, "m-1"))


def test_the_status_offers_what_a_hand_may_choose_and_follows_the_minutes(
    qtbot: Any, concept: Database
) -> None:
    window = active_window(qtbot, concept)
    page = open_meeting(qtbot, window, "m-2")
    status = page.header.status
    offered = [status.itemData(i) for i in range(status.count())]
    assert offered == [MeetingStatus.PLANNED, MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT]
    assert not page.banner.isVisible()
    page.select_item("ai-23")
    type_into(qtbot, page.editor_panel.text, page.editor_panel.minutes, "Geen vragen.")
    assert stored(concept, "meetings", "m-2")["status"] == MeetingStatus.MINUTES_DRAFT
    assert status.value() == MeetingStatus.MINUTES_DRAFT
    assert "conceptverslag" in page.subtitle.text()
    assert page.banner.isVisible() and page.banner.adopt_button.isVisible()


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("14-05-2024", date(2024, 5, 14)),
        ("7-3-2018", date(2018, 3, 7)),
        ("1-3-2018", date(2018, 3, 1)),
    ],
)
def test_the_adoption_date_takes_a_typed_dutch_date(
    qtbot: Any, filled: Database, typed: str, day: date
) -> None:
    """Typed as people write it, with dashes, after Tab: a full day or month goes on by itself."""
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    dialog = AdoptDialog(page, "Eerste bijeenkomst (18-01-2018)")
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.day.setFocus(Qt.FocusReason.TabFocusReason)  # the day is selected, as after Tab
    qtbot.waitUntil(dialog.day.hasFocus)
    qtbot.keyClicks(dialog.day, typed)
    assert dialog.on() == day


def test_the_history_of_an_items_minutes_opens_from_its_editor(
    qtbot: Any, filled: Database
) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    page.editor_panel.history_button.click()
    dialog = page.editor_panel.history
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle().endswith(": Vragen uit de praktijk")
    assert (dialog.list_name, dialog.record_id, dialog.field) == ("agenda", "ai-2", "minutes")
    dialog.reject()


def test_an_adopted_page_fits_a_1280_by_720_screen(qtbot: Any, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    assert page.banner.isVisible()
    least = window.minimumSizeHint()
    assert least.width() <= 1280 and least.height() <= 720, least


def test_the_banner_in_english(qtbot: Any, english: None, filled: Database) -> None:
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    assert page.banner.text.text() == "<b>Adopted on Thursday 15 March 2018</b>"
    assert page.banner.reopen_button.text() == "Reopen…"


def test_read_only_fields_of_an_adopted_page_look_read_only(qtbot: Any, filled: Database) -> None:
    """Not only the banner: a frozen text field has the window's ground, not a field's."""
    window = active_window(qtbot, filled)
    page = open_meeting(qtbot, window)
    page.select_item("ai-2")
    frozen_fields = [page.header.title_field, page.editor_panel.minutes, page.header.times.day]
    base, ground = QPalette.ColorRole.Base, QPalette.ColorRole.Window
    for field in frozen_fields:
        assert field.palette().color(base) == field.palette().color(ground), field
    page.banner.reopen_button.click()
    dialog = _dialog(page.banner, ReopenDialog)
    qtbot.keyClicks(dialog.reason, "Naam ontbrak")
    dialog.ok.click()
    assert not _frozen(page)
    for field in frozen_fields:
        assert field.palette().color(base) != field.palette().color(ground), field
