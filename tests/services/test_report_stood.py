"""People and a meeting's head through plain SQL, as they are and as they stood at a moment."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import MeetingStatus, Sector
from ontwikkeltafel.services import editing, plain_of
from ontwikkeltafel.services.past import AsOf
from ontwikkeltafel.services.report_stood import (
    People,
    header,
    meeting_record,
    seats,
    table_meetings,
)
from ontwikkeltafel.store.database import Database
from tests.services.stood import load, two_meetings

THEN = datetime(2018, 3, 15, 14, 30, tzinfo=UTC)  # the start of m-2


@pytest.fixture
def db(database: Database, tmp_path: Path) -> Database:
    load(database, two_meetings(), tmp_path)
    sessions = database.session_factory
    # After the meetings: Anna moves to the GGD with another function, KION is renamed
    # and m-2 moves to another place with IJsbrand as chair.
    editing.update_record(
        sessions, "people", "p-anna", {"function": "manager", "organisation_id": "org-ggd"}
    )
    editing.update_record(sessions, "organisations", "org-kion", {"name": "Kion Opvang"})
    editing.update_record(sessions, "meetings", "m-2", {"location": "Utrecht", "chair_id": "p-ijs"})
    return database


def test_people_as_they_are_and_as_they_stood(db: Database) -> None:
    with plain_of(db) as plain:
        now, then = People(plain), People(plain, AsOf(plain, THEN))
        now.load(["p-anna", "p-ijs", "p-nobody"])
        anna_now, anna_then = now.get("p-anna"), then.get("p-anna")
        assert now.get("p-nobody") is None and now.get(None) is None
        ijs = now.get("p-ijs")
    assert anna_now is not None and anna_then is not None and ijs is not None
    assert (anna_now.function, anna_now.organisation) == ("manager", "GGD regio Utrecht")
    assert anna_now.sector is Sector.HEALTH
    assert (anna_then.function, anna_then.organisation) == ("pedagogisch coach", "KION")
    assert anna_then.sector is Sector.CHILDCARE
    assert (ijs.first_name, ijs.prefix, ijs.organisation) == ("IJsbrand", "van der", "")
    assert ijs.sector is None


def test_the_head_of_a_meeting_as_it_is_and_as_it_stood(db: Database) -> None:
    with plain_of(db.session_factory) as plain:  # inside a session, as the window reads
        meeting = meeting_record(plain, "m-2")
        now = header(meeting, People(plain))
        then = header(meeting, People(plain, AsOf(plain, THEN)))
        order = [m["id"] for m in table_meetings(plain, meeting)]
        members = [(s["person_id"], s["role"].value) for s in seats(plain, "tafel-1")]
    assert (now.location, now.chair and now.chair.id) == ("Utrecht", "p-ijs")
    assert (then.location, then.chair and then.chair.id) == ("Zeist", "p-anna")
    assert then.chair is not None and then.chair.function == "pedagogisch coach"
    assert now.table_title == then.table_title != ""
    assert now.status is MeetingStatus.HELD and now.starts_at == THEN
    assert order == ["m-1", "m-2"]
    assert members == [("p-anna", "chair"), ("p-bas", "secretary"), ("p-ijs", "member")]


def test_an_unknown_meeting_is_a_user_error(db: Database) -> None:
    with plain_of(db) as plain, pytest.raises(UserError) as caught:
        meeting_record(plain, "m-9")
    assert caught.value.key == "report.unknown_meeting"
