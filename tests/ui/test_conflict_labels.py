"""The conflict view on the meeting's head shows values as the head's fields do.

Issue 15, point 1 (the last window paths): a date and time as "do 18-01-2018 15.30", a
choice by its Dutch label, a person by name; never an ISO moment, an enum code or an id.
"""

import os
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QLineEdit

from ontwikkeltafel.model import MeetingKind
from ontwikkeltafel.services.conflicts import Conflict, Side
from ontwikkeltafel.store.database import Database
from tests.ui.conftest import make_window
from tests.ui.two_windows import grab, meeting_page

THEIRS = {
    "starts_at": datetime(2026, 11, 10, 13, 0, tzinfo=UTC),  # 14.00 in Amsterdam, a Tuesday
    "kind": "workshop",  # as read back: the code
    "chair_id": "p-bas",
}
MINE = {
    "starts_at": datetime(2026, 11, 12, 13, 30, tzinfo=UTC),
    "kind": MeetingKind.WORK_VISIT,
    "chair_id": "p-anna",
}


def test_the_heads_conflict_shows_dates_choices_and_people_as_the_form(
    qtbot: Any, filled: Database
) -> None:
    page = meeting_page(make_window(qtbot, filled))
    at = datetime(2026, 11, 9, 15, 5, tzinfo=UTC)
    page._conflict(Conflict("meetings", "m-1", Side(THEIRS, 7, "Anna", at), Side(MINE, 6)))
    dialog = page.conflict
    assert dialog is not None and dialog.isVisible()
    texts = [line.text() for line in dialog.pages.widget(0).findChildren(QLineEdit)]
    assert texts == [
        "di 10-11-2026 14.00",  # theirs, mine: the head's day field and time fields
        "do 12-11-2026 14.30",
        "workshop",  # the labels the kind field offers
        "werkbezoek",
        "Bas Bakker (GGD regio Utrecht)",  # the names the chair field offers
        "Anna de Vries (KION)",
    ]
    merging = [line.text() for line in dialog.pages.widget(1).findChildren(QLineEdit)]
    assert merging[:2] == texts[:2]  # read only there too, as the form shows them
    if os.environ.get("HEAD_LABELS_SCREENSHOT"):  # to look at it
        grab(qtbot, page, dialog, os.environ["HEAD_LABELS_SCREENSHOT"])
