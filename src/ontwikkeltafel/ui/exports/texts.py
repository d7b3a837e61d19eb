"""Texts of the exports: per kind of report its titles, what a dialog is about, import counts."""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.i18n import UserError, import_count_lines
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.listing import meeting_rows, table_rows
from ontwikkeltafel.ui.core.labels import short_moment

if TYPE_CHECKING:
    from ontwikkeltafel.exchange.importer import ImportCounts


def _tr(text: str) -> str:
    return QCoreApplication.translate("exports", text)


def escape(text: str) -> str:
    """``text`` shown as it is in rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class KindTexts:
    """What the window says about one kind of document."""

    title: str  # of its dialogs
    working: str  # while it is made
    done: str  # once it is saved
    failed: str  # title of the message when it could not be made


def kind_texts() -> dict[str, KindTexts]:
    """Per kind of report (and "invitation"), its texts in the language of the window."""
    return {
        "minutes": KindTexts(
            _tr("Verslag maken"),
            _tr("Het verslag wordt gemaakt…"),
            _tr("Het verslag is opgeslagen."),
            _tr("Geen verslag gemaakt"),
        ),
        "agenda": KindTexts(
            _tr("Convocatie maken"),
            _tr("De convocatie wordt gemaakt…"),
            _tr("De convocatie is opgeslagen."),
            _tr("Geen convocatie gemaakt"),
        ),
        "attendance": KindTexts(
            _tr("Presentielijst maken"),
            _tr("De presentielijst wordt gemaakt…"),
            _tr("De presentielijst is opgeslagen."),
            _tr("Geen presentielijst gemaakt"),
        ),
        "table": KindTexts(
            _tr("Tafelrapportage maken"),
            _tr("De tafelrapportage wordt gemaakt…"),
            _tr("De tafelrapportage is opgeslagen."),
            _tr("Geen tafelrapportage gemaakt"),
        ),
        "actions": KindTexts(
            _tr("Besluiten- en actielijst maken"),
            _tr("De besluiten- en actielijst wordt gemaakt…"),
            _tr("De besluiten- en actielijst is opgeslagen."),
            _tr("Geen besluiten- en actielijst gemaakt"),
        ),
        "invitation": KindTexts(
            _tr("Uitnodiging opslaan"),
            _tr("De uitnodiging wordt gemaakt…"),
            _tr("De uitnodiging is opgeslagen."),
            _tr("Geen uitnodiging gemaakt"),
        ),
    }


def meeting_subject(sessions: SessionFactory, kind: str, meeting_id: str) -> str:
    """The heading of a meeting's report dialog (rich text): which document of which meeting."""
    rows = meeting_rows(sessions, [meeting_id])
    if not rows:
        raise UserError("report.unknown_meeting", meeting_id=meeting_id)
    row = rows[0]
    what = {
        "minutes": _tr("Verslag van"),
        "attendance": _tr("Presentielijst van"),
    }.get(kind, _tr("Convocatie voor"))
    where = " · ".join(part for part in (short_moment(row.starts_at), row.table_title) if part)
    return f"{what} <b>{escape(row.title)}</b><br>{escape(where)}"


def table_subject(sessions: SessionFactory, kind: str, table_id: str) -> str:
    """The heading of a table's report dialog (rich text)."""
    rows = table_rows(sessions, [table_id])
    if not rows:
        raise UserError("report.unknown_table", table_id=table_id)
    what = _tr("Tafelrapportage van") if kind == "table" else _tr("Besluiten- en actielijst van")
    return f"{what} <b>{escape(rows[0].title)}</b>"


def counts_summary(counts: "ImportCounts") -> str:
    """One line: how many records were added and updated."""
    added, updated = sum(counts.added.values()), sum(counts.updated.values())
    return (
        _tr("Toegevoegd: %1 records; bijgewerkt: %2.")
        .replace("%1", str(added))
        .replace("%2", str(updated))
    )


def counts_details(counts: "ImportCounts", lang: str) -> str:
    """A line per kind of record: the lines the command line prints."""
    return "\n".join(import_count_lines(counts.added, counts.updated, lang))
