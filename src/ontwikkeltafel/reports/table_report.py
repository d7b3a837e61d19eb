"""The table report (tafelrapportage): everything a development table produced, in one document."""

from collections.abc import Sequence
from pathlib import Path

from ontwikkeltafel.i18n import enum_label, fold, message
from ontwikkeltafel.model import MeetingStatus, Sector
from ontwikkeltafel.reports import charts
from ontwikkeltafel.reports.actions_list import (
    add_decisions,
    add_open_actions,
    fitted,
    keep_with_next,
)
from ontwikkeltafel.reports.data import ConcernStatusPoint, Member, TableReportData
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import (
    capitalise,
    count_phrase,
    full_name,
    local,
    long_date,
    sort_key,
    sortable_date,
)
from ontwikkeltafel.reports.table_report_parts import (
    add_chart,
    add_concerns,
    add_development_points,
    add_item_times,
    add_practices,
    concerns_summary,
)

MEMBER_WIDTHS = (3.0, 4.6, 6.4, 2.0)  # Sector, Organisatie, Deelnemer, Rol
MEETING_WIDTHS = (2.2, 7.4, 2.9, 3.5)  # Datum, Bijeenkomst, Soort, Status


def write_table_report(
    data: TableReportData, path: Path, *, lang: str, template: Path | None
) -> None:
    """Write the tafelrapportage of ``data`` to ``path`` (a Word file with two charts)."""
    made_on = long_date(data.made_on, lang)
    doc = ReportDocument.create(
        template,
        fields={"tafel": data.title, "bijeenkomst": "", "datum": made_on},
        title=message("table_report.document_title", lang, table=data.title),
        subject=message("table_report.subject", lang),
        author=full_name(data.secretary) if data.secretary else "",
        lang=lang,
        internal=data.internal,
    )
    doc.title(message("table_report.title", lang))
    as_of = message("actions_list.as_of", lang, date=made_on)
    doc.subtitle(f"{data.title}\n{as_of}")
    _about(doc, data, lang)
    _members(doc, data.members, lang)
    _meetings(doc, data, lang)
    doc.heading(message("table_report.concerns", lang), 1)
    if data.concerns:
        concerns_summary(doc, data.concerns, lang)
        add_chart(
            doc,
            message("table_report.concern_history", lang),
            lambda height: charts.concern_status_figure(_held_points(data), lang, height),
            message("table_report.concern_history_caption", lang),
            message("table_report.concern_history_empty", lang),
        )
    add_concerns(doc, data.concerns, lang)
    doc.heading(message("table_report.practices", lang), 1)
    add_practices(doc, data.practices, lang)
    doc.heading(message("table_report.development_points", lang), 1)
    add_development_points(doc, data.development_points, lang)
    doc.heading(message("table_report.decisions", lang), 1)
    add_decisions(doc, data.decisions, lang, internal=data.internal)
    doc.heading(message("table_report.actions", lang), 1)
    add_open_actions(doc, data.open_actions, lang, internal=data.internal, as_of=data.made_on)
    doc.save(path)


def _about(doc: ReportDocument, data: TableReportData, lang: str) -> None:
    """Goal and background, the period, the themes and the table in figures."""
    doc.heading(message("table_report.about", lang), 1)
    if data.goal.strip():
        doc.label(message("table_report.goal", lang))
        doc.plain_text(data.goal)
    if data.description.strip():
        doc.label(message("table_report.background", lang))
        doc.plain_text(data.description)
    if data.started_on is not None:
        start = long_date(data.started_on, lang)
        if data.ended_on is None:
            period = message("table_report.period_open", lang, start=start)
        else:
            end = long_date(data.ended_on, lang)
            period = message("table_report.period_closed", lang, start=start, end=end)
        doc.paragraph(period, bold_label=message("table_report.period", lang))
    if data.themes:
        doc.paragraph(", ".join(data.themes), bold_label=message("table_report.themes", lang))
    counts = (
        ("meetings", len(data.meetings)),
        ("members", len(data.members)),
        ("concerns", len(data.concerns)),
        ("practices", len(data.practices)),
        ("development_points", len(data.development_points)),
        ("decisions", sum(data.internal or not d.confidential for d in data.decisions)),
    )
    phrases = [
        count_phrase(
            n,
            message(f"table_report.count_{key}", lang),
            message(f"table_report.count_{key}_other", lang),
            lang,
        )
        for key, n in counts
    ]
    doc.paragraph(" · ".join(phrases), bold_label=message("table_report.in_figures", lang))


