"""Figures of one benchmark run (product vs floor) and the printed comparison table."""

from dataclasses import dataclass, field
from statistics import median

from benchmarks.processes import Outcome


@dataclass
class Figure:
    """One benchmark: product and floor wall times of each repeat, and the target."""

    name: str
    target: str
    ratio_limit: float | None
    seconds_limit: float | None
    product: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    applies: bool = True  # False: shown for information, verdict n/a (see targets.py)

    def record(self, product: Outcome | None, floor: Outcome | None) -> None:
        """Keep the times of one repeat; a ratio needs both of the pair."""
        for outcome, times in ((product, self.product), (floor, self.floor)):
            if outcome is None:
                continue
            if outcome.seconds is not None:
                times.append(outcome.seconds)
            elif outcome.error and outcome.error not in self.errors:
                self.errors.append(outcome.error)
        if product and floor and product.seconds and floor.seconds:
            self.ratios.append(product.seconds / floor.seconds)

    def verdict(self, targets_apply: bool) -> str:
        """PASS or FAIL against the target (ERROR without product times; n/a without one)."""
        if not self.product:
            return "ERROR"
        if not targets_apply or not self.applies:
            return "n/a"
        slow = self.seconds_limit is not None and median(self.product) >= self.seconds_limit
        if self.ratio_limit is not None and not self.ratios:
            return "ERROR"
        heavy = self.ratio_limit is not None and median(self.ratios) > self.ratio_limit
        return "FAIL" if slow or heavy else "PASS"


def seconds(times: list[float]) -> str:
    """`median / min s` of the times, or a dash."""
    return f"{median(times):6.2f} / {min(times):5.2f} s" if times else f"{'-':>6}"


def table(figures: list[Figure], targets_apply: bool) -> str:
    """The comparison table, one line per figure, then the errors in full."""
    header = ("figure", "product median / min", "floor median / min", "ratio", "target")
    widths = (16, 20, 20, 7, 30)
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + "  verdict"]
    lines.append("-" * (sum(widths) + 2 * len(widths) + 7))
    for figure in figures:
        ratio = f"{median(figure.ratios):.2f}x" if figure.ratios else "-"
        cells = (figure.name, seconds(figure.product), seconds(figure.floor), ratio, figure.target)
        row = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
        lines.append(f"{row}  {figure.verdict(targets_apply)}")
    if not targets_apply:
        lines.append("(no targets at this scale: the verdicts are n/a)")
    for figure in figures:
        for error in figure.errors:
            lines += ["", f"{figure.name}: {error}"]
    return "\n".join(lines)
