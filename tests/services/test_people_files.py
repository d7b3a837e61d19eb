"""Reading participant lists: Excel with title rows, Dutch CSV, Outlook vCards, bad files."""

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.people_files import SheetRows, read_people_file
from tests.people_samples import dutch_csv, excel_list, outlook_vcards, random_bytes, zip_bomb


def test_excel_header_found_below_title_and_merged_cells_empty_rows_skipped(
    tmp_path: Path,
) -> None:
    rows = read_people_file(excel_list(tmp_path / "lijst.xlsx"))
    assert rows.header[:3] == ("Naam", "Organisatie", "E-mailadres")
    assert rows.sheets == ("Deelnemers", "Reserves")
    assert rows.sheet == "Deelnemers"
    assert [row[0] for row in rows.rows] == [
        "Anna van der Berg",
        "Berg, K. van den",
        "dr. J.P. de Vries-Bakker",
        "IJsbrand ten Hove",
        "Fatma Yılmaz",
        "Piet in 't Veld",
    ]
    assert rows.numbers == (5, 7, 8, 10, 11, 12)  # the rows as Excel numbers them
    assert rows.rows[0][3] == "301234567"  # a number typed in a cell, without ".0"


def test_excel_other_sheet_and_unknown_sheet(tmp_path: Path) -> None:
    path = excel_list(tmp_path / "lijst.xlsx")
    reserves = read_people_file(path, "Reserves")
    assert reserves.rows == (("Kees", "'t Hart", "Wijkteam Noord"),)
    with pytest.raises(UserError) as caught:
        read_people_file(path, "Blad9")
    assert "Deelnemers, Reserves" in caught.value.render("nl")


def test_semicolon_csv_in_windows_1252(tmp_path: Path) -> None:
    rows = read_people_file(dutch_csv(tmp_path / "lijst.csv"))
    assert rows.header == (
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "Organisatie",
        "Functie",
        "E-mail",
    )
    assert [row[0] for row in rows.rows] == ["Anaïs", "Zoë", "René"]
    assert rows.rows[2][2:4] == ("Maës", "Woningcorporatie Mitros; Utrecht")  # quoted ;


@pytest.mark.parametrize(
    ("encoding", "separator"), [("utf-8-sig", ","), ("utf-8", "\t"), ("cp1252", ",")]
)
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, separator: str) -> None:
    text = separator.join(["Naam", "Organisatie", "E-mail"]) + "\n"
    text += separator.join(["Noël Çelik", "GGD", "noel@ggd.nl"]) + "\n"
    path = tmp_path / "lijst.csv"
    path.write_bytes(text.encode(encoding))
    rows = read_people_file(path)
    assert rows.header == ("Naam", "Organisatie", "E-mail")
    assert rows.rows == (("Noël Çelik", "GGD", "noel@ggd.nl"),)


def test_outlook_vcards_folded_quoted_printable_several_emails(tmp_path: Path) -> None:
    rows = read_people_file(outlook_vcards(tmp_path / "contacten.vcf"))
    first, second, third = (dict(zip(rows.header, row, strict=True)) for row in rows.rows)
    name = (first["Voornaam"], first["Tussenvoegsel"], first["Achternaam"])
    assert name == ("René", "de", "Maës")
    assert first["Volledige naam"] == "René de Maës, wijkcoach bij het Buurtteam"
    assert first["Mobiel"] == "06 12345678"
    assert second["Achternaam"] == "van der Berg"
    assert second["Functie"].endswith("functiebenaming die Outlook vouwt")
    assert second["E-mail"] == "anna@utrecht.nl"  # the preferred one of two
    assert second["Andere e-mail"] == "anna.prive@example.nl"
    assert second["Organisatie"] == "Gemeente Utrecht"
    assert (third["Volledige naam"], third["E-mail"]) == ("Lies d'Ancona", "lies@ggd.nl")
    assert rows.numbers == (1, 2, 3)


def _refused(path: Path) -> tuple[str, float]:
    started = time.perf_counter()
    with pytest.raises(UserError) as caught:
        read_people_file(path)
    return caught.value.render("nl"), time.perf_counter() - started


BAD: dict[str, Callable[[Path], Path]] = {
    "random.xlsx": random_bytes,
    "random.csv": random_bytes,
    "random.vcf": random_bytes,
    "bomb.xlsx": zip_bomb,
    "leeg.csv": lambda p: (p.write_bytes(b""), p)[1],
    "leeg.xlsx": lambda p: (p.write_bytes(b"  \n"), p)[1],
    "tekst.xlsx": lambda p: (p.write_text("Naam;E-mail\nAnna;a@b.nl\n"), p)[1],
    "werkmap.csv": excel_list,
    "werkmap.vcf": excel_list,
    "lijst.vcf": dutch_csv,
    "lijst.docx": dutch_csv,
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_files_refused_clearly_within_a_second(tmp_path: Path, name: str) -> None:
    path = BAD[name](tmp_path / name)
    text, seconds = _refused(path)
    assert seconds < 1.0
    assert "Er is niets geïmporteerd." in text
    assert str(path) in text
    assert "\n" not in text


def test_zip_bomb_named_as_such(tmp_path: Path) -> None:
    text, _ = _refused(zip_bomb(tmp_path / "bom.xlsx"))
    assert "uitgepakt groter" in text


def test_a_folder_a_missing_file_and_a_fifo(tmp_path: Path) -> None:
    folder = tmp_path / "map.csv"
    folder.mkdir()
    assert "geen gewoon bestand" in _refused(folder)[0]
    assert "bestaat niet" in _refused(tmp_path / "weg.csv")[0]
    fifo = tmp_path / "pijp.csv"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        text, seconds = _refused(fifo)
        assert "geen gewoon bestand" in text and seconds < 1.0


def test_only_empty_rows_give_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "leeg.csv"
    path.write_text(";;\n;;\n", encoding="utf-8")
    assert read_people_file(path) == SheetRows((), (), ())
