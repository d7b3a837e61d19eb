"""Chapters of the table report: concerns by status, good practices, development points."""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from docx.shared import Emu

from ontwikkeltafel.i18n import enum_label, fold, message
from ontwikkeltafel.model import ConcernStatus, DevelopmentPointStatus
from ontwikkeltafel.reports import charts
from ontwikkeltafel.reports.actions_list import fitted, keep_with_next
from ontwikkeltafel.reports.data import (
    ConcernItem,
    DevelopmentPointItem,
    PracticeItem,
    TableReportData,
)
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import (
    capitalise,
    count_phrase,
    local,
    long_date,
    sortable_date,
    with_affiliation,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Datum, Agendapunt, Gepland, Werkelijk, Verschil (cm).
ITEM_TIME_WIDTHS = (2.2, 8.4, 2.0, 2.2, 2.0)

# What a chart's heading and its caption of two lines take beside the chart itself (cm).
_AROUND_CHART_CM = 1.9


def chart_height(doc: ReportDocument) -> float:
    """How tall a chart may be on this template's page: at most a third of it with its text.

    A chart keeps with its heading and caption; when they do not fit at the foot of a
    page they go to the next together, and what they leave empty stays under a third
    of the page (two fifths with a letterhead's own margins at most).
    """
    section = doc.docx.sections[-1]
    page = section.page_height if section.page_height is not None else Emu(0)
    text = Emu(page - (section.top_margin or 0) - (section.bottom_margin or 0)).cm
    if text <= 0:
        return charts.HEIGHT_CM
    return float(max(charts.MIN_HEIGHT_CM, min(charts.HEIGHT_CM, text / 3 - _AROUND_CHART_CM)))


def add_chart(
    doc: ReportDocument,
    heading: str,
    figure: Callable[[float], "Figure | None"],
    caption: str,
    empty: str,
) -> None:
    """A chart (made by ``figure`` at a height) under its heading, with its caption.

    A short sentence instead when there is nothing to chart.
    """
    doc.heading(heading, 2)
    made = figure(chart_height(doc))
    if made is None:
        doc.paragraph(empty, italic=True)
        return
    doc.image(charts.png(made), charts.WIDTH_CM)
    keep_with_next(doc)  # the caption stays under its chart
    doc.paragraph(caption, italic=True)


def concerns_summary(doc: ReportDocument, concerns: Sequence[ConcernItem], lang: str) -> None:
    """One line on the concerns by status, above their chart: text that can end a page."""
    counts = [(s, sum(c.status is s for c in concerns)) for s in ConcernStatus]
    statuses = ", ".join(f"{n} {enum_label(s, lang)}" for s, n in counts if n)
    count = count_phrase(
        len(concerns),
        message("table_report.count_concerns", lang),
        message("table_report.count_concerns_other", lang),
        lang,
    )
    doc.paragraph(message("table_report.concerns_summary", lang, count=count, statuses=statuses))


def add_concerns(doc: ReportDocument, concerns: Sequence[ConcernItem], lang: str) -> None:
    """The concerns grouped by status (in the order of their course), each with what answers it."""
    if not concerns:
        doc.paragraph(message("table_report.no_concerns", lang))
        return
    for status in ConcernStatus:
        group = sorted((c for c in concerns if c.status is status), key=lambda c: fold(c.title))
        if not group:
            continue
        heading = message(
            "table_report.status_group",
            lang,
            status=capitalise(enum_label(status, lang)),
            count=len(group),
        )
        doc.heading(heading, 2)
        for concern in group:
            _concern(doc, concern, lang)


def _concern(doc: ReportDocument, concern: ConcernItem, lang: str) -> None:
    """One concern: its kind, when it was raised, themes, description, outcome, practices."""
    doc.heading(concern.title, 3)
    facts = [capitalise(enum_label(concern.kind, lang))]
    if concern.raised_on is not None:
        raised = long_date(concern.raised_on, lang)
        facts.append(message("table_report.raised_on", lang, date=raised))
    if concern.themes:
        themes = ", ".join(concern.themes)
        facts.append(message("table_report.concern_themes", lang, themes=themes))
    doc.paragraph(" · ".join(facts), italic=True)
    keep_with_next(doc)
    if concern.description.strip():
        doc.plain_text(concern.description)
    if concern.resolution.strip():
        doc.label(message("table_report.resolution", lang))
        doc.plain_text(concern.resolution)
    if concern.practices:
        doc.paragraph(
            ", ".join(concern.practices), bold_label=message("table_report.answered_by", lang)
        )


def add_practices(doc: ReportDocument, practices: Sequence[PracticeItem], lang: str) -> None:
    """The good practices: summary, who and where, success factors and source."""
    if not practices:
        doc.paragraph(message("table_report.no_practices", lang))
        return
    for practice in practices:
        doc.heading(practice.title, 2)
        if practice.summary.strip():
            doc.plain_text(practice.summary)
        if practice.organisations:
            doc.paragraph(
                ", ".join(practice.organisations),
                bold_label=message("table_report.organisations", lang),
            )
        if practice.region.strip():
            doc.paragraph(practice.region, bold_label=message("table_report.region", lang))
        if practice.success_factors.strip():
            doc.label(message("table_report.success_factors", lang))
            doc.plain_text(practice.success_factors)
        if practice.source.strip():
            doc.paragraph(practice.source, bold_label=message("table_report.source", lang))


def point_order(point: DevelopmentPointItem) -> tuple[bool, str, str]:
    """Where a development point goes: by title, accents folded; the dropped ones last."""
    return (point.status is DevelopmentPointStatus.DROPPED, fold(point.title), point.title)


def add_development_points(
    doc: ReportDocument, points: Sequence[DevelopmentPointItem], lang: str
) -> None:
    """The development points: status, lead, description and the concerns each answers.

    By title, accents folded; the dropped ones (vervallen) after the others.
    """
    if not points:
        doc.paragraph(message("table_report.no_development_points", lang))
        return
    for point in sorted(points, key=point_order):
        doc.heading(point.title, 2)
        facts = [message("table_report.status", lang, status=enum_label(point.status, lang))]
        if point.owner is not None:
            owner = with_affiliation(point.owner)
            facts.append(message("table_report.owner", lang, name=owner))
        doc.paragraph(" · ".join(facts), italic=True)
        keep_with_next(doc)
        if point.description.strip():
            doc.plain_text(point.description)
        if point.concerns:
            doc.label(message("table_report.answers", lang))
            doc.bullets(point.concerns)
            keep_with_next(doc, len(point.concerns) - 1, skip=1)


def add_item_times(doc: ReportDocument, data: TableReportData, lang: str) -> None:
    """Planned against real time per agenda item, where the live mode recorded it.

    Confidential items only in the internal version; nothing at all when no meeting was
    led with the live mode.
    """
    rows = []
    for meeting in sorted(data.meetings, key=lambda m: local(m.starts_at)):
        for item in meeting.timed_items:
            if item.confidential and not data.internal:
                continue
            planned = item.planned_minutes
            difference = "" if planned is None else f"{item.taken_minutes - planned:+d}"
            rows.append(
                (
                    sortable_date(local(meeting.starts_at)),
                    item.title,
                    "" if planned is None else str(planned),
                    str(item.taken_minutes),
                    difference.replace("-", "\u2212"),
                )
            )
    if not rows:
        return
    doc.heading(message("table_report.item_times", lang), 2)
    doc.paragraph(message("table_report.item_times_intro", lang))
    names = ("date", "item", "planned", "taken", "difference")
    headers = [message(f"table_report.col_{name}", lang) for name in names]
    doc.table(headers, rows, widths_cm=fitted(doc, ITEM_TIME_WIDTHS))
