"""A meeting without a secretary: who signs, takes apologies and organises (issue 12, item 6).

The convocatie and the invitation fall back to the chair, then to the table's member
with the role secretary; ``invite`` names the invitees it could not invite (no e-mail).
"""

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from ontwikkeltafel.reports.convocation import write_convocation
from ontwikkeltafel.reports.data import InviteData, Person
from ontwikkeltafel.reports.invite import invite_bytes, unreachable
from ontwikkeltafel.services.report_agenda_data import agenda_data, invite_data
from ontwikkeltafel.store.database import Database
from tests.cli_database import where_of
from tests.conftest import CliResult
from tests.reports.report_samples import (
    BAKKER,
    CHAIR,
    SECRETARY,
    VRIES,
    agenda_sample,
    document_lines,
    meeting,
)
from tests.services.stood import load, two_meetings

CHAIR_MAIL = replace(CHAIR, email="w.zwart@utrecht.nl")
TABLE_SECRETARY = Person(
    "p-ts", "Fleur", "", "Jansen", "KUS", function="secretaris", email="f.jansen@kus.nl"
)


def _convocatie(tmp_path: Path, **changes: Any) -> list[str]:
    path = tmp_path / "convocatie.docx"
    write_convocation(agenda_sample(**changes), path, lang="nl", template=None)
    return document_lines(path)


def _organizer(invite: InviteData) -> str | None:
    event = next(iter(Calendar.from_ical(invite_bytes(invite, "nl")).walk("VEVENT")))
    return str(event["ORGANIZER"]) if "ORGANIZER" in event else None


def test_without_a_secretary_the_chair_signs_and_takes_apologies(tmp_path: Path) -> None:
    lines = _convocatie(tmp_path, meeting=meeting(secretary=None, chair=CHAIR_MAIL))
    assert "Bent u verhinderd? Laat het dan weten aan Willem Zwart (w.zwart@utrecht.nl)." in lines
    assert "Met vriendelijke groet,\n\nWillem Zwart\nwethouder, Gemeente Utrecht" in lines


def test_without_secretary_and_chair_the_tables_secretary_signs(tmp_path: Path) -> None:
    lines = _convocatie(
        tmp_path, meeting=meeting(secretary=None, chair=None), table_secretary=TABLE_SECRETARY
    )
    assert "Bent u verhinderd? Laat het dan weten aan Fleur Jansen (f.jansen@kus.nl)." in lines
    assert "Met vriendelijke groet,\n\nFleur Jansen\nsecretaris, KUS" in lines


def test_the_meetings_own_secretary_comes_first(tmp_path: Path) -> None:
    lines = _convocatie(tmp_path, table_secretary=TABLE_SECRETARY)
    assert "Met vriendelijke groet,\n\nAnna Aalders\nprojectsecretaris, KUS" in lines


def _invite(**changes: Any) -> InviteData:
    invite = InviteData(
        meeting=meeting(),
        agenda=(),
        organizer=SECRETARY,
        attendees=(CHAIR, SECRETARY, BAKKER, VRIES),
        table_secretary=TABLE_SECRETARY,
    )
    return replace(invite, **changes)


def test_the_organizer_falls_back_to_the_chair_then_the_tables_secretary() -> None:
    no_secretary = meeting(secretary=None, chair=CHAIR_MAIL)
    assert _organizer(_invite(organizer=None, meeting=no_secretary)) == "mailto:w.zwart@utrecht.nl"
    # A secretary without an address is passed over as well.
    unmailed = replace(SECRETARY, email="")
    silent = meeting(secretary=unmailed, chair=CHAIR_MAIL)
    assert _organizer(_invite(organizer=unmailed, meeting=silent)) == "mailto:w.zwart@utrecht.nl"
    nobody = meeting(secretary=None, chair=CHAIR)  # the chair has no e-mail address
    assert _organizer(_invite(organizer=None, meeting=nobody)) == "mailto:f.jansen@kus.nl"
    assert _organizer(_invite(organizer=None, meeting=nobody, table_secretary=None)) is None


def test_the_invitees_without_an_address_are_named() -> None:
    wrong = replace(VRIES, email="n.v.t.")
    invite = _invite(attendees=(CHAIR, SECRETARY, BAKKER, wrong, BAKKER))
    assert unreachable(invite) == ["Willem Zwart", "Jan Bakker", "Anna de Vries"]
    assert unreachable(_invite(attendees=(SECRETARY,))) == []


@pytest.fixture
def small(database: Database, tmp_path: Path) -> Database:
    """The small document: m-1's secretary Bas Bakker and IJsbrand van der Berg lack e-mail."""
    load(database, two_meetings(), tmp_path)
    return database


def test_the_services_give_the_tables_secretary(small: Database, tmp_path: Path) -> None:
    sessions = small.session_factory
    for made in (agenda_data(sessions, "m-1", False), invite_data(sessions, "m-1")):
        assert made.table_secretary is not None and made.table_secretary.id == "p-bas"


def test_invite_names_who_it_could_not_invite(
    small: Database, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    out = tmp_path / "m-1.ics"
    result = cli(*where_of(small), "--lang", "nl", "invite", "m-1", "-o", out)
    assert result.code == 0
    assert result.err.splitlines() == [
        "Niet uitgenodigd, want zonder e-mailadres: Bas Bakker, IJsbrand van der Berg."
    ]
    event = next(iter(Calendar.from_ical(out.read_bytes()).walk("VEVENT")))
    assert str(event["ORGANIZER"]) == "mailto:anna@voorbeeld.nl"  # the chair: Bas has none
    english = cli(*where_of(small), "--lang", "en", "invite", "m-1", "-o", out)
    assert english.err.splitlines() == [
        "Not invited, as they have no e-mail address: Bas Bakker, IJsbrand van der Berg."
    ]


def test_invite_is_quiet_when_everyone_has_an_address(
    database: Database, tmp_path: Path, cli: Callable[..., CliResult]
) -> None:
    document = two_meetings()
    for number, person in enumerate(document["people"]):
        person["email"] = f"iemand{number}@voorbeeld.nl"
    load(database, json.loads(json.dumps(document)), tmp_path)
    result = cli(*where_of(database), "invite", "m-1", "-o", tmp_path / "m-1.ics")
    assert result.code == 0 and result.err == ""
