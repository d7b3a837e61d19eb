"""What pickers offer: (id, label) pairs of people, organisations, themes and other records."""

from sqlalchemy import select

from ontwikkeltafel.model import Concern, Meeting, Organisation, Person, Practice, Table, Theme
from ontwikkeltafel.reports.format import full_name, short_date
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.list_filters import name_sort, person_columns
from ontwikkeltafel.services.lists import person_of
from ontwikkeltafel.store.folding import folded

Choices = list[tuple[str, str]]


def person_choices(sessions: SessionFactory) -> Choices:
    """Everyone, by surname: "Anna de Vries (KION)"."""
    query = (
        select(*person_columns(Person), Organisation.name)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .order_by(*name_sort(Person), Person.id)
    )
    with sessions() as session:
        rows = session.execute(query).all()
    found = []
    for row in rows:
        person_id, first, prefix, last, organisation = tuple(row)
        person = person_of(person_id, first, prefix, last)
        assert person is not None
        label = full_name(person)
        found.append((person_id, f"{label} ({organisation})" if organisation else label))
    return found


def _pairs(sessions: SessionFactory, query: object) -> Choices:
    with sessions() as session:
        return [(str(a), str(b)) for a, b in session.execute(query).all()]  # type: ignore[call-overload]


def organisation_choices(sessions: SessionFactory) -> Choices:
    """Every organisation, by name."""
    query = select(Organisation.id, Organisation.name).order_by(
        folded(Organisation.name), Organisation.id
    )
    return _pairs(sessions, query)


def theme_choices(sessions: SessionFactory) -> Choices:
    """Every theme, by name."""
    return _pairs(sessions, select(Theme.id, Theme.name).order_by(folded(Theme.name)))


def table_choices(sessions: SessionFactory) -> Choices:
    """Every table, by title."""
    return _pairs(sessions, select(Table.id, Table.title).order_by(folded(Table.title)))


def practice_choices(sessions: SessionFactory) -> Choices:
    """Every good practice, by title."""
    query = select(Practice.id, Practice.title).order_by(folded(Practice.title))
    return _pairs(sessions, query)


def concern_choices(sessions: SessionFactory, table_id: str | None = None) -> Choices:
    """The concerns (of one table, when given), by title."""
    query = select(Concern.id, Concern.title).order_by(folded(Concern.title), Concern.id)
    if table_id is not None:
        query = query.where(Concern.table_id == table_id)
    return _pairs(sessions, query)


def meeting_choices(sessions: SessionFactory, table_id: str | None = None) -> Choices:
    """The meetings (of one table, when given), newest first: "14-05-2024 Derde bijeenkomst"."""
    query = select(Meeting.id, Meeting.starts_at, Meeting.title).order_by(
        Meeting.starts_at.desc(), Meeting.id
    )
    if table_id is not None:
        query = query.where(Meeting.table_id == table_id)
    with sessions() as session:
        rows = session.execute(query).all()
    return [(id_, f"{short_date(starts_at)} {title}") for id_, starts_at, title in rows]
