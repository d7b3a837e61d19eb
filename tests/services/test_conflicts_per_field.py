"""The version check is per field: a change of other fields (automatic or not) is no conflict.

Issue 15, point 1 (the gaps): a save that gives the value each saved field was loaded as
(its base) is refused only when one of those fields changed meanwhile; and every stored
change raises the version (a reorder, documents_sent, the agenda template, a restore).
"""

from datetime import UTC, date, datetime
from typing import Any

import pytest

from ontwikkeltafel.model import AgendaItemKind, AttendanceStatus, DocumentKind, MemberRole
from ontwikkeltafel.services import SessionFactory, plain_of
from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.attendance_editing import attendance_rows, set_presence
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.documents_sent import record_sent
from ontwikkeltafel.services.editing import (
    delete_record,
    read_record,
    restore_snapshot,
    update_record,
)
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.live_capture import record_step
from ontwikkeltafel.services.meeting_editing import move_agenda_item
from ontwikkeltafel.services.table_editing import (
    TemplateItem,
    edit_template_item,
    member_rows,
    move_member,
    move_template_item,
    set_member_role,
    set_template,
    template_items,
)
from ontwikkeltafel.store.database import Database


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> SessionFactory:
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")
    return database.session_factory


def _loaded(sessions: SessionFactory, kind: str, record_id: str) -> dict[str, Any]:
    values = read_record(sessions, kind, record_id)
    assert values is not None
    return values


def test_an_automatic_change_of_another_field_is_no_conflict(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "agenda_items", "ai-2")  # a colleague's form shows the verslag
    # Live mode enters the item: its started_at is set, the version goes up.
    record_step(sessions, None, "ai-2", datetime(2026, 12, 6, 9, 0, tzinfo=UTC))
    now = _loaded(sessions, "agenda_items", "ai-2")
    assert now["started_at"] is not None and now["version"] == form["version"] + 1
    saved = update_record(
        sessions,
        "agenda_items",
        "ai-2",
        {"minutes": "Het autosave van de collega."},
        expected_version=form["version"],
        base={"minutes": form["minutes"]},
    )
    assert saved.version == form["version"] + 2  # stored; the form keeps this version
    stored = _loaded(sessions, "agenda_items", "ai-2")
    assert stored["minutes"] == "Het autosave van de collega."
    assert stored["started_at"] == now["started_at"]  # the automatic change stays too


def test_a_change_of_the_same_field_stays_a_conflict(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "agenda_items", "ai-2")
    update_record(sessions, "agenda_items", "ai-2", {"minutes": "Van een collega."})
    with pytest.raises(Conflict) as refused:
        update_record(
            sessions,
            "agenda_items",
            "ai-2",
            {"minutes": "Mijn tekst."},
            expected_version=form["version"],
            base={"minutes": form["minutes"]},
        )
    assert refused.value.theirs.values == {"minutes": "Van een collega."}
    assert _loaded(sessions, "agenda_items", "ai-2")["minutes"] == "Van een collega."


def test_one_changed_field_among_those_saved_is_a_conflict(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "agenda_items", "ai-2")
    update_record(sessions, "agenda_items", "ai-2", {"description": "Van een collega."})
    values = {"minutes": "Mijn verslag.", "description": "Mijn toelichting."}
    with pytest.raises(Conflict):
        update_record(
            sessions,
            "agenda_items",
            "ai-2",
            values,
            expected_version=form["version"],
            base={name: form[name] for name in values},
        )
    # Without a base the check stays per record: any change meanwhile is a conflict.
    with pytest.raises(Conflict):
        update_record(
            sessions, "agenda_items", "ai-2", {"minutes": "x"}, expected_version=form["version"]
        )


