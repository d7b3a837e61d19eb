"""Deletes and agenda moves check what the page showed: a colleague's change since refuses them.

Issue 15, point 1 (the last window paths): a delete given the version and the fields the page
showed is refused when one of them changed meanwhile ("... heeft dit intussen gewijzigd; niet
verwijderd"), nothing removed; an agenda move (and its undo) given the order the page showed
is refused when a colleague reordered the agenda since.
"""

from typing import Any

import pytest

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import delete_record, read_record, update_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import (
    add_agenda_item,
    agenda_rows,
    move_agenda_item,
    remove_agenda_item,
    restore_agenda_item,
    set_agenda_positions,
    take_back_agenda_item,
)
from ontwikkeltafel.services.minutes_editing import (
    add_decision,
    decision_rows,
    move_decision,
    set_decision_positions,
)
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")
    return database.session_factory


def _shown(sessions: SessionFactory, kind: str, record_id: str) -> tuple[int, dict[str, Any]]:
    values = read_record(sessions, kind, record_id)
    assert values is not None
    fields = {k: v for k, v in values.items() if k not in ("id", "version")}
    return int(values["version"]), fields


def _order(sessions: SessionFactory) -> list[str]:
    return [row.id for row in agenda_rows(sessions, "m-1")]


def test_a_delete_of_a_record_a_colleague_changed_is_refused(sessions: SessionFactory) -> None:
    version, shown = _shown(sessions, "concerns", "c-1")
    update_record(sessions, "concerns", "c-1", {"title": "Hun titel"})
    with pytest.raises(Conflict) as refused:
        delete_record(sessions, "concerns", "c-1", expected_version=version, base=shown)
    assert refused.value.key == "edit.delete_conflict"
    said = refused.value.render("nl")
    assert "heeft dit intussen gewijzigd (" in said and "); niet verwijderd." in said
    assert "not deleted" in refused.value.render("en")
    assert read_record(sessions, "concerns", "c-1") is not None  # nothing removed
    # Without a base the check is per record: refused as well.
    with pytest.raises(Conflict):
        delete_record(sessions, "concerns", "c-1", expected_version=version)


def test_a_delete_after_ones_own_saves_goes_through(sessions: SessionFactory) -> None:
    version, shown = _shown(sessions, "concerns", "c-1")
    saved = update_record(
        sessions,
        "concerns",
        "c-1",
        {"title": "Mijn titel"},
        expected_version=version,
        base={"title": shown["title"]},
    )
    # The window keeps the version per field: the title at the new one, the rest the old.
    delete_record(
        sessions,
        "concerns",
        "c-1",
        expected_version=version,
        base={**shown, "title": "Mijn titel"},
    )
    assert saved.version == version + 1
    assert read_record(sessions, "concerns", "c-1") is None


def test_a_delete_after_a_change_of_no_field_shown_goes_through(
    sessions: SessionFactory,
) -> None:
    version, shown = _shown(sessions, "agenda_items", "ai-3")
    move_agenda_item(sessions, "ai-3", 0)  # a colleague's reorder: ai-3's position moves
    shown.pop("position")  # the list the delete came from shows no position
    delete_record(sessions, "agenda_items", "ai-3", expected_version=version, base=shown)
    assert read_record(sessions, "agenda_items", "ai-3") is None


def test_a_delete_of_a_record_gone_already_says_so(sessions: SessionFactory) -> None:
    version, shown = _shown(sessions, "concerns", "c-1")
    delete_record(sessions, "concerns", "c-1")
    with pytest.raises(Exception, match="no longer exists"):
        delete_record(sessions, "concerns", "c-1", expected_version=version, base=shown)


def test_an_agenda_move_over_a_colleagues_reorder_is_refused(sessions: SessionFactory) -> None:
    shown = _order(sessions)
    move_agenda_item(sessions, shown[2], 0)  # a colleague's reorder
    theirs = _order(sessions)
    with pytest.raises(Conflict) as refused:
        move_agenda_item(sessions, shown[0], 2, shown=shown)
    assert "niet verplaatst" in refused.value.render("nl").lower()
    assert _order(sessions) == theirs  # nothing moved
    move_agenda_item(sessions, theirs[0], 2, shown=theirs)  # over what is stored: moved
    assert _order(sessions) == [theirs[1], theirs[2], theirs[0]]


