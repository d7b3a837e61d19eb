"""New records that open their page: a new table, a planned meeting; one undoable step each."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.editing import create_record
from ontwikkeltafel.services.meeting_planning import plan_meeting as plan_service
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.messages import current_language, show_error
from ontwikkeltafel.ui.pages.record.page import RecordPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstPageEdits", text)


def _make_and_open(
    context: WindowContext,
    parent: QWidget,
    undo_text: str,
    kind: str,
    create: Callable[[], tuple[str, Change]],
) -> str | None:
    """Make a record of ``kind`` as one undoable step, open its page ready to type."""
    try:
        record_id = context.editor.push_create(undo_text, kind, create)
    except UserError as error:
        show_error(parent.window(), error)
        return None
    context.open_record(kind, record_id)
    page = context.current_page()
    if isinstance(page, RecordPage):
        page.focus_new()
    return record_id


def new_table(context: WindowContext, parent: QWidget) -> str | None:
    """Make a table and open its page with the title ready to type over."""
    title = _tr("Nieuwe tafel")
    return _make_and_open(
        context,
        parent,
        _tr("Tafel maken"),
        "tables",
        lambda: create_record(context.sessions, "tables", {"title": title}),
    )


def plan_meeting(context: WindowContext, parent: QWidget, table_id: str) -> str | None:
    """Plan the table's next meeting from its template and open it at its date."""
    return _make_and_open(
        context,
        parent,
        _tr("Bijeenkomst plannen"),
        "meetings",
        lambda: plan_service(context.sessions, table_id, lang=current_language()),
    )
