"""An undo or redo step given up on (the server slow past the wait) is not run twice.

The wait's limit is the window's, not the server's: a step of several statements may still
commit after it. Run again when the server is back, a redo of an add made a second record
(the issue-15 review, finding 1). A step given up on is now followed to its own outcome:
stored late, the stack moves on as asked; failed, it is tried again once the server is back.
"""

import threading
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core import saves as saves_module
from ontwikkeltafel.ui.core.autosave import autosave_events
from ontwikkeltafel.ui.core.notifier import ChangeNotifier
from ontwikkeltafel.ui.core.saves import Saves
from ontwikkeltafel.ui.core.undo import ServiceCommand

WHERE = "server.example:5432/tafels"


class SlowSteps:
    """A step's do and undo that wait for the test's word, counting the times each ran."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.fail = False
        self.runs = {"do": 0, "undo": 0}

    def do(self) -> Change:
        return self._run("do")

    def undo(self) -> Change:
        return self._run("undo")

    def _run(self, which: str) -> Change:
        self.release.wait(10)
        if self.fail:
            raise StoreUnavailable(CONNECTION_LOST, WHERE)
        self.runs[which] += 1
        return Change.of("people", ids=["p-1"])


@pytest.fixture
def stack(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> QUndoStack:
    """An undo stack whose steps are stored off the UI thread, given up on after 50 ms."""
    monkeypatch.setattr(saves_module, "SAVE_WAIT_LIMIT_MS", 50)
    undo_stack = QUndoStack()
    Saves(undo_stack, WHERE)
    return undo_stack


def _push(stack: QUndoStack, steps: SlowSteps) -> ServiceCommand:
    command = ServiceCommand("Persoon toevoegen", ChangeNotifier(), steps.do, steps.undo, stack)
    stack.push(command)  # done already: the push runs nothing
    return command


def test_an_undo_stored_after_the_wait_is_not_run_again_when_the_server_is_back(
    qtbot: Any, stack: QUndoStack
) -> None:
    steps = SlowSteps()
    _push(stack, steps)
    with qtbot.waitSignal(autosave_events().lost, timeout=2000):
        stack.undo()  # given up on after 50 ms: the banner
    qtbot.waitUntil(lambda: stack.index() == 1)  # the step stays where it was meanwhile
    steps.release.set()  # the server answers: the step was stored after all
    qtbot.waitUntil(lambda: stack.index() == 0, timeout=3000)
    autosave_events().back.emit(WHERE)
    qtbot.waitUntil(lambda: saves_module.saves_of(stack).busy is False)  # type: ignore[union-attr]
    assert steps.runs == {"do": 0, "undo": 1}
    assert stack.index() == 0 and stack.canRedo()


def test_a_redo_stored_late_is_done_once(qtbot: Any, stack: QUndoStack) -> None:
    steps = SlowSteps()
    steps.release.set()
    _push(stack, steps)
    stack.undo()
    assert stack.index() == 0 and steps.runs["undo"] == 1
    steps.release.clear()
    with qtbot.waitSignal(autosave_events().lost, timeout=2000):
        stack.redo()
    steps.release.set()
    qtbot.waitUntil(lambda: stack.index() == 1, timeout=3000)
    autosave_events().back.emit(WHERE)
    qtbot.waitUntil(lambda: saves_module.saves_of(stack).busy is False)  # type: ignore[union-attr]
    assert steps.runs == {"do": 1, "undo": 1}


def test_a_step_that_failed_after_the_wait_is_tried_again_when_the_server_is_back(
    qtbot: Any, stack: QUndoStack
) -> None:
    steps = SlowSteps()
    _push(stack, steps)
    steps.fail = True
    with qtbot.waitSignal(autosave_events().lost, timeout=2000):
        stack.undo()
    steps.release.set()  # the server answers: the step was not stored
    qtbot.waitUntil(lambda: saves_module.saves_of(stack).busy is False)  # type: ignore[union-attr]
    assert stack.index() == 1 and steps.runs["undo"] == 0
    steps.fail = False
    autosave_events().back.emit(WHERE)
    qtbot.waitUntil(lambda: stack.index() == 0, timeout=3000)
    assert steps.runs == {"do": 0, "undo": 1}
