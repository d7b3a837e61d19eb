"""The history of a table as a list: Wanneer, Door, Onderdeel, Wat, Oud, Nieuw.

Rows come from ``services/table_history.py``, newest first. The texts of a row are made
once (a table's history runs to thousands of rows and the filter reads them all); the
words of a value, a field and a moment are the per-record history's (``history_model``).
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.reports.format import day_date
from ontwikkeltafel.services.history_view import field_enums
from ontwikkeltafel.services.table_history import Subject, TableEntry
from ontwikkeltafel.ui.core.labels import short_moment
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.models.history_model import record_name, shorten, value_text, what_text
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel

NAME = 40  # characters of a record's name in the Onderdeel column
TIP = 400  # characters of a value in its tool tip


def _tr(text: str) -> str:
    return QCoreApplication.translate("table_history", text)


def _quoted(name: str) -> str:
    return "‘" + shorten(name, NAME) + "’" if name else ""


def subject_text(subject: Subject) -> str:
    """One record in words: "bijeenkomst 12 maart 2024", "agendapunt ‘Mededelingen’"."""
    kind = subject.list_name
    name = _quoted(subject.name)
    if kind == "tables":
        return _tr("tafel")
    if kind == "meetings":
        when = day_date(subject.on, current_language()) if subject.on else name
        return _tr("bijeenkomst %1").replace("%1", when).strip()
    if kind in ("members", "attendance"):
        person = subject.name or _tr("(onbekende persoon)")
        word = _tr("deelnemer %1") if kind == "members" else _tr("aanwezigheid %1")
        return word.replace("%1", person)
    if kind == "actions":
        number = f"{subject.number} " if subject.number else ""
        return _tr("actie %1").replace("%1", number + name).strip()
    word = {
        "agenda": _tr("agendapunt %1"),
        "decisions": _tr("besluit %1"),
        "concerns": _tr("vraag of zorg %1"),
        "development_points": _tr("ontwikkelpunt %1"),
    }.get(kind, "%1")
    return word.replace("%1", name).strip()


def about_text(about: tuple[Subject, ...]) -> str:
    """Which record an entry is about: "Bijeenkomst 12 maart 2024 › agendapunt ‘Opening’"."""
    text = " › ".join(subject_text(subject) for subject in about)
    return text[:1].upper() + text[1:]


def _sides(entry: TableEntry) -> tuple[str, str, str, str]:
    """Old and new as shown, and as their tool tips (longer)."""
    if entry.field is None:
        values = entry.old if entry.deleted else entry.new
        name = value_text(values, names=entry.names)
        if isinstance(values, dict) and not record_name(values) and values.get("status"):
            name = value_text(values["status"], field_enums(entry.list_name).get("status"))
        shown = "" if entry.created else name, name if entry.created else ""
        return shown[0], shown[1], shown[0], shown[1]
    texts = [
        value_text(value, entry.enum, entry.names, entry.field) for value in (entry.old, entry.new)
    ]
    tips = [
        shorten(value, TIP) if isinstance(value, str) and entry.enum is None else text
        for value, text in zip((entry.old, entry.new), texts, strict=True)
    ]
    return texts[0], texts[1], tips[0], tips[1]


@dataclass(frozen=True)
class HistoryRow:
    """An entry with the texts of its cells, made once; ``folded`` is what the filter reads."""

    entry: TableEntry
    when: str
    about: str
    what: str
    old: str
    new: str
    old_tip: str
    new_tip: str
    folded: str


def history_rows(entries: list[TableEntry]) -> list[HistoryRow]:
    """The rows of ``entries`` as the list shows them.

    What a field is called and which record a row is about are worked out once each
    (a field's label is looked up among all labels; thousands of rows share a few).
    """
    whats: dict[tuple[str, str | None, bool, bool], str] = {}
    abouts: dict[tuple[Subject, ...], str] = {}
    folds: dict[str, str] = {}
    moments: dict[datetime, str] = {}
    rows = []
    for entry in entries:
        key = (entry.list_name, entry.field, entry.created, entry.deleted)
        if key not in whats:
            whats[key] = what_text(entry.list_name, entry)
        what = f"{whats[key]} ({entry.note})" if entry.note else whats[key]
        if entry.about not in abouts:
            abouts[entry.about] = about_text(entry.about)
        about = abouts[entry.about]
        old, new, old_tip, new_tip = _sides(entry)
        if entry.at not in moments:
            moments[entry.at] = short_moment(entry.at)
        when = moments[entry.at]
        parts = (when, entry.by, about, what, old_tip, new_tip)
        for part in parts:
            if part not in folds:
                folds[part] = fold(part)
        folded = "\n".join(folds[part] for part in parts)
        rows.append(HistoryRow(entry, when, about, what, old, new, old_tip, new_tip, folded))
    return rows


def matches(row: HistoryRow, words: list[str]) -> bool:
    """Whether every one of the (folded) ``words`` occurs in the row."""
    return all(word in row.folded for word in words)


class TableHistoryModel(RowsModel):
    """A table's history, newest first: Wanneer, Door, Onderdeel, Wat, Oud, Nieuw."""

    def __init__(self, parent: Any = None) -> None:
        """An empty list; ``set_rows`` with :func:`history_rows` rows fills it."""
        columns = [
            RowColumn(_tr("Wanneer"), lambda r: r.when),
            RowColumn(_tr("Door"), lambda r: r.entry.by),
            RowColumn(_tr("Onderdeel"), lambda r: r.about),
            RowColumn(_tr("Wat"), lambda r: r.what),
            RowColumn(_tr("Oud"), lambda r: r.old, tooltip=lambda r: r.old_tip),
            RowColumn(_tr("Nieuw"), lambda r: r.new, tooltip=lambda r: r.new_tip),
        ]
        super().__init__(columns, lambda r: str(r.entry.seq), parent=parent)

    def entry(self, row: int) -> TableEntry:
        """The entry shown in ``row``."""
        entry: TableEntry = self.rows[row].entry
        return entry
