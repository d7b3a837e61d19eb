"""Messages to the user from the window: a UserError in the language the window speaks."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError

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
    """Input the database could not take yet: why, and that it is tried again by itself."""
    seconds = max(1, round(wait_ms / 1000))
    return (
        QCoreApplication.translate(
            "messages",
            "Nog niet opgeslagen; uw invoer blijft staan en wordt over %1 s opnieuw opgeslagen.",
        ).replace("%1", str(seconds))
        + " "
        + error_text(error)
    )


def show_error(parent: QWidget | None, error: UserError) -> None:
    """One clear message box for a UserError."""
    QMessageBox.warning(
        parent, QCoreApplication.translate("messages", "Ontwikkeltafel"), error_text(error)
    )
