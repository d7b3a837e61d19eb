"""Dutch texts of the app's own for what Qt itself says inside its file dialog and boxes.

Qt's Dutch translation may be missing (a packaged app) or worded otherwise; these win over
it. The English app needs none: Qt's source texts are English.
"""

from PySide6.QtCore import QObject, QTranslator

_DIALOG = "QFileDialog"
_MODEL = "QFileSystemModel"
_BUTTONS = "QPlatformTheme"

DUTCH: dict[tuple[str, str], str] = {
    (_DIALOG, "%1 already exists.\nDo you want to replace it?"): (
        "%1 bestaat al.\nWilt u het vervangen?"
    ),
    (_DIALOG, "%1\nFile not found.\nPlease verify the correct file name was given."): (
        "%1\nDit bestand bestaat niet.\nControleer de bestandsnaam."
    ),
    (_DIALOG, "%1\nDirectory not found.\nPlease verify the correct directory name was given."): (
        "%1\nDeze map bestaat niet.\nControleer de naam van de map."
    ),
    (_DIALOG, "'%1' is write protected.\nDo you want to delete it anyway?"): (
        "'%1' is beveiligd tegen wijzigen.\nWilt u het toch verwijderen?"
    ),
    (_DIALOG, "Are you sure you want to delete '%1'?"): (
        "Weet u zeker dat u '%1' wilt verwijderen?"
    ),
    (_DIALOG, "Could not delete directory."): "De map kon niet worden verwijderd.",
    (_DIALOG, "Delete"): "Verwijderen",
    (_DIALOG, "New Folder"): "Nieuwe map",
    (_DIALOG, "Recent Places"): "Recente mappen",
    (_DIALOG, "My Computer"): "Deze computer",
    (_DIALOG, "Computer"): "Deze computer",
    (_MODEL, "Invalid filename"): "Ongeldige bestandsnaam",
    (
        _MODEL,
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters'
        " or no punctuation marks.",
    ): '<b>De naam "%1" kan niet worden gebruikt.</b><p>Kies een kortere naam, of een'
    " zonder leestekens.",
    (_MODEL, "My Computer"): "Deze computer",
    (_MODEL, "Computer"): "Deze computer",
    (_BUTTONS, "&Yes"): "&Ja",
    (_BUTTONS, "&No"): "&Nee",
    (_BUTTONS, "OK"): "OK",
    (_BUTTONS, "Cancel"): "Annuleren",
    (_BUTTONS, "&Cancel"): "&Annuleren",
    (_BUTTONS, "Yes to &All"): "Ja, &alles",
    (_BUTTONS, "N&o to All"): "N&ee, niets",
    (_BUTTONS, "Close"): "Sluiten",
}


class OwnQtTexts(QTranslator):
    """A translator that knows only :data:`DUTCH`; everything else falls through."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Ready to be installed after Qt's own translation (the last installed wins)."""
        super().__init__(parent)
        self.qt_translator: QTranslator | None = None  # Qt's own, asked for the rest

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The app's Dutch for Qt's text, else Qt's own translation, else the source text.

        Never "": Qt takes an empty string from a Python translator for the translation
        (the whole Dutch app would read ""), and None crashes PySide. So this translator
        asks Qt's (its child, set by install_translator) itself.
        """
        found = DUTCH.get((context, source))
        if found is not None:
            return found
        if self.qt_translator is not None:  # kept, not looked up: this runs for every text
            text = self.qt_translator.translate(context, source, disambiguation or "", n)
            if text:
                return text
        return source

    def isEmpty(self) -> bool:
        """Never empty: Qt skips empty translators."""
        return False
