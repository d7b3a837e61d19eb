"""The table report: every chapter, the grouping and order, both languages, charts, speed."""

import shutil
import subprocess
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from docx.document import Document

from ontwikkeltafel.reports.table_report import write_table_report
from ontwikkeltafel.services.listing import table_ids, table_rows
from tests.cli_database import CliDatabase
from tests.reports.table_samples import (
    TABLE,
    all_text,
    big_table_data,
    body,
    headings,
    open_docx,
    table_data,
    tables,
)

CHAPTERS_NL = [
    "Doel en aanleiding",
    "Deelnemers",
    "Bijeenkomsten",
    "Vragen, zorgen en knelpunten",
    "Goede voorbeelden",
    "Ontwikkelpunten",
    "Besluiten",
    "Openstaande acties",
]


def _write(tmp_path: Path, *, lang: str = "nl", internal: bool = False, empty: bool = False):  # type: ignore[no-untyped-def]
    path = tmp_path / f"tafel-{lang}-{internal}-{empty}.docx"
    write_table_report(table_data(internal=internal, empty=empty), path, lang=lang, template=None)
    return open_docx(path)


def _after(document: Document, text: str, count: int) -> list[str]:
    """The texts of the ``count`` paragraphs after the one that reads ``text``."""
    paragraphs = [str(value) for kind, _, value in body(document) if kind == "p"]
    start = paragraphs.index(text) + 1
    return paragraphs[start : start + count]


def test_chapters_title_and_figures(tmp_path: Path) -> None:
    document = _write(tmp_path)
    blocks = body(document)
    assert blocks[0] == ("p", "Title", "Tafelrapportage")
    assert blocks[1] == ("p", "Subtitle", f"{TABLE}\nStand van dinsdag 14 mei 2024")
    assert headings(document, 1) == CHAPTERS_NL
    text = all_text(document)
    assert "Looptijd: vanaf donderdag 18 januari 2024" in text
    assert "Thema's: geweld in gezinnen, samenwerking" in text
    assert (
        "In cijfers: 4 bijeenkomsten · 6 deelnemers · 5 vragen, zorgen en knelpunten · "
        "1 goed voorbeeld · 2 ontwikkelpunten · 3 besluiten"
    ) in text
    assert _after(document, "Aanleiding", 2) == [
        "Ontstaan na een workshop.",
        "Andere geïnteresseerden zijn welkom.",
    ]


def test_members_by_sector_label_then_organisation(tmp_path: Path) -> None:
    members = tables(_write(tmp_path))[0]
    assert members == [
        ["Sector", "Organisatie", "Deelnemer", "Rol"],
        ["Gemeente", "Gemeente Utrecht", "Bas Bakker, beleid", "adviseur"],
        ["Kinderopvang", "KION", "Anna de Vries, pedagogisch coach", "voorzitter"],
        ["Onderwijs", "Basisschool De Regenboog", "Cor van der Berg, ib", "deelnemer"],
        ["", "", "Fenna Jansen", "deelnemer"],
        ["Welzijn", "buurtteam Noord", "Dewi Smit, buurtwerker", "deelnemer"],
        ["Overig", "Zonder organisatie", "Eef Visser", "secretaris"],
    ]


def test_meetings_with_kind_and_status(tmp_path: Path) -> None:
    meetings = tables(_write(tmp_path))[1]
    assert meetings[0] == ["Datum", "Bijeenkomst", "Soort", "Status"]
    assert meetings[1] == ["2024-01-18", "Bijeenkomst 1", "tafelbijeenkomst", "vastgesteld verslag"]
    assert meetings[4] == ["2024-06-20", "Werkbezoek", "werkbezoek", "gepland"]


def test_concerns_grouped_by_status_in_their_course(tmp_path: Path) -> None:
    document = _write(tmp_path)
    level2 = headings(document, 2)
    groups = [h for h in level2 if h.endswith(")")]
    assert groups == ["Open (2)", "In bespreking (1)", "Opgepakt (1)", "Opgelost (1)"]
    level3 = headings(document, 3)
    assert level3 == [
        "Afspraken in de wijk",
        "Wat mag de school delen?",
        "Hoe betrek je ouders?",
        "Wisselende contactpersonen",
        "Geen terugkoppeling na een melding",
    ]
    assert _after(document, "Wisselende contactpersonen", 5) == [
        "Knelpunt · ingebracht op donderdag 18 januari 2024 · thema's: samenwerking",
        "Steeds iemand anders.",
        "Uitkomst",
        "Opgepakt met de schoolconsulent.",
        "Goede voorbeelden: De schoolconsulent",
    ]
    assert _after(document, "Geen terugkoppeling na een melding", 1) == ["Zorg"]


