"""The besluiten- en actielijst of a table: its numbered decisions and open actions."""

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from ontwikkeltafel.i18n import enum_label, message
from ontwikkeltafel.model import ActionStatus
from ontwikkeltafel.reports.data import Action, ActionsData, Decision
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.docx_parts import CONFIDENTIAL_RED
from ontwikkeltafel.reports.format import (
    day_date,
    full_name,
    initials_name,
    long_date,
    sort_key,
    sortable_date,
)

# Widths in cm on A4 (16 cm of text); the text columns take what a letterhead's margins take.
DECISION_WIDTHS = (1.2, 2.4, 12.4)  # Nr, Datum, Besluit
DECISION_FIXED = (0, 1)
ACTION_WIDTHS = (1.8, 2.2, 3.3, 4.1, 2.5, 2.1)  # Nr, Wie, Organisatie, Wat, Wanneer, Status
ACTION_FIXED = (0, 4, 5)


def write_actions_list(data: ActionsData, path: Path, *, lang: str, template: Path | None) -> None:
    """Write the besluiten- en actielijst of ``data`` to ``path`` (a Word file)."""
    made_on = long_date(data.made_on, lang)
    doc = ReportDocument.create(
        template,
        fields={"tafel": data.table_title, "bijeenkomst": "", "datum": made_on},
        title=message("actions_list.document_title", lang, table=data.table_title),
        subject=message("actions_list.subject", lang),
        author=full_name(data.secretary) if data.secretary else "",
        lang=lang,
        internal=data.internal,
    )
    doc.title(message("actions_list.dated_title", lang, date=day_date(data.made_on, lang)))
    doc.subtitle(data.table_title)
    doc.heading(message("actions_list.decisions", lang), 1)
    add_decisions(doc, data.decisions, lang, internal=data.internal)
    doc.heading(message("actions_list.actions", lang), 1)
    add_open_actions(doc, data.open_actions, lang, internal=data.internal, as_of=data.made_on)
    doc.save(path)


def add_decisions(
    doc: ReportDocument, decisions: Sequence[Decision], lang: str, *, internal: bool
) -> None:
    """The besluitenlijst as a table (Nr, Datum, Besluit) in number order.

    Confidential decisions are marked in an internal version and left out of any other
    (the query service already leaves them out; this holds even if it did not).
    """
    ordered = sorted((d for d in decisions if internal or not d.confidential), key=_number)
    if not ordered:
        doc.paragraph(message("actions_list.no_decisions", lang))
        return
    doc.paragraph(message("actions_list.decisions_intro", lang))
    keep_with_next(doc)  # the introduction never ends a page, apart from its table
    marked = [d.confidential for d in ordered]
    mark = message("report.confidential", lang)
    rows = [
        (str(d.number), sortable_date(d.taken_on), f"{mark}\n{d.text}" if secret else d.text)
        for d, secret in zip(ordered, marked, strict=True)
    ]
    headers = [message(f"actions_list.col_{c}", lang) for c in ("number", "date", "decision")]
    doc.table(headers, rows, widths_cm=fitted(doc, DECISION_WIDTHS, fixed=DECISION_FIXED))
    mark_cells(doc, marked, column=2)


def add_open_actions(
    doc: ReportDocument, actions: Sequence[Action], lang: str, *, internal: bool, as_of: date
) -> None:
    """The actielijst: one table of the open actions in number order, with the organisation.

    An action still open whose date lies before ``as_of`` (the list's date) is overdue: its
    date is bold and its status says so. Confidential actions are marked in an internal
    version and left out of any other.
    """
    actions = sorted((a for a in actions if internal or not a.confidential), key=action_order)
    if not actions:
        doc.paragraph(message("actions_list.no_actions", lang))
        return
    doc.paragraph(message("actions_list.actions_intro", lang))
    keep_with_next(doc)
    columns = ("number", "who", "organisation", "what", "when", "status")
    headers = [message(f"actions_list.col_{c}", lang) for c in columns]
    mark = message("report.confidential", lang)
    overdue_word = message("actions_list.overdue", lang)
    marked = [internal and a.confidential for a in actions]
    late = [overdue(a, as_of) for a in actions]
    rows = [
        (
            a.number,
            initials_name(a.owner) if a.owner else message("actions_list.no_owner", lang),
            a.owner.organisation.strip() if a.owner else "",
            _what(a, mark if secret else ""),
            sortable_date(a.due_on) if a.due_on else message("actions_list.no_due_date", lang),
            f"{enum_label(a.status, lang)}\n{overdue_word}"
            if is_late
            else enum_label(a.status, lang),
        )
        for a, secret, is_late in zip(actions, marked, late, strict=True)
    ]
    doc.table(headers, rows, widths_cm=fitted(doc, ACTION_WIDTHS, fixed=ACTION_FIXED))
    mark_cells(doc, marked, column=3)
    mark_overdue(doc, late)


