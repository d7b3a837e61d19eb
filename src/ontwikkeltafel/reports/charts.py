"""The table report's charts (matplotlib, imported only when a chart is made) as PNG bytes."""

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Final

from babel.dates import format_date

from ontwikkeltafel.i18n import enum_label, message
from ontwikkeltafel.model import ConcernStatus, MeetingStatus, Sector
from ontwikkeltafel.reports.data import ConcernStatusPoint, MeetingSummary
from ontwikkeltafel.reports.format import local

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH_CM: Final = 16.0
HEIGHT_CM: Final = 7.0  # at most; less where a page has less room (table_report_parts)
MIN_HEIGHT_CM: Final = 4.5  # the bars still read well above and below the legend
_LEFT_CM: Final = 1.6  # room for the axis label and the counts left of the bars
_DPI: Final = 200
_CM: Final = 1 / 2.54
_INK: Final = "#262626"
_GRID: Final = "#D9D9D9"
_MAX_LABELS: Final = 10  # date labels under the bars; more would crowd 16 cm
_MAX_TOTALS: Final = 24  # bars that get their total written above them

# Colour-blind safe (Okabe-Ito and kin), clear in print: what needs attention is warm.
STATUS_COLOURS: Final = {
    ConcernStatus.OPEN: "#D55E00",
    ConcernStatus.DISCUSSING: "#E69F00",
    ConcernStatus.ADDRESSED: "#56B4E9",
    ConcernStatus.RESOLVED: "#009E73",
    ConcernStatus.PARKED: "#A6A6A6",
}
SECTOR_COLOURS: Final = {
    Sector.EDUCATION: "#0072B2",
    Sector.CHILDCARE: "#E69F00",
    Sector.YOUTH_CARE: "#009E73",
    Sector.HEALTH: "#CC79A7",
    Sector.WELFARE: "#F0E442",
    Sector.SAFETY: "#D55E00",
    Sector.MUNICIPALITY: "#56B4E9",
    Sector.HOUSING: "#8C6D31",
    Sector.KNOWLEDGE: "#7E57C2",
    Sector.OTHER: "#BDBDBD",
}


def concern_status_figure(
    points: Sequence[ConcernStatusPoint], lang: str, height_cm: float = HEIGHT_CM
) -> "Figure | None":
    """Stacked bars: per meeting date, the concerns by status; None when there is nothing."""
    shown = [p for p in points if sum(p.counts.values()) > 0]
    if not shown:
        return None
    statuses = [s for s in ConcernStatus if any(p.counts.get(s, 0) for p in shown)]
    series = [
        (enum_label(s, lang), STATUS_COLOURS[s], [p.counts.get(s, 0) for p in shown])
        for s in statuses
    ]
    axis = message("chart.concerns_axis", lang)
    return _stacked_bars([p.on for p in shown], series, axis, lang, height_cm)


def attendance_figure(
    meetings: Sequence[MeetingSummary], lang: str, height_cm: float = HEIGHT_CM
) -> "Figure | None":
    """Stacked bars: per held meeting, who came per sector; None when no one is recorded."""
    held = [
        m
        for m in meetings
        if m.status is not MeetingStatus.PLANNED and sum(m.present_by_sector.values()) > 0
    ]
    if not held:
        return None
    counts = [_by_sector(m.present_by_sector) for m in held]
    sectors = [s for s in Sector if any(c.get(s, 0) for c in counts)]
    series = [
        (enum_label(s, lang), SECTOR_COLOURS[s], [c.get(s, 0) for c in counts]) for s in sectors
    ]
    days = [local(m.starts_at).date() for m in held]
    return _stacked_bars(days, series, message("chart.attendance_axis", lang), lang, height_cm)


