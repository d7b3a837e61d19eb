"""Everything the app holds on one person (AVG inzage), gathered in one read, as plain data.

:func:`person_data` returns, and :func:`write_person_json` writes, a plain JSON object
(not the exchange format)::

    format        "ontwikkeltafel-person-export-1"
    exported_at   when it was made (ISO, Amsterdam time)
    name_forms    the forms of the name searched for: "Anna de Vries", "A. de Vries", "De Vries"
    person        the record: id, first_name, prefix, last_name, function, email, phone,
                  notes, organisation ({id, name, short_name} or null)
    memberships   [{table_id, table, role}]                       role by code ("chair")
    attendance    [{meeting_id, meeting, table, starts_at, status}] status by code ("present")
    actions       [{id, number, table, description, due_on, status, done_on, notes,
                    confidential}]                                 the actions they own
    roles         [{kind, id, title, role}]  other records naming them by reference: chair or
                  secretary of a meeting, presenter of an agenda item, raiser of a concern,
                  contact of a practice, owner of a development point
    mentions      [{kind, id, title, field, text, confidential, forms}]  every text that
                  names them in one of the name forms (any case); confidential ones included
                  (the export is for the person themselves) and marked
    history       [{at, by, list, record_id, field, old, new, note}]  the history entries of
                  their own record, their memberships and attendance, and those whose old or
                  new value names them or refers to them; old/new as JSON values

Kinds are the search index's ("agenda_item", "decision", ...); an adopted verslag is
kind "adopted_minutes" of its meeting. Lists are in a stable order: by date, then title.
"""

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    Attendance,
    Concern,
    Decision,
    DevelopmentPoint,
    HistoryEntry,
    Meeting,
    Organisation,
    Person,
    Practice,
    Table,
    TableMember,
)
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store import search as search_index
from ontwikkeltafel.store.history import json_value

FORMAT = "ontwikkeltafel-person-export-1"

#: Per kind of the search index: the record's class and the texts that may name someone.
TEXTS: dict[str, tuple[type[Any], tuple[str, ...]]] = {
    "table": (Table, ("title", "goal", "description")),
    "meeting": (Meeting, ("title", "location", "notes", "adoption_changes")),
    "agenda_item": (AgendaItem, ("title", "description", "minutes")),
    "decision": (Decision, ("text",)),
    "action": (Action, ("description", "notes")),
    "concern": (Concern, ("title", "description", "resolution")),
    "practice": (
        Practice,
        ("title", "summary", "description", "region", "source", "success_factors"),
    ),
    "development_point": (DevelopmentPoint, ("title", "description")),
    "organisation": (Organisation, ("name", "notes")),
}

#: More than any database holds of one kind: every hit counts here, not the best few.
_ALL = 1_000_000

_NAME_PARTS = re.compile(r"[\s-]+")


