"""The table report's planned against real time per agenda item (recorded by the live mode)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.report_files import report_builder
from ontwikkeltafel.store.database import Database


def _tables(path: Path) -> list[list[list[str]]]:
    document = Document(str(path))
    return [[[cell.text for cell in row.cells] for row in t.rows] for t in document.tables]


def _write(database: Database, tmp_path: Path, internal: bool) -> Path:
    gather, write = report_builder("table")
    out = tmp_path / f"table-{internal}.docx"
    write(gather(database.session_factory, "tafel-1", internal), out, lang="nl", template=None)
    return out


def test_planned_and_real_minutes_per_item(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], tmp_path: Path
) -> None:
    agenda = document["meetings"][0]["agenda"]
    agenda[1].update(
        planned_minutes=20,
        started_at="2018-01-18T15:42:00+01:00",
        ended_at="2018-01-18T16:05:00+01:00",
    )
    agenda[2].update(  # the confidential item: only in the internal version
        planned_minutes=15,
        started_at="2018-01-18T16:05:00+01:00",
        ended_at="2018-01-18T16:15:00+01:00",
    )
    import_file(database.session_factory, write_json(document))

    public = [t for t in _tables(_write(database, tmp_path, False)) if t[0][1] == "Agendapunt"]
    internal = [t for t in _tables(_write(database, tmp_path, True)) if t[0][1] == "Agendapunt"]

    assert public == [
        [
            ["Datum", "Agendapunt", "Gepland", "Werkelijk", "Verschil"],
            ["2018-01-18", "Vragen uit de praktijk", "20", "23", "+3"],
        ]
    ]
    assert internal[0][2] == ["2018-01-18", "Casusbespreking", "15", "10", "\u22125"]


def test_no_timed_items_no_section(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any], tmp_path: Path
) -> None:
    import_file(database.session_factory, write_json(document))
    text = "\n".join(p.text for p in Document(str(_write(database, tmp_path, True))).paragraphs)
    assert "Tijd per agendapunt" not in text
