"""The records past their retention, as rows: Soort, Titel, Datum, Bewaren tot, Inhoud.

The rows are the ``records`` of ``services.retention.retention_overview``; the
Bewaartermijnen dialog shows them before anything is removed.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.i18n import message
from ontwikkeltafel.reports.format import short_date
from ontwikkeltafel.services.retention import Expired
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("retention", text)


def kind_text(record: Expired) -> str:
    """What the record is: "Tafel" or "Losse bijeenkomst"."""
    return _tr("Tafel") if record.kind == "table" else _tr("Losse bijeenkomst")


def holds_text(record: Expired) -> str:
    """What the record holds: "1 bijeenkomst(en), 3 agendapunt(en)" (or "verder leeg")."""
    lang = current_language()
    parts = [
        message(f"retention.count.{name}", lang, count=count)
        for name, count in record.counts
        if count
    ]
    return ", ".join(parts) or message("retention.empty", lang)


def _day_tip(record: Expired) -> str:
    if record.kind == "table":
        return (
            _tr("Gesloten op %1; bewaartermijn van de tafel: %2 jaar")
            .replace("%1", short_date(record.day))
            .replace("%2", str(record.years))
        )
    return _tr("Datum van de bijeenkomst; standaardbewaartermijn: %1 jaar").replace(
        "%1", str(record.years)
    )


class RetentionModel(RowsModel):
    """The records past their retention (read only), in the order of the overview."""

    def __init__(self, parent: object = None) -> None:
        """An empty list; :meth:`set_records` fills it."""
        super().__init__(
            [
                RowColumn(_tr("Soort"), kind_text),
                RowColumn(_tr("Titel"), lambda r: r.title),
                RowColumn(_tr("Datum"), lambda r: short_date(r.day), tooltip=_day_tip),
                RowColumn(_tr("Bewaren tot"), lambda r: short_date(r.until)),
                RowColumn(_tr("Inhoud"), holds_text),
            ],
            lambda r: f"{r.kind}/{r.record_id}",
            parent=parent,
        )

    def set_records(self, records: Sequence[Expired]) -> None:
        """Show ``records``."""
        self.set_rows(list(records))

    def record(self, row: int) -> Expired:
        """The record shown in ``row``."""
        found: Expired = self.rows[row]
        return found
