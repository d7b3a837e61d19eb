"""Asking before a person or an organisation that others refer to is deleted: what hangs from it."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ontwikkeltafel.ui.core.labels import within_sentence


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteQuestion", text)


def _phrases() -> dict[str, tuple[str, str]]:
    """What a delete would touch (see services.editing.dependents), singular and plural."""
    return {
        "table_members": (_tr("%1 tafellidmaatschap"), _tr("%1 tafellidmaatschappen")),
        "attendance": (
            _tr("%1 plaats op een presentielijst"),
            _tr("%1 plaatsen op presentielijsten"),
        ),
        "meetings.chair_id": (
            _tr("%1 bijeenkomst als voorzitter"),
            _tr("%1 bijeenkomsten als voorzitter"),
        ),
        "meetings.secretary_id": (
            _tr("%1 bijeenkomst als notulist"),
            _tr("%1 bijeenkomsten als notulist"),
        ),
        "agenda_items.presenter_id": (
            _tr("%1 agendapunt als inleider"),
            _tr("%1 agendapunten als inleider"),
        ),
        "concerns.raised_by_id": (
            _tr("%1 ingebrachte vraag of zorg"),
            _tr("%1 ingebrachte vragen en zorgen"),
        ),
        "practices.contact_id": (
            _tr("%1 goed voorbeeld als contactpersoon"),
            _tr("%1 goede voorbeelden als contactpersoon"),
        ),
        "development_points.owner_id": (
            _tr("%1 ontwikkelpunt als eigenaar"),
            _tr("%1 ontwikkelpunten als eigenaar"),
        ),
        "actions.owner_id": (_tr("%1 actiepunt op naam"), _tr("%1 actiepunten op naam")),
        "people.organisation_id": (_tr("%1 persoon"), _tr("%1 personen")),
        "practice_organisations": (_tr("%1 goed voorbeeld"), _tr("%1 goede voorbeelden")),
    }


def dependents_lines(counts: dict[str, int]) -> list[str]:
    """Each count of what hangs from a record as a Dutch phrase: "2 actiepunten op naam"."""
    phrases = _phrases()
    other = (_tr("%1 andere verwijzing"), _tr("%1 andere verwijzingen"))
    ordered = [key for key in phrases if key in counts] + sorted(set(counts) - set(phrases))
    lines = []
    for key in ordered:
        one, many = phrases.get(key, other)
        lines.append((one if counts[key] == 1 else many).replace("%1", str(counts[key])))
    return lines


def closing(kind: str) -> str:
    """What happens to what hangs from a record of ``kind``, and that undo puts it back."""
    if kind == "organisations":
        return _tr(
            "De personen en goede voorbeelden blijven, zonder deze organisatie. "
            "Met Ctrl+Z zet je alles terug."
        )
    return _tr(
        "Lidmaatschappen en plaatsen op presentielijsten gaan mee; elders blijft het veld "
        "leeg. Met Ctrl+Z zet je alles terug."
    )


class DeleteQuestion(QMessageBox):
    """Asks "delete this? this hangs from it"; tests replace :meth:`ask`."""

    def __init__(self, parent: QWidget | None, what: str, lines: list[str], kind: str) -> None:
        """Ask about deleting ``what`` (its description), listing ``lines``."""
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(_tr("Verwijderen?"))
        self.setText(within_sentence(_tr("%1 verwijderen?"), what))
        bullets = "\n".join(f"• {line}" for line in lines)
        self.setInformativeText(
            _tr("Hieraan hangen nog:") + "\n" + bullets + "\n\n" + closing(kind)
        )
        self.delete_button = self.addButton(_tr("Verwijderen"), QMessageBox.ButtonRole.AcceptRole)
        cancel = self.addButton(_tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, lines: list[str], kind: str) -> bool:
        """Whether the user wants ``what`` deleted after all."""
        question = cls(parent, what, lines, kind)
        question.exec()
        return question.clickedButton() is question.delete_button
