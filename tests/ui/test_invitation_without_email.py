"""Saving an invitation from the window names who it could not invite (issue 12, item 6)."""

from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.store.database import Database
from tests.ui.conftest import make_window

WAIT_MS = 30000


def test_the_saved_message_names_the_invitees_without_an_address(
    qtbot: Any, filled: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, filled)
    out = tmp_path / "uitnodiging.ics"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS) as done:
        assert window.exports.start_invitation("m-1", out)
    assert done.args == ["done", out]
    box = window.exports.message
    assert box is not None and box.text() == "De uitnodiging is opgeslagen."
    lines = box.informativeText().splitlines()
    assert (
        lines[0] == "Niet uitgenodigd, want zonder e-mailadres: Bas Bakker, IJsbrand van der Berg."
    )
    assert "uitnodiging.ics" in lines[-2]


@pytest.mark.usefixtures("english")
def test_the_same_in_english(qtbot: Any, filled: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, filled)
    out = tmp_path / "invitation.ics"
    with qtbot.waitSignal(window.exports.finished, timeout=WAIT_MS):
        assert window.exports.start_invitation("m-1", out)
    box = window.exports.message
    assert box is not None
    assert box.informativeText().splitlines()[0] == (
        "Not invited, as they have no e-mail address: Bas Bakker, IJsbrand van der Berg."
    )
