"""The list pages of the navigation: columns, Dutch headers, filters, for every kind of record."""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import ConcernStatus, DevelopmentPointStatus
from ontwikkeltafel.reports import data
from ontwikkeltafel.reports.format import full_name, initials_name, short_date
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.action_list import action_ids, action_rows
from ontwikkeltafel.services.list_records import (
    concern_ids,
    concern_rows,
    development_point_ids,
    development_point_rows,
)
from ontwikkeltafel.services.listing import meeting_ids, meeting_rows
from ontwikkeltafel.services.lists import (
    organisation_ids,
    organisation_rows,
    person_ids,
    person_rows,
    practice_ids,
    practice_rows,
    theme_ids,
    theme_rows,
)
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_moment
from ontwikkeltafel.ui.lists.filters import (
    action_state_choices,
    kind_choices,
    owner_choices,
    period_choices,
    statuses,
    table_choices,
    theme_choices,
)
from ontwikkeltafel.ui.lists.list_page import (
    Choice,
    LazyChoices,
    PageSpec,
    RecordListPage,
    count_text,
)
from ontwikkeltafel.ui.models.lazy_table import Column


def _tr(text: str) -> str:
    return QCoreApplication.translate("list_pages", text)


def _name(person: data.Person | None) -> str:
    return "" if person is None else initials_name(person)


def _day(value: date | None) -> str:
    return "" if value is None else short_date(value)


def _count(one: str, other: str) -> Callable[[int], str]:
    return lambda n: count_text(n, one, other)


def _empty(what: str) -> str:
    return _tr("Nog geen %1. Importeer gegevens via Bestand of laad de demo.").replace("%1", what)


def _empty_new(what: str) -> str:
    """The empty state of a list whose records are made here."""
    return _tr("Nog geen %1. Maak er een met Ctrl+N, of importeer gegevens via Bestand.").replace(
        "%1", what
    )


def _meeting_ids(sessions: SessionFactory, *, sort: str, descending: bool, **filters: Any) -> Any:
    table_id = filters.pop("table_id", None)
    return meeting_ids(sessions, table_id, sort, descending, **filters)


def meetings() -> PageSpec:
    """Every meeting, newest first, by table and period."""
    return PageSpec(
        [
            Column(_tr("Datum"), "starts_at", lambda r: short_moment(r.starts_at)),
            Column(_tr("Bijeenkomst"), "title", lambda r: r.title),
            Column(_tr("Soort"), "kind", lambda r: enum_label(r.kind)),
            Column(_tr("Status"), "status", lambda r: enum_label(r.status)),
            Column(_tr("Tafel"), "table_title", lambda r: r.table_title),
        ],
        _meeting_ids,
        meeting_rows,
        _count(_tr("bijeenkomst"), _tr("bijeenkomsten")),
        _empty(_tr("bijeenkomsten")),
        {4: "0" * 16},
        stretch=1,
        fit=(0, 2, 3),
        descending=True,
        filters=[table_choices, period_choices],
    )


def people() -> PageSpec:
    """Everyone, by surname."""
    return PageSpec(
        [
            Column(_tr("Naam"), "name", lambda r: full_name(r.person)),
            Column(_tr("Organisatie"), "organisation", lambda r: r.organisation),
            Column(_tr("Functie"), "function", lambda r: r.function),
            Column(_tr("E-mail"), "email", lambda r: r.email),
        ],
        person_ids,
        person_rows,
        _count(_tr("persoon"), _tr("personen")),
        _empty_new(_tr("personen")),
        {},
        stretch=0,
        beside_form_hidden=[3],
        shares={1: 0.3, 2: 0.25, 3: 0.3},
    )


def organisations() -> PageSpec:
    """Every organisation, by name, with its sector."""
    return PageSpec(
        [
            Column(_tr("Organisatie"), "name", lambda r: r.name),
            Column(_tr("Sector"), "sector", lambda r: enum_label(r.sector)),
            Column(_tr("Personen"), "people_count", lambda r: str(r.people_count), True),
        ],
        organisation_ids,
        organisation_rows,
        _count(_tr("organisatie"), _tr("organisaties")),
        _empty_new(_tr("organisaties")),
        {},
        stretch=0,
        fit=(1, 2),
    )


def themes() -> PageSpec:
    """Every theme, with how often tables, concerns and practices name it."""
    return PageSpec(
        [
            Column(_tr("Thema"), "name", lambda r: r.name),
            Column(_tr("Tafels"), "table_count", lambda r: str(r.table_count), True),
            Column(_tr("Vragen en zorgen"), "concern_count", lambda r: str(r.concern_count), True),
            Column(
                _tr("Goede voorbeelden"), "practice_count", lambda r: str(r.practice_count), True
            ),
        ],
        theme_ids,
        theme_rows,
        _count(_tr("thema"), _tr("thema's")),
        _empty_new(_tr("thema's")),
        {},
        stretch=0,
        fit=(1, 2, 3),
    )


