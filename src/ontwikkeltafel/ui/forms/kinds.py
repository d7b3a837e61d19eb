"""The form of each list kind: people, organisations, themes, concerns, practices, points..."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import (
    ActionStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    Priority,
    Sector,
)
from ontwikkeltafel.reports.data import Person
from ontwikkeltafel.reports.format import full_name
from ontwikkeltafel.ui.forms.spec import (
    FormSpec,
    checked_line,
    choice,
    day,
    info,
    line,
    links,
    pick,
    shorten,
    text,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("forms", text)


def _named(template: str, value: Any) -> str:
    return template.replace("%1", shorten(str(value or "")))


def _simple(undo_text: str) -> Callable[..., Any]:
    """A new record that starts empty."""
    return lambda _context: ({}, undo_text)


def _with_table(context: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """A new record belongs to the table the user works on, when there is one."""
    if context.get("table_id"):
        values["table_id"] = context["table_id"]
    return values


def people() -> FormSpec:
    """A person: name parts apart, organisation, function, how to reach them."""
    person_hint = _tr("Kies een organisatie…")

    def describe(values: dict[str, Any]) -> str:
        person = Person(
            "", values.get("first_name") or "", values.get("prefix") or "", values["last_name"]
        )
        return _named(_tr("Persoon ‘%1’"), full_name(person))

    return FormSpec(
        "people",
        _tr("Persoon"),
        _tr("Kies links een persoon, of maak een nieuwe met Ctrl+N."),
        [
            line("first_name", _tr("Voornaam")),
            line("prefix", _tr("Tussenvoegsel"), _tr("bijvoorbeeld: de, van der")),
            checked_line("last_name", _tr("Achternaam")),
            pick("organisation_id", _tr("Organisatie"), "organisations", person_hint),
            line("function", _tr("Functie"), _tr("bijvoorbeeld: pedagogisch coach")),
            checked_line("email", _tr("E-mail"), _tr("naam@organisatie.nl")),
            checked_line("phone", _tr("Telefoon"), _tr("bijvoorbeeld: 030 123 45 67")),
            text("notes", _tr("Notities")),
        ],
        _simple(_tr("Nieuwe persoon maken")),
        describe,
        frozenset({"organisations"}),
        width=67,
    )


def organisations() -> FormSpec:
    """An organisation and its sector."""
    return FormSpec(
        "organisations",
        _tr("Organisatie"),
        _tr("Kies links een organisatie, of maak een nieuwe met Ctrl+N."),
        [
            checked_line("name", _tr("Naam")),
            line("short_name", _tr("Korte naam"), _tr("bijv. KUS, voor in verslagen")),
            choice("sector", _tr("Sector"), Sector),
            line("website", _tr("Website"), "https://…"),
            text("notes", _tr("Notities")),
        ],
        _simple(_tr("Nieuwe organisatie maken")),
        lambda values: _named(_tr("Organisatie ‘%1’"), values["name"]),
        frozenset({"people"}),
        width=50,
    )


def themes() -> FormSpec:
    """A theme: its name, unique."""
    return FormSpec(
        "themes",
        _tr("Thema"),
        _tr("Kies links een thema, of maak een nieuw thema met Ctrl+N."),
        [checked_line("name", _tr("Naam"), _tr("bijvoorbeeld: warme overdracht"))],
        _simple(_tr("Nieuw thema maken")),
        lambda values: _named(_tr("Thema ‘%1’"), values["name"]),
        frozenset({"tables", "concerns", "practices"}),
        width=22,
    )


def _new_concern(context: dict[str, Any]) -> tuple[dict[str, Any], str]:
    kind = ConcernKind(context.get("kind") or ConcernKind.QUESTION)
    undo_texts = {
        ConcernKind.QUESTION: _tr("Nieuwe vraag maken"),
        ConcernKind.CONCERN: _tr("Nieuwe zorg maken"),
        ConcernKind.BOTTLENECK: _tr("Nieuw knelpunt maken"),
    }
    undo_text = undo_texts[kind]
    values: dict[str, Any] = {"kind": kind}
    if context.get("theme_id"):
        values["theme_ids"] = [context["theme_id"]]
    return _with_table(context, values), undo_text


def _describe_concern(values: dict[str, Any]) -> str:
    templates = {
        ConcernKind.QUESTION: _tr("Vraag ‘%1’"),
        ConcernKind.CONCERN: _tr("Zorg ‘%1’"),
        ConcernKind.BOTTLENECK: _tr("Knelpunt ‘%1’"),
    }
    kind = ConcernKind(values.get("kind") or ConcernKind.QUESTION)
    return _named(templates[kind], values["title"])


def concerns() -> FormSpec:
    """A question, concern or bottleneck: who raised it where, its status, themes, practices."""
    return FormSpec(
        "concerns",
        _tr("Vraag, zorg of knelpunt"),
        _tr("Kies links een vraag, zorg of knelpunt, of maak een nieuwe met Ctrl+N."),
        [
            checked_line("title", _tr("Titel")),
            choice("kind", _tr("Soort"), ConcernKind),
            choice("status", _tr("Status"), ConcernStatus),
            choice("priority", _tr("Prioriteit"), Priority),
            pick("table_id", _tr("Tafel"), "tables", _tr("Kies een tafel…")),
            pick("raised_by_id", _tr("Ingebracht door"), "people", _tr("Kies een persoon…")),
            pick(
                "raised_in_meeting_id",
                _tr("Ingebracht in"),
                "meetings",
                _tr("Kies een bijeenkomst…"),
            ),
            text("description", _tr("Omschrijving")),
            links(
                "theme_ids",
                _tr("Thema's"),
                "themes",
                _tr("Thema toevoegen…"),
                _tr("Nog geen thema's"),
            ),
            links(
                "practice_ids",
                _tr("Goede voorbeelden"),
                "practices",
                _tr("Goed voorbeeld toevoegen…"),
                _tr("Nog geen goede voorbeelden"),
            ),
            text("resolution", _tr("Afhandeling"), 3, _tr("Wat is ermee gedaan?")),
        ],
        _new_concern,
        _describe_concern,
        frozenset({"people", "themes", "tables"}),
        width=72,
    )


def practices() -> FormSpec:
    """A good practice: what it is, who to ask, which organisations and themes."""
    return FormSpec(
        "practices",
        _tr("Goed voorbeeld"),
        _tr("Kies links een goed voorbeeld, of maak een nieuw voorbeeld met Ctrl+N."),
        [
            checked_line("title", _tr("Titel")),
            text("summary", _tr("Samenvatting"), 2, _tr("In één of twee zinnen")),
            text("description", _tr("Beschrijving")),
            pick("contact_id", _tr("Contactpersoon"), "people", _tr("Kies een persoon…")),
            links(
                "organisation_ids",
                _tr("Organisaties"),
                "organisations",
                _tr("Organisatie toevoegen…"),
                _tr("Nog geen organisaties"),
            ),
            links(
                "theme_ids",
                _tr("Thema's"),
                "themes",
                _tr("Thema toevoegen…"),
                _tr("Nog geen thema's"),
            ),
            line("region", _tr("Regio")),
            line("source", _tr("Bron"), _tr("Waar komt het voorbeeld vandaan?")),
            text("success_factors", _tr("Succesfactoren"), 3),
        ],
        _simple(_tr("Nieuw goed voorbeeld maken")),
        lambda values: _named(_tr("Goed voorbeeld ‘%1’"), values["title"]),
        frozenset({"people"}),
        width=69,
    )


def development_points() -> FormSpec:
    """A development point: its status, owner, table and the concerns it answers."""

    def new(context: dict[str, Any]) -> tuple[dict[str, Any], str]:
        values = _with_table(context, {})
        return values, _tr("Nieuw ontwikkelpunt maken")

    return FormSpec(
        "development_points",
        _tr("Ontwikkelpunt"),
        _tr("Kies links een ontwikkelpunt, of maak een nieuw ontwikkelpunt met Ctrl+N."),
        [
            checked_line("title", _tr("Titel")),
            choice("status", _tr("Status"), DevelopmentPointStatus),
            pick("owner_id", _tr("Eigenaar"), "people", _tr("Kies een persoon…")),
            pick("table_id", _tr("Tafel"), "tables", _tr("Kies een tafel…")),
            text("description", _tr("Omschrijving")),
            links(
                "concern_ids",
                _tr("Vragen en zorgen"),
                "concerns",
                _tr("Vraag of zorg toevoegen…"),
                _tr("Nog geen vragen of zorgen"),
            ),
        ],
        new,
        lambda values: _named(_tr("Ontwikkelpunt ‘%1’"), values["title"]),
        frozenset({"people", "tables"}),
        width=70,
    )


def actions() -> FormSpec:
    """An action: wie, wat, wanneer, status; its number is given when it is made."""

    def new(context: dict[str, Any]) -> tuple[dict[str, Any], str]:
        values = _with_table(context, {})
        if context.get("owner_id"):
            values["owner_id"] = context["owner_id"]
        return values, _tr("Nieuw actiepunt maken")

    return FormSpec(
        "actions",
        _tr("Actiepunt"),
        _tr("Kies links een actiepunt, of maak een nieuw actiepunt met Ctrl+N."),
        [
            info("number", _tr("Nummer")),
            text("description", _tr("Actie"), 3, _tr("Wat moet er gebeuren?"), checked=True),
            pick("owner_id", _tr("Wie"), "people", _tr("Kies een persoon…")),
            day("due_on", _tr("Wanneer")),
            choice("status", _tr("Status"), ActionStatus),
            day("done_on", _tr("Afgerond op")),
            pick("table_id", _tr("Tafel"), "tables", _tr("Kies een tafel…")),
            pick("meeting_id", _tr("Bijeenkomst"), "meetings", _tr("Kies een bijeenkomst…")),
            text("notes", _tr("Notities"), 3),
        ],
        new,
        lambda values: _named(_tr("Actiepunt %1"), values["number"]),
        frozenset({"people", "tables"}),
        width=64,
    )


FORMS: dict[str, Callable[[], FormSpec]] = {
    "people": people,
    "organisations": organisations,
    "themes": themes,
    "concerns": concerns,
    "practices": practices,
    "development_points": development_points,
    "actions": actions,
}