def _join(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


def _initial(part: str) -> str:
    return ("IJ" if part[:2].upper() == "IJ" else part[0].upper()) + "."


def name_forms(first_name: str, prefix: str, last_name: str) -> list[str]:
    """The forms a text may name a person by: "Anna de Vries", "A. de Vries", "De Vries"."""
    surname = _join(prefix.lower(), last_name)
    surname = surname[:1].upper() + surname[1:]
    initials = "".join(_initial(p) for p in _NAME_PARTS.split(first_name.strip()) if p)
    forms = []
    if first_name.strip():
        forms += [_join(first_name, prefix.lower(), last_name)]
        forms += [_join(initials, prefix.lower(), last_name)]
    forms.append(surname)
    return [form for i, form in enumerate(forms) if form and form not in forms[:i]]


def _pattern(form: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in form.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


class _Matcher:
    """Which of the name forms a text holds."""

    def __init__(self, forms: list[str]) -> None:
        self.forms = forms
        self._patterns = [(form, _pattern(form)) for form in forms]

    def __call__(self, text: str) -> list[str]:
        return [form for form, pattern in self._patterns if pattern.search(text)]


def person_data(sessions: SessionFactory, person_id: str) -> dict[str, Any]:
    """Everything held on the person ``person_id``; ``UserError`` if there is none."""
    with sessions() as session, session.begin():
        person = session.get(Person, person_id)
        if person is None:
            raise UserError("person.unknown", person_id=person_id)
        matcher = _Matcher(name_forms(person.first_name, person.prefix, person.last_name))
        return {
            "format": FORMAT,
            "exported_at": json_value(datetime.now(UTC)),
            "name_forms": matcher.forms,
            "person": _record(person),
            "memberships": _memberships(session, person_id),
            "attendance": _attendance(session, person_id),
            "actions": _actions(session, person_id),
            "roles": _roles(session, person_id),
            "mentions": _mentions(session, matcher),
            "history": _history(session, person_id, matcher),
        }


def _record(person: Person) -> dict[str, Any]:
    organisation = person.organisation
    return {
        "id": person.id,
        "first_name": person.first_name,
        "prefix": person.prefix,
        "last_name": person.last_name,
        "function": person.function,
        "email": person.email,
        "phone": person.phone,
        "notes": person.notes,
        "organisation": None
        if organisation is None
        else {
            "id": organisation.id,
            "name": organisation.name,
            "short_name": organisation.short_name,
        },
    }


def _memberships(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(TableMember.table_id, Table.title, TableMember.role)
        .join(Table, Table.id == TableMember.table_id)
        .where(TableMember.person_id == person_id)
        .order_by(Table.title, Table.id)
    )
    return [{"table_id": t, "table": title, "role": json_value(role)} for t, title, role in rows]


def _attendance(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Meeting.id, Meeting.title, Table.title, Meeting.starts_at, Attendance.status)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .outerjoin(Table, Table.id == Meeting.table_id)
        .where(Attendance.person_id == person_id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return [
        {
            "meeting_id": meeting_id,
            "meeting": title,
            "table": table or "",
            "starts_at": json_value(starts_at),
            "status": json_value(status),
        }
        for meeting_id, title, table, starts_at, status in rows
    ]


def _actions(session: Session, person_id: str) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Action, Table.title, AgendaItem.confidential)
        .outerjoin(Table, Table.id == Action.table_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .where(Action.owner_id == person_id)
        .order_by(Action.number, Action.id)
    )
    return [
        {
            "id": action.id,
            "number": action.number,
            "table": table or "",
            "description": action.description,
            "due_on": json_value(action.due_on),
            "status": json_value(action.status),
            "done_on": json_value(action.done_on),
            "notes": action.notes,
            "confidential": bool(secret),
        }
        for action, table, secret in rows
    ]


#: Records that refer to a person: kind, class, the referring column, the title, the role.
REFERENCES: tuple[tuple[str, Any, Any, Any, str], ...] = (
    ("meeting", Meeting, Meeting.chair_id, Meeting.title, "chair"),
    ("meeting", Meeting, Meeting.secretary_id, Meeting.title, "secretary"),
    ("agenda_item", AgendaItem, AgendaItem.presenter_id, AgendaItem.title, "presenter"),
    ("concern", Concern, Concern.raised_by_id, Concern.title, "raised_by"),
    ("practice", Practice, Practice.contact_id, Practice.title, "contact"),
    (
        "development_point",
        DevelopmentPoint,
        DevelopmentPoint.owner_id,
        DevelopmentPoint.title,
        "owner",
    ),
)


def _roles(session: Session, person_id: str) -> list[dict[str, Any]]:
    found = []
    for kind, model, column, title, role in REFERENCES:
        rows = session.execute(select(model.id, title).where(column == person_id).order_by(title))
        found += [{"kind": kind, "id": i, "title": t, "role": role} for i, t in rows]
    return found


def _mentions(session: Session, matcher: _Matcher) -> list[dict[str, Any]]:
    """Texts naming the person: candidates from the search index, each confirmed in its text."""
    candidates: dict[tuple[str, str], bool] = {}
    for form in matcher.forms:
        for hit in search_index.search(session, form, _ALL, include_confidential=True):
            if hit.kind in TEXTS:
                candidates[(hit.kind, hit.record_id)] = hit.confidential
    found: list[dict[str, Any]] = []
    for (kind, record_id), secret in sorted(candidates.items()):
        model, fields = TEXTS[kind]
        record = session.get(model, record_id)
        if record is None:
            continue
        title = str(getattr(record, "title", None) or getattr(record, "name", None) or "")
        title = title or str(getattr(record, "text", None) or getattr(record, "description", ""))
        for field in fields:
            text = getattr(record, field) or ""
            forms = matcher(text)
            if forms:
                entry = {"kind": kind, "id": record_id, "title": title, "field": field}
                found.append(entry | {"text": text, "confidential": secret, "forms": forms})
    return found + _adopted_minutes(session, matcher)


def _adopted_minutes(session: Session, matcher: _Matcher) -> list[dict[str, Any]]:
    """The texts of adopted verslagen (kept as they were adopted) that name the person.

    One mention per verslag: its texts naming them, a paragraph each; confidential when
    one of them stood in a confidential part.
    """
    surname = matcher.forms[-1]
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.adoption_document)
        .where(Meeting.adoption_document.icontains(surname.split()[-1], autoescape=True))
        .order_by(Meeting.starts_at, Meeting.id)
    )
    found = []
    for meeting_id, title, document in rows:
        texts: list[tuple[str, bool]] = []
        _strings(_value(document), False, texts)
        naming = [(text, secret) for text, secret in texts if matcher(text)]
        if naming:
            body = "\n\n".join(dict.fromkeys(text for text, _secret in naming))
            entry = {"kind": "adopted_minutes", "id": meeting_id, "title": title}
            found.append(
                entry
                | {
                    "field": "adoption_document",
                    "text": body,
                    "confidential": any(secret for _text, secret in naming),
                    "forms": matcher(body),
                }
            )
    return found


