"""Every report kind of the command line as a whole process, next to its plain floor process.

For each kind (``report minutes`` and ``report agenda`` of the largest meeting, ``report
actions`` and ``report table`` of the first table) the product writes the report once
untimed (``report_blocks``: the floor's content, and a warm-up); then the product command
and ``python -m benchmarks.report_floor`` alternate, timed from launch to exit.
"""

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from benchmarks.processes import Outcome
from benchmarks.report import Figure

KINDS = ("minutes", "agenda", "actions", "table")
TIMEOUT = 300.0
NO_PRODUCT_DB = "not run: there is no product database (the product import failed)"


class Runs(Protocol):
    """What the runner's suite offers: its files, the product command, timing."""

    data: Path
    run_dir: Path
    python: str
    product: list[str]
    product_db: Path | None

    def time(self, command: list[str], timeout: float) -> Outcome: ...

    def pairs(
        self,
        figure: Figure,
        product: Callable[[int], Outcome | None],
        floor: Callable[[int], Outcome | None],
    ) -> None: ...


def report_ids(data: Path) -> dict[str, str]:
    """The record each kind reports on: the meeting with the most agenda items, tables[0]."""
    document = json.loads(data.read_bytes())
    largest = max(document["meetings"], key=lambda m: len(m["agenda"]))["id"]
    table = document["tables"][0]["id"]
    return {"minutes": largest, "agenda": largest, "actions": table, "table": table}


def run_reports(suite: Runs) -> list[Figure]:
    """One figure per report kind: product process vs floor process."""
    figures = [
        Figure(f"report {kind}", "(for information)", None, None, applies=False) for kind in KINDS
    ]
    if suite.product_db is None:
        for figure in figures:
            figure.errors.append(NO_PRODUCT_DB)
        return figures
    database = suite.product_db
    ids = report_ids(suite.data)
    for kind, figure in zip(KINDS, figures, strict=True):
        out, floor_out = suite.run_dir / f"{kind}.docx", suite.run_dir / f"{kind}-floor.docx"
        blocks = suite.run_dir / f"{kind}.blocks.json"
        setup = [suite.python, "-m", "benchmarks.report_blocks", str(database), kind]
        prepared = suite.time([*setup, ids[kind], str(out), str(blocks)], TIMEOUT)
        if not prepared.ok:
            figure.errors.append(f"not run: the floor's content was not made: {prepared.error}")
            continue
        command = [*suite.product, "--db", str(database), "report", kind, ids[kind]]

        def product(index: int, command: list[str] = command, out: Path = out) -> Outcome:
            return suite.time([*command, "-o", str(out)], TIMEOUT)

        def floor(index: int, blocks: Path = blocks, floor_out: Path = floor_out) -> Outcome:
            floor_command = [suite.python, "-m", "benchmarks.report_floor"]
            return suite.time([*floor_command, str(blocks), str(floor_out)], TIMEOUT)

        suite.pairs(figure, product, floor)
    return figures


if __name__ == "__main__":
    print(report_ids(Path(sys.argv[1])))
