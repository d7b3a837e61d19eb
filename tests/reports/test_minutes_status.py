"""A concept verslag says CONCEPT on every page; an adopted one ends with its adoption line."""

from datetime import date
from pathlib import Path

import docx
import pytest

from ontwikkeltafel.model import MeetingStatus
from ontwikkeltafel.reports.data import MinutesData
from ontwikkeltafel.reports.minutes import write_minutes
from tests.cli_database import CliDatabase
from tests.reports.page_headers import (
    headers_of,
    last_lines,
    letterhead_with_every_header,
    meeting_id,
)
from tests.reports.report_samples import meeting, minutes_sample

DRAFT = {"nl": "CONCEPT", "en": "DRAFT"}


def _adopted(**changes: object) -> MinutesData:
    header = meeting(status=MeetingStatus.MINUTES_APPROVED, minutes_approved_on=date(2024, 6, 11))
    return minutes_sample(meeting=header, **changes)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("internal", [False, True])
def test_a_concept_verslag_says_concept_in_the_header_of_every_page(
    lang: str, internal: bool, tmp_path: Path
) -> None:
    out = tmp_path / "concept.docx"
    write_minutes(minutes_sample(internal=internal), out, lang=lang, template=None)
    headers = headers_of(out)
    assert headers and all(DRAFT[lang] in lines for lines in headers)


def test_concept_on_a_letterhead_with_first_and_even_pages_of_their_own(tmp_path: Path) -> None:
    template = letterhead_with_every_header(tmp_path / "briefpapier.docx")
    out = tmp_path / "concept.docx"
    write_minutes(minutes_sample(), out, lang="nl", template=template)
    headers = headers_of(out)
    assert len(headers) == 3
    assert headers[1][0] == "Eerste pagina: Onderwijs en zorg vinden elkaar!"
    assert headers[2][0] == "Even pagina: Onderwijs en zorg vinden elkaar!"
    assert all(lines[-1] == "CONCEPT" for lines in headers)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_adopted_verslag_has_no_concept_mark(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "vastgesteld.docx"
    write_minutes(_adopted(adopted_in=date(2024, 6, 11)), out, lang=lang, template=None)
    assert not any(DRAFT[lang] in lines for lines in headers_of(out))


@pytest.mark.parametrize(
    ("lang", "adopted_in", "line"),
    [
        ("nl", date(2024, 6, 11), "Vastgesteld in de bijeenkomst van dinsdag 11 juni 2024."),
        ("en", date(2024, 6, 11), "Adopted at the meeting of Tuesday 11 June 2024."),
        ("nl", None, "Vastgesteld op dinsdag 11 juni 2024."),
        ("en", None, "Adopted on Tuesday 11 June 2024."),
    ],
)
def test_an_adopted_verslag_ends_with_the_adoption_line(
    lang: str, adopted_in: date | None, line: str, tmp_path: Path
) -> None:
    out = tmp_path / "vastgesteld.docx"
    write_minutes(_adopted(adopted_in=adopted_in), out, lang=lang, template=None)
    assert last_lines(out, 1) == [line]


def test_a_concept_has_no_adoption_line(tmp_path: Path) -> None:
    out = tmp_path / "concept.docx"
    write_minutes(minutes_sample(), out, lang="nl", template=None)
    lines = [p.text for p in docx.Document(str(out)).paragraphs]
    assert not any(line.startswith("Vastgesteld") for line in lines)


def test_the_demo_verslag_names_the_meeting_it_was_adopted_in(  # type: ignore[no-untyped-def]
    cli, demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    db = demo_cli_database.where
    second = meeting_id(
        demo_cli_database, "Bijeenkomst 2: in gesprek met gezinnen"
    )  # adopted in nr 3
    out = tmp_path / "verslag.docx"
    for lang, line in [
        ("nl", "Vastgesteld in de bijeenkomst van donderdag 17 mei 2018."),
        ("en", "Adopted at the meeting of Thursday 17 May 2018."),
    ]:
        result = cli(*db, "--lang", lang, "report", "minutes", second, "-o", out)
        assert result.code == 0
        assert last_lines(out, 1) == [line]
        assert not any("CONCEPT" in lines or "DRAFT" in lines for lines in headers_of(out))
    # Adopted on a day the table did not meet: the day it was adopted.
    third = meeting_id(demo_cli_database, "Bijeenkomst 6: werkvisie en vooruitblik")
    assert cli(*db, "adopt", third, "--on", "2019-01-08").code == 0
    assert cli(*db, "report", "minutes", third, "-o", out).code == 0
    assert last_lines(out, 1) == ["Vastgesteld op dinsdag 8 januari 2019."]
    # Reopened, it is a concept again: CONCEPT on its pages, no adoption line.
    assert cli(*db, "reopen", third, "--reason", "Correctie namen").code == 0
    assert cli(*db, "report", "minutes", third, "-o", out).code == 0
    assert all("CONCEPT" in lines for lines in headers_of(out))
    assert not last_lines(out, 1)[0].startswith("Vastgesteld")
