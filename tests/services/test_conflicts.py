"""A save given the version its form loaded refuses when someone saved the record meanwhile."""

from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import AttendanceStatus, HistoryEntry, MemberRole
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.attendance_editing import attendance_rows, set_presence
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.editing import (
    blank_record,
    create_record,
    delete_record,
    read_record,
    update_record,
)
from ontwikkeltafel.services.erasure import anonymise_person
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.table_editing import member_rows, set_member_role
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.history import set_author


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")
    return database.session_factory


def _version(sessions: SessionFactory, kind: str, record_id: str) -> int:
    values = read_record(sessions, kind, record_id)
    assert values is not None
    return int(values["version"])


def test_an_imported_record_is_at_version_1_and_each_save_raises_it(
    sessions: SessionFactory,
) -> None:
    assert _version(sessions, "people", "p-anna") == 1
    saved = update_record(sessions, "people", "p-anna", {"function": "wethouder"})
    assert saved.version == 2 == _version(sessions, "people", "p-anna")
    previous, change = saved  # still the two results it always had
    assert previous == {"function": "pedagogisch coach"} and change.touches("people")
    # Saving what is stored already writes nothing: the version stays.
    again = update_record(sessions, "people", "p-anna", {"function": "wethouder"})
    assert again.version == 2
    new_id, _change = create_record(sessions, "themes", {"name": "Armoede"})
    assert _version(sessions, "themes", new_id) == 1


def test_a_stale_version_is_refused_with_both_sides_and_nothing_written(
    sessions: SessionFactory,
) -> None:
    loaded = _version(sessions, "agenda_items", "ai-1")
    set_author(sessions, "Anna")
    theirs = update_record(
        sessions, "agenda_items", "ai-1", {"minutes": "Anna's tekst"}, expected_version=loaded
    )
    set_author(sessions, "Bas")
    with pytest.raises(Conflict) as refused:
        update_record(
            sessions, "agenda_items", "ai-1", {"minutes": "Bas' tekst"}, expected_version=loaded
        )
    conflict = refused.value
    assert conflict.key == "edit.conflict"
    assert (conflict.kind, conflict.record_id) == ("agenda_items", "ai-1")
    assert conflict.theirs.values == {"minutes": "Anna's tekst"}
    assert conflict.theirs.version == theirs.version == loaded + 1
    assert conflict.theirs.by == "Anna" and conflict.theirs.at is not None
    assert (conflict.mine.values, conflict.mine.version) == ({"minutes": "Bas' tekst"}, loaded)
    assert conflict.render("nl").startswith("Niet bewaard: Anna heeft dit intussen gewijzigd (")
    assert conflict.render("en").startswith("Not saved: Anna changed this in the meantime (")
    stored = read_record(sessions, "agenda_items", "ai-1")
    assert stored is not None
    assert (stored["minutes"], stored["version"]) == ("Anna's tekst", loaded + 1)
    # With the version it now knows, the form may store its own.
    mine = update_record(
        sessions, "agenda_items", "ai-1", {"minutes": "Bas' tekst"}, expected_version=loaded + 1
    )
    assert mine.version == loaded + 2


def test_without_a_version_a_save_stores_as_before(sessions: SessionFactory) -> None:
    update_record(sessions, "agenda_items", "ai-1", {"minutes": "eerste"})
    saved = update_record(sessions, "agenda_items", "ai-1", {"minutes": "tweede"})
    stored = read_record(sessions, "agenda_items", "ai-1")
    assert stored is not None and stored["minutes"] == "tweede"
    assert saved.version == stored["version"]


def test_an_undo_step_with_a_stale_version_is_refused_too(sessions: SessionFactory) -> None:
    loaded = _version(sessions, "concerns", "c-1")
    previous, _change = saved = update_record(
        sessions, "concerns", "c-1", {"title": "Nieuw"}, expected_version=loaded
    )
    update_record(sessions, "concerns", "c-1", {"title": "Van een collega"})
    with pytest.raises(Conflict) as refused:
        update_record(
            sessions, "concerns", "c-1", previous, restoring=True, expected_version=saved.version
        )
    assert refused.value.theirs.values == {"title": "Van een collega"}
    stored = read_record(sessions, "concerns", "c-1")
    assert stored is not None and stored["title"] == "Van een collega"