def concerns() -> PageSpec:
    """The questions, concerns and bottlenecks, by status, kind and theme."""
    return PageSpec(
        [
            Column(_tr("Vraag of zorg"), "title", lambda r: r.title),
            Column(_tr("Soort"), "kind", lambda r: enum_label(r.kind)),
            Column(_tr("Status"), "status", lambda r: enum_label(r.status)),
            Column(_tr("Prioriteit"), "priority", lambda r: enum_label(r.priority)),
            Column(_tr("Ingebracht door"), "raised_by", lambda r: _name(r.raised_by)),
            Column(_tr("Thema's"), "themes", lambda r: r.themes),
            Column(_tr("Tafel"), "table_title", lambda r: r.table_title),
        ],
        concern_ids,
        concern_rows,
        _count(_tr("vraag of zorg"), _tr("vragen en zorgen")),
        _empty_new(_tr("vragen of zorgen")),
        {},
        stretch=0,
        filters=[statuses(ConcernStatus), theme_choices, kind_choices, table_choices],
        beside_form_hidden=[3, 5, 6],
        fit=(1, 2, 3),
        shares={4: 0.22, 5: 0.2, 6: 0.2},
    )


def practices() -> PageSpec:
    """The good practices, by title."""
    return PageSpec(
        [
            Column(_tr("Goed voorbeeld"), "title", lambda r: r.title),
            Column(_tr("Samenvatting"), "summary", lambda r: r.summary),
            Column(_tr("Contactpersoon"), "contact", lambda r: _name(r.contact)),
            Column(_tr("Regio"), "region", lambda r: r.region),
        ],
        practice_ids,
        practice_rows,
        _count(_tr("goed voorbeeld"), _tr("goede voorbeelden")),
        _empty_new(_tr("goede voorbeelden")),
        {},
        stretch=1,
        beside_form_hidden=[3],
        shares={0: 0.4, 2: 0.22, 3: 0.15},
    )


def development_points() -> PageSpec:
    """The development points, by title, with their status and owner."""
    return PageSpec(
        [
            Column(_tr("Ontwikkelpunt"), "title", lambda r: r.title),
            Column(_tr("Status"), "status", lambda r: enum_label(r.status)),
            Column(_tr("Eigenaar"), "owner", lambda r: _name(r.owner)),
            Column(_tr("Tafel"), "table_title", lambda r: r.table_title),
        ],
        development_point_ids,
        development_point_rows,
        _count(_tr("ontwikkelpunt"), _tr("ontwikkelpunten")),
        _empty_new(_tr("ontwikkelpunten")),
        {},
        stretch=0,
        filters=[statuses(DevelopmentPointStatus)],
        beside_form_hidden=[3],
        fit=(1,),
        shares={2: 0.22, 3: 0.25},
    )


def actions() -> PageSpec:
    """The actielijst: wie, wat, wanneer, status; open, per person, overdue."""
    return PageSpec(
        [
            Column(_tr("Nr."), "number", lambda r: r.number),
            Column(_tr("Actie"), "description", lambda r: r.description),
            Column(_tr("Wie"), "owner", lambda r: _name(r.owner)),
            Column(_tr("Wanneer"), "due_on", lambda r: _day(r.due_on)),
            Column(_tr("Status"), "status", lambda r: enum_label(r.status)),
            Column(_tr("Tafel"), "table_title", lambda r: r.table_title),
        ],
        action_ids,
        action_rows,
        _count(_tr("actiepunt"), _tr("actiepunten")),
        _empty_new(_tr("actiepunten")),
        {},
        stretch=1,
        filters=[
            action_state_choices,
            LazyChoices(Choice(_tr("Iedereen")), owner_choices),
            table_choices,
        ],
        fit=(0, 3, 4),
        shares={2: 0.16, 5: 0.16},  # who and which table: their share; the text the rest
    )


PAGES: dict[str, Callable[[], PageSpec]] = {
    "meetings": meetings,
    "people": people,
    "organisations": organisations,
    "themes": themes,
    "concerns": concerns,
    "practices": practices,
    "development_points": development_points,
    "actions": actions,
}


def make_page(kind: str, context: WindowContext, parent: Any = None) -> RecordListPage:
    """The list page of ``kind`` (a key of ``PAGES``) of the window ``context``.

    The kinds with a form get it beside their list; their edits go through the window's
    editor. The window stores their pending input when it closes or its Edit menu opens.
    """
    from ontwikkeltafel.ui.forms.kinds import FORMS
    from ontwikkeltafel.ui.lists.editing_page import EditingPage

    if kind in FORMS:
        return EditingPage(context, PAGES[kind](), FORMS[kind](), parent)
    page = RecordListPage(context.sessions, PAGES[kind](), parent)
    page.follow(context.editor.notifier, {kind, "tables"})  # the meetings: their table's title
    return page