def png(figure: "Figure") -> bytes:
    """The figure as a PNG image, printed sharp at its size (Agg, no global pyplot state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with _house_style():
        canvas = FigureCanvasAgg(figure)
        buffer = io.BytesIO()
        # Light compression: a tenth larger, written in half the time.
        canvas.print_figure(buffer, format="png", dpi=_DPI, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


def figure_texts(figure: "Figure") -> list[str]:
    """Every text a reader sees in the figure: axis labels, tick labels, legend, totals."""
    with _house_style():
        figure.canvas.draw()  # tick labels exist only once drawn
    texts = []
    for axes in figure.axes:
        texts.append(axes.get_ylabel())
        texts += [t.get_text() for t in axes.get_xticklabels() + axes.get_yticklabels()]
        texts += [t.get_text() for t in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]


def _by_sector(counts: dict[str, int]) -> dict[Sector, int]:
    """Counts per sector code as counts per sector; an unknown code counts as other."""
    result: dict[Sector, int] = {}
    for code, n in counts.items():
        try:
            sector = Sector(code)
        except ValueError:
            sector = Sector.OTHER
        result[sector] = result.get(sector, 0) + n
    return result


def _date_label(day: date, lang: str) -> str:
    """A date under a bar, in two short lines: "18 jan." over "2018"."""
    code = "nl" if lang == "nl" else "en"
    return f"{format_date(day, 'd MMM', locale=code)}\n{day.year}"


@contextmanager
def _house_style() -> Iterator[None]:
    """The look of every chart: the report's font where it exists, small print, no junk."""
    import matplotlib
    from matplotlib import font_manager

    names = {font.name for font in font_manager.fontManager.ttflist}
    family = next((n for n in ("Calibri", "Carlito") if n in names), "DejaVu Sans")
    with matplotlib.rc_context(
        {
            "font.family": family,
            "font.size": 9,
            "axes.edgecolor": _GRID,
            "axes.labelcolor": _INK,
            "text.color": _INK,
            "xtick.color": _INK,
            "ytick.color": _INK,
        }
    ):
        yield


def _stacked_bars(
    days: Sequence[date],
    series: Sequence[tuple[str, str, Sequence[int]]],
    axis_label: str,
    lang: str,
    height_cm: float = HEIGHT_CM,
) -> "Figure":
    """Bars per date, one stacked segment per (label, colour, values), legend above.

    Each series is one collection of rectangles: a hundred meetings draw as fast as ten.
    """
    from matplotlib.collections import PolyCollection
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    with _house_style():
        figure = Figure(figsize=(WIDTH_CM * _CM, height_cm * _CM), dpi=_DPI)
        axes = figure.add_subplot()
        positions = list(range(len(days)))
        bottoms = [0] * len(days)
        half = 0.3 if len(days) > 1 else 0.2
        for name, colour, values in series:
            boxes = [
                [(x - half, low), (x + half, low), (x + half, low + n), (x - half, low + n)]
                for x, low, n in zip(positions, bottoms, values, strict=True)
                if n
            ]
            segments = PolyCollection(
                boxes, facecolors=colour, edgecolors="white", linewidths=0.6, label=name
            )
            axes.add_collection(segments, autolim=False)
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        _totals(axes, positions, bottoms)
        step = -(-len(days) // _MAX_LABELS)  # every n-th date, so the labels never overlap
        axes.set_xticks(positions[::step], [_date_label(d, lang) for d in days[::step]])
        axes.set_xlim(-0.6, len(days) - 0.4)
        axes.set_ylim(0, max(bottoms) * 1.12)
        axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
        axes.set_ylabel(axis_label)
        axes.tick_params(axis="both", length=0, labelsize=8)
        axes.grid(axis="y", color=_GRID, linewidth=0.6)
        axes.set_axisbelow(True)
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        rows = _legend(figure, axes, len(series))
        # Fixed margins (cm) instead of tight_layout, which lays every text out once more.
        figure.subplots_adjust(
            left=_LEFT_CM / WIDTH_CM,
            right=1 - 0.6 / WIDTH_CM,
            bottom=1.1 / height_cm,
            top=1 - (0.25 + 0.45 * rows) / height_cm,
        )
    return figure


def _legend(figure: "Figure", axes: "Axes", count: int) -> int:
    """The legend above the bars in as few rows as fit the width (in any font); its rows."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # measuring text on an Agg canvas is quick: nothing is drawn
    room = figure.bbox.width * (1 - (_LEFT_CM + 0.2) / WIDTH_CM)
    for rows in range(1, count + 1):
        legend = axes.legend(
            loc="lower left",
            bbox_to_anchor=(0, 1.03),
            ncols=-(-count // rows),
            frameon=False,
            fontsize=8,
            handlelength=1.2,
            columnspacing=1.4,
            borderaxespad=0,
        )
        if legend.get_window_extent().width <= room:
            return rows
    return count


def _totals(axes: "Axes", positions: Sequence[int], totals: Sequence[int]) -> None:
    """The total above each bar, when there are few enough bars to read them."""
    if len(positions) > _MAX_TOTALS:
        return
    for x, total in zip(positions, totals, strict=True):
        axes.annotate(
            str(total),
            (x, total),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=7.5,
        )
