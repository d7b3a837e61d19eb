"""The history of a record as a list: when, who, what, old -> new; and the versions of a text.

Rows come from ``services/history_view.py``, newest first. Fields are named by their
Dutch labels, enum values by the glossary's (the catalogue's one table), moments in
Amsterdam time, records referred to by id by their names.
"""

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.services.history_view import Entry, TextVersion
from ontwikkeltafel.ui.core.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.models.rows import RowColumn, RowsModel

SHORT = 60  # characters of a text shown in the list
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def field_labels() -> dict[str, str]:
    """Field -> its Dutch label, as the forms and pages name it."""
    return {
        "title": _tr("Titel"),
        "name": _tr("Naam"),
        "goal": _tr("Doel"),
        "description": _tr("Beschrijving"),
        "notes": _tr("Notities"),
        "status": _tr("Status"),
        "kind": _tr("Soort"),
        "position": _tr("Volgorde"),
        "table_id": _tr("Tafel"),
        "meeting_id": _tr("Bijeenkomst"),
        "agenda_item_id": _tr("Agendapunt"),
        "started_on": _tr("Gestart op"),
        "ended_on": _tr("Beëindigd op"),
        "retention_years": _tr("Bewaartermijn"),
        "theme_ids": _tr("Thema's"),
        "agenda_template": _tr("Agendasjabloon"),
        "starts_at": _tr("Begin"),
        "ends_at": _tr("Einde"),
        "location": _tr("Locatie"),
        "chair_id": _tr("Voorzitter"),
        "secretary_id": _tr("Notulist"),
        "minutes_approved_on": _tr("Verslag vastgesteld op"),
        "adoption_changes": _tr("Wijzigingen bij vaststelling"),
        "planned_minutes": _tr("Geplande duur (minuten)"),
        "presenter_id": _tr("Inleider"),
        "minutes": _tr("Verslag"),
        "confidential": _tr("Vertrouwelijk"),
        "concern_ids": _tr("Vragen en zorgen"),
        "practice_ids": _tr("Goede voorbeelden"),
        "organisation_ids": _tr("Organisaties"),
        "text": _tr("Besluit"),
        "person_id": _tr("Persoon"),
        "role": _tr("Rol"),
        "first_name": _tr("Voornaam"),
        "prefix": _tr("Tussenvoegsel"),
        "last_name": _tr("Achternaam"),
        "organisation_id": _tr("Organisatie"),
        "function": _tr("Functie"),
        "email": _tr("E-mail"),
        "phone": _tr("Telefoon"),
        "sector": _tr("Sector"),
        "website": _tr("Website"),
        "short_name": _tr("Korte naam"),
        "summary": _tr("Samenvatting"),
        "contact_id": _tr("Contactpersoon"),
        "region": _tr("Regio"),
        "source": _tr("Bron"),
        "success_factors": _tr("Succesfactoren"),
        "raised_by_id": _tr("Ingebracht door"),
        "raised_in_meeting_id": _tr("Ingebracht in"),
        "priority": _tr("Prioriteit"),
        "resolution": _tr("Afhandeling"),
        "owner_id": _tr("Eigenaar"),
        "number": _tr("Nummer"),
        "due_on": _tr("Wanneer"),
        "done_on": _tr("Afgerond op"),
    }


# The same field named otherwise in one list: (list, field) -> label.
def _list_labels() -> dict[tuple[str, str], str]:
    return {
        ("agenda", "description"): _tr("Toelichting"),
        ("concerns", "description"): _tr("Omschrijving"),
        ("development_points", "description"): _tr("Omschrijving"),
        ("actions", "description"): _tr("Actie"),
        ("actions", "owner_id"): _tr("Wie"),
        ("attendance", "status"): _tr("Aanwezigheid"),
    }


def field_label(list_name: str, field: str) -> str:
    """The Dutch label of ``field`` of a record of ``list_name`` (the code if it has none)."""
    return _list_labels().get((list_name, field)) or field_labels().get(field, field)


