"""What the headers of a Word file show on its pages, read back with python-docx."""

from pathlib import Path

import docx
from docx.document import Document

from tests.cli_database import CliDatabase
from tests.reports.word_templates import municipality_template


def page_headers(document: Document) -> list[list[str]]:
    """The lines of every header a page of the last section can show.

    The default header always; the first page's when the section has one of its own
    (titlePg); the even pages' when the document has them.
    """
    section = document.sections[-1]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.append(section.first_page_header)
    if document.settings.odd_and_even_pages_header_footer:
        headers.append(section.even_page_header)
    return [[p.text for p in header.paragraphs] for header in headers]


def headers_of(path: Path) -> list[list[str]]:
    """:func:`page_headers` of the Word file at ``path``."""
    return page_headers(docx.Document(str(path)))


def last_lines(path: Path, count: int) -> list[str]:
    """The last ``count`` non-empty paragraphs of the body of a Word file."""
    lines = [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]
    return lines[-count:]


def meeting_id(where: CliDatabase | Path, title: str) -> str:
    """The id of the meeting called ``title`` (a SQLite file at a path, or either engine)."""
    target = where if isinstance(where, CliDatabase) else CliDatabase(path=where)
    found = target.scalar("SELECT id FROM meetings WHERE title = :title", title=title)
    assert found is not None, title
    return str(found)


def letterhead_with_every_header(path: Path) -> Path:
    """A letterhead with a first page, odd and even pages of their own."""
    municipality_template(path, first_page=True)
    document = docx.Document(str(path))
    document.settings.odd_and_even_pages_header_footer = True
    document.sections[0].even_page_header.paragraphs[0].text = "Even pagina: {tafel}"
    document.save(str(path))
    return path
