"""The inzage document: everything the app holds on one person, readable, as a Word file."""

from datetime import date, datetime
from pathlib import Path
from typing import Any

from ontwikkeltafel.catalogue import CATALOGUE
from ontwikkeltafel.i18n import enum_label, message
from ontwikkeltafel.model import ActionStatus, AttendanceStatus, MemberRole
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.format import day_date, local, short_date

_RECORD_FIELDS = ("first_name", "prefix", "last_name", "function", "email", "phone", "notes")


def person_name(person: dict[str, Any]) -> str:
    """First name, tussenvoegsel and surname, as one line."""
    parts = (person["first_name"], person["prefix"], person["last_name"])
    return " ".join(part.strip() for part in parts if part.strip())


def write_person_document(data: dict[str, Any], path: Path, *, lang: str) -> None:
    """Write the gathered data of :func:`~ontwikkeltafel.services.person_data.person_data`."""
    name = person_name(data["person"])
    made = datetime.fromisoformat(data["exported_at"])
    doc = ReportDocument.create(
        None,
        fields={"tafel": "", "bijeenkomst": "", "datum": day_date(made.date(), lang)},
        title=message("person_export.title", lang, name=name),
        subject=message("person_export.subject", lang),
        author="",
        lang=lang,
        internal=False,
    )
    text = _Texts(lang)
    doc.title(text("title", name=name))
    doc.subtitle(text("made_on", date=day_date(made.date(), lang)))
    forms = ", ".join(f"“{form}”" for form in data["name_forms"])
    doc.paragraph(text("intro", forms=forms))
    _record(doc, text, data["person"])
    _section(
        doc,
        text,
        "memberships",
        ("table", "role"),
        [(m["table"], enum_label(MemberRole(m["role"]), lang)) for m in data["memberships"]],
    )
    _section(
        doc,
        text,
        "attendance",
        ("meeting", "table", "date", "presence"),
        [
            (
                a["meeting"],
                a["table"],
                _day(a["starts_at"]),
                _status(AttendanceStatus, a["status"], lang),
            )
            for a in data["attendance"]
        ],
    )
    _section(
        doc,
        text,
        "actions",
        ("number", "what", "due", "status"),
        [
            (
                a["number"],
                _marked(text, a["description"], a["confidential"]),
                _day(a["due_on"]),
                _status(ActionStatus, a["status"], lang),
            )
            for a in data["actions"]
        ],
    )
    _section(
        doc,
        text,
        "roles",
        ("kind", "record_title", "role"),
        [(text(f"kind.{r['kind']}"), r["title"], text(f"as.{r['role']}")) for r in data["roles"]],
    )
    _section(
        doc,
        text,
        "mentions",
        ("kind", "record_title", "text"),
        [
            (text(f"kind.{m['kind']}"), m["title"], _marked(text, _excerpt(m), m["confidential"]))
            for m in data["mentions"]
        ],
        (3.5, 4.5, 8.0),
    )
    _section(
        doc,
        text,
        "history",
        ("when", "by", "change"),
        [(_moment(h["at"]), h["by"], _change(h, text)) for h in data["history"]],
        (3.0, 3.0, 10.0),
    )
    doc.save(path)


class _Texts:
    """The document's texts in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, **params: object) -> str:
        return message(f"person_export.{key}", self.lang, **params)


def _record(doc: ReportDocument, text: _Texts, person: dict[str, Any]) -> None:
    doc.heading(text("record"), 1)
    rows = [(text(field), person[field]) for field in _RECORD_FIELDS if person[field]]
    organisation = person["organisation"]
    if organisation is not None:
        rows.insert(3, (text("organisation"), organisation["name"]))
    doc.table((text("field"), text("value")), rows, widths_cm=(4.0, 12.0))


def _section(
    doc: ReportDocument,
    text: _Texts,
    key: str,
    columns: tuple[str, ...],
    rows: list[tuple[str, ...]],
    widths_cm: tuple[float, ...] | None = None,
) -> None:
    doc.heading(text(key), 1)
    if not rows:
        doc.paragraph(text("none"))
        return
    doc.table([text(column) for column in columns], rows, widths_cm=widths_cm)


def _marked(text: _Texts, body: str, confidential: bool) -> str:
    return f"{message('report.confidential', text.lang)}\n{body}" if confidential else body


def _status(kind: type[Any], code: str, lang: str) -> str:
    return enum_label(kind(code), lang)


def _day(value: str | None) -> str:
    if not value:
        return ""
    return short_date(date.fromisoformat(value[:10]))  # a moment's is its Amsterdam day


def _moment(value: str) -> str:
    moment = local(datetime.fromisoformat(value))
    return f"{short_date(moment.date())} {moment:%H:%M}"


#: How much of a long text the document shows around the name.
_AROUND = 300


def _excerpt(mention: dict[str, Any]) -> str:
    """The text naming the person; a long one (an adopted verslag) around the first mention."""
    body = str(mention["text"])
    if len(body) <= 2 * _AROUND:
        return body
    at = max(body.lower().find(mention["forms"][-1].lower()), 0)
    start, end = max(at - _AROUND, 0), at + _AROUND
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def _change(entry: dict[str, Any], text: _Texts) -> str:
    """A history entry in one cell: the record, the field, old and new value."""
    keys = [f"person_export.list.{entry['list']}", f"kind.{entry['list']}"]
    kind = next((message(k, text.lang) for k in keys if k in CATALOGUE), entry["list"])
    where = f"{kind} {entry['record_id']}"
    if entry["field"]:
        where += f" · {entry['field']}"
    lines = [where]
    for arrow, value in (("−", entry["old"]), ("+", entry["new"])):
        if value is not None:
            lines.append(f"{arrow} {_shown(value)}")
    if entry["note"]:
        lines.append(entry["note"])
    return "\n".join(lines)


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_shown(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    return str(value)