def shorten(text: str, limit: int = SHORT) -> str:
    """A text on one line, cut with "…" after ``limit`` characters."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def record_name(values: Mapping[str, Any]) -> str:
    """What a whole record is called: its title, name, text or description."""
    if values.get("last_name"):
        parts = (values.get("first_name"), values.get("prefix"), values["last_name"])
        return " ".join(str(p) for p in parts if p)
    for key in ("title", "name", "text", "description", "number"):
        if values.get(key):
            return str(values[key])
    return ""


def value_text(
    value: Any,
    enum: type[StrEnum] | None = None,
    names: Mapping[str, str] | None = None,
    field: str | None = None,
) -> str:
    """A stored value as a person reads it in the list: short, in the window's language."""
    names = names or {}
    if value is None or value == "" or value == []:
        return _tr("(leeg)")
    if isinstance(value, bool):
        return _tr("ja") if value else _tr("nee")
    if enum is not None and isinstance(value, str):
        try:
            return enum_label(enum(value))
        except ValueError:
            return value
    if isinstance(value, list):
        if field and field.endswith("_ids"):
            return shorten(", ".join(names.get(str(v), str(v)) for v in value))
        return _tr("%n onderdelen").replace("%n", str(len(value)))
    if isinstance(value, dict):
        return shorten(record_name(value))
    if isinstance(value, str):
        if field and field.endswith("_id"):
            return names.get(value, value)
        if _DATE.match(value):
            return short_date(date.fromisoformat(value))
        if _MOMENT.match(value):
            try:
                return short_moment(datetime.fromisoformat(value))
            except ValueError:
                return shorten(value)
        return "‘" + shorten(value) + "’"
    return str(value)


def what_text(list_name: str, entry: Entry) -> str:
    """What changed: the field's label, or "aangemaakt" / "verwijderd" for a whole record."""
    if entry.created:
        return _tr("aangemaakt")
    if entry.deleted:
        return _tr("verwijderd")
    return field_label(list_name, entry.field or "")


def change_text(entry: Entry) -> str:
    """The change in short: old -> new; a whole record by its name; a note after it."""
    if entry.created:
        text = value_text(entry.new, names=entry.names)
    elif entry.deleted:
        text = value_text(entry.old, names=entry.names)
    else:
        old = value_text(entry.old, entry.enum, entry.names, entry.field)
        new = value_text(entry.new, entry.enum, entry.names, entry.field)
        text = f"{old} → {new}"
    return f"{text} ({entry.note})" if entry.note else text


class HistoryModel(RowsModel):
    """The entries of one record, newest first: Wanneer, Wie, Wat, Wijziging."""

    def __init__(self, list_name: str, parent: Any = None) -> None:
        """Entries of a record of ``list_name`` (an exchange list: ``agenda``, ``meetings``...)."""
        self.list_name = list_name
        columns = [
            RowColumn(_tr("Wanneer"), lambda e: short_moment(e.at)),
            RowColumn(_tr("Wie"), lambda e: e.by),
            RowColumn(_tr("Wat"), lambda e: what_text(self.list_name, e)),
            RowColumn(_tr("Wijziging"), change_text),
        ]
        super().__init__(columns, lambda e: str(e.seq), parent=parent)

    def entry(self, row: int) -> Entry:
        """The entry shown in ``row``."""
        entry: Entry = self.rows[row]
        return entry


def version_moment(version: TextVersion) -> str:
    """When a version was written; a version from before the history says so."""
    return _tr("eerder") if version.at is None else short_moment(version.at)


class VersionsModel(RowsModel):
    """The versions of a text, newest (the current text) first: Wanneer, Wie, Tekst."""

    def __init__(self, parent: Any = None) -> None:
        """An empty list; :meth:`set_versions` fills it."""
        columns = [
            RowColumn(_tr("Wanneer"), self._moment),
            RowColumn(_tr("Wie"), lambda v: v[1].by),
            RowColumn(
                _tr("Tekst"),
                lambda v: shorten(v[1].text) or _tr("(leeg)"),
                tooltip=lambda v: shorten(v[1].text, 400),
            ),
        ]
        super().__init__(columns, lambda v: str(v[0]), parent=parent)

    def _moment(self, row: tuple[int, TextVersion]) -> str:
        moment = version_moment(row[1])
        return _tr("%1 (huidige tekst)").replace("%1", moment) if row[0] == 0 else moment

    def set_versions(self, versions: list[TextVersion]) -> None:
        """Show ``versions`` (newest first)."""
        self.set_rows(list(enumerate(versions)))

    def version(self, row: int) -> TextVersion:
        """The version shown in ``row``."""
        version: TextVersion = self.rows[row][1]
        return version
