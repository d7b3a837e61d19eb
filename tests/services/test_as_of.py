"""Values of records as they stood at a moment, from the current values and the history."""

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ontwikkeltafel.model import Action, ActionStatus, AgendaItem, Meeting, Person
from ontwikkeltafel.reports.data import MinutesData, TableReportData
from ontwikkeltafel.reports.data_json import NotReadable, from_json, to_json
from ontwikkeltafel.services import editing
from ontwikkeltafel.services.as_of import (
    CHUNK,
    AsOf,
    Timeline,
    deleted_since,
    end_of_day,
    python_value,
    roll_back,
)
from ontwikkeltafel.store.database import Database
from tests.reports.report_samples import minutes_sample
from tests.reports.table_samples import table_data
from tests.services.stood import backdate, last_seq, load, two_meetings

LONG_AGO = datetime(2017, 6, 1, 12, tzinfo=UTC)


def _dump(value: Any) -> str:
    return json.dumps(value)


def test_a_field_is_the_old_value_of_its_earliest_entry_after_the_moment() -> None:
    past = roll_back(
        [
            ("function", _dump("coach"), _dump("teamleider"), ""),
            ("function", _dump("teamleider"), _dump("directeur"), ""),
            ("email", None, _dump("a@b.nl"), ""),
        ]
    )
    assert past.existed and past.values == {"function": "coach", "email": None}
    assert past.known == {"function", "email"}


def test_created_after_the_moment_did_not_exist_then_unless_an_import_brought_it() -> None:
    past = roll_back([(None, None, _dump({"status": "open"}), ""), ("status", "1", "2", "")])
    assert not past.existed and past.values == {"status": "open"} and not past.known
    imported = roll_back([(None, None, _dump({"status": "open"}), "import tafel.json")])
    assert imported.existed and imported.values == {}


def test_deleted_after_the_moment_had_its_values_less_what_changed_before() -> None:
    past = roll_back(
        [
            ("title", _dump("Oud"), _dump("Nieuw"), ""),
            (None, _dump({"title": "Nieuw", "position": 2}), None, ""),
        ]
    )
    assert past.existed and past.deleted
    assert past.values == {"title": "Oud", "position": 2}


def test_end_of_day_is_the_last_moment_of_that_day_in_amsterdam() -> None:
    end = end_of_day(date(2024, 5, 14))
    assert end == datetime(2024, 5, 14, 21, 59, 59, 999999, tzinfo=UTC)  # summer time
    assert end_of_day(date(2024, 1, 14)).hour == 22


def test_history_values_read_back_as_the_columns_hold_them() -> None:
    columns = Action.__table__.columns
    assert python_value(columns["status"], "done") is ActionStatus.DONE
    assert python_value(columns["done_on"], "2018-03-01") == date(2018, 3, 1)
    moment = python_value(Meeting.__table__.columns["starts_at"], "2018-01-18T15:30:00+01:00")
    assert moment == datetime(2018, 1, 18, 14, 30, tzinfo=UTC) and moment.tzinfo is UTC
    assert python_value(AgendaItem.__table__.columns["confidential"], 1) is True
    assert python_value(columns["notes"], None) is None


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    load(database, two_meetings(), tmp_path)
    backdate(database, 0, LONG_AGO)  # imported long ago
    return database


def test_as_of_rolls_back_later_changes_and_leaves_earlier_ones(db: Database) -> None:
    sessions = db.session_factory
    mark = last_seq(db)
    editing.update_record(sessions, "people", "p-bas", {"function": "teamleider"})
    backdate(db, mark, datetime(2019, 1, 1, tzinfo=UTC))
    editing.update_record(sessions, "people", "p-bas", {"function": "directeur"})
    with sessions() as session:
        bas = session.get(Person, "p-bas")
        assert bas is not None
        assert AsOf(session, datetime(2018, 6, 1, tzinfo=UTC)).value(bas, "function") == (
            "jeugdverpleegkundige"
        )
        assert AsOf(session, datetime(2020, 6, 1, tzinfo=UTC)).value(bas, "function") == (
            "teamleider"
        )
        now = AsOf(session, datetime.now(UTC))
        assert now.values(bas, ["function", "last_name"]) == {
            "function": "directeur",
            "last_name": "Bakker",
        }


def test_a_record_made_after_the_moment_did_not_exist_then(db: Database) -> None:
    sessions = db.session_factory
    person_id, _ = editing.create_record(sessions, "people", {"last_name": "Jansen"})
    with sessions() as session:
        jansen, bas = session.get(Person, person_id), session.get(Person, "p-bas")
        assert jansen is not None and bas is not None
        then = AsOf(session, datetime(2018, 6, 1, tzinfo=UTC))
        assert not then.existed(jansen) and then.existed(bas)
        assert AsOf(session, datetime.now(UTC)).existed(jansen)


def test_a_deleted_agenda_item_is_found_with_its_values_then(db: Database) -> None:
    sessions = db.session_factory
    editing.update_record(sessions, "agenda_items", "ai-23", {"title": "Ander thema"})
    editing.delete_record(sessions, "agenda_items", "ai-23")
    moment = datetime(2018, 3, 15, tzinfo=UTC)
    with sessions() as session:
        assert deleted_since(session, "agenda", moment, "meeting_id", "m-2") == ["ai-23"]
        assert deleted_since(session, "agenda", moment, "meeting_id", "m-1") == []
        past = AsOf(session, moment).past("agenda", "ai-23")
        assert past.deleted and past.values["title"] == "Thema"


def test_many_records_are_read_in_a_few_queries(db: Database) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    with db.session_factory() as session:
        event.listen(session.connection(), "before_cursor_execute", count)
        then = AsOf(session, LONG_AGO)
        then.load("actions", [f"id-{n}" for n in range(2 * CHUNK + 1)])
        assert [then.past("actions", f"id-{n}").existed for n in (0, 2 * CHUNK)] == [True, True]
    history = [s for s in statements if "FROM history" in s]
    assert len(history) == 3  # CHUNK ids a query


def test_a_timeline_gives_the_value_on_any_date() -> None:
    line = Timeline(
        "status",
        [
            (datetime(2018, 1, 1, tzinfo=UTC), None, None, _dump({"status": "open"}), ""),
            (datetime(2018, 2, 1, tzinfo=UTC), "status", _dump("open"), _dump("resolved"), ""),
        ],
    )
    assert line.at(datetime(2017, 1, 1, tzinfo=UTC), "resolved") == (False, "open")
    assert line.at(datetime(2018, 1, 15, tzinfo=UTC), "resolved") == (True, "open")
    assert line.at(datetime(2018, 3, 1, tzinfo=UTC), "resolved") == (True, "resolved")


def test_report_data_reads_back_from_json_as_it_was() -> None:
    minutes = minutes_sample(internal=True)
    assert from_json(MinutesData, json.loads(json.dumps(to_json(minutes)))) == minutes
    table = table_data(internal=True)
    assert from_json(TableReportData, json.loads(json.dumps(to_json(table)))) == table
    stored = to_json(minutes)
    assert stored["meeting"]["starts_at"].endswith("+00:00")
    del stored["internal"]  # a field with a default may be missing
    assert from_json(MinutesData, stored).internal is False
    stored["meeting"]["status"] = "unknown"
    with pytest.raises(NotReadable):
        from_json(MinutesData, stored)