def test_an_undo_step_checks_its_own_fields_only(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "concerns", "c-1")
    previous, _change = saved = update_record(
        sessions,
        "concerns",
        "c-1",
        {"title": "Nieuw"},
        expected_version=form["version"],
        base={"title": form["title"]},
    )
    # A colleague changes another field: the undo of the title goes through.
    update_record(sessions, "concerns", "c-1", {"description": "Van een collega"})
    undone = update_record(
        sessions,
        "concerns",
        "c-1",
        previous,
        restoring=True,
        expected_version=saved.version,
        base={"title": "Nieuw"},
    )
    stored = _loaded(sessions, "concerns", "c-1")
    assert (stored["title"], stored["description"]) == (form["title"], "Van een collega")
    # A colleague changes the title: the redo is refused, nothing written.
    update_record(sessions, "concerns", "c-1", {"title": "Hun titel"})
    with pytest.raises(Conflict):
        update_record(
            sessions,
            "concerns",
            "c-1",
            {"title": "Nieuw"},
            restoring=True,
            expected_version=undone.version,
            base=previous,
        )
    assert _loaded(sessions, "concerns", "c-1")["title"] == "Hun titel"


def test_a_link_list_is_compared_in_any_order(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "tables", "tafel-1")
    update_record(sessions, "tables", "tafel-1", {"goal": "Een ander doel"})
    ids = list(reversed(form["theme_ids"]))
    saved = update_record(
        sessions,
        "tables",
        "tafel-1",
        {"theme_ids": []},
        expected_version=form["version"],
        base={"theme_ids": ids},
    )
    assert saved.version == form["version"] + 2
    assert _loaded(sessions, "tables", "tafel-1")["theme_ids"] == []


def _positions(sessions: SessionFactory) -> dict[str, tuple[int, int]]:
    with plain_of(sessions) as plain:
        rows = plain.rows("SELECT id, position, version FROM agenda_items WHERE meeting_id = 'm-1'")
    return {row["id"]: (row["position"], row["version"]) for row in rows}


def test_a_reorder_raises_the_version_of_each_item_moved_once(sessions: SessionFactory) -> None:
    before = _positions(sessions)
    form = _loaded(sessions, "agenda_items", "ai-1")
    move_agenda_item(sessions, "ai-1", 5)
    after = _positions(sessions)
    for item_id, (position, version) in after.items():
        moved = position != before[item_id][0]
        assert version == before[item_id][1] + (1 if moved else 0), item_id
    assert after["ai-1"][1] == form["version"] + 1
    with pytest.raises(Conflict):  # a stale form may not put the old position back
        update_record(
            sessions,
            "agenda_items",
            "ai-1",
            {"position": form["position"]},
            expected_version=form["version"],
            base={"position": after["ai-1"][0] + 1},
        )


def test_documents_sent_raises_the_meetings_version(sessions: SessionFactory) -> None:
    form = _loaded(sessions, "meetings", "m-1")
    record_sent(sessions, "m-1", DocumentKind.AGENDA, date(2026, 12, 6))
    assert _loaded(sessions, "meetings", "m-1")["version"] == form["version"] + 1
    # the meeting's form, saving its location, is not refused for it
    update_record(
        sessions,
        "meetings",
        "m-1",
        {"location": "Zeist"},
        expected_version=form["version"],
        base={"location": form["location"]},
    )


def _template(sessions: SessionFactory) -> list[tuple[int, str, int]]:
    with plain_of(sessions) as plain:
        rows = plain.rows(
            "SELECT position, title, version FROM agenda_template_items"
            " WHERE table_id = 'tafel-1' ORDER BY position"
        )
    return [(row["position"], row["title"], row["version"]) for row in rows]


