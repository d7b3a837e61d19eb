"""The list query services: ids sorted and filtered in SQL, rows for a page of ids."""

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.model import ActionStatus, ConcernKind, ConcernStatus, Sector
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.action_list import action_ids, action_owners, action_rows
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.list_records import (
    concern_ids,
    concern_rows,
    development_point_ids,
    development_point_rows,
)
from ontwikkeltafel.services.listing import meeting_ids
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
from ontwikkeltafel.store.database import Database
from tests.services.conftest import extend


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    path: Path = write_json(extend(document))
    import_file(database.session_factory, path)
    return database.session_factory


def test_people_sort_by_surname_then_filter_on_any_visible_text(sessions: SessionFactory) -> None:
    assert person_ids(sessions) == ["p-bas", "p-ijs", "p-anna"]
    assert person_ids(sessions, descending=True) == ["p-anna", "p-ijs", "p-bas"]
    assert person_ids(sessions, sort="organisation") == ["p-ijs", "p-bas", "p-anna"]
    assert person_ids(sessions, text="ANNA") == ["p-anna"]
    assert person_ids(sessions, text="de vries") == ["p-anna"]
    assert person_ids(sessions, text="ggd") == ["p-bas"]
    assert person_ids(sessions, text="%") == []
    assert person_ids(sessions, organisation_id="org-kion") == ["p-anna"]
    (row,) = person_rows(sessions, ["p-anna"])
    assert (row.person.prefix, row.organisation, row.function) == (
        "de",
        "KION",
        "pedagogisch coach",
    )


def test_organisations_and_themes_with_their_counts(sessions: SessionFactory) -> None:
    assert organisation_ids(sessions) == ["org-ggd", "org-kion"]
    # Sectors sort in the domain's order: childcare before health.
    assert organisation_ids(sessions, sort="sector") == ["org-kion", "org-ggd"]
    assert organisation_ids(sessions, sector=Sector.HEALTH) == ["org-ggd"]
    rows = {r.id: r for r in organisation_rows(sessions, ["org-ggd", "org-kion"])}
    assert rows["org-kion"].people_count == 1
    assert theme_ids(sessions) == ["th-geweld", "th-vve"]
    assert theme_ids(sessions, sort="concern_count", descending=True)[0] == "th-geweld"
    assert theme_ids(sessions, text="VV") == ["th-vve"]
    (row,) = theme_rows(sessions, ["th-geweld"])
    assert (row.table_count, row.concern_count, row.practice_count) == (1, 1, 1)


def test_concerns_filter_on_status_theme_and_kind(sessions: SessionFactory) -> None:
    assert concern_ids(sessions) == ["c-1", "c-2"]
    assert concern_ids(sessions, sort="status") == ["c-2", "c-1"]
    assert concern_ids(sessions, status=ConcernStatus.DISCUSSING) == ["c-1"]
    assert concern_ids(sessions, status=ConcernStatus.OPEN) == ["c-2"]
    assert concern_ids(sessions, theme_id="th-geweld") == ["c-1"]
    assert concern_ids(sessions, theme_id="th-vve") == []
    assert concern_ids(sessions, kind=ConcernKind.BOTTLENECK) == ["c-2"]
    assert concern_ids(sessions, text="berg") == ["c-1"]  # raised by IJsbrand van der Berg
    rows = {r.id: r for r in concern_rows(sessions, ["c-1", "c-2"])}
    assert rows["c-1"].themes == "Geweld in gezinnen"
    assert rows["c-1"].raised_by is not None and rows["c-1"].raised_by.last_name == "Berg"
    assert rows["c-2"].raised_by is None and rows["c-2"].table_title == ""


def test_actions_open_mine_and_overdue(sessions: SessionFactory) -> None:
    assert action_ids(sessions) == ["a-1", "a-2", "a-3", "a-4"]
    assert action_ids(sessions, open_only=True) == ["a-2", "a-3", "a-4"]
    assert action_ids(sessions, owner_id="p-bas") == ["a-1", "a-3"]
    assert action_ids(sessions, overdue=True, today=date(2020, 1, 1)) == ["a-3"]
    assert action_ids(sessions, overdue=True, owner_id="p-anna") == []
    # Actions without a date come last either way.
    assert action_ids(sessions, sort="due_on") == ["a-3", "a-1", "a-4", "a-2"]
    assert action_ids(sessions, sort="due_on", descending=True) == ["a-4", "a-1", "a-3", "a-2"]
    assert action_ids(sessions, text="_100%") == ["a-3"]
    assert action_ids(sessions, text="bakker") == ["a-1", "a-3"]
    rows = {r.id: r for r in action_rows(sessions, ["a-1", "a-2"])}
    assert rows["a-1"].status is ActionStatus.DONE and rows["a-1"].due_on == date(2018, 3, 15)
    assert rows["a-2"].owner is not None and rows["a-2"].owner.first_name == "Anna"
    assert [p.id for p in action_owners(sessions)] == ["p-bas", "p-anna"]


def test_practices_and_development_points(sessions: SessionFactory) -> None:
    assert practice_ids(sessions, text="basisscholen") == ["pr-consulent"]
    assert practice_ids(sessions, text="bakker") == ["pr-consulent"]
    (practice,) = practice_rows(sessions, ["pr-consulent"])
    assert practice.contact is not None and practice.contact.id == "p-bas"
    assert development_point_ids(sessions, sort="owner") == ["dp-1"]
    (point,) = development_point_rows(sessions, ["dp-1"])
    assert point.table_title == "Onderwijs en zorg vinden elkaar!"


def test_meetings_by_table_period_and_text_keep_the_old_call(sessions: SessionFactory) -> None:
    assert meeting_ids(sessions, "tafel-1", "title", False) == ["m-1"]
    assert meeting_ids(sessions, period_from=date(2018, 1, 18)) == ["m-1"]
    assert meeting_ids(sessions, period_to=date(2018, 1, 18)) == ["m-1"]
    assert meeting_ids(sessions, period_to=date(2018, 1, 17)) == []
    assert meeting_ids(sessions, period_from=date(2018, 1, 19)) == []
    assert meeting_ids(sessions, text="UTRECHT") == ["m-1"]
    assert meeting_ids(sessions, text="zuidwester") == []
