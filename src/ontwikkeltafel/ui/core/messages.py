"""Messages to the user from the window: a UserError in the language the window speaks."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.i18n import UserError


def current_language() -> str:
    """The language of the window: "nl", or what the installed translation says it is."""
    # The English translation translates this code into its own ("en").
    return QCoreApplication.translate("Language", "nl")


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
