"""The table report's development points: accents folded, the dropped ones (vervallen) last."""

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from ontwikkeltafel.model import DevelopmentPoint, DevelopmentPointStatus, Table
from ontwikkeltafel.reports.data import DevelopmentPointItem
from ontwikkeltafel.reports.table_report import write_table_report
from ontwikkeltafel.services.demo import load_demo
from ontwikkeltafel.services.report_table_data import table_report_data
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from tests.reports.table_samples import headings, open_docx, table_data

STATUS = DevelopmentPointStatus
POINTS = (  # as a database without a fold in its collation hands them over
    ("Aanpak wachtlijsten", STATUS.DROPPED),
    ("Zorgroute jeugd", STATUS.PROPOSED),
    ("ouders betrekken", STATUS.IN_PROGRESS),
    ("Één loket", STATUS.REALISED),
    ("Ábc van de wijk", STATUS.DROPPED),
    ("Buurtteam erbij", STATUS.IN_PROGRESS),
)
EXPECTED = [
    "Buurtteam erbij",
    "Één loket",
    "ouders betrekken",
    "Zorgroute jeugd",
    "Aanpak wachtlijsten",  # vervallen
    "Ábc van de wijk",  # vervallen, among the A's
]


def _points_chapter(path: Path) -> list[str]:
    """The level-2 headings of the chapter Ontwikkelpunten, in order."""
    document = open_docx(path)
    titles = [title for title, _status in POINTS]
    return [h for h in headings(document, 2) if h in titles]


def test_points_sort_with_accents_folded_and_dropped_ones_last(tmp_path: Path) -> None:
    points = tuple(
        DevelopmentPointItem(title=title, description="", status=status, owner=None, concerns=())
        for title, status in POINTS
    )
    path = tmp_path / "tafel.docx"
    write_table_report(
        replace(table_data(), development_points=points), path, lang="nl", template=None
    )
    assert _points_chapter(path) == EXPECTED


def test_the_service_hands_the_points_over_in_that_order(tmp_path: Path) -> None:
    database = open_database(location_from_path(tmp_path / "demo.sqlite3"))
    try:
        sessions = database.session_factory
        load_demo(sessions)
        with sessions.begin() as session:
            table = session.scalars(select(Table).order_by(Table.title)).first()
            assert table is not None
            table_id = table.id
            for point in session.scalars(select(DevelopmentPoint)):
                session.delete(point)
            session.flush()
            for number, (title, status) in enumerate(POINTS):
                session.add(
                    DevelopmentPoint(
                        id=f"dp-{number}", table_id=table_id, title=title, status=status
                    )
                )
        data = table_report_data(sessions, table_id, internal=False)
    finally:
        database.close()
    assert [point.title for point in data.development_points] == EXPECTED
