"""The window figures: launch to the frame's first paint, and launch to the lists filled.

One product process per repeat gives both: `python -m ontwikkeltafel --db DB` offscreen
with ONTWIKKELTAFEL_QUIT_AFTER_PAINT prints `first-paint` when the window's frame has
painted (before the database is opened) and `lists-filled` when the meeting list has
painted its rows, then exits 0. The floor, measured in the same run and alternating with
it, is a bare PySide6 window with one table view (bare_window.py, `first-paint`).
"""

from pathlib import Path

from benchmarks.processes import Outcome, time_until_line, time_until_lines
from benchmarks.report import Figure

BENCHMARKS = Path(__file__).resolve().parent
REPO = BENCHMARKS.parent
TIMEOUT = 60.0
FIRST_PAINT = "first-paint"
LISTS_FILLED = "lists-filled"
NO_PRODUCT_DB = "not run: there is no product database (the product import failed)"


def _describe(outcome: Outcome | None) -> str:
    if outcome is None:
        return "skipped"
    return "failed" if outcome.seconds is None else f"{outcome.seconds:.2f} s"


def run_window(
    python: str, env: dict[str, str], product_db: Path | None, repeat: int
) -> list[Figure]:
    """First paint (target: within 2x the bare window) and lists filled (under 1 s)."""
    paint = Figure("first paint", "<= 2x floor", 2.0, None)
    lists = Figure("lists filled", "< 1 s from launch", None, 1.0)
    if product_db is None:
        paint.errors.append(NO_PRODUCT_DB)
        lists.errors.append(NO_PRODUCT_DB)
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "ONTWIKKELTAFEL_QUIT_AFTER_PAINT": "1"}
    app = [python, "-m", "ontwikkeltafel", "--db", str(product_db)]
    bare = [python, str(BENCHMARKS / "bare_window.py")]
    markers = (FIRST_PAINT, LISTS_FILLED)

    def product() -> list[Outcome] | None:
        if product_db is None:
            return None
        return time_until_lines(app, env, REPO, markers, TIMEOUT)

    def floor() -> Outcome:
        return time_until_line(bare, env, REPO, FIRST_PAINT, TIMEOUT)

    floor()  # warm-up runs (font cache, file cache): not counted
    product()
    failed = False
    for index in range(repeat):
        times: list[Outcome] | None = None
        if index % 2 == 0 and not failed:
            times = product()
        bare_time = floor()
        if index % 2 == 1 and not failed:
            times = product()
        failed = failed or times is None or not all(outcome.ok for outcome in times)
        first, filled = times if times is not None else (None, None)
        paint.record(first, bare_time)
        lists.record(filled, bare_time)
        print(
            f"  window {index + 1}/{repeat}: first paint {_describe(first)},"
            f" lists filled {_describe(filled)}, bare window {_describe(bare_time)}",
            flush=True,
        )
    return [paint, lists]
