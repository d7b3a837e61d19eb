"""What a question before a change says, read off the UI thread on a server (issue 15).

Delete asks first what goes with a record; on a PostgreSQL server that is read while the
window goes on painting (the user's input waits, as for an undo step); a server that does
not answer within :data:`ASK_WAIT_LIMIT_MS` puts up the window's banner and nothing is
asked. On a SQLite file it is read at once.
"""

from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.failures import CONNECTION_LOST, StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events, connection_lost
from ontwikkeltafel.ui.core.background import OffThread, server_of
from ontwikkeltafel.ui.core.tasks import Outcome

T = TypeVar("T")
# What the question says is read within this long, or the server counts as lost (the banner).
ASK_WAIT_LIMIT_MS = 5000


def read_for_question(parent: QWidget, sessions: SessionFactory, read: Callable[[], T]) -> T | None:
    """``read()``: at once on a SQLite file; on a server off the UI thread, the window painting.

    The user's input waits (as for an undo step); None when the server is away or does not
    answer within :data:`ASK_WAIT_LIMIT_MS` (the window's banner says so).
    """
    where = server_of(sessions)
    if where is None:
        return read()
    loop = QEventLoop()
    came: list[Outcome] = []

    def finished(outcome: Outcome) -> None:
        came.append(outcome)
        loop.quit()

    worker = parent.findChild(OffThread, "question_reads")
    if worker is None:
        worker = OffThread(parent)
        worker.setObjectName("question_reads")
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    worker.run(read, finished)
    limit.start(ASK_WAIT_LIMIT_MS)
    if not came:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    limit.stop()
    if not came:
        autosave_events().lost.emit(StoreUnavailable(CONNECTION_LOST, where))
        return None
    error = came[0].error
    if error is None:
        return cast(T, came[0].result)
    if connection_lost(error):
        autosave_events().lost.emit(error)
        return None
    raise error
