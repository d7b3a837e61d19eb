"""What the report floor writes: a product report's content, and the numbers of its charts.

    python -m benchmarks.report_blocks DB KIND RECORD_ID OUT.docx BLOCKS.json

Writes the report with the product in this process (untimed), recording what each chart
shows, then saves the document's paragraphs, tables and charts as blocks for
``report_floor``: each picture that is a chart becomes the numbers it was drawn from.
"""

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.report_floor import Block, content_of, save_blocks


def record_charts(charts: list[dict[str, Any]]) -> None:
    """Make the product's chart module note the numbers of every chart it draws."""
    from ontwikkeltafel.reports import charts as module

    drawn = module._stacked_bars

    def noted(
        days: Sequence[date], series: Sequence[tuple[str, str, Sequence[int]]], *args: Any
    ) -> Any:
        charts.append(
            {
                "labels": [day.isoformat() for day in days],
                "series": [[name, colour, list(values)] for name, colour, values in series],
                "axis_label": args[0],
            }
        )
        return drawn(days, series, *args)

    module._stacked_bars = noted  # type: ignore[assignment]


def blocks_of(database: Path, kind: str, record_id: str, out: Path) -> list[Block]:
    """The product's report as blocks, its chart pictures replaced by their numbers."""
    from ontwikkeltafel.services.report_files import write_report
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.location import location_from_path

    charts: list[dict[str, Any]] = []
    record_charts(charts)
    opened = open_database(location_from_path(database))
    try:
        write_report(
            opened.session_factory,
            kind,
            record_id,
            out,
            internal=False,
            template=None,
            lang="nl",
        )
    finally:
        opened.close()
    blocks = content_of(out)
    pictures = [index for index, (k, _) in enumerate(blocks) if k == "i"]
    if len(pictures) == len(charts):
        for index, chart in zip(pictures, charts, strict=True):
            blocks[index] = ("c", chart)
    return blocks


if __name__ == "__main__":
    db, kind, record_id, out, target = sys.argv[1:6]
    save_blocks(blocks_of(Path(db), kind, record_id, Path(out)), Path(target))
