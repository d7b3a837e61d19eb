"""Anonymising and erasing a person: every trace gone from the file, its log and an export."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import HistoryEntry, Person, TableMember
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.adoption import adopt
from ontwikkeltafel.services.erasure import (
    ANONYMISED_NOTE,
    ERASED_NOTE,
    ERASED_TEXT,
    PersonNeeded,
    anonymise_person,
    erase_person,
    erasure_plan,
)
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.store.database import Database

#: What must be gone after Anna de Vries is anonymised: names, e-mail, phone (as typed).
ANNA_TRACES = ("Anna", "Vries", "anna@voorbeeld.nl", "06-12345678", "0612345678", "12 34 56 78")


def _load(database: Database, write_json: Callable[..., Path], document: dict[str, Any]) -> None:
    """Anna named in texts, her phone and e-mail typed in a verslag, an edit, an adoption."""
    meeting = document["meetings"][0]
    meeting["status"] = "minutes_draft"
    del meeting["minutes_approved_on"]
    agenda = meeting["agenda"]
    agenda[1]["minutes"] = "Anna de Vries bracht een casus in; bel 06 12 34 56 78."
    agenda[2]["minutes"] = "A. de Vries licht toe (anna@voorbeeld.nl). Anna belt de school."
    document["concerns"][0]["description"] = "Gemeld bij de Vries."
    document["people"].append(
        {"id": "p-cor", "first_name": "Cor", "last_name": "Jansen", "email": "cor@jansen.nl"}
    )
    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory
    editing.update_record(sessions, "people", "p-anna", {"phone": "06-12345678"})
    # An edit: the history keeps the old text, which names Anna and Cor.
    minutes = "Anna de Vries en Cor Jansen bespraken de vragen.\n\n- in gesprek blijven"
    editing.update_record(sessions, "agenda_items", "ai-2", {"minutes": minutes})
    editing.update_record(sessions, "agenda_items", "ai-2", {"minutes": "Zie bijlage."})
    adopt(sessions, "m-1", None, "")


def _files(db_path: Path) -> list[Path]:
    """The database file and its log and shared-memory files, where they exist."""
    candidates = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))]
    return [path for path in candidates if path.exists()]


def _traces(paths: list[Path], words: tuple[str, ...]) -> dict[str, int]:
    found = {}
    for path in paths:
        content = path.read_bytes()
        for word in words:
            hits = content.count(word.encode())
            if hits:
                found[f"{path.name}: {word}"] = hits
    return found


def test_anonymising_leaves_no_trace_in_the_file_its_log_or_an_export(
    database: Database,
    db_path: Path,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    _load(database, write_json, document)
    sessions = database.session_factory
    assert _traces(_files(db_path), ANNA_TRACES)  # there before: the test can see them

    outcome = anonymise_person(sessions, "p-anna", "medewerker KION")

    assert outcome.name == "Anna de Vries" and outcome.role == "medewerker KION"
    assert outcome.scrubbed.log_truncated
    assert _traces(_files(db_path), ANNA_TRACES) == {}
    exported = export_file(sessions, tmp_path / "after.json").path
    assert _traces([exported], ANNA_TRACES) == {}
    database.close()
    assert _traces(_files(db_path), ANNA_TRACES) == {}


def test_anonymising_puts_the_role_everywhere_and_notes_it_in_the_history(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    _load(database, write_json, document)
    sessions = database.session_factory

    anonymise_person(sessions, "p-anna", "medewerker KION")

    values = editing.read_record(sessions, "people", "p-anna") or {}
    assert (values["first_name"], values["prefix"], values["last_name"]) == (
        "",
        "",
        "medewerker KION",
    )
    assert values["email"] == "" and values["phone"] == ""
    ai3 = editing.read_record(sessions, "agenda_items", "ai-3") or {}
    assert (
        ai3["minutes"]
        == "medewerker KION licht toe (medewerker KION). medewerker KION belt de school."
    )
    with sessions() as session:
        meeting_document = session.scalar(
            select(HistoryEntry.new).where(HistoryEntry.list == "meetings")
        )
        adopted = session.execute(select(TableMember.person_id)).all()
        notes = session.scalars(
            select(HistoryEntry.note).where(
                HistoryEntry.list == "people", HistoryEntry.record_id == "p-anna"
            )
        ).all()
        old_minutes = session.scalars(
            select(HistoryEntry.old).where(
                HistoryEntry.record_id == "ai-2", HistoryEntry.field == "minutes"
            )
        ).all()
        from ontwikkeltafel.model import Meeting

        frozen = session.scalar(select(Meeting.adoption_document).where(Meeting.id == "m-1"))
    assert meeting_document is not None and adopted  # the records stay
    assert ANONYMISED_NOTE in notes
    assert any("medewerker KION en Cor Jansen" in (json.loads(o) or "") for o in old_minutes if o)
    assert frozen is not None and "medewerker KION" in frozen and "Vries" not in frozen


def test_the_plan_lists_each_mention_before_and_after(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    _load(database, write_json, document)

    plan = erasure_plan(database.session_factory, "p-anna")

    assert plan.name == "Anna de Vries" and plan.role == "pedagogisch coach KION"
    assert plan.forms == ("Anna de Vries", "A. de Vries", "De Vries")
    places = {(m.table, m.record_id, m.field) for m in plan.mentions}
    assert ("agenda_items", "ai-3", "minutes") in places
    assert ("concerns", "c-1", "description") in places
    assert ("meetings", "m-1", "adoption_document") in places
    concern = next(m for m in plan.mentions if m.table == "concerns")
    assert concern.before == "Gemeld bij de Vries." and concern.after == (
        "Gemeld bij pedagogisch coach KION."
    )
    assert not plan.erasable
    needs = dict(plan.needs)
    assert needs["chair"] == 1 and needs["attendance"] == 1 and needs["texts"] >= 3
    assert plan.history_entries > 0


def test_a_surname_someone_else_carries_is_left_alone(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    document["people"].append(
        {"id": "p-jan", "first_name": "Jan", "prefix": "de", "last_name": "Vries"}
    )
    document["concerns"][0]["description"] = "Jan de Vries en Anna de Vries; De Vries belt."
    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory

    plan = erasure_plan(sessions, "p-anna", "coach")
    anonymise_person(sessions, "p-anna", "coach")

    assert plan.shared_forms == ("De Vries",)
    concern = editing.read_record(sessions, "concerns", "c-1") or {}
    assert concern["description"] == "Jan de Vries en coach; De Vries belt."
    jan = editing.read_record(sessions, "people", "p-jan") or {}
    assert (jan["first_name"], jan["last_name"]) == ("Jan", "Vries")


def test_erasing_a_needed_person_is_refused_and_changes_nothing(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    _load(database, write_json, document)
    sessions = database.session_factory
    before = editing.read_record(sessions, "people", "p-anna")

    with pytest.raises(PersonNeeded) as refused:
        erase_person(sessions, "p-anna")

    assert isinstance(refused.value, UserError)
    text = refused.value.render("nl")
    assert text.startswith("Anna de Vries kan niet worden verwijderd: nog nodig voor ")
    assert "1 keer voorzitter" in text and "Anonimiseer" in text
    assert "chair 1 time(s)" in refused.value.render("en")
    assert editing.read_record(sessions, "people", "p-anna") == before


def test_erasing_a_person_nothing_needs_removes_them_and_their_history(
    database: Database,
    db_path: Path,
    write_json: Callable[..., Path],
    document: dict[str, Any],
) -> None:
    _load(database, write_json, document)
    sessions = database.session_factory
    editing.update_record(sessions, "people", "p-cor", {"phone": "030 7654321"})
    assert erasure_plan(sessions, "p-cor").erasable

    outcome = erase_person(sessions, "p-cor")

    assert outcome.name == "Cor Jansen" and outcome.role is None
    with sessions() as session:
        assert session.get(Person, "p-cor") is None
        own = session.scalars(select(HistoryEntry).where(HistoryEntry.record_id == "p-cor")).all()
        old_minutes = session.scalars(
            select(HistoryEntry.old).where(
                HistoryEntry.record_id == "ai-2", HistoryEntry.field == "minutes"
            )
        ).all()
    [note] = own
    assert note.note == ERASED_NOTE and note.old == "{}"
    assert any(ERASED_TEXT in (o or "") for o in old_minutes)
    assert _traces(_files(db_path), ("Jansen", "cor@jansen.nl", "7654321")) == {}


def test_an_unknown_person_is_one_clear_message(database: Database) -> None:
    with pytest.raises(UserError) as unknown:
        erasure_plan(database.session_factory, "p-nobody")
    assert "p-nobody" in unknown.value.render("nl")


def test_a_mention_at_the_edge_of_a_snippet_is_shown_whole(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    padding = "x" * 35
    document["concerns"][0]["description"] = f"Anna de Vries {padding} anna@voorbeeld.nl staat"
    import_file(database.session_factory, write_json(document))

    plan = erasure_plan(database.session_factory, "p-anna", "coach")

    first = next(m for m in plan.mentions if m.table == "concerns")
    # Cut between words, never inside the address: it is there whole or not at all.
    assert first.before == f"Anna de Vries {padding}…" and first.after == f"coach {padding}…"


def test_a_reopening_reason_earlier_names_and_addresses_are_rewritten_too(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    from ontwikkeltafel.services.adoption import reopen

    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory
    reopen(sessions, "m-1", "Anna de Vries vroeg om een correctie")
    # She was Anna Smit with another address before; a text still has those.
    editing.update_record(sessions, "people", "p-anna", {"prefix": "", "last_name": "Smit"})
    editing.update_record(sessions, "people", "p-anna", {"email": "anna@smit.nl"})
    editing.update_record(
        sessions, "concerns", "c-1", {"description": "Zie A. de Vries (anna@voorbeeld.nl)."}
    )

    anonymise_person(sessions, "p-anna", "coach")

    concern = editing.read_record(sessions, "concerns", "c-1") or {}
    assert concern["description"] == "Zie coach (coach)."
    with sessions() as session:
        notes = session.scalars(select(HistoryEntry.note)).all()
    assert not any("Vries" in (note or "") for note in notes)
    assert "coach vroeg om een correctie" in notes


def test_a_role_that_names_the_person_is_refused(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory

    with pytest.raises(UserError) as refused:
        anonymise_person(sessions, "p-anna", "coach Anna de Vries")

    assert "Er is niets veranderd" in refused.value.render("nl")
    assert (editing.read_record(sessions, "people", "p-anna") or {})["last_name"] == "Vries"


def test_another_role_remakes_what_the_mentions_become_without_reading_again(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    document["concerns"][0]["description"] = "Gemeld bij Anna de Vries."
    import_file(database.session_factory, write_json(document))
    plan = erasure_plan(database.session_factory, "p-anna", "coach")
    database.close()  # no query may follow

    other = plan.with_role("medewerker KION")

    concern = next(m for m in other.mentions if m.table == "concerns")
    assert other.role == "medewerker KION" and concern.after == "Gemeld bij medewerker KION."
    assert concern.before == "Gemeld bij Anna de Vries."


def test_erasing_several_people_scrubs_once_and_says_why_not_the_others(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], monkeypatch: Any
) -> None:
    from ontwikkeltafel.services import erasure

    document["people"].append({"id": "p-cor", "first_name": "Cor", "last_name": "Jansen"})
    import_file(database.session_factory, write_json(document))
    scrubs: list[object] = []
    real = erasure.scrub
    monkeypatch.setattr(erasure, "scrub", lambda *a: scrubs.append(a) or real(*a))

    erased, refused, scrubbed = erasure.erase_people(
        database.session_factory, ["p-cor", "p-anna"], "nl"
    )

    assert erased == ["Cor Jansen"] and len(scrubs) == 1
    assert scrubbed is not None and scrubbed.complete
    [why] = refused
    assert why.startswith("Anna de Vries kan niet worden verwijderd")
