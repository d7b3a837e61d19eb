"""The texts that name a person, as rows: where (Onderdeel), the text now, what it becomes.

The rows are the ``mentions`` of ``services.erasure.erasure_plan``; the anonymise dialog
shows them so the secretary sees each rewrite before it is done.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.services.erasure_finding import Mention
from ontwikkeltafel.services.history_view import list_of_kind
from ontwikkeltafel.ui.models.history_model import field_label
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("person_rights", text)


def record_labels() -> dict[str, str]:
    """A table of the database -> what a record of it is called in the window."""
    return {
        "organisations": _tr("Organisatie"),
        "tables": _tr("Tafel"),
        "themes": _tr("Thema"),
        "agenda_template_items": _tr("Agendasjabloon"),
        "people": _tr("Persoon"),
        "development_points": _tr("Ontwikkelpunt"),
        "meetings": _tr("Bijeenkomst"),
        "practices": _tr("Goed voorbeeld"),
        "agenda_items": _tr("Agendapunt"),
        "concerns": _tr("Vraag of zorg"),
        "actions": _tr("Actiepunt"),
        "decisions": _tr("Besluit"),
    }


def part_text(mention: Mention, title: str = "") -> str:
    """Where a mention stands: "Agendapunt · Verslag", with the record's title below it."""
    record = record_labels().get(mention.table, mention.table)
    if (mention.table, mention.field) == ("meetings", "adoption_document"):
        part = f"{record} · " + _tr("Vastgesteld verslag")
    else:
        part = f"{record} · {field_label(list_of_kind(mention.table), mention.field)}"
    return f"{part}\n{title}" if title else part


def _line(text: str) -> str:
    return " ".join(text.split())


class MentionsModel(RowsModel):
    """The mentions of a person: Onderdeel, Tekst nu, Wordt (read only)."""

    def __init__(self, parent: object = None) -> None:
        """An empty list; :meth:`set_mentions` fills it."""
        self.titles: Mapping[tuple[str, str], str] = {}
        super().__init__(
            [
                RowColumn(_tr("Onderdeel"), self._part),
                RowColumn(_tr("Tekst nu"), lambda r: _line(r[1].before)),
                RowColumn(_tr("Wordt"), lambda r: _line(r[1].after)),
            ],
            lambda r: str(r[0]),
            parent=parent,
        )

    def set_mentions(
        self, mentions: Sequence[Mention], titles: Mapping[tuple[str, str], str] | None = None
    ) -> None:
        """Show ``mentions`` in the order found; ``titles``: (table, id) -> what it is called."""
        if titles is not None:
            self.titles = titles
        self.set_rows(list(enumerate(mentions)))

    def _part(self, row: tuple[int, Mention]) -> str:
        mention = row[1]
        return part_text(mention, self.titles.get((mention.table, mention.record_id), ""))

    def mention(self, row: int) -> Mention:
        """The mention shown in ``row``."""
        found: Mention = self.rows[row][1]
        return found