def test_an_agenda_moves_undo_over_a_colleagues_reorder_is_refused(
    sessions: SessionFactory,
) -> None:
    shown = _order(sessions)
    before, _change = move_agenda_item(sessions, shown[0], 2, shown=shown)
    left = _order(sessions)
    move_agenda_item(sessions, left[0], 2)  # a colleague's reorder after the move
    theirs = _order(sessions)
    with pytest.raises(Conflict):
        set_agenda_positions(sessions, "m-1", before, left=left)
    assert _order(sessions) == theirs  # their order stays
    # Without a colleague's change the undo puts the order back.
    before, _change = move_agenda_item(sessions, theirs[0], 2, shown=theirs)
    set_agenda_positions(sessions, "m-1", before, left=_order(sessions))
    assert _order(sessions) == theirs


def test_an_agenda_item_a_colleague_wrote_minutes_in_is_not_removed(
    sessions: SessionFactory,
) -> None:
    version, shown = _shown(sessions, "agenda_items", "ai-3")
    move_agenda_item(sessions, "ai-3", 0)  # a reorder (its position): no reason to refuse
    update_record(sessions, "agenda_items", "ai-3", {"minutes": "Hun verslag."})
    with pytest.raises(Conflict) as refused:
        remove_agenda_item(sessions, "ai-3", expected_version=version, base=shown)
    assert "niet verwijderd" in refused.value.render("nl")
    assert read_record(sessions, "agenda_items", "ai-3") is not None
    version, shown = _shown(sessions, "agenda_items", "ai-3")
    move_agenda_item(sessions, "ai-3", 2)
    remove_agenda_item(sessions, "ai-3", expected_version=version, base=shown)
    assert read_record(sessions, "agenda_items", "ai-3") is None


def test_a_decision_move_and_its_undo_refuse_a_colleagues_reorder(
    sessions: SessionFactory,
) -> None:
    add_decision(sessions, "ai-2", "Een tweede besluit.")
    add_decision(sessions, "ai-2", "Een derde besluit.")
    shown = [row.id for row in decision_rows(sessions, "ai-2")]
    move_decision(sessions, shown[2], 0)  # a colleague's reorder
    theirs = [row.id for row in decision_rows(sessions, "ai-2")]
    with pytest.raises(Conflict):
        move_decision(sessions, shown[0], 2, shown=shown)
    assert [row.id for row in decision_rows(sessions, "ai-2")] == theirs
    before, _change = move_decision(sessions, theirs[0], 2, shown=theirs)
    left = [row.id for row in decision_rows(sessions, "ai-2")]
    move_decision(sessions, left[0], 2)  # a colleague's reorder after the move
    after = [row.id for row in decision_rows(sessions, "ai-2")]
    with pytest.raises(Conflict):
        set_decision_positions(sessions, "ai-2", before, left=left)
    assert [row.id for row in decision_rows(sessions, "ai-2")] == after


def test_the_undo_of_a_removal_keeps_a_colleagues_new_item_and_order(
    sessions: SessionFactory,
) -> None:
    removed, _change = remove_agenda_item(sessions, "ai-3")
    new, _positions, _change = add_agenda_item(
        sessions, "m-1", {"title": "Van een collega", "kind": "topic", "id": None}, 2
    )
    restore_agenda_item(sessions, removed)  # before: IntegrityError (position 3 taken)
    assert _order(sessions) == ["ai-1", "ai-2", "ai-3", new]
    removed, _change = remove_agenda_item(sessions, "ai-1")
    move_agenda_item(sessions, "ai-3", 0)  # a colleague's reorder meanwhile
    restore_agenda_item(sessions, removed)  # before: positions put back over theirs
    assert _order(sessions) == ["ai-1", "ai-3", "ai-2", new]
    assert [row.position for row in agenda_rows(sessions, "m-1")] == [1, 2, 3, 4]


def test_the_undo_of_an_add_keeps_a_colleagues_new_item(sessions: SessionFactory) -> None:
    mine, positions, _change = add_agenda_item(
        sessions, "m-1", {"title": "Mijn punt", "kind": "topic", "id": None}, 3
    )
    theirs, _positions, _change = add_agenda_item(
        sessions, "m-1", {"title": "Hun punt", "kind": "topic", "id": None}, 1
    )
    take_back_agenda_item(sessions, mine, positions)  # before: IntegrityError
    assert _order(sessions) == ["ai-1", theirs, "ai-2", "ai-3"]
    assert [row.position for row in agenda_rows(sessions, "m-1")] == [1, 2, 3, 4]
    mine, positions, _change = add_agenda_item(
        sessions, "m-1", {"title": "Mijn punt", "kind": "topic", "id": None}, 0
    )
    take_back_agenda_item(sessions, mine, positions)  # nobody changed it: as it was
    assert _order(sessions) == ["ai-1", theirs, "ai-2", "ai-3"]