def test_the_agenda_template_raises_the_version_of_rows_that_change(
    sessions: SessionFactory,
) -> None:
    set_template(
        sessions,
        "tafel-1",
        [
            TemplateItem("Opening", AgendaItemKind.OPENING, 5),
            TemplateItem("Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS, 10),
        ],
    )
    first = _template(sessions)
    edit_template_item(sessions, "tafel-1", 1, title="Wat verder ter tafel komt")
    second = _template(sessions)
    assert second[0] == first[0]  # unchanged: the same version
    assert second[1][2] == first[1][2] + 1  # changed: one up


def test_a_restored_record_comes_back_as_it_went_and_a_stale_form_still_checks(
    sessions: SessionFactory,
) -> None:
    form = _loaded(sessions, "concerns", "c-1")
    update_record(sessions, "concerns", "c-1", {"title": "Van een collega"})
    snapshot, _change = delete_record(sessions, "concerns", "c-1")
    restore_snapshot(sessions, snapshot)  # exactly as it went: the colleague's version
    assert _loaded(sessions, "concerns", "c-1")["version"] == form["version"] + 1
    with pytest.raises(Conflict):
        update_record(
            sessions,
            "concerns",
            "c-1",
            {"title": "Mijn titel"},
            expected_version=form["version"],
            base={"title": form["title"]},
        )


def test_a_reference_the_delete_emptied_and_the_restore_put_back_raises_the_version(
    sessions: SessionFactory,
) -> None:
    with plain_of(sessions) as plain:
        actions = plain.rows("SELECT id, version FROM actions WHERE owner_id = 'p-bas'")
    assert actions, "the small document has an action of p-bas"
    action_id, version = actions[0]["id"], actions[0]["version"]
    snapshot, _change = delete_record(sessions, "people", "p-bas")
    emptied = _loaded(sessions, "actions", action_id)
    assert emptied["owner_id"] is None and emptied["version"] == version + 1
    restore_snapshot(sessions, snapshot)
    back = _loaded(sessions, "actions", action_id)
    assert back["owner_id"] == "p-bas" and back["version"] == version + 2


def test_a_role_and_a_presence_check_their_own_field_only(sessions: SessionFactory) -> None:
    seat = next(r for r in member_rows(sessions, "tafel-1") if r.person_id == "p-ijs")
    first = member_rows(sessions, "tafel-1")[0].person_id
    move_member(sessions, "tafel-1", first, 5)  # a colleague reorders the members
    moved = next(r for r in member_rows(sessions, "tafel-1") if r.person_id == "p-ijs")
    assert moved.version == seat.version + 1  # its position changed
    saved = set_member_role(
        sessions,
        "tafel-1",
        "p-ijs",
        MemberRole.ADVISOR,
        expected_version=seat.version,
        base={"role": seat.role},
    )
    assert saved.version > seat.version
    with pytest.raises(Conflict):  # the role itself changed since: refused
        set_member_role(
            sessions,
            "tafel-1",
            "p-ijs",
            MemberRole.MEMBER,
            expected_version=seat.version,
            base={"role": seat.role},
        )
    row = next(r for r in attendance_rows(sessions, "m-1") if r.person_id == "p-ijs")
    set_presence(sessions, "m-1", "p-ijs", AttendanceStatus.ABSENT)  # a colleague
    with pytest.raises(Conflict):
        set_presence(
            sessions,
            "m-1",
            "p-ijs",
            AttendanceStatus.PRESENT,
            expected_version=row.version,
            base={"status": row.status},
        )


def test_a_template_edit_from_a_stale_page_is_refused(sessions: SessionFactory) -> None:
    items = [
        TemplateItem("Opening", AgendaItemKind.OPENING, 5),
        TemplateItem("Rondvraag", AgendaItemKind.ANY_OTHER_BUSINESS, 10),
    ]
    set_template(sessions, "tafel-1", items)
    shown = template_items(sessions, "tafel-1")
    move_template_item(sessions, "tafel-1", 1, 0)  # a colleague reorders
    with pytest.raises(Conflict) as refused:  # index 0 is another item now
        edit_template_item(sessions, "tafel-1", 0, shown=shown, title="Welkom")
    assert refused.value.kind == "agenda_template"
    assert [item.title for item in template_items(sessions, "tafel-1")] == [
        "Rondvraag",
        "Opening",
    ]
    now = template_items(sessions, "tafel-1")
    edit_template_item(sessions, "tafel-1", 1, shown=now, title="Welkom")
    assert template_items(sessions, "tafel-1")[1].title == "Welkom"