def _strings(value: Any, secret: bool, into: list[tuple[str, bool]]) -> None:
    """Every string in a JSON value, with whether it stands in a confidential part."""
    if isinstance(value, str):
        into.append((value, secret))
    elif isinstance(value, dict):
        secret = secret or value.get("confidential") is True
        for item in value.values():
            _strings(item, secret, into)
    elif isinstance(value, list):
        for item in value:
            _strings(item, secret, into)


def _history(session: Session, person_id: str, matcher: _Matcher) -> list[dict[str, Any]]:
    """History entries of the person's records, or whose values name or refer to them."""
    surname_word = matcher.forms[-1].split()[-1]
    quoted_id = json.dumps(person_id)
    own = or_(
        (HistoryEntry.list == "people") & (HistoryEntry.record_id == person_id),
        HistoryEntry.list.in_(("attendance", "members"))
        & HistoryEntry.record_id.endswith("/" + person_id, autoescape=True),
    )
    values = [
        column.icontains(needle, autoescape=True)
        for column in (HistoryEntry.old, HistoryEntry.new)
        for needle in (surname_word, quoted_id)
    ]
    rows = session.scalars(select(HistoryEntry).where(or_(own, *values)).order_by(HistoryEntry.seq))
    found = []
    for entry in rows:
        texts = f"{entry.old or ''}\n{entry.new or ''}"
        owned = entry.list == "people" and entry.record_id == person_id
        owned = owned or entry.record_id.endswith("/" + person_id)
        if owned or quoted_id in texts or matcher(_plain(entry.old) + "\n" + _plain(entry.new)):
            found.append(
                {
                    "at": json_value(entry.at),
                    "by": entry.by,
                    "list": entry.list,
                    "record_id": entry.record_id,
                    "field": entry.field,
                    "old": _value(entry.old),
                    "new": _value(entry.new),
                    "note": entry.note,
                }
            )
    return found


def _value(stored: str | None) -> Any:
    if stored is None:
        return None
    try:
        return json.loads(stored)
    except ValueError:
        return stored


def _plain(stored: str | None) -> str:
    """A stored JSON value as text, its strings as they are (not escaped)."""
    value = _value(stored)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def check_output(output: Path) -> str:
    """The kind of file ``output`` names ("json" or "docx"); ``UserError`` for any other."""
    suffix = output.suffix.lower()
    if suffix not in (".json", ".docx"):
        raise UserError("person.bad_output", path=output)
    return suffix[1:]


def write_person_json(data: dict[str, Any], output: Path) -> None:
    """Write the gathered data as UTF-8 JSON, in one piece."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def write(stream: IO[bytes]) -> None:
        stream.write(text.encode("utf-8"))

    write_atomically(output, write, "export.cannot_write")


def export_person(sessions: SessionFactory, person_id: str, output: Path, lang: str) -> str:
    """Write everything held on a person to ``output`` (.json or .docx); returns their name."""
    kind = check_output(output)
    data = person_data(sessions, person_id)
    if kind == "json":
        write_person_json(data, output)
    else:
        from ontwikkeltafel.reports.person_export import write_person_document

        write_person_document(data, output, lang=lang)
    person = data["person"]
    return _join(person["first_name"], person["prefix"], person["last_name"])
