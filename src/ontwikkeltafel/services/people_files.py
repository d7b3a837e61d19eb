"""Reading participant lists: .xlsx, .csv and .vcf files as rows of text cells, bounded.

Only a regular file of at most :data:`MAX_PEOPLE_BYTES` is read; an .xlsx whose zip
would unpack to more than :data:`MAX_UNPACKED_BYTES` (a zip bomb) is refused from the
sizes its zip directory declares, before openpyxl reads it; a file that is not what its
extension says is refused from its first bytes. Each refusal is one UserError and
nothing is imported. No Qt here: the window's wizard and the command line share it.
"""

import csv
import io
import os
import quopri
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ontwikkeltafel.i18n import UserError

#: The largest participant list read (README): a spreadsheet of thousands of people is
#: well under 1 MB; a vCard export with photos of a full address book a few MB.
MAX_PEOPLE_BYTES = 20 * 1024 * 1024
#: What an .xlsx may unpack to in all; a real workbook unpacks to a few times its size.
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: How far below a title the header row may be looked for.
HEADER_SEARCH_ROWS = 20
EXTENSIONS = (".xlsx", ".csv", ".vcf")

#: The columns a vCard becomes (their headers are guessed like any file's).
VCARD_HEADER = (
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Volledige naam",
    "Organisatie",
    "Functie",
    "E-mail",
    "Telefoon",
    "Mobiel",
    "Andere e-mail",
)


@dataclass(frozen=True)
class SheetRows:
    """What a file holds: its header row and the rows below it, every cell a stripped text.

    ``numbers`` are the rows' own numbers in the file (1-based, as a spreadsheet counts
    them; a vCard's card number), so the preview can name them. ``sheets`` lists the
    sheets of a workbook (empty for other files) and ``sheet`` the one read.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numbers: tuple[int, ...]
    sheets: tuple[str, ...] = ()
    sheet: str = ""


def read_people_file(path: Path, sheet: str | None = None) -> SheetRows:
    """The rows of ``path`` by its extension (.xlsx, .csv, .vcf), or one clear UserError."""
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise UserError("people.unknown_kind", path=path)
    data = _read_bounded(path)
    if not data.strip():
        raise UserError("people.empty", path=path)
    if suffix == ".xlsx":
        return _read_xlsx(path, data, sheet)
    if suffix == ".vcf":
        return _read_vcf(path, data)
    return _read_csv(path, data)


def _read_bounded(path: Path) -> bytes:
    """The bytes of the regular file ``path`` (not a pipe or device), at most the limit."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as exc:
        raise UserError("people.missing", path=path) from exc
    except OSError as exc:
        raise UserError("people.unreadable", path=path, reason=exc.strerror or exc) from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UserError("people.not_a_file", path=path)
        limit = MAX_PEOPLE_BYTES
        if info.st_size > limit:
            raise UserError("people.too_large", path=path, limit=f"{limit // 2**20} MB")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        raise UserError("people.unreadable", path=path, reason=exc.strerror or exc) from exc
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise UserError("people.too_large", path=path, limit=f"{limit // 2**20} MB")
    return data


def _text(value: object) -> str:
    """A cell as text: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return " ".join(str(value).split())


def _header_at(rows: list[tuple[str, ...]]) -> int:
    """The index of the header row: the first of the top rows with most known headers.

    A title row ("Deelnemers ontwikkeltafel 2024") or a merged cell above the columns
    names at most one known column; without any known header, the first row with two or
    more filled cells.
    """
    from ontwikkeltafel.services.people_mapping import known_headers

    best, best_count = -1, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = known_headers(row)
        if count > best_count:
            best, best_count = index, count
    if best >= 0:
        return best
    for index, row in enumerate(rows):
        if sum(1 for cell in row if cell) >= 2:
            return index
    return 0


def _table(rows: list[tuple[str, ...]], sheets: tuple[str, ...] = (), sheet: str = "") -> SheetRows:
    """Rows (numbered from 1 as read) to header and data rows; empty rows skipped."""
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(row)]
    if not numbered:
        return SheetRows((), (), (), sheets, sheet)
    at = _header_at([row for _, row in numbered])
    header = numbered[at][1]
    width = max(len(row) for _, row in numbered)
    pad = width - len(header)
    body = numbered[at + 1 :]
    return SheetRows(
        (*header, *([""] * pad)),
        tuple((*row, *([""] * (width - len(row)))) for _, row in body),
        tuple(n for n, _ in body),
        sheets,
        sheet,
    )


def _read_xlsx(path: Path, data: bytes, sheet: str | None) -> SheetRows:
    """A workbook's sheet (the first unless ``sheet``), after its zip was found sound."""
    if not data.startswith(b"PK\x03\x04"):
        raise UserError("people.not_xlsx", path=path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UserError("people.not_xlsx", path=path) from exc
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise UserError("people.not_xlsx", path=path)
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        limit = f"{MAX_UNPACKED_BYTES // 2**20} MB"
        raise UserError("people.zip_bomb", path=path, limit=limit)
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise UserError("people.not_xlsx", path=path) from exc
    try:
        sheets = tuple(book.sheetnames)
        chosen = sheets[0] if sheet is None else sheet
        if chosen not in sheets:
            raise UserError("people.no_sheet", path=path, sheet=sheet, sheets=", ".join(sheets))
        rows = [
            tuple(_text(value) for value in row) for row in book[chosen].iter_rows(values_only=True)
        ]
    except UserError:
        raise
    except Exception as exc:
        raise UserError("people.not_xlsx", path=path) from exc
    finally:
        book.close()
    return _table(rows, sheets, chosen)


def decode_text(data: bytes) -> str | None:
    """Text as Dutch Excel and others write it: UTF-8 (with or without BOM), or Windows-1252.

    None for bytes that are no text at all (NUL bytes, many control characters).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:65536]
    controls = head.translate(None, b"\t\n\r\x0c" + bytes(range(32, 256)))
    if b"\x00" in head or len(controls) * 100 > len(head):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _separator(text: str) -> str:
    """The separator (``,`` ``;`` or tab) that splits the first lines most evenly."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    sample = "\n".join(lines)
    best, best_score = ",", (-1, 0)
    for candidate in (";", ",", "\t"):
        widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=candidate)]
        if not widths or max(widths) < 2:
            continue
        common = max(set(widths), key=widths.count)
        score = (widths.count(common), common)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(path: Path, data: bytes) -> SheetRows:
    """A CSV file: encoding and separator found, quoted cells as Excel writes them."""
    text = decode_text(data)
    if text is None or text.lstrip().startswith(("PK\x03\x04", "BEGIN:VCARD")):
        raise UserError("people.not_csv", path=path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        rows = [tuple(_text(cell) for cell in row) for row in reader]
    except csv.Error as exc:
        raise UserError("people.not_csv", path=path) from exc
    return _table(rows)


_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z-]+)((?:;[^:]*)?):(.*)$")