def test_practices_and_development_points(tmp_path: Path) -> None:
    document = _write(tmp_path)
    assert _after(document, "De schoolconsulent", 7) == [
        "Een vast aanspreekpunt op school.",
        "Organisaties: Basisschool De Regenboog, Wijkteam Noord",
        "Regio: Utrecht",
        "Succesfactoren",
        "Vaste gezichten",
        "Spreekuur op school",
        "Bron: Ontwikkeltafel, 14 maart 2024",
    ]
    assert "Lange beschrijving" not in all_text(document)
    assert _after(document, "Samenwerking in de wijk", 5) == [
        "Status: in uitvoering · trekker: B. Bakker (Gemeente Utrecht, beleid)",
        "Elke school een vaste contactpersoon.",
        "Antwoord op",
        "Afspraken in de wijk",
        "Wisselende contactpersonen",
    ]
    assert _after(document, "Handreiking terugkoppeling", 1) == ["Status: gerealiseerd"]


def test_decisions_and_actions_as_in_the_list(tmp_path: Path) -> None:
    document = _write(tmp_path)
    all_tables = tables(document)
    decisions = all_tables[2]
    assert [row[0] for row in decisions] == ["Nr", "1", "2", "4"]
    (listing,) = all_tables[3:]  # one table of the actions, by number
    numbers = [row[0] for row in listing[1:]]
    assert numbers == ["2024-1", "2024-2", "2024-4", "2024-5", "2024-6", "2024-10"]
    assert [row[2] for row in listing[1:4]] == [
        "Gemeente Utrecht",
        "Basisschool De Regenboog",
        "buurtteam Noord",
    ]
    assert "Vertrouwelijk" not in all_text(document)


def test_internal_version_marks_confidential_parts(tmp_path: Path) -> None:
    document = _write(tmp_path, internal=True)
    decisions = tables(document)[2]
    assert decisions[3] == ["3", "2024-03-14", "Vertrouwelijk\nSchool en wijkteam delen de casus."]
    text = all_text(document)
    assert text.count("Vertrouwelijk") == 2  # the decision and the action of KION
    assert "Vertrouwelijk\nOuders uitnodigen" in text
    assert "3 besluiten" not in text and "4 besluiten" in text


def test_two_charts_with_captions(tmp_path: Path) -> None:
    document = _write(tmp_path)
    assert len(document.inline_shapes) == 2
    for shape in document.inline_shapes:
        assert abs(shape.width.cm - 16) < 0.05
    text = all_text(document)
    assert "Aantal aanwezigen (ook gasten) per gehouden bijeenkomst" in text
    assert "met de status die ze nu hebben." in text
    assert "grafiek" not in text  # no "nothing to plot" sentence


def test_concern_chart_shows_only_meetings_that_took_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ontwikkeltafel.reports import charts

    shown: list[date] = []
    original = charts.concern_status_figure

    def spy(points, lang, height_cm=charts.HEIGHT_CM):  # type: ignore[no-untyped-def]
        shown.extend(p.on for p in points)
        return original(points, lang, height_cm)

    monkeypatch.setattr(charts, "concern_status_figure", spy)
    from dataclasses import replace

    later = replace(table_data(), made_on=date(2024, 12, 1))  # the werkbezoek is past, not held
    write_table_report(later, tmp_path / "later.docx", lang="nl", template=None)
    assert shown == [date(2024, 1, 18), date(2024, 3, 14), date(2024, 5, 8)]
    shown.clear()
    _write(tmp_path)
    assert shown == [date(2024, 1, 18), date(2024, 3, 14), date(2024, 5, 8)]


def test_nothing_to_plot_and_empty_chapters(tmp_path: Path) -> None:
    document = _write(tmp_path, empty=True)
    assert len(document.inline_shapes) == 0
    assert headings(document, 1) == CHAPTERS_NL
    text = all_text(document)
    for sentence in (
        "Er zijn nog geen deelnemers aan de tafel gekoppeld.",
        "De tafel heeft nog geen bijeenkomsten.",
        "Er zijn nog geen vragen, zorgen of knelpunten ingebracht.",
        "Er zijn nog geen goede voorbeelden vastgelegd.",
        "Er zijn nog geen ontwikkelpunten vastgesteld.",
        "De tafel heeft nog geen besluiten genomen.",
        "Er staan geen acties open.",
    ):
        assert sentence in text
    assert document.core_properties.author == ""


def test_meetings_without_attendance_say_so_instead_of_a_chart(tmp_path: Path) -> None:
    from dataclasses import replace

    data = table_data()
    data = replace(
        data,
        meetings=tuple(replace(m, present_by_sector={}) for m in data.meetings),
        concern_history=(),
    )
    path = tmp_path / "zonder.docx"
    write_table_report(data, path, lang="nl", template=None)
    document = open_docx(path)
    assert len(document.inline_shapes) == 0
    text = all_text(document)
    assert "Er is nog geen aanwezigheid vastgelegd; daarom is er geen grafiek." in text
    assert "Er is nog niets om in een grafiek te tonen." in text


