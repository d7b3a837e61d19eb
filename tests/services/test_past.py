"""The records as they stood at a moment through plain SQL (services/past.py), no ORM."""

import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.model import ActionStatus, AgendaItemKind, MeetingStatus
from ontwikkeltafel.reports.data import MinutesData, TableReportData
from ontwikkeltafel.reports.data_json import NotReadable, from_json, to_json
from ontwikkeltafel.services import editing, plain_of
from ontwikkeltafel.services.past import (
    CHUNK,
    AsOf,
    Timeline,
    deleted_since,
    end_of_day,
    python_value,
    revisions,
    roll_back,
    timelines,
)
from ontwikkeltafel.store.database import Database
from ontwikkeltafel.store.plain import Plain, Row
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


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    load(database, two_meetings(), tmp_path)
    backdate(database, 0, LONG_AGO)  # imported long ago
    return database


def _person(plain: Plain, person_id: str) -> dict[str, object]:
    row = plain.first("SELECT * FROM people WHERE id = :id", {"id": person_id})
    assert row is not None
    return {key: row[key] for key in row.keys()}  # noqa: SIM118 (a Row iterates its values)


def test_stored_and_history_values_read_back_as_python_values() -> None:
    assert python_value("actions", "status", "done") is ActionStatus.DONE
    assert python_value("actions", "done_on", "2018-03-01") == date(2018, 3, 1)
    assert python_value("meetings", "status", "held") is MeetingStatus.HELD
    from_history = python_value("meetings", "starts_at", "2018-01-18T15:30:00+01:00")
    stored = python_value("meetings", "starts_at", "2018-01-18 14:30:00.000000")
    assert from_history == stored == datetime(2018, 1, 18, 14, 30, tzinfo=UTC)
    assert from_history.tzinfo is UTC and stored.tzinfo is UTC
    assert python_value("agenda", "confidential", 1) is True
    assert python_value("agenda", "kind", "topic") is AgendaItemKind.TOPIC
    assert python_value("actions", "notes", None) is None


def test_as_of_rolls_back_later_changes_and_leaves_earlier_ones(db: Database) -> None:
    mark = last_seq(db)
    editing.update_record(db.session_factory, "people", "p-bas", {"function": "teamleider"})
    backdate(db, mark, datetime(2019, 1, 1, tzinfo=UTC))
    editing.update_record(db.session_factory, "people", "p-bas", {"function": "directeur"})
    with plain_of(db) as plain:
        bas = _person(plain, "p-bas")
        then = AsOf(plain, datetime(2018, 6, 1, tzinfo=UTC))
        assert then.value("people", bas, "function") == "jeugdverpleegkundige"
        later = AsOf(plain, datetime(2020, 6, 1, tzinfo=UTC))
        assert later.value("people", bas, "function") == "teamleider"
        now = AsOf(plain, datetime.now(UTC))
        assert now.values("people", bas, ["function", "last_name"]) == {
            "function": "directeur",
            "last_name": "Bakker",
        }


def test_a_record_made_after_the_moment_did_not_exist_then(db: Database) -> None:
    person_id, _ = editing.create_record(db.session_factory, "people", {"last_name": "Jansen"})
    with plain_of(db) as plain:
        then = AsOf(plain, datetime(2018, 6, 1, tzinfo=UTC))
        assert not then.existed("people", person_id) and then.existed("people", "p-bas")
        assert AsOf(plain, datetime.now(UTC)).existed("people", person_id)


def test_a_deleted_agenda_item_is_found_with_its_values_then(db: Database) -> None:
    editing.update_record(db.session_factory, "agenda_items", "ai-23", {"title": "Ander thema"})
    editing.delete_record(db.session_factory, "agenda_items", "ai-23")
    moment = datetime(2018, 3, 15, tzinfo=UTC)
    with plain_of(db) as plain:
        assert deleted_since(plain, "agenda", moment, "meeting_id", "m-2") == ["ai-23"]
        assert deleted_since(plain, "agenda", moment, "meeting_id", "m-1") == []
        assert deleted_since(plain, "agenda", moment, "meeting_id", "m_2") == []  # no wildcard
        past = AsOf(plain, moment).past("agenda", "ai-23")
        assert past.deleted and past.values["title"] == "Thema"
        # the title change and the deletion came after the meeting was made: two revisions
        assert revisions(plain, "m-2", ["ai-21", "ai-22"]) == 2


def test_many_records_are_read_in_a_few_queries(db: Database) -> None:
    statements: list[str] = []

    class Counting(Plain):
        def __init__(self, inner: Plain) -> None:
            self.inner, self.dialect = inner, inner.dialect

        def rows(self, sql: str, params: object = None) -> list[Row]:
            statements.append(sql)
            return self.inner.rows(sql, params)  # type: ignore[arg-type]

    with plain_of(db) as plain:
        then = AsOf(Counting(plain), LONG_AGO)
        then.load("actions", [f"id-{n}" for n in range(2 * CHUNK + 1)])
        assert [then.past("actions", f"id-{n}").existed for n in (0, 2 * CHUNK)] == [True, True]
    assert len([s for s in statements if "FROM history" in s]) == 3  # CHUNK ids a query


def test_timelines_read_one_field_through_time(db: Database) -> None:
    mark = last_seq(db)
    editing.update_record(db.session_factory, "actions", "a-3", {"status": "done"})
    backdate(db, mark, datetime(2019, 1, 1, tzinfo=UTC))
    with plain_of(db) as plain:
        lines = timelines(plain, "actions", ["a-3", "a-4"], "status")
    assert lines["a-4"].empty and not lines["a-3"].empty
    assert lines["a-3"].at(datetime(2018, 6, 1, tzinfo=UTC), "done") == (True, "open")
    assert lines["a-3"].at(datetime(2019, 6, 1, tzinfo=UTC), "done") == (True, "done")


def test_past_needs_no_sqlalchemy() -> None:
    import subprocess

    code = "import sys, ontwikkeltafel.services.past; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
