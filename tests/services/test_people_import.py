"""The people import: the preview row by row, matching without duplicates, one transaction."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    HistoryEntry,
    MemberRole,
    Organisation,
    Person,
    Sector,
    TableMember,
)
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.people_apply import apply_preview, member_role, preview_lines
from ontwikkeltafel.services.people_files import SheetRows, read_people_file
from ontwikkeltafel.services.people_import import CLOSE_NAME, Action, decide, make_preview
from ontwikkeltafel.store.database import Database
from tests.people_samples import dutch_csv, excel_list, outlook_vcards
from tests.services.conftest import snapshot

HEADER = ("Naam", "Organisatie", "Functie", "E-mail")


@pytest.fixture
def loaded(database: Database, write_json: Callable[..., Path], document: dict[str, Any]) -> Any:
    """The small document's people: Anna de Vries (KION, anna@voorbeeld.nl), Bas Bakker
    (GGD regio Utrecht), IJsbrand van der Berg (no organisation); table tafel-1."""
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def sheet(*rows: tuple[str, ...], header: tuple[str, ...] = HEADER) -> SheetRows:
    return SheetRows(header, rows, tuple(range(2, len(rows) + 2)))


def test_excel_list_preview_and_apply_in_one_go(loaded: Any, tmp_path: Path) -> None:
    source = read_people_file(excel_list(tmp_path / "lijst.xlsx"))
    preview = make_preview(loaded, source, table_id="tafel-1", role=MemberRole.ADVISOR)
    assert [row.action for row in preview.rows] == [Action.NEW] * 6
    first = preview.rows[0].entry
    assert (first.first_name, first.prefix, first.last_name) == ("Anna", "van der", "Berg")
    assert first.phone == "0301234567"  # Excel kept it as a number, without its 0
    # "Gemeente Utrecht" and "Gem. Utrecht" are one new organisation, sector guessed
    new = {o.name: o.sector for o in preview.new_organisations}
    assert new == {
        "Gemeente Utrecht": Sector.MUNICIPALITY,
        "OBS De Regenboog": Sector.EDUCATION,
        "Kinderopvang Humankind": Sector.CHILDCARE,
        "Politie Midden-Nederland": Sector.SAFETY,
    }
    assert preview.rows[2].entry.organisation == "GGD regio Utrecht"  # the existing one
    done = apply_preview(loaded, preview)
    assert (done.added, done.updated, done.organisations, done.members) == (6, 0, 4, 6)
    with loaded() as session:
        utrecht = session.scalars(
            select(Organisation).where(Organisation.name == "Gemeente Utrecht")
        ).one()
        assert {p.last_name for p in utrecht.people} == {"Berg"}  # Anna and K. van den Berg
        assert len(utrecht.people) == 2
        roles = session.scalars(
            select(TableMember.role).where(TableMember.person_id.in_(done.person_ids))
        ).all()
        assert set(roles) == {MemberRole.ADVISOR}
        written = session.scalar(
            select(func.count()).select_from(HistoryEntry).where(HistoryEntry.list == "people")
        )
        assert written and written >= 6 + 3  # the history of each new person, as any edit


def test_same_email_updates_that_person(loaded: Any) -> None:
    source = sheet(("Anna de Vries", "KION", "teamleider", "ANNA@voorbeeld.nl"))
    preview = make_preview(loaded, source)
    (row,) = preview.rows
    assert (row.action, row.person_id) == (Action.UPDATE, "p-anna")
    done = apply_preview(loaded, preview)
    assert (done.added, done.updated) == (0, 1)
    with loaded() as session:
        anna = session.get(Person, "p-anna")
        assert anna is not None and anna.function == "teamleider"
        assert session.scalar(select(func.count()).select_from(Person)) == 3


def test_close_name_at_the_same_organisation_skipped_unless_merged(loaded: Any) -> None:
    source = sheet(
        ("Bas Bakkers", "GGD Regio Utrecht", "", "bas@ggd.nl"),
        ("Bas Bakker", "KION", "", ""),  # another organisation: another person
    )
    preview = make_preview(loaded, source)
    close, other = preview.rows
    assert (close.action, close.reason, close.detail) == (Action.SKIP, "close", "Bas Bakker")
    assert other.action is Action.NEW
    assert "overslaan: mogelijk dubbel (Bas Bakker)" in "\n".join(preview_lines(preview, "nl"))
    merged = make_preview(loaded, source, merge_close=True)
    assert (merged.rows[0].action, merged.rows[0].person_id) == (Action.UPDATE, "p-bas")
    apply_preview(loaded, merged)
    with loaded() as session:
        bas = session.get(Person, "p-bas")
        assert bas is not None and bas.email == "bas@ggd.nl"
        assert bas.last_name == "Bakkers"


def test_initials_match_the_full_first_name(loaded: Any) -> None:
    preview = make_preview(loaded, sheet(("A. de Vries", "Kion", "", "")))
    assert (preview.rows[0].reason, preview.rows[0].person_id) == ("close", "p-anna")


def test_threshold_keeps_different_people_apart(loaded: Any) -> None:
    assert CLOSE_NAME == 88  # README names it
    preview = make_preview(loaded, sheet(("Kees Bakker", "GGD regio Utrecht", "", "")))
    assert preview.rows[0].action is Action.NEW  # "kees bakker" / "bas bakker": 76
    typo = make_preview(loaded, sheet(("Kas Bakker", "GGD regio Utrecht", "", "")))
    assert typo.rows[0].reason == "close"  # one letter of ten: 90


def test_problems_marked_and_skipped(loaded: Any) -> None:
    source = sheet(
        ("", "KION", "", "x@kion.nl"),
        ("Zoë Maës", "", "", "zoe@@kion"),
        ("Fatma Yılmaz", "Gemeente Zeist", "", "fatma@zeist.nl"),
        ("F. Yilmaz", "gem. zeist", "", "FATMA@zeist.nl"),
        ("Fatma Yılmaz", "Gemeente Zeist", "", ""),
    )
    preview = make_preview(loaded, source)
    assert [(r.action, r.reason) for r in preview.rows] == [
        (Action.SKIP, "no_last_name"),
        (Action.SKIP, "bad_email"),
        (Action.NEW, ""),
        (Action.SKIP, "duplicate"),
        (Action.SKIP, "duplicate"),
    ]
    lines = preview_lines(preview, "nl")
    assert "overslaan: geen achternaam" in lines[1]
    assert "overslaan: ongeldig e-mailadres (zoe@@kion)" in lines[2]
    assert "Gemeente Zeist (nieuw, gemeente)" in lines[3]
    assert "overslaan: dubbel in het bestand (rij 4)" in lines[4]
    assert preview_lines(preview, "en")[0].startswith("Row  What")


def test_organisations_matched_loosely(loaded: Any) -> None:
    source = sheet(("Piet Smit", "ggd regio utrecht", "", ""), ("Ali Aydın", "K.I.O.N.", "", ""))
    preview = make_preview(loaded, source)
    assert preview.new_organisations == ()
    assert [r.entry.organisation for r in preview.rows] == ["GGD regio Utrecht", "KION"]
    numbered = sheet(("A Smit", "Basisschool 1", "", ""), ("B Smit", "Basisschool 12", "", ""))
    assert len(make_preview(loaded, numbered).new_organisations) == 2  # ratio 96, not one


def test_corrected_sector_and_a_row_decided_by_the_user(loaded: Any) -> None:
    source = sheet(("Piet Smit", "Stichting Boom", "", ""), ("Bas Bakkers", "GGD", "", ""))
    preview = make_preview(loaded, source, sectors={"stichting boom": Sector.WELFARE})
    assert preview.new_organisations[0].sector is Sector.WELFARE
    preview = decide(preview, 0, Action.SKIP)
    done = apply_preview(loaded, preview)
    assert (done.added, done.organisations) == (1, 1)  # the GGD row; no Stichting Boom
    with pytest.raises(ValueError, match="matched"):
        decide(preview, 0, Action.UPDATE)


def test_csv_and_vcards_through_the_same_preview(loaded: Any, tmp_path: Path) -> None:
    csv_rows = make_preview(loaded, read_people_file(dutch_csv(tmp_path / "l.csv"))).rows
    assert [(r.entry.first_name, r.entry.prefix, r.entry.last_name) for r in csv_rows] == [
        ("Anaïs", "de", "Groot"),
        ("Zoë", "van", "Dijk"),
        ("René", "", "Maës"),
    ]
    cards = make_preview(loaded, read_people_file(outlook_vcards(tmp_path / "c.vcf"))).rows
    assert [(r.entry.name, r.entry.email) for r in cards] == [
        ("René de Maës", "rene@wijkteam.nl"),
        ("Anna van der Berg", "anna@utrecht.nl"),
        ("Lies d'Ancona", "lies@ggd.nl"),
    ]
    assert cards[0].entry.phone == "06 12345678"
    assert cards[2].entry.organisation == "GGD regio Utrecht"


def test_one_transaction_nothing_written_when_it_fails(loaded: Any, database: Database) -> None:
    preview = make_preview(loaded, sheet(("Nieuw Mens", "Nieuwe Org", "", "")))
    preview = make_preview(loaded, sheet(("Anna de Vries", "", "", "anna@voorbeeld.nl")))
    before = snapshot(database)
    with loaded.begin() as session:  # someone removes Anna after the preview
        session.execute(Person.__table__.delete().where(Person.id == "p-anna"))
    after_removal = snapshot(database)
    with pytest.raises(UserError) as caught:
        apply_preview(loaded, preview)
    assert "intussen verwijderd" in caught.value.render("nl")
    assert snapshot(database) == after_removal != before


def test_unknown_table_role_and_no_name_column(loaded: Any) -> None:
    with pytest.raises(UserError, match="no table"):
        make_preview(loaded, sheet(("A B", "", "", "")), table_id="tafel-9")
    assert member_role("Voorzitter") is MemberRole.CHAIR
    assert member_role("lid") is MemberRole.MEMBER
    assert member_role("advisor") is MemberRole.ADVISOR
    with pytest.raises(UserError, match="Unknown role"):
        member_role("baas")
    with pytest.raises(UserError, match="No column"):
        make_preview(loaded, sheet(("x",), header=("Wie",)))
