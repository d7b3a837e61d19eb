"""The window figures of the benchmark: first paint within 2x its floor, lists filled < 1 s."""

import sys
from pathlib import Path

from benchmarks.processes import Outcome, time_until_lines
from benchmarks.report import Figure
from benchmarks.targets import apply_targets

TWO_LINES = "import time; print('first-paint', flush=True); time.sleep(0.2); print('lists-filled')"


def window_figures(paint: float, lists: float) -> list[Figure]:
    made = [
        Figure("first paint", "<= 2x floor", 2.0, None),
        Figure("lists filled", "< 1 s from launch", None, 1.0),
    ]
    made[0].record(Outcome(paint), Outcome(0.2))
    made[1].record(Outcome(lists), Outcome(0.2))
    return made


def test_first_paint_is_judged_at_scale_005_and_1_and_lists_filled_at_1() -> None:
    for scale in (0.05, 1.0):
        made = window_figures(0.3, 1.2)
        applies = apply_targets(made, scale)
        expected = "FAIL" if scale == 1.0 else "n/a"  # 1.2 s: too slow at scale 1
        assert [f.verdict(applies) for f in made] == ["PASS", expected]
        slow = window_figures(0.5, 0.6)
        apply_targets(slow, scale)
        assert [f.verdict(applies) for f in slow] == ["FAIL", "PASS" if scale == 1 else "n/a"]


def test_one_process_gives_the_time_of_each_line(tmp_path: Path) -> None:
    command = [sys.executable, "-c", TWO_LINES]
    paint, lists = time_until_lines(command, {}, tmp_path, ("first-paint", "lists-filled"), 30.0)
    assert paint.ok and lists.ok
    assert paint.seconds is not None and lists.seconds is not None
    assert lists.seconds - paint.seconds >= 0.2
    missing = time_until_lines(command, {}, tmp_path, ("first-paint", "never"), 30.0)
    assert missing[0].ok
    assert missing[1].error is not None and "without a `never` line" in missing[1].error
