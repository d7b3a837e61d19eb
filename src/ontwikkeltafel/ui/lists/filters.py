"""The choices of the list pages' filter boxes: tables, periods, statuses, kinds, themes, owners."""

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ontwikkeltafel.model import ConcernKind
from ontwikkeltafel.reports.format import initials_name
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.action_list import action_owners
from ontwikkeltafel.services.listing import table_ids, table_rows
from ontwikkeltafel.services.lists import theme_ids, theme_rows
from ontwikkeltafel.ui.core.labels import enum_label
from ontwikkeltafel.ui.lists.choice_box import Choice, reads_database


def _tr(text: str) -> str:
    return QCoreApplication.translate("list_pages", text)


@reads_database
def table_choices(sessions: SessionFactory) -> list[Choice]:
    ids = table_ids(sessions)
    rows = {row.id: row for row in table_rows(sessions, ids)}
    choices = [Choice(_tr("Alle tafels"))]
    return choices + [Choice(rows[i].title, {"table_id": i}) for i in ids if i in rows]


def period_choices(_sessions: SessionFactory) -> list[Choice]:
    today = date.today()
    year = today.year
    return [
        Choice(_tr("Alle perioden")),
        Choice(_tr("Vanaf vandaag"), {"period_from": today}),
        Choice(
            _tr("Afgelopen 12 maanden"),
            {"period_from": today - timedelta(days=365), "period_to": today},
        ),
        Choice(_tr("Dit jaar"), {"period_from": date(year, 1, 1), "period_to": date(year, 12, 31)}),
        Choice(
            _tr("Vorig jaar"),
            {"period_from": date(year - 1, 1, 1), "period_to": date(year - 1, 12, 31)},
        ),
    ]


def statuses(values: Iterable[StrEnum]) -> Callable[[SessionFactory], list[Choice]]:
    return lambda _sessions: (
        [Choice(_tr("Alle statussen"))]
        + [Choice(enum_label(value), {"status": value}) for value in values]
    )


def kind_choices(_sessions: SessionFactory) -> list[Choice]:
    return [Choice(_tr("Vragen, zorgen en knelpunten"))] + [
        Choice(enum_label(kind), {"kind": kind}) for kind in ConcernKind
    ]


@reads_database
def theme_choices(sessions: SessionFactory) -> list[Choice]:
    ids = theme_ids(sessions)
    rows = {row.id: row for row in theme_rows(sessions, ids)}
    choices = [Choice(_tr("Alle thema's"))]
    return choices + [Choice(rows[i].name, {"theme_id": i}) for i in ids if i in rows]


def action_state_choices(_sessions: SessionFactory) -> list[Choice]:
    return [
        Choice(_tr("Alle actiepunten")),
        Choice(_tr("Openstaand"), {"open_only": True}),
        Choice(_tr("Over tijd"), {"overdue": True}),
    ]


@reads_database
def owner_choices(sessions: SessionFactory) -> list[Choice]:
    owners = action_owners(sessions)
    return [Choice(_tr("Iedereen"))] + [
        Choice(initials_name(person), {"owner_id": person.id}) for person in owners
    ]