def test_a_new_link_list_is_a_new_version(sessions: SessionFactory) -> None:
    loaded = _version(sessions, "tables", "tafel-1")
    saved = update_record(sessions, "tables", "tafel-1", {"theme_ids": []}, expected_version=loaded)
    assert saved.version == loaded + 1
    with pytest.raises(Conflict) as refused:
        update_record(sessions, "tables", "tafel-1", {"theme_ids": []}, expected_version=loaded)
    assert refused.value.theirs.values == {"theme_ids": []}


def test_the_version_is_no_value_of_a_form_and_not_in_the_history(
    sessions: SessionFactory,
) -> None:
    assert "version" not in blank_record("meetings")
    with pytest.raises(ValueError, match="version"):
        update_record(sessions, "meetings", "m-1", {"version": 7})
    update_record(sessions, "meetings", "m-1", {"location": "Zeist"})
    with sessions() as session:
        fields = set(session.scalars(select(HistoryEntry.field)))
        wholes = session.scalars(select(HistoryEntry.new).where(HistoryEntry.field.is_(None)))
        assert "version" not in fields
        assert all('"version"' not in (text or "") for text in wholes)


def test_a_presence_and_a_role_check_the_version_of_their_row(sessions: SessionFactory) -> None:
    row = next(r for r in attendance_rows(sessions, "m-1") if r.person_id == "p-ijs")
    saved = set_presence(
        sessions, "m-1", "p-ijs", AttendanceStatus.ABSENT, expected_version=row.version
    )
    assert saved.version == row.version + 1
    with pytest.raises(Conflict) as refused:
        set_presence(
            sessions, "m-1", "p-ijs", AttendanceStatus.PRESENT, expected_version=row.version
        )
    assert refused.value.theirs.values == {"status": AttendanceStatus.ABSENT}
    assert refused.value.record_id == "m-1/p-ijs"

    seat = next(r for r in member_rows(sessions, "tafel-1") if r.person_id == "p-ijs")
    role = set_member_role(
        sessions, "tafel-1", "p-ijs", MemberRole.ADVISOR, expected_version=seat.version
    )
    assert role.version == seat.version + 1
    with pytest.raises(Conflict):
        set_member_role(
            sessions, "tafel-1", "p-ijs", MemberRole.MEMBER, expected_version=seat.version
        )
    assert next(r for r in member_rows(sessions, "tafel-1") if r.person_id == "p-ijs").role == (
        MemberRole.ADVISOR
    )


def test_writes_outside_the_orm_that_change_a_form_raise_the_version(
    sessions: SessionFactory,
) -> None:
    # An anonymisation rewrites texts naming the person: a form loaded before may not put
    # the name back.
    text = "Anna de Vries vertelde over de wachtlijst."
    loaded = update_record(sessions, "agenda_items", "ai-1", {"minutes": text}).version
    anonymise_person(sessions, "p-anna", "de voorzitter")
    stored = read_record(sessions, "agenda_items", "ai-1")
    assert stored is not None and "Anna" not in stored["minutes"]
    assert stored["version"] == loaded + 1
    with pytest.raises(Conflict):
        update_record(sessions, "agenda_items", "ai-1", {"minutes": text}, expected_version=loaded)
    assert _version(sessions, "people", "p-anna") == 2


def test_reopening_an_adopted_verslag_is_a_new_version_of_its_meeting(
    database: Database, write_json: Any, document: dict[str, Any]
) -> None:
    sessions = database.session_factory
    import_file(sessions, write_json(document))
    assert _version(sessions, "meetings", "m-1") == 1
    reopen(sessions, "m-1", "een correctie")
    assert _version(sessions, "meetings", "m-1") == 2


def test_a_delete_given_a_stale_version_deletes_nothing(sessions: SessionFactory) -> None:
    loaded = _version(sessions, "concerns", "c-1")
    update_record(sessions, "concerns", "c-1", {"title": "Van een collega"})
    with pytest.raises(Conflict) as refused:
        delete_record(sessions, "concerns", "c-1", expected_version=loaded)
    assert refused.value.theirs.version == loaded + 1
    assert read_record(sessions, "concerns", "c-1") is not None
    snapshot, _change = delete_record(sessions, "concerns", "c-1", expected_version=loaded + 1)
    assert snapshot.count("concerns") == 1
    with pytest.raises(UserError) as gone:
        delete_record(sessions, "concerns", "c-1", expected_version=loaded + 1)
    assert gone.value.key == "edit.gone"