def _vcard_lines(text: str) -> Iterator[tuple[str, dict[str, str], str]]:
    """(name, parameters, raw value) per property: folded lines joined, QP soft breaks too."""
    lines = re.sub(r"\r?\n[ \t]", "", text).splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        found = _PROPERTY.match(line)
        if found is None:
            continue
        name, raw_params, value = found.group(1).upper(), found.group(2), found.group(3)
        params: dict[str, str] = {}
        for part in raw_params.split(";")[1:]:
            key, _, val = part.partition("=")
            if not val:  # vCard 2.1: ;CELL;PREF
                key, val = "TYPE", key
            key = key.upper()
            params[key] = f"{params[key]},{val}" if key in params else val
        if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
            while value.endswith("=") and index < len(lines):
                value = value[:-1] + lines[index]
                index += 1
            charset = params.get("CHARSET", "utf-8")
            try:
                value = quopri.decodestring(value.encode("ascii", "replace")).decode(charset)
            except (LookupError, UnicodeDecodeError):
                value = quopri.decodestring(value.encode("ascii", "replace")).decode("cp1252")
        yield name, params, value


def _parts(value: str) -> list[str]:
    """A structured vCard value split at unescaped ``;``, each part unescaped."""
    parts = re.split(r"(?<!\\);", value)
    return [
        re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), p) for p in parts
    ]


def _card_row(card: list[tuple[str, dict[str, str], str]]) -> tuple[str, ...]:
    """One vCard as a row of :data:`VCARD_HEADER`."""
    first = prefix = last = full = organisation = function = phone = mobile = ""
    emails: list[tuple[bool, str]] = []
    for name, params, value in card:
        kinds = params.get("TYPE", "").lower()
        if name == "N":
            parts = [*_parts(value), "", ""]
            last, first, prefix = parts[0].strip(), parts[1].strip(), parts[2].strip()
        elif name == "FN":
            full = _parts(value)[0].strip()
        elif name == "ORG":
            organisation = _parts(value)[0].strip()
        elif name == "TITLE":
            function = _parts(value)[0].strip()
        elif name == "EMAIL" and value.strip():
            preferred = "pref" in kinds or "PREF" in params
            emails.append((preferred, value.strip()))
        elif name == "TEL" and value.strip():
            number = value.strip().removeprefix("tel:")
            if "cell" in kinds and not mobile:
                mobile = number
            elif "cell" not in kinds and not phone:
                phone = number
    emails.sort(key=lambda item: not item[0])  # the preferred one first, else file order
    email = emails[0][1] if emails else ""
    others = ", ".join(address for _, address in emails[1:])
    return (first, prefix, last, full, organisation, function, email, phone, mobile, others)


def _read_vcf(path: Path, data: bytes) -> SheetRows:
    """A vCard file (2.1, 3.0, 4.0), a row per card."""
    text = decode_text(data)
    if text is None or not text.lstrip().upper().startswith("BEGIN:VCARD"):
        raise UserError("people.not_vcf", path=path)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    card: list[tuple[str, dict[str, str], str]] | None = None
    count = 0
    for name, params, value in _vcard_lines(text):
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, count = [], count + 1
        elif name == "END" and card is not None:
            row = _card_row(card)
            if any(row):
                rows.append(row)
                numbers.append(count)
            card = None
        elif card is not None:
            card.append((name, params, value))
    return SheetRows(VCARD_HEADER, tuple(rows), tuple(numbers))
