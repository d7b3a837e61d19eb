"""Chapters of the table report: concerns by status, good practices, development points."""

from collections.abc import Sequence

from ontwikkeltafel.i18n import enum_label, fold, message
from ontwikkeltafel.model import ConcernStatus
from ontwikkeltafel.reports.actions_list import keep_with_next
from ontwikkeltafel.reports.data import ConcernItem, DevelopmentPointItem, PracticeItem
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import capitalise, long_date, with_affiliation


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


def add_development_points(
    doc: ReportDocument, points: Sequence[DevelopmentPointItem], lang: str
) -> None:
    """The development points: status, lead, description and the concerns each answers."""
    if not points:
        doc.paragraph(message("table_report.no_development_points", lang))
        return
    for point in points:
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