def _number(decision: Decision) -> int:
    return decision.number


def overdue(action: Action, as_of: date) -> bool:
    """Whether ``action`` is overdue on ``as_of``: its date has passed and it is not finished."""
    return (
        action.due_on is not None
        and action.due_on < as_of
        and action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    )


def action_order(action: Action) -> tuple[str, str, tuple[str, str, str, str]]:
    """An action's place in the actielijst: by number, then by owner."""
    year, _, sequence = action.number.partition("-")
    owner = sort_key(action.owner) if action.owner else ("", "", "", "")
    return (year, sequence.zfill(6), owner)


def fitted(
    doc: ReportDocument, widths_cm: Sequence[float], *, fixed: Sequence[int] = ()
) -> list[float]:
    """Column widths scaled to the text width of the document's pages (a letterhead's too).

    The ``fixed`` columns (dates, numbers: text that must not break) keep their width; the
    others share what is left, unless the page is too narrow even for that.
    """
    section = doc.docx.sections[-1]
    page = section.page_width or Cm(21)
    text_width = (page - (section.left_margin or 0) - (section.right_margin or 0)) / Cm(1)
    kept = sum(widths_cm[i] for i in fixed)
    free = sum(widths_cm) - kept
    if not fixed or free <= 0 or text_width - kept < free / 2:
        scale = text_width / sum(widths_cm)
        return [round(w * scale, 2) for w in widths_cm]
    scale = (text_width - kept) / free
    return [w if i in fixed else round(w * scale, 2) for i, w in enumerate(widths_cm)]


def mark_cells(doc: ReportDocument, marked: Sequence[bool], *, column: int) -> None:
    """Make the first line of ``column`` red and bold in the marked rows of the last table.

    The cell's text starts with the word "Vertrouwelijk" on its own line (see the callers).
    """
    if not any(marked):
        return
    element = _last_table(doc)
    if element is None:
        return
    rows = element.findall(qn("w:tr"))[1:]  # after the header row
    colour = str(CONFIDENTIAL_RED)
    for row, secret in zip(rows, marked, strict=True):
        if not secret:
            continue
        run = row.findall(qn("w:tc"))[column].find(f"{qn('w:p')}/{qn('w:r')}")
        if run is not None:
            properties = f'<w:rPr {nsdecls("w")}><w:b/><w:color w:val="{colour}"/></w:rPr>'
            run.insert(0, parse_xml(properties))


def mark_overdue(doc: ReportDocument, late: Sequence[bool]) -> None:
    """Make the date and the word "verlopen" bold in the overdue rows of the last table.

    The date is the Wanneer cell (the fifth), the word the last line of the status cell.
    """
    if not any(late):
        return
    rows = _last_table(doc).findall(qn("w:tr"))[1:]  # after the header row
    for row, is_late in zip(rows, late, strict=True):
        if not is_late:
            continue
        cells = row.findall(qn("w:tc"))
        runs = [*cells[4].iter(qn("w:r"))][:1] + [*cells[5].iter(qn("w:r"))][-1:]
        for run in runs:
            run.insert(0, parse_xml(f"<w:rPr {nsdecls('w')}><w:b/></w:rPr>"))


def _last_table(doc: ReportDocument) -> Any:
    """The last table of the body (a w:tbl element)."""
    element = doc.docx.element.body[-1]
    while element is not None and element.tag != qn("w:tbl"):
        element = element.getprevious()
    return element


def keep_with_next(doc: ReportDocument, count: int = 1, *, skip: int = 0) -> None:
    """Keep the last ``count`` paragraphs (before the last ``skip``) with what follows them.

    So a short list or a line of facts does not end a page, apart from what it belongs to.
    """
    element = doc.docx.element.body[-1].getprevious()  # the body ends with its sectPr
    for _ in range(skip):
        element = element.getprevious() if element is not None else None
    for _ in range(count):
        if element is None or element.tag != qn("w:p"):
            return
        element.get_or_add_pPr().keepNext_val = True
        element = element.getprevious()


def _what(action: Action, mark: str) -> str:
    """The Wat cell: the confidential mark, the description, the notes on a new line."""
    lines = [mark, action.description.strip(), action.notes.strip()]
    return "\n".join(line for line in lines if line)
