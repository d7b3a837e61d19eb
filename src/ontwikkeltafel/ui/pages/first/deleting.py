"""Delete on the first page: a table or meeting deleted after asking what goes with it.

The delete is one undoable step; the question says what goes with the table or meeting
before it happens (tests replace :meth:`DeleteConfirmation.ask`). It deletes what the user
saw: the row as the list showed it (its fields and version) and the rest as the question
read it, so a colleague's change of a shown field since the row was shown, or of any field
since the question, refuses it ("... heeft dit intussen gewijzigd; niet verwijderd").
On a server what the question says is read off the UI thread (the window paints meanwhile;
a server that does not answer within ui/core/question_reads.ASK_WAIT_LIMIT_MS puts up the
banner, no question); on a SQLite file at once.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.record_contents import meeting_contents, table_contents
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import show_error
from ontwikkeltafel.ui.core.question_reads import read_for_question

# The fields of a record its row on the first page shows (the tables and meetings lists).
SHOWN = {
    "tables": ("title", "status", "started_on"),
    "meetings": ("starts_at", "title", "kind", "status"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstPageEdits", text)


def counted(kind: str, n: int) -> str:
    """A count of what goes with a record: "1 bijeenkomst", "3 bijeenkomsten"."""
    texts = {
        "meetings": (_tr("%1 bijeenkomst"), _tr("%1 bijeenkomsten")),
        "agenda_items": (_tr("%1 agendapunt"), _tr("%1 agendapunten")),
        "decisions": (_tr("%1 besluit"), _tr("%1 besluiten")),
        "actions": (_tr("%1 actiepunt"), _tr("%1 actiepunten")),
        "concerns": (_tr("%1 vraag of zorg"), _tr("%1 vragen en zorgen")),
        "development_points": (_tr("%1 ontwikkelpunt"), _tr("%1 ontwikkelpunten")),
        "members": (_tr("%1 deelnemer"), _tr("%1 deelnemers")),
        "attendance": (_tr("%1 aanwezigheidsregel"), _tr("%1 aanwezigheidsregels")),
        "actions_kept": (
            _tr("%1 actiepunt van deze bijeenkomst blijft op de actielijst."),
            _tr("%1 actiepunten van deze bijeenkomst blijven op de actielijst."),
        ),
    }
    one, other = texts[kind]
    return (one if n == 1 else other).replace("%1", str(n))


class DeleteConfirmation:
    """The question before a table or meeting is deleted."""

    @classmethod
    def ask(cls, parent: QWidget, question: str, details: str) -> bool:
        """Whether the user wants the delete (Nee is the default)."""
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("Verwijderen"), question, parent=parent)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes


def describe(
    sessions: SessionFactory, kind: str, record_id: str, title: str | None = None
) -> tuple[str, str, str] | None:
    """The question, its details and the undo text for deleting a table or meeting.

    ``title``: the title as the list showed it (else as stored now).
    """
    values = read_record(sessions, kind, record_id)
    if values is None:
        return None
    title = values["title"] if title is None else title
    if kind == "tables":
        counts = table_contents(sessions, record_id)
        question = _tr("De tafel ‘%1’ verwijderen?").replace("%1", title)
        undo = _tr("Tafel verwijderen")
    else:
        counts = meeting_contents(sessions, record_id)
        question = _tr("De bijeenkomst ‘%1’ verwijderen?").replace("%1", title)
        undo = _tr("Bijeenkomst verwijderen")
    kept = counts.pop("actions_kept", 0)
    lines = []
    if counts:
        parts = ", ".join(counted(kind, n) for kind, n in counts.items())
        lines.append(_tr("Daarmee verdwijnen ook: %1.").replace("%1", parts))
    if kept:
        lines.append(counted("actions_kept", kept))
    lines.append(_tr("Ongedaan maken kan met Ctrl+Z."))
    return question, "\n".join(lines), undo


def as_shown(kind: str, row: Any, asked: dict[str, Any]) -> dict[str, Any]:
    """The record as the user saw it: the row's fields and version, the rest as ``asked`` read.

    A field the list does not show was never seen before the question: its base is what
    the question read. Without a row (never shown): ``asked`` as it is.
    """
    if row is None or getattr(row, "version", None) is None:
        return asked
    seen = {name: getattr(row, name) for name in SHOWN.get(kind, ()) if hasattr(row, name)}
    return asked | seen | {"version": row.version}


def delete_record(
    context: WindowContext, parent: QWidget, kind: str, record_id: str, row: Any = None
) -> bool:
    """Ask (over ``parent``), then delete a table or meeting and what hangs from it (undoable).

    ``row``: the list's row of the record (with its version), the base of the check.
    """
    sessions = context.sessions
    title = getattr(row, "title", None) if row is not None else None
    read = read_for_question(
        parent,
        sessions,
        lambda: (  # a change since asking: refused
            read_record(sessions, kind, record_id),
            describe(sessions, kind, record_id, title),
        ),
    )
    if read is None:
        return False
    asked, described = read
    if described is None or asked is None:
        return False
    shown = as_shown(kind, row, asked)
    question, details, undo = described
    if not DeleteConfirmation.ask(parent.window(), question, details):
        return False
    try:
        context.editor.delete(undo, kind, record_id, shown)
    except UserError as error:
        show_error(parent.window(), error)
        return False
    return True
