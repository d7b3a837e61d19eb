"""A table's members out again: an .xlsx list (Dutch column names) or a vCard 4.0 file.

The .xlsx has one header row, an autofilter over it and column widths fitting their
contents; the .vcf a card per member (N with the tussenvoegsel in the family name, as
Outlook and phones keep it, FN, ORG, TITLE, EMAIL, TEL). Written beside the target and
renamed into place (files.write_atomically).
"""

import io
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import func, select

from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError, enum_label
from ontwikkeltafel.model import MemberRole, Organisation, Person, Table, TableMember
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.people_mapping import name_of

#: The columns of the .xlsx, in Dutch (the lists secretaries share are Dutch).
COLUMNS = (
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Organisatie",
    "Functie",
    "Rol",
    "E-mail",
    "Telefoon",
)
MAX_WIDTH = 45


@dataclass(frozen=True)
class Member:
    """A member of a table as exported."""

    first_name: str
    prefix: str
    last_name: str
    organisation: str
    function: str
    role: MemberRole
    email: str
    phone: str


def table_members(sessions: SessionFactory, table_id: str) -> tuple[str, list[Member]]:
    """The table's title and its members in their order; an unknown table is refused."""
    query = (
        select(
            Person.first_name,
            Person.prefix,
            Person.last_name,
            func.coalesce(Organisation.name, ""),
            Person.function,
            TableMember.role,
            Person.email,
            Person.phone,
        )
        .join(TableMember, TableMember.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(TableMember.table_id == table_id)
        .order_by(TableMember.position, Person.last_name, Person.id)
    )
    with sessions() as session:
        table = session.get(Table, table_id)
        if table is None:
            raise UserError("people.no_table", table=table_id)
        return table.title, [Member(*row) for row in session.execute(query)]


def export_members(sessions: SessionFactory, table_id: str, path: Path) -> int:
    """Write the members of the table to ``path`` (.xlsx or .vcf); how many were written."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".vcf"):
        raise UserError("people.export_kind", path=path)
    title, members = table_members(sessions, table_id)
    if suffix == ".xlsx":
        content = xlsx_bytes(title, members)
    else:
        content = vcard_text(members).encode("utf-8")

    def write(stream: IO[bytes]) -> None:
        stream.write(content)

    write_atomically(path, write, "people.write_failed")
    return len(members)


def xlsx_bytes(title: str, members: list[Member]) -> bytes:
    """The members as a workbook: a header row, an autofilter, widths to fit."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = (title or "Deelnemers")[:31].translate(str.maketrans("[]:*?/\\", "       "))
    rows = [
        [
            m.first_name,
            m.prefix,
            m.last_name,
            m.organisation,
            m.function,
            enum_label(m.role, "nl"),
            m.email,
            m.phone,
        ]
        for m in members
    ]
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    for index, name in enumerate(COLUMNS, start=1):
        longest = max([len(name), *(len(row[index - 1]) for row in rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 3, MAX_WIDTH)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _folded(line: str) -> str:
    """A content line folded at 75 octets (RFC 6350 3.2), never inside a character."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def vcard_text(members: list[Member]) -> str:
    """The members as vCard 4.0 cards."""
    lines: list[str] = []
    for m in members:
        family = name_of("", m.prefix, m.last_name)
        full = name_of(m.first_name, m.prefix, m.last_name)
        card = [
            "BEGIN:VCARD",
            "VERSION:4.0",
            f"N:{_escape(family)};{_escape(m.first_name)};;;",
            f"FN:{_escape(full)}",
        ]
        if m.organisation:
            card.append(f"ORG:{_escape(m.organisation)}")
        if m.function:
            card.append(f"TITLE:{_escape(m.function)}")
        if m.email:
            card.append(f"EMAIL;TYPE=work:{_escape(m.email)}")
        if m.phone:
            card.append(f"TEL;VALUE=uri;TYPE=work:tel:{m.phone.replace(' ', '')}")
        card.append("END:VCARD")
        lines.extend(_folded(line) for line in card)
    return "".join(line + "\r\n" for line in lines)
