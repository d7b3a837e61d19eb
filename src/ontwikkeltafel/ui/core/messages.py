"""Messages to the user from the window: a UserError in the language the window speaks."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.logs import LOG_NAME
from ontwikkeltafel.paths import log_dir
from ontwikkeltafel.store.failures import CONNECTION_LOST

#: Message boxes wide enough that a sentence or a path does not wrap word by word.
MESSAGE_STYLE = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }"

LANGUAGE_PROPERTY = "ontwikkeltafel_language"  # set on the application with its translator
SOURCE_LANGUAGE = "nl"  # the texts in the source are Dutch


def current_language() -> str:
    """The language of the window: the one installed with the translation, else Dutch."""
    app = QCoreApplication.instance()
    lang = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return lang if isinstance(lang, str) and lang else SOURCE_LANGUAGE


def error_text(error: UserError) -> str:
    """A UserError in the language of the window."""
    return error.render(current_language())


def waiting_text(error: UserError, wait_ms: int) -> str:
    """Input the database could not take yet: why, and that it is tried again by itself.

    A lost server connection is said once, by the window's banner (ui/window/connection.py).
    """
    seconds = max(1, round(wait_ms / 1000))
    waits = QCoreApplication.translate(
        "messages",
        "Nog niet opgeslagen; uw invoer blijft staan en wordt over %1 s opnieuw opgeslagen.",
    ).replace("%1", str(seconds))
    return waits if error.key == CONNECTION_LOST else waits + " " + error_text(error)


def show_error(parent: QWidget | None, error: UserError) -> None:
    """One clear message box for a UserError."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("messages", "Ontwikkeltafel"), error_text(error)
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def failure_text(error: Exception, lang: str) -> str:
    """What to tell about a failure: a UserError's message, else one line naming the log."""
    if isinstance(error, UserError):
        return error.render(lang)
    reason = " ".join((str(error) or type(error).__name__).split())[:200]
    what = _tr("Er ging iets onverwachts mis (%1); er is niets opgeslagen.").replace("%1", reason)
    where = _tr("De details staan in %1.").replace("%1", str(log_dir() / LOG_NAME))
    return f"{what}\n{where}"


class OneMessage:
    """The one message box a part of the window shows at a time, opened without blocking.

    A new box closes the one shown; ``box`` is the box open now (tests answer it as a
    user would).
    """

    def __init__(self, parent: Callable[[], QWidget]) -> None:
        """Boxes over ``parent()`` (asked each time: the window may change)."""
        self.parent = parent
        self.box: QMessageBox | None = None

    def open(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A new window-modal box, not shown yet: add its buttons, then ``open()`` it."""
        if self.box is not None:
            self.box.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent())
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setStyleSheet(MESSAGE_STYLE)
        box.finished.connect(lambda _result, shown=box: self._closed(shown))
        self.box = box
        return box

    def say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Show ``text`` with one button, Sluiten."""
        box = self.open(icon, title, text)
        box.addButton(_tr("Sluiten"), QMessageBox.ButtonRole.AcceptRole)
        box.open()

    def _closed(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
