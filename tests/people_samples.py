"""Participant lists as secretaries have them, made in the tests: Excel, Dutch CSV, Outlook vCards.

Shared by the people import tests (services and command line); not a test module itself.
"""

import io
import os
import zipfile
from pathlib import Path

from openpyxl import Workbook


def excel_list(path: Path) -> Path:
    """A workbook as typed by hand: a title row, merged header cells above the columns,
    empty rows between people, a second sheet; six people on 'Deelnemers'."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Deelnemers"
    sheet["A1"] = "Deelnemerslijst ontwikkeltafel Zuid 2024"
    sheet.merge_cells("A1:F1")
    sheet["A3"] = "Persoon"  # merged group headers above the real header row
    sheet.merge_cells("A3:B3")
    sheet["C3"] = "Contact"
    sheet.merge_cells("C3:E3")
    sheet.append(["Naam", "Organisatie", "E-mailadres", "Telefoon", "Mobiel", "Functie"])
    sheet.append(["Anna van der Berg", "Gemeente Utrecht", "anna@utrecht.nl", 301234567, None])
    sheet.append([])
    sheet.append(["Berg, K. van den", "Gem. Utrecht", "k.vandenberg@utrecht.nl", None, None])
    sheet.append(["dr. J.P. de Vries-Bakker", "GGD regio Utrecht", "jp@ggd.nl", None, "0612"])
    sheet.append([None, None, None, None, None])
    sheet.append(["IJsbrand ten Hove", "OBS De Regenboog", "ijsbrand@regenboog.nl"])
    sheet.append(["Fatma Yılmaz", "Kinderopvang Humankind", None, None, None, "locatiemanager"])
    sheet.append(["Piet in 't Veld", "Politie Midden-Nederland", "piet@politie.nl"])
    other = book.create_sheet("Reserves")
    other.append(["Voornaam", "Achternaam", "Organisatie"])
    other.append(["Kees", "'t Hart", "Wijkteam Noord"])
    book.save(path)
    return path


def dutch_csv(path: Path) -> Path:
    """A semicolon CSV in Windows-1252, as Dutch Excel saves it, with é, ë and ï."""
    text = (
        "Voornaam;Tussenvoegsel;Achternaam;Organisatie;Functie;E-mail\r\n"
        "Anaïs;de;Groot;Basisschool De Linde;intern begeleider;anais@linde.nl\r\n"
        "Zoë;;van Dijk;Veilig Thuis Utrecht;aandachtsfunctionaris;zoe@vtu.nl\r\n"
        ";;;;;\r\n"
        'René;;Maës;"Woningcorporatie Mitros; Utrecht";wijkconsulent;rene@mitros.nl\r\n'
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def outlook_vcards(path: Path) -> Path:
    """Three cards as Outlook writes them: 2.1 with quoted-printable names and soft line
    breaks, 3.0 with folded lines and several e-mails per card, and a 4.0 card."""
    cards = (
        "BEGIN:VCARD\r\n"
        "VERSION:2.1\r\n"
        "N;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Ma=C3=ABs;Ren=C3=A9;de;;\r\n"
        "FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:Ren=C3=A9 de Ma=C3=ABs, wijkcoach bij het =\r\n"
        "Buurtteam\r\n"
        "ORG:Wijkteam Overvecht\r\n"
        "TITLE:wijkcoach\r\n"
        "EMAIL;PREF;INTERNET:rene@wijkteam.nl\r\n"
        "TEL;CELL:06 12345678\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:3.0\r\n"
        "N:van der Berg;Anna;;;\r\n"
        "FN:Anna van der Berg\r\n"
        "ORG:Gemeente Utrecht;Maatschappelijke Ontwikkeling\r\n"
        "TITLE:beleidsmedewerker jeugd en onderwijs met een lange functiebenaming die\r\n"
        "  Outlook vouwt\r\n"
        "EMAIL;TYPE=INTERNET,HOME:anna.prive@example.nl\r\n"
        "EMAIL;TYPE=INTERNET,WORK,PREF:anna@utrecht.nl\r\n"
        "TEL;TYPE=WORK,VOICE:030 123 45 67\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\n"
        "VERSION:4.0\r\n"
        "FN:Lies d'Ancona\r\n"
        "ORG:GGD regio Utrecht\r\n"
        "EMAIL;PREF=1:lies@ggd.nl\r\n"
        "EMAIL:l.dancona@example.nl\r\n"
        "END:VCARD\r\n"
    )
    path.write_bytes(cards.encode("utf-8"))
    return path


def zip_bomb(path: Path) -> Path:
    """An .xlsx that is small on disk and would unpack to 200 MB (a sheet of zeros)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            block = b"0" * (1024 * 1024)
            for _ in range(200):
                stream.write(block)
    path.write_bytes(buffer.getvalue())
    return path


def random_bytes(path: Path, size: int = 10 * 1024 * 1024) -> Path:
    """A file of random bytes (10 MB unless told)."""
    path.write_bytes(os.urandom(size))
    return path
