"""Editing a table: members, roles, their order and the agenda template; every undo exact."""

from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AgendaItemKind, MemberRole
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_editing import (
    TemplateItem,
    add_member,
    add_template_item,
    edit_template_item,
    member_rows,
    move_member,
    move_template_item,
    remove_member,
    remove_template_item,
    restore_member,
    set_member_positions,
    set_member_role,
    set_template,
    template_items,
)
from ontwikkeltafel.store.database import Database
from tests.services.state import stored_state


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    document["people"].append({"id": "p-new", "first_name": "Nina", "last_name": "Jansen"})
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def _names(sessions: SessionFactory) -> list[str]:
    return [row.name for row in member_rows(sessions, "tafel-1")]


def test_members_are_listed_in_order_with_organisation_and_role(sessions: SessionFactory) -> None:
    rows = member_rows(sessions, "tafel-1")
    assert [(r.name, r.organisation, r.role) for r in rows] == [
        ("Anna de Vries", "KION", MemberRole.CHAIR),
        ("Bas Bakker", "GGD regio Utrecht", MemberRole.SECRETARY),
        ("IJsbrand van der Berg", "", MemberRole.MEMBER),
    ]


def test_add_and_remove_a_member_and_undo(sessions: SessionFactory) -> None:
    before = stored_state(sessions)
    change = add_member(sessions, "tafel-1", "p-new", MemberRole.ADVISOR)
    assert change.kinds == {"members"} and "tafel-1" in change.ids
    assert _names(sessions)[-1] == "Nina Jansen"
    with pytest.raises(UserError) as refused:
        add_member(sessions, "tafel-1", "p-new")
    assert refused.value.key == "table.already_member"
    snapshot, _ = remove_member(sessions, "tafel-1", "p-new")
    assert stored_state(sessions) == before
    restore_member(sessions, "tafel-1", snapshot)
    assert member_rows(sessions, "tafel-1")[-1].role == MemberRole.ADVISOR
    # Removing someone in the middle and putting them back restores their place.
    middle = stored_state(sessions)
    snapshot, _ = remove_member(sessions, "tafel-1", "p-bas")
    assert "Bas Bakker" not in _names(sessions)
    restore_member(sessions, "tafel-1", snapshot)
    assert stored_state(sessions) == middle


def test_role_change_and_move_are_undone_exactly(sessions: SessionFactory) -> None:
    before = stored_state(sessions)
    previous, _ = set_member_role(sessions, "tafel-1", "p-ijs", MemberRole.ADVISOR)
    assert previous == MemberRole.MEMBER
    set_member_role(sessions, "tafel-1", "p-ijs", previous)
    assert stored_state(sessions) == before
    positions, _ = move_member(sessions, "tafel-1", "p-ijs", 0)
    assert _names(sessions) == ["IJsbrand van der Berg", "Anna de Vries", "Bas Bakker"]
    set_member_positions(sessions, "tafel-1", positions)
    assert stored_state(sessions) == before


def test_agenda_template_edits_and_their_undo(sessions: SessionFactory) -> None:
    before = stored_state(sessions)
    assert [t.title for t in template_items(sessions, "tafel-1")] == ["Opening", "Rondvraag"]
    previous, change = add_template_item(
        sessions, "tafel-1", TemplateItem("Actielijst", AgendaItemKind.ACTION_LIST, 15), 1
    )
    assert change.kinds == {"agenda_template"}
    assert [t.title for t in template_items(sessions, "tafel-1")] == [
        "Opening",
        "Actielijst",
        "Rondvraag",
    ]
    move_template_item(sessions, "tafel-1", 2, 0)
    assert template_items(sessions, "tafel-1")[0].title == "Rondvraag"
    edit_template_item(sessions, "tafel-1", 0, planned_minutes=20, title="Rondvraag en sluiting")
    assert template_items(sessions, "tafel-1")[0] == TemplateItem(
        "Rondvraag en sluiting", AgendaItemKind.ANY_OTHER_BUSINESS, 20
    )
    remove_template_item(sessions, "tafel-1", 1)
    assert len(template_items(sessions, "tafel-1")) == 2
    with pytest.raises(UserError):
        edit_template_item(sessions, "tafel-1", 0, title=" ")
    set_template(sessions, "tafel-1", previous)
    assert stored_state(sessions) == before
