"""``people import`` and ``people export`` on the command line: a preview, then one write."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.cli_database import CliDatabase
from tests.people_samples import dutch_csv, excel_list, outlook_vcards, random_bytes, zip_bomb


@pytest.fixture
def db(
    cli_database: CliDatabase,
    tmp_path: Path,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
) -> CliDatabase:
    """The small document (Anna de Vries, Bas Bakker, IJsbrand van der Berg; tafel-1)."""
    from tests.documents import small_document

    path = cli_database
    assert cli(*path.where, "import", write_json(small_document())).code == 0
    return path


def test_import_prints_the_preview_then_what_it_did(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = excel_list(tmp_path / "lijst.xlsx")
    done = cli(*db.where, "--lang", "nl", "people", "import", source, "--table", "tafel-1")
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert lines[0].split() == ["Rij", "Wat", "Naam", "Organisatie", "E-mail"]
    assert lines[1].split()[:5] == ["5", "nieuw", "Anna", "van", "der"]
    assert "Gemeente Utrecht (nieuw, gemeente)" in lines[1]
    assert "GGD regio Utrecht" in lines[3] and "(nieuw" not in lines[3]
    assert "Geïmporteerd uit" in done.out and "6 nieuw, 0 bijgewerkt" in done.out
    assert "6 persoon/personen aan tafel tafel-1 toegevoegd als deelnemer." in done.out
    again = cli(*db.where, "--lang", "nl", "people", "import", source, "--dry-run")
    assert again.out.count("bijwerken") == 5  # the same e-mails: updates, no duplicates
    assert "overslaan: mogelijk dubbel (Fatma Yılmaz)" in again.out  # no e-mail, same name


def test_dry_run_writes_nothing(db: CliDatabase, cli: Callable[..., Any], tmp_path: Path) -> None:
    before = db.fingerprint()
    source = dutch_csv(tmp_path / "lijst.csv")
    done = cli(*db.where, "--lang", "en", "people", "import", source, "--dry-run")
    assert done.code == 0, done.err
    assert "Dry run (--dry-run): nothing was stored." in done.out
    assert "new" in done.out and "Anaïs de Groot" in done.out
    assert db.fingerprint() == before


def test_close_names_skipped_unless_merge_close(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_text("Naam,Organisatie,E-mail\nA. de Vries,KION,a.devries@kion.nl\n")
    skipped = cli(*db.where, "--lang", "nl", "people", "import", source)
    assert "overslaan: mogelijk dubbel (Anna de Vries)" in skipped.out
    assert "met --merge-close worden ze bijgewerkt" in skipped.out
    assert "0 nieuw, 0 bijgewerkt, 1 overgeslagen" in skipped.out
    merged = cli(*db.where, "--lang", "nl", "people", "import", source, "--merge-close")
    assert "0 nieuw, 1 bijgewerkt, 0 overgeslagen" in merged.out


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("random.xlsx", random_bytes, "geen leesbaar Excel-bestand"),
        ("random.csv", random_bytes, "geen tekstbestand"),
        ("bom.xlsx", zip_bomb, "uitgepakt groter"),
        ("werkmap.vcf", excel_list, "geen vCard-bestand"),
        ("leeg.csv", lambda p: (p.write_bytes(b""), p)[1], "is leeg"),
    ],
)
def test_a_file_it_cannot_read_one_line_exit_1_nothing_imported(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path, name: str, make: Any, words: str
) -> None:
    source = make(tmp_path / name)
    before = db.fingerprint()
    started = time.perf_counter()
    done = cli(*db.where, "--lang", "nl", "people", "import", source)
    assert time.perf_counter() - started < 1.0
    assert done.code == 1
    assert done.out == ""
    assert done.err.count("\n") == 1 and words in done.err and "Traceback" not in done.err
    assert "Er is niets geïmporteerd." in done.err
    assert db.fingerprint() == before


def test_unknown_role_sheet_and_table(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    source = excel_list(tmp_path / "lijst.xlsx")
    role = cli(*db.where, "--lang", "nl", "people", "import", source, "--role", "baas")
    assert role.code == 1 and "voorzitter, secretaris, deelnemer, adviseur" in role.err
    sheet = cli(*db.where, "--lang", "en", "people", "import", source, "--sheet", "X")
    assert sheet.code == 1 and "it has: Deelnemers, Reserves" in sheet.err
    table = cli(*db.where, "--lang", "en", "people", "import", source, "--table", "t-9")
    assert table.code == 1 and "no table with id 't-9'" in table.err
    reserves = cli(*db.where, "--lang", "nl", "people", "import", source, "--sheet", "Reserves",
        "--role", "voorzitter", "--table", "tafel-1",
    )  # fmt: skip
    assert "Kees 't Hart" in reserves.out and "toegevoegd als voorzitter" in reserves.out


def test_export_xlsx_and_vcf_and_back(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    out = tmp_path / "leden.xlsx"
    done = cli(*db.where, "--lang", "nl", "people", "export", "tafel-1", "-o", out)
    assert done.code == 0, done.err
    assert done.out.strip() == f"3 deelnemer(s) geschreven naar {out}."
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "Organisatie",
        "Functie",
        "Rol",
        "E-mail",
        "Telefoon",
    )
    assert rows[1][:3] == ("Anna", "de", "Vries") and rows[1][5] == "voorzitter"
    assert sheet.auto_filter.ref == "A1:H4"
    assert sheet.column_dimensions["E"].width and sheet.column_dimensions["E"].width > 20
    cards = tmp_path / "leden.vcf"
    assert cli(*db.where, "people", "export", "tafel-1", "-o", cards).code == 0
    text = cards.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 3 and "VERSION:4.0" in text
    assert "N:de Vries;Anna;;;" in text and "FN:IJsbrand van der Berg" in text
    for source in (out, cards):  # read back: every member known by e-mail or name
        back = cli(*db.where, "--lang", "nl", "people", "import", source, "--dry-run")
        assert back.code == 0 and "nieuw " not in back.out


def test_export_refusals(db: CliDatabase, cli: Callable[..., Any], tmp_path: Path) -> None:
    kind = cli(*db.where, "--lang", "nl", "people", "export", "tafel-1", "-o", tmp_path / "x.pdf")
    assert kind.code == 1 and "moet eindigen op .xlsx of .vcf" in kind.err
    gone = cli(*db.where, "--lang", "en", "people", "export", "t-9", "-o", tmp_path / "x.vcf")
    assert gone.code == 1 and "no table with id 't-9'" in gone.err
    assert not (tmp_path / "x.vcf").exists()


def test_vcards_import(db: CliDatabase, cli: Callable[..., Any], tmp_path: Path) -> None:
    source = outlook_vcards(tmp_path / "contacten.vcf")
    done = cli(*db.where, "--lang", "nl", "people", "import", source)
    assert done.code == 0, done.err
    assert "René de Maës" in done.out and "Lies d'Ancona" in done.out
    assert "3 nieuw" in done.out
