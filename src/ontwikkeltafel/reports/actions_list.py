"""The besluiten- en actielijst of a table: its numbered decisions and open actions."""

from collections.abc import Iterable, Sequence
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

from ontwikkeltafel.i18n import enum_label, fold, message
from ontwikkeltafel.reports.data import Action, ActionsData, Decision
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.docx_parts import CONFIDENTIAL_RED
from ontwikkeltafel.reports.format import (
    full_name,
    initials_name,
    long_date,
    sort_key,
    sortable_date,
)

DECISION_WIDTHS = (1.2, 2.3, 12.5)  # Nr, Datum, Besluit (cm on A4; scaled to the page)
ACTION_WIDTHS = (1.8, 3.2, 6.6, 2.2, 2.2)  # Nr, Wie, Wat, Wanneer, Status


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
    doc.title(message("actions_list.title", lang))
    as_of = message("actions_list.as_of", lang, date=made_on)
    doc.subtitle(f"{data.table_title}\n{as_of}")
    doc.heading(message("actions_list.decisions", lang), 1)
    add_decisions(doc, data.decisions, lang, internal=data.internal)
    doc.heading(message("actions_list.actions", lang), 1)
    add_open_actions(doc, data.open_actions, lang, internal=data.internal, level=2)
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
    doc.table(headers, rows, widths_cm=fitted(doc, DECISION_WIDTHS))
    mark_cells(doc, marked, column=2)


def add_open_actions(
    doc: ReportDocument, actions: Sequence[Action], lang: str, *, internal: bool, level: int
) -> None:
    """The actielijst: a heading of ``level`` per organisation, a table of its actions each.

    Confidential actions are marked in an internal version and left out of any other.
    """
    actions = [a for a in actions if internal or not a.confidential]
    if not actions:
        doc.paragraph(message("actions_list.no_actions", lang))
        return
    doc.paragraph(message("actions_list.actions_intro", lang))
    keep_with_next(doc)
    headers = [
        message(f"actions_list.col_{c}", lang) for c in ("number", "who", "what", "when", "status")
    ]
    widths = fitted(doc, ACTION_WIDTHS)
    mark = message("report.confidential", lang)
    for organisation, group in by_organisation(actions, lang):
        doc.heading(organisation, level)
        marked = [a.confidential for a in group]
        rows = [
            (
                a.number,
                initials_name(a.owner) if a.owner else message("actions_list.no_owner", lang),
                _what(a, mark if secret else ""),
                sortable_date(a.due_on) if a.due_on else message("actions_list.no_due_date", lang),
                enum_label(a.status, lang),
            )
            for a, secret in zip(group, marked, strict=True)
        ]
        doc.table(headers, rows, widths_cm=widths)
        mark_cells(doc, marked, column=2)


def _number(decision: Decision) -> int:
    return decision.number


def by_organisation(actions: Iterable[Action], lang: str) -> list[tuple[str, list[Action]]]:
    """Actions grouped by their owner's organisation, sorted; those without one last.

    Within a group the actions are in number order ("2018-2" before "2018-10").
    """
    groups: dict[str, list[Action]] = {}
    for action in actions:
        organisation = action.owner.organisation.strip() if action.owner else ""
        groups.setdefault(organisation, []).append(action)
    named = sorted((o for o in groups if o), key=fold)
    result = [(o, sorted(groups[o], key=action_order)) for o in named]
    if "" in groups:
        without = message("actions_list.no_organisation", lang)
        result.append((without, sorted(groups[""], key=action_order)))
    return result


def action_order(action: Action) -> tuple[str, str, tuple[str, str, str, str]]:
    """An action's place in the actielijst: by number, then by owner."""
    year, _, sequence = action.number.partition("-")
    owner = sort_key(action.owner) if action.owner else ("", "", "", "")
    return (year, sequence.zfill(6), owner)


def fitted(doc: ReportDocument, widths_cm: Sequence[float]) -> list[float]:
    """Column widths scaled to the text width of the document's pages (a letterhead's too)."""
    section = doc.docx.sections[-1]
    page = section.page_width or Cm(21)
    text_width = (page - (section.left_margin or 0) - (section.right_margin or 0)) / Cm(1)
    scale = text_width / sum(widths_cm)
    return [round(w * scale, 2) for w in widths_cm]


def mark_cells(doc: ReportDocument, marked: Sequence[bool], *, column: int) -> None:
    """Make the first line of ``column`` red and bold in the marked rows of the last table.

    The cell's text starts with the word "Vertrouwelijk" on its own line (see the callers).
    """
    if not any(marked):
        return
    element = doc.docx.element.body[-1]
    while element is not None and element.tag != qn("w:tbl"):
        element = element.getprevious()
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