def test_english(tmp_path: Path) -> None:
    document = _write(tmp_path, lang="en")
    assert body(document)[0][2] == "Table report"
    assert headings(document, 1) == [
        "Goal and background",
        "Members",
        "Meetings",
        "Questions, concerns and bottlenecks",
        "Good practices",
        "Development points",
        "Decisions",
        "Open actions",
    ]
    members = tables(document)[0]
    assert [row[0] for row in members if row[0]] == [
        "Sector",
        "Childcare",
        "Education",
        "Municipality",
        "Welfare",
        "Other",
    ]  # sorted by the label in the report's language
    assert members[4] == ["Municipality", "Gemeente Utrecht", "Bas Bakker, beleid", "advisor"]
    assert "Open (2)" in headings(document, 2) and "Under discussion (1)" in headings(document, 2)
    text = all_text(document)
    assert "Bottleneck · raised on Thursday 18 January 2024 · themes: samenwerking" in text
    assert "Status: in progress · lead: B. Bakker (Gemeente Utrecht, beleid)" in text
    assert "In figures: 4 meetings · 6 members" in text
    assert len(document.inline_shapes) == 2
    properties = document.core_properties
    assert (properties.title, properties.subject) == (f"Table report {TABLE}", "Table report")


def test_properties(tmp_path: Path) -> None:
    properties = _write(tmp_path).core_properties
    assert properties.title == f"Tafelrapportage {TABLE}"
    assert properties.subject == "Tafelrapportage"
    assert properties.author == "Eef Visser"


def test_a_hundred_meetings_build_well_within_three_seconds(tmp_path: Path) -> None:
    data = big_table_data(100)
    write_table_report(data, tmp_path / "warm.docx", lang="nl", template=None)  # imports
    start = time.perf_counter()
    write_table_report(data, tmp_path / "groot.docx", lang="nl", template=None)
    seconds = time.perf_counter() - start
    assert seconds < 3.0, f"{seconds:.2f} s"
    document = open_docx(tmp_path / "groot.docx")
    assert len(document.inline_shapes) == 2
    assert len(tables(document)[1]) == 101


# End to end: the command line on the demo data, and the Word files in LibreOffice.


def _demo_reports(cli, demo: CliDatabase, tmp_path: Path) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    db = demo.where
    database = demo.open()
    try:
        sessions = database.session_factory
        rows = table_rows(sessions, table_ids(sessions))
    finally:
        database.close()
    (table_id,) = [row.id for row in rows if row.title == "Onderwijs en zorg vinden elkaar!"]
    report, listing = tmp_path / "tafel.docx", tmp_path / "acties.docx"
    for kind, out in (("table", report), ("actions", listing)):
        result = cli(*db, "--lang", "nl", "report", kind, table_id, "-o", out)
        assert result.code == 0, result.err
    return report, listing


def test_demo_reports_through_the_command_line(
    cli, demo_cli_database: CliDatabase, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    report, listing = _demo_reports(cli, demo_cli_database, tmp_path)
    document = open_docx(report)
    assert headings(document, 1) == CHAPTERS_NL
    assert len(document.inline_shapes) == 2
    text = all_text(document)
    assert "De schoolconsulent" in text and "Vertrouwelijk" not in text
    actions = open_docx(listing)
    assert headings(actions, 1) == ["Besluitenlijst", "Actielijst"]
    assert headings(actions, 2) == []
    decisions, listing = tables(actions)
    assert "Kennisplatform Utrecht Sociaal (KUS)" in [row[2] for row in listing[1:]]
    years = [tuple(map(int, row[0].split("-"))) for row in listing[1:]]
    assert years == sorted(years)
    numbers = [row[0] for row in decisions[1:]]
    assert numbers == sorted(numbers, key=int) and numbers[0] == "1"
    assert "Vertrouwelijk" not in all_text(actions)


@pytest.mark.sqlite_only(
    "the pages in LibreOffice; PostgreSQL writes the same document (test_same_reports_*)"
)
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_demo_reports_open_in_libreoffice(
    cli, demo_cli_database: CliDatabase, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    report, listing = _demo_reports(cli, demo_cli_database, tmp_path)
    profile = Path("/tmp") / f"lo-{uuid.uuid4().hex}"
    try:
        result = subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp_path),
                str(report),
                str(listing),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert result.returncode == 0, result.stdout + result.stderr
    table_pdf = PdfReader(tmp_path / "tafel.pdf")
    pages = len(table_pdf.pages)
    assert 4 <= pages <= 16
    texts = [page.extract_text() for page in table_pdf.pages]
    whole = "\n".join(texts)
    for key in ("Tafelrapportage", "Doel en aanleiding", "Aanwezigheid per sector", "Besluiten"):
        assert key in whole
    assert f"pagina {pages} van {pages}" in texts[-1]
    listing_pdf = PdfReader(tmp_path / "acties.pdf")
    listing_text = "\n".join(page.extract_text() for page in listing_pdf.pages)
    assert 1 <= len(listing_pdf.pages) <= 4
    assert "Besluiten- en actielijst per " in listing_text
    assert "Kennisplatform" in listing_text and "verlopen" in listing_text
