"""Making the page of a kind with a form: its list beside the form, wired to the window."""

from typing import Any

from PySide6.QtGui import QUndoStack

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.ui.changes import ChangeNotifier
from ontwikkeltafel.ui.forms.editing_page import EditingPage
from ontwikkeltafel.ui.forms.kinds import FORMS
from ontwikkeltafel.ui.record_list import PageSpec
from ontwikkeltafel.ui.undo import Editor

__all__ = ["FORMS", "editing_page"]


def editing_page(
    kind: str,
    spec: PageSpec,
    sessions: SessionFactory,
    parent: Any = None,
    editor: Editor | None = None,
) -> EditingPage:
    """The list of ``spec`` with the form of ``kind`` beside it.

    Edits go through ``editor``, else the window's (``parent.editor``), else one of the
    page's own. The page stores pending input when the window closes or its Edit menu
    opens (so that the menu names the typing as what undo takes back).
    """
    editor = editor or getattr(parent, "editor", None)
    if not isinstance(editor, Editor):
        editor = Editor(sessions, QUndoStack(), ChangeNotifier())
    page = EditingPage(sessions, spec, FORMS[kind](), editor, parent)
    if editor.stack.parent() is None:
        editor.stack.setParent(page)
        editor.notifier.setParent(page)
    closing = getattr(parent, "about_to_close", None)
    if closing is not None:
        closing.connect(page.flush)
    edit_menu = getattr(parent, "edit_menu", None)
    if edit_menu is not None:
        edit_menu.aboutToShow.connect(page.flush)
    return page
