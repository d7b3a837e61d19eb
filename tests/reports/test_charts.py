"""The table report's charts: what they show, in which language, as PNG; nothing when empty."""

import struct
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest

from ontwikkeltafel.model import ConcernStatus, MeetingStatus
from ontwikkeltafel.reports import charts
from ontwikkeltafel.reports.data import ConcernStatusPoint
from tests.reports.table_samples import big_table_data, history, meetings


def _size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def test_concern_chart_speaks_dutch_and_shows_only_statuses_that_occur() -> None:
    figure = charts.concern_status_figure(history()[:3], "nl")
    assert figure is not None
    texts = charts.figure_texts(figure)
    legend = figure.axes[0].get_legend()
    assert [t.get_text() for t in legend.get_texts()] == [
        "open",
        "in bespreking",
        "opgepakt",
        "opgelost",
    ]  # the course of a concern, not the alphabet; no "geparkeerd": none is parked
    assert "Aantal" in texts
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == [
        "18 jan\n2024",
        "14 mrt\n2024",
        "8 mei\n2024",
    ]
    assert {"2", "3", "5"} <= set(texts)  # the total above each bar
    assert not any(word in " ".join(texts) for word in ("discussing", "addressed", "Jan", "May"))


def test_concern_chart_in_english() -> None:
    figure = charts.concern_status_figure(history()[:3], "en")
    assert figure is not None
    texts = charts.figure_texts(figure)
    assert {"open", "under discussion", "addressed", "resolved", "Number", "8 May\n2024"} <= set(
        texts
    )


def test_attendance_chart_leaves_out_planned_meetings_and_names_sectors_in_dutch() -> None:
    summaries = list(meetings())
    summaries[1] = replace(summaries[1], present_by_sector={"welfare": 2, "no-such-sector": 1})
    figure = charts.attendance_figure(summaries, "nl")
    assert figure is not None
    axes = figure.axes[0]
    assert len(axes.get_xticklabels()) == 3  # the planned meeting has no bar
    legend = [t.get_text() for t in axes.get_legend().get_texts()]
    assert legend == ["onderwijs", "kinderopvang", "welzijn", "gemeente", "overig"]
    assert "Aanwezigen" in charts.figure_texts(figure)
    assert {"4", "3", "6"} <= set(charts.figure_texts(figure))  # totals: an unknown sector counts


def test_charts_are_png_images_16_cm_wide() -> None:
    for figure in (
        charts.concern_status_figure(history(), "nl"),
        charts.attendance_figure(meetings(), "nl"),
    ):
        assert figure is not None
        image = charts.png(figure)
        assert image.startswith(b"\x89PNG\r\n\x1a\n")
        width, height = _size(image)
        assert abs(width / 200 * 2.54 - charts.WIDTH_CM) < 0.1  # 200 dpi: sharp in print
        assert 0.3 < height / width < 0.6


@pytest.mark.parametrize(
    "points",
    [
        (),
        (ConcernStatusPoint(date(2024, 1, 18), {}),),
        (ConcernStatusPoint(date(2024, 1, 18), {ConcernStatus.OPEN: 0}),),
    ],
)
def test_no_concern_chart_without_concerns(points: tuple[ConcernStatusPoint, ...]) -> None:
    assert charts.concern_status_figure(points, "nl") is None


def test_no_attendance_chart_without_attendance() -> None:
    assert charts.attendance_figure((), "nl") is None
    planned = [replace(m, status=MeetingStatus.PLANNED) for m in meetings()]
    assert charts.attendance_figure(planned, "nl") is None
    nobody = [replace(m, present_by_sector={}) for m in meetings()]
    assert charts.attendance_figure(nobody, "nl") is None


def test_a_hundred_meetings_keep_a_readable_date_axis() -> None:
    data = big_table_data(100)
    for figure in (
        charts.concern_status_figure(data.concern_history, "nl"),
        charts.attendance_figure(data.meetings, "nl"),
    ):
        assert figure is not None
        labels = [t.get_text() for t in figure.axes[0].get_xticklabels()]
        assert 6 <= len(labels) <= 12
        assert labels[0] == "7 jan\n2016"
        assert len(figure.axes[0].texts) == 0  # no totals crammed above a hundred bars
        assert charts.png(figure).startswith(b"\x89PNG")


def test_a_single_meeting_is_a_chart_too() -> None:
    figure = charts.concern_status_figure(history()[:1], "nl")
    assert figure is not None
    assert len(figure.axes[0].get_xticklabels()) == 1


def test_matplotlib_is_loaded_only_for_a_chart_and_leaves_no_global_state() -> None:
    script = (
        "import sys\n"
        "import ontwikkeltafel.cli, ontwikkeltafel.reports.table_report\n"
        "import ontwikkeltafel.reports.actions_list\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported at start-up'\n"
        "import matplotlib\n"
        "keys = ('font.family', 'font.size', 'axes.edgecolor', 'text.color', 'ytick.color')\n"
        "before = [matplotlib.rcParams[k] for k in keys]\n"
        "from ontwikkeltafel.reports import charts\n"
        "from tests.reports.table_samples import history\n"
        "charts.png(charts.concern_status_figure(history(), 'nl'))\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "assert [matplotlib.rcParams[k] for k in keys] == before\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