def _members(doc: ReportDocument, members: Sequence[Member], lang: str) -> None:
    """The members in one table, grouped by sector label, then organisation, then by name.

    A sector and an organisation are named on the first row of their group only.
    """
    doc.heading(message("table_report.members", lang), 1)
    if not members:
        doc.paragraph(message("table_report.no_members", lang))
        return
    without = message("table_report.no_organisation", lang)

    def place(member: Member) -> tuple[bool, str, bool, str, tuple[str, str, str, str]]:
        sector = member.person.sector or Sector.OTHER
        organisation = member.person.organisation.strip()
        return (
            sector is Sector.OTHER,  # "overig" after the named sectors
            fold(enum_label(sector, lang)),
            not organisation,  # "Zonder organisatie" last within its sector
            fold(organisation),
            sort_key(member.person),
        )

    rows = []
    previous: tuple[str, str] = ("", "")
    for member in sorted(members, key=place):
        sector = capitalise(enum_label(member.person.sector or Sector.OTHER, lang))
        organisation = member.person.organisation.strip() or without
        name = full_name(member.person)
        function = member.person.function.strip()
        rows.append(
            (
                sector if sector != previous[0] else "",
                organisation if (sector, organisation) != previous else "",
                f"{name}, {function}" if function else name,
                enum_label(member.role, lang),
            )
        )
        previous = (sector, organisation)
    doc.paragraph(message("table_report.members_intro", lang))
    keep_with_next(doc)
    headers = [
        message(f"table_report.col_{c}", lang) for c in ("sector", "organisation", "member", "role")
    ]
    doc.table(headers, rows, widths_cm=fitted(doc, MEMBER_WIDTHS))


def _meetings(doc: ReportDocument, data: TableReportData, lang: str) -> None:
    """The meetings in date order, and the attendance chart."""
    doc.heading(message("table_report.meetings", lang), 1)
    if not data.meetings:
        doc.paragraph(message("table_report.no_meetings", lang))
        return
    rows = [
        (
            sortable_date(local(m.starts_at)),
            m.title,
            enum_label(m.kind, lang),
            enum_label(m.status, lang),
        )
        for m in sorted(data.meetings, key=lambda m: local(m.starts_at))
    ]
    headers = [
        message(f"table_report.col_{c}", lang) for c in ("date", "meeting", "kind", "status")
    ]
    doc.table(headers, rows, widths_cm=fitted(doc, MEETING_WIDTHS))
    add_item_times(doc, data, lang)
    add_chart(
        doc,
        message("table_report.attendance", lang),
        lambda height: charts.attendance_figure(data.meetings, lang, height),
        message("table_report.attendance_caption", lang),
        message("table_report.attendance_empty", lang),
    )


def _held_points(data: TableReportData) -> list[ConcernStatusPoint]:
    """The points of the concern history on the dates of meetings that took place.

    A planned meeting, and any date after the report is made, has nothing to show yet.
    """
    planned = {
        local(m.starts_at).date() for m in data.meetings if m.status is MeetingStatus.PLANNED
    }
    held = {
        local(m.starts_at).date() for m in data.meetings if m.status is not MeetingStatus.PLANNED
    }
    return [
        p
        for p in data.concern_history
        if p.on <= data.made_on and (p.on in held or p.on not in planned)
    ]
