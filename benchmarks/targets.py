"""The targets per workload scale: which figures are judged at which scale, and against what.

Scale 1 ("municipality, ten years") keeps the targets each figure is made with (import,
export, window start-up); the report processes get theirs here. Scale 0.05 (2 tables,
110 meetings) is the size of a real table's database, where every command is mostly
start-up: there import, export and every report must stay within 3x their floors, and the
verslag (``report minutes`` of the largest meeting) within 2x. A figure without a target at
a scale is shown with the verdict n/a.
"""

from benchmarks.report import Figure

Target = tuple[str, float | None, float | None]  # the text, ratio limit, seconds limit

SMALL: dict[str, Target] = {
    "import": ("<= 3x floor", 3.0, None),
    "export": ("<= 3x floor", 3.0, None),
    "report minutes": ("<= 2x floor", 2.0, None),
    "report agenda": ("<= 3x floor", 3.0, None),
    "report actions": ("<= 3x floor", 3.0, None),
    "report table": ("<= 3x floor", 3.0, None),
    "first paint": ("<= 2x floor", 2.0, None),  # as at scale 1 (window_run.py)
}
SCALE_TARGETS: dict[float, dict[str, Target]] = {
    1.0: {"report minutes": ("<= 2x floor", 2.0, None)},
    0.05: SMALL,
}


def targets_at(scale: float) -> dict[str, Target] | None:
    """The targets set for ``scale`` (None: no figure is judged at that scale)."""
    return next((t for s, t in SCALE_TARGETS.items() if abs(scale - s) < 1e-9), None)


def apply_targets(figures: list[Figure], scale: float) -> bool:
    """Give each figure its target at ``scale``; whether any target applies at all.

    At scale 1 a figure not named keeps the target it was made with (a report figure has
    none: for information); at another scale it is not judged.
    """
    targets = targets_at(scale)
    if targets is None:
        return False
    for figure in figures:
        if figure.name in targets:
            figure.target, figure.ratio_limit, figure.seconds_limit = targets[figure.name]
            figure.applies = True
        elif abs(scale - 1.0) >= 1e-9:
            figure.target, figure.applies = "(none at this scale)", False
    return True
