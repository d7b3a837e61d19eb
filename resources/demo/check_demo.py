"""Check demo.json against exchange format v1 (shared/spec/exchange-v1.md) and the demo's rules."""

import argparse
import datetime as dt
import json
import re
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

TOP_LEVEL = {
    "format",
    "version",
    "exported_at",
    "organisations",
    "people",
    "themes",
    "tables",
    "meetings",
    "concerns",
    "practices",
    "development_points",
    "actions",
}

# Per record kind: field -> type ("str", "text", "int", "bool", "date", "moment", "ref:<list>",
# "refs:<list>", "enum:<a|b>", or "list" for nested lists checked separately).
SECTORS = (
    "education|childcare|youth_care|health|welfare|safety|municipality|housing|knowledge|other"
)
ITEM_KINDS = (
    "opening|announcements|agenda|previous_minutes|action_list|topic|any_other_business|closing"
)
FIELDS: dict[str, dict[str, str]] = {
    "organisations": {
        "id": "str",
        "name": "str",
        "sector": f"enum:{SECTORS}",
        "website": "text",
        "notes": "text",
    },
    "people": {
        "id": "str",
        "first_name": "text",
        "prefix": "text",
        "last_name": "str",
        "organisation_id": "ref:organisations",
        "function": "text",
        "email": "text",
        "phone": "text",
        "notes": "text",
    },
    "themes": {"id": "str", "name": "str"},
    "tables": {
        "id": "str",
        "title": "str",
        "goal": "text",
        "description": "text",
        "theme_ids": "refs:themes",
        "started_on": "date",
        "ended_on": "date",
        "status": "enum:active|closed",
        "members": "list",
        "agenda_template": "list",
        "retention_years": "int",
    },
    "meetings": {
        "id": "str",
        "table_id": "ref:tables",
        "kind": "enum:table_session|work_visit|workshop|theme_meeting|consultation",
        "title": "str",
        "starts_at": "moment",
        "ends_at": "moment",
        "location": "text",
        "chair_id": "ref:people",
        "secretary_id": "ref:people",
        "status": "enum:planned|held|minutes_draft|minutes_approved",
        "minutes_approved_on": "date",
        "notes": "text",
        "attendance": "list",
        "agenda": "list",
    },
    "concerns": {
        "id": "str",
        "table_id": "ref:tables",
        "kind": "enum:question|concern|bottleneck",
        "title": "str",
        "description": "text",
        "raised_by_id": "ref:people",
        "raised_in_meeting_id": "ref:meetings",
        "status": "enum:open|discussing|addressed|resolved|parked",
        "priority": "enum:low|normal|high",
        "resolution": "text",
        "theme_ids": "refs:themes",
        "practice_ids": "refs:practices",
    },
    "practices": {
        "id": "str",
        "title": "str",
        "summary": "text",
        "description": "text",
        "organisation_ids": "refs:organisations",
        "contact_id": "ref:people",
        "region": "text",
        "source": "text",
        "success_factors": "text",
        "theme_ids": "refs:themes",
    },
    "development_points": {
        "id": "str",
        "table_id": "ref:tables",
        "title": "str",
        "description": "text",
        "status": "enum:proposed|in_progress|realised|dropped",
        "owner_id": "ref:people",
        "concern_ids": "refs:concerns",
    },
    "actions": {
        "id": "str",
        "number": "str",
        "table_id": "ref:tables",
        "meeting_id": "ref:meetings",
        "agenda_item_id": "ref:agenda_items",
        "description": "str",
        "owner_id": "ref:people",
        "due_on": "date",
        "status": "enum:open|in_progress|done|cancelled",
        "done_on": "date",
        "notes": "text",
    },
    # Nested records.
    "members": {"person_id": "ref:people", "role": "enum:chair|secretary|member|advisor"},
    "agenda_template": {"title": "str", "kind": f"enum:{ITEM_KINDS}", "planned_minutes": "int"},
    "attendance": {"person_id": "ref:people", "status": "enum:present|excused|absent|guest"},
    "agenda": {
        "id": "str",
        "position": "int",
        "title": "str",
        "kind": f"enum:{ITEM_KINDS}",
        "planned_minutes": "int",
        "presenter_id": "ref:people",
        "description": "text",
        "minutes": "text",
        "confidential": "bool",
        "decisions": "list",
        "concern_ids": "refs:concerns",
        "practice_ids": "refs:practices",
    },
    "decisions": {"id": "str", "text": "str"},
}
# Fields the spec calls required, plus the ones this demo always fills in.
REQUIRED = {
    "organisations": {"id", "name"},
    "people": {"id", "last_name"},
    "themes": {"id", "name"},
    "tables": {"id", "title"},
    "meetings": {"id", "title", "starts_at"},
    "concerns": {"id", "title"},
    "practices": {"id", "title"},
    "development_points": {"id", "title"},
    "actions": {"id", "description", "number"},
    "members": {"person_id", "role"},
    "agenda_template": {"title"},
    "attendance": {"person_id", "status"},
    "agenda": {"id", "position", "title"},
    "decisions": {"id", "text"},
}
# Words from the source texts that must never appear: real people named there.
FORBIDDEN = ("Karlijn", "Dankers", "Podvalny", "Alexandr")
# fmt: off
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
# fmt: on
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DATE_IN_TEXT = re.compile(
    rf"\b(?:({'|'.join(WEEKDAYS)}) )?(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})"
)


class Checker:
    """Collects every problem in the document, each with its JSON path."""

    def __init__(self, document: dict[str, Any]) -> None:
        """Index the document for reference checks."""
        self.doc = document
        self.errors: list[str] = []
        self.ids: dict[str, set[str]] = {}
        for kind in FIELDS:
            if kind in TOP_LEVEL and isinstance(document.get(kind), list):
                self.ids[kind] = {r.get("id") for r in document[kind] if isinstance(r, dict)}
        self.items: dict[str, tuple[dict, dict]] = {}  # agenda item id -> (meeting, item)
        for meeting in document.get("meetings") or []:
            for agenda_item in meeting.get("agenda") or []:
                self.items[agenda_item.get("id")] = (meeting, agenda_item)
        self.ids["agenda_items"] = set(self.items)

    def error(self, path: str, message: str) -> None:
        """Record a problem."""
        self.errors.append(f"{path}: {message}")

    # Structure ---------------------------------------------------------------------------------

    def check_value(self, path: str, kind: str, value: Any) -> None:
        """Check one field value against its declared type."""
        if value is None:
            return
        if kind in ("str", "text"):
            if not isinstance(value, str):
                self.error(path, "not a string")
            elif kind == "str" and not value.strip():
                self.error(path, "empty")
            else:
                self.check_text(path, value)
        elif kind == "int":
            if not isinstance(value, int) or isinstance(value, bool):
                self.error(path, "not an integer")
        elif kind == "bool":
            if not isinstance(value, bool):
                self.error(path, "not a boolean")
        elif kind == "date":
            parse_date(self, path, value)
        elif kind == "moment":
            parse_moment(self, path, value)
        elif kind.startswith("enum:"):
            if value not in kind[5:].split("|"):
                self.error(path, f"bad enum value {value!r}")
        elif kind.startswith("ref:"):
            if value not in self.ids[kind[4:]]:
                self.error(path, f"unknown reference {value!r}")
        elif kind.startswith("refs:"):
            if not isinstance(value, list):
                self.error(path, "not a list")
                return
            for index, one in enumerate(value):
                self.check_value(f"{path}[{index}]", "ref:" + kind[5:], one)
            if len(set(value)) != len(value):
                self.error(path, "the same reference twice")
        elif kind == "list" and not isinstance(value, list):
            self.error(path, "not a list")

    def check_record(self, path: str, kind: str, record: Any) -> None:
        """Check keys, required fields and values of one record, and of its nested lists."""
        if not isinstance(record, dict):
            self.error(path, "not an object")
            return
        fields = FIELDS[kind]
        for key in record:
            if key not in fields:
                self.error(f"{path}.{key}", "unknown field")
        for key in REQUIRED[kind]:
            if record.get(key) in (None, ""):
                self.error(f"{path}.{key}", "missing required field")
        for key, field_kind in fields.items():
            if key in record:
                self.check_value(f"{path}.{key}", field_kind, record[key])
                if field_kind == "list" and isinstance(record[key], list):
                    for index, nested in enumerate(record[key]):
                        self.check_record(f"{path}.{key}[{index}]", key, nested)

    def check_text(self, path: str, value: str) -> None:
        """Plain text: paragraphs split by one blank line; '- ' bullets on consecutive lines."""
        if value != value.strip():
            self.error(path, "leading or trailing white space")
        if "\n\n\n" in value or "  " in value or "\t" in value or "\r" in value:
            self.error(path, "stray white space")
        for block in value.split("\n\n"):
            lines = block.split("\n")
            if len(lines) > 1 and not all(line.startswith("- ") for line in lines):
                self.error(path, f"line break inside a paragraph: {lines[0][:40]!r}")
            for line in lines:
                if line.startswith("-") and not line.startswith("- "):
                    self.error(path, f"bullet without a space: {line[:40]!r}")
        for word in FORBIDDEN:
            if word.lower() in value.lower():
                self.error(path, f"contains {word!r}, a name from the sources")
        for match in DATE_IN_TEXT.finditer(value):
            weekday, number, month, year = match.groups()
            try:
                date = dt.date(int(year), MONTHS.index(month) + 1, int(number))
            except ValueError:
                self.error(path, f"no such date: {match.group(0)!r}")
                continue
            if weekday and WEEKDAYS[date.weekday()] != weekday:
                self.error(path, f"{match.group(0)!r} is a {WEEKDAYS[date.weekday()]}")

    def check_structure(self) -> None:
        """Top level, every record, unique ids."""
        doc = self.doc
        for key in doc:
            if key not in TOP_LEVEL:
                self.error(key, "unknown field")
        if doc.get("format") != "ontwikkeltafel-exchange":
            self.error("format", "must be 'ontwikkeltafel-exchange'")
        if doc.get("version") != 1 or isinstance(doc.get("version"), bool):
            self.error("version", "must be the integer 1")
        parse_moment(self, "exported_at", doc.get("exported_at"))
        for kind in TOP_LEVEL - {"format", "version", "exported_at"}:
            records = doc.get(kind) or []
            if not isinstance(records, list):
                self.error(kind, "not a list")
                continue
            for index, record in enumerate(records):
                self.check_record(f"{kind}[{index}]", kind, record)
            duplicates = [i for i, n in Counter(r.get("id") for r in records).items() if n > 1]
            for duplicate in duplicates:
                self.error(kind, f"duplicate id {duplicate!r}")
            for index, record in enumerate(records):
                if not is_uuid4(record.get("id")):
                    self.error(f"{kind}[{index}].id", "not a UUID4 string (a rule of this demo)")
        for label, ids in (
            ("agenda item", [i["id"] for m in doc["meetings"] for i in m["agenda"]]),
            (
                "decision",
                [d["id"] for m in doc["meetings"] for i in m["agenda"] for d in i["decisions"]],
            ),
        ):
            for duplicate in [i for i, n in Counter(ids).items() if n > 1]:
                self.error("meetings", f"duplicate {label} id {duplicate!r}")

    # Consistency -------------------------------------------------------------------------------

    def check_themes(self) -> None:
        """Theme names are unique ignoring case."""
        names = Counter(theme["name"].casefold() for theme in self.doc["themes"])
        for name, count in names.items():
            if count > 1:
                self.error("themes", f"name {name!r} used {count} times (ignoring case)")

    def check_people(self) -> None:
        """Addresses on the example domain; no one twice."""
        seen = Counter((p["first_name"], p["prefix"], p["last_name"]) for p in self.doc["people"])
        for name, count in seen.items():
            if count > 1:
                self.error("people", f"{' '.join(name)} appears {count} times")
        for index, person in enumerate(self.doc["people"]):
            if person.get("email") and not person["email"].endswith(".voorbeeld.nl"):
                self.error(f"people[{index}].email", "not on the example domain voorbeeld.nl")

    def check_tables(self) -> None:
        """Members once each, one chair, closed tables have an end date."""
        for index, table in enumerate(self.doc["tables"]):
            path = f"tables[{index}]"
            people = [m["person_id"] for m in table["members"]]
            if len(set(people)) != len(people):
                self.error(f"{path}.members", "a person is a member twice")
            roles = Counter(m["role"] for m in table["members"])
            if roles["chair"] != 1 or roles["secretary"] != 1:
                self.error(f"{path}.members", f"expected one chair and one secretary: {roles}")
            if (table["status"] == "closed") != (table.get("ended_on") is not None):
                self.error(path, "ended_on must be set exactly when the table is closed")

    def check_meetings(self) -> None:
        """Positions, attendance, statuses, moments, adopted minutes."""
        tables = {t["id"]: t for t in self.doc["tables"]}
        for index, meeting in enumerate(self.doc["meetings"]):
            path = f"meetings[{index}]"
            agenda = meeting["agenda"]
            positions = [i["position"] for i in agenda]
            if positions != list(range(1, len(agenda) + 1)):
                self.error(f"{path}.agenda", f"positions are not 1, 2, 3...: {positions}")
            start = parse_moment(self, f"{path}.starts_at", meeting["starts_at"])
            end = parse_moment(self, f"{path}.ends_at", meeting.get("ends_at"))
            if start and end and end <= start:
                self.error(f"{path}.ends_at", "not after starts_at")
            status = meeting["status"]
            if (status == "minutes_approved") != (meeting.get("minutes_approved_on") is not None):
                self.error(path, "minutes_approved_on must be set exactly with minutes_approved")
            approved = meeting.get("minutes_approved_on")
            if approved and start and approved < start.date().isoformat():
                self.error(f"{path}.minutes_approved_on", "before the meeting")
            people = [a["person_id"] for a in meeting["attendance"]]
            if len(set(people)) != len(people):
                self.error(f"{path}.attendance", "a person is listed twice")
            present = {a["person_id"] for a in meeting["attendance"] if a["status"] == "present"}
            if status != "planned":
                for role in ("chair_id", "secretary_id"):
                    if meeting.get(role) not in present:
                        self.error(f"{path}.{role}", "not present at the meeting")
            elif any(a["status"] in ("present", "absent", "guest") for a in meeting["attendance"]):
                self.error(f"{path}.attendance", "a planned meeting can only have excused people")
            table = tables.get(meeting.get("table_id"))
            if table:
                roles = {m["person_id"]: m["role"] for m in table["members"]}
                for role in ("chair", "secretary"):
                    if roles.get(meeting.get(f"{role}_id")) != role:
                        self.error(f"{path}.{role}_id", f"not the {role} of the table")
            for position, agenda_item in enumerate(agenda):
                self.check_agenda_item(f"{path}.agenda[{position}]", meeting, agenda_item)

    def check_agenda_item(self, path: str, meeting: dict, agenda_item: dict) -> None:
        """Minutes only after the meeting; 'punt N' points at an existing item."""
        status = meeting["status"]
        has_minutes = bool(agenda_item.get("minutes")) or bool(agenda_item.get("decisions"))
        if status in ("planned", "held") and has_minutes:
            self.error(path, f"minutes or decisions in a meeting that is {status}")
        if status in ("minutes_draft", "minutes_approved") and not agenda_item.get("minutes"):
            self.error(path, "no minutes in a meeting with a verslag")
        count = len(meeting["agenda"])
        for number in re.findall(r"\bpunt (\d+)\b", agenda_item.get("minutes") or ""):
            if not 1 <= int(number) <= count:
                self.error(f"{path}.minutes", f"mentions punt {number}, the agenda has {count}")

    def check_previous_minutes(self) -> None:
        """'Verslag ... <date>': that meeting exists and was adopted on this meeting's date."""
        by_table_date: dict[tuple[Any, str], dict] = {}
        for meeting in self.doc["meetings"]:
            by_table_date[(meeting["table_id"], meeting["starts_at"][:10])] = meeting
        for index, meeting in enumerate(self.doc["meetings"]):
            for agenda_item in meeting["agenda"]:
                if agenda_item["kind"] != "previous_minutes":
                    continue
                match = DATE_IN_TEXT.search(agenda_item["title"])
                if not match:
                    continue
                _, number, month, year = match.groups()
                date = dt.date(int(year), MONTHS.index(month) + 1, int(number)).isoformat()
                earlier = by_table_date.get((meeting["table_id"], date))
                path = f"meetings[{index}] item {agenda_item['position']}"
                if earlier is None:
                    self.error(path, f"no meeting of this table on {date}")
                elif meeting["status"] == "planned":
                    if earlier["status"] != "minutes_draft":
                        self.error(path, "the verslag to adopt should still be a draft")
                elif earlier.get("minutes_approved_on") != meeting["starts_at"][:10]:
                    self.error(path, f"verslag of {date} not adopted on this meeting's date")

    def check_actions(self) -> None:
        """Numbers per table, agenda item in the meeting, dates and statuses."""
        meetings = {m["id"]: m for m in self.doc["meetings"]}
        numbers = Counter((a["table_id"], a["number"]) for a in self.doc["actions"])
        for (table, number), count in numbers.items():
            if count > 1:
                self.error("actions", f"number {number} used {count} times in table {table}")
        for index, action in enumerate(self.doc["actions"]):
            path = f"actions[{index}]"
            meeting = meetings.get(action.get("meeting_id"))
            if meeting is None:
                continue
            if action.get("table_id") != meeting.get("table_id"):
                self.error(f"{path}.table_id", "not the table of its meeting")
            found = self.items.get(action.get("agenda_item_id"))
            if found and found[0] is not meeting:
                self.error(f"{path}.agenda_item_id", "belongs to another meeting")
            day = meeting["starts_at"][:10]
            for field in ("due_on", "done_on"):
                if action.get(field) and action[field] < day:
                    self.error(f"{path}.{field}", "before the meeting that agreed it")
            if (action["status"] == "done") != (action.get("done_on") is not None):
                self.error(path, "done_on must be set exactly when the action is done")
            if meeting["status"] in ("planned", "held"):
                self.error(path, f"agreed in a meeting that is {meeting['status']}")

    def check_action_mentions(self) -> None:
        """An action list that mentions '2018-04' refers to an existing, earlier action."""
        meetings = {m["id"]: m for m in self.doc["meetings"]}
        agreed = {
            (a["table_id"], a["number"]): meetings[a["meeting_id"]]["starts_at"]
            for a in self.doc["actions"]
        }
        for index, meeting in enumerate(self.doc["meetings"]):
            for agenda_item in meeting["agenda"]:
                if agenda_item["kind"] not in ("action_list", "previous_minutes"):
                    continue
                text = f"{agenda_item['description']}\n{agenda_item['minutes']}"
                for number in re.findall(r"^- (\d{4}-\d\d)\b", text, re.MULTILINE):
                    when = agreed.get((meeting["table_id"], number))
                    path = f"meetings[{index}] item {agenda_item['position']}"
                    if when is None:
                        self.error(path, f"mentions action {number}, which does not exist")
                    elif when >= meeting["starts_at"]:
                        self.error(path, f"mentions action {number}, agreed later")

    def check_concerns(self) -> None:
        """A concern raised in a meeting of its own table (or in a stand-alone meeting)."""
        meetings = {m["id"]: m for m in self.doc["meetings"]}
        for index, concern in enumerate(self.doc["concerns"]):
            meeting = meetings.get(concern.get("raised_in_meeting_id"))
            if meeting and meeting["table_id"] not in (None, concern.get("table_id")):
                self.error(f"concerns[{index}]", "raised in a meeting of another table")
            if concern["status"] in ("resolved", "parked") and not concern.get("resolution"):
                self.error(f"concerns[{index}]", f"{concern['status']} without a resolution")

    def check_confidential(self) -> None:
        """Confidential items exist, with minutes, a decision and an action agreed under them."""
        confidential = [
            i["id"] for m in self.doc["meetings"] for i in m["agenda"] if i["confidential"]
        ]
        if not confidential:
            self.error("meetings", "no confidential agenda item")
        with_action = {a["agenda_item_id"] for a in self.doc["actions"]}
        for item_id in confidential:
            meeting, agenda_item = self.items[item_id]
            if meeting["status"] in ("planned", "held"):
                continue
            if not agenda_item["decisions"] or item_id not in with_action:
                self.error(f"confidential item {agenda_item['title']!r}", "no decision or action")

    def run(self) -> list[str]:
        """Run every check and return the problems."""
        self.check_structure()
        if not self.errors:
            self.check_themes()
            self.check_people()
            self.check_tables()
            self.check_meetings()
            self.check_previous_minutes()
            self.check_actions()
            self.check_action_mentions()
            self.check_concerns()
            self.check_confidential()
        return self.errors


def is_uuid4(value: Any) -> bool:
    """Whether value is a canonical UUID4 string, like the ids the app creates."""
    try:
        return str(uuid.UUID(value)) == value and uuid.UUID(value).version == 4
    except (TypeError, ValueError, AttributeError):
        return False


def parse_date(checker: Checker, path: str, value: Any) -> dt.date | None:
    """Parse YYYY-MM-DD strictly."""
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        checker.error(path, f"not a date YYYY-MM-DD: {value!r}")
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        checker.error(path, f"no such date: {value!r}")
        return None


def parse_moment(checker: Checker, path: str, value: Any) -> dt.datetime | None:
    """Parse an ISO 8601 moment with an offset that Europe/Amsterdam has at that moment."""
    if value is None:
        return None
    pattern = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"
    if not isinstance(value, str) or not re.fullmatch(pattern, value):
        checker.error(path, f"not a moment with an offset: {value!r}")
        return None
    moment = dt.datetime.fromisoformat(value)
    wall_clock = moment.replace(tzinfo=None)
    if wall_clock.replace(tzinfo=AMSTERDAM).utcoffset() != moment.utcoffset():
        checker.error(path, f"offset is not Amsterdam's at that moment: {value!r}")
    return moment


def summary(document: dict[str, Any]) -> str:
    """Counts per kind and per status, for a quick look."""
    lines = []
    for kind in sorted(TOP_LEVEL - {"format", "version", "exported_at"}):
        lines.append(f"{kind}: {len(document.get(kind) or [])}")
    items = [i for m in document["meetings"] for i in m["agenda"]]
    confidential = sum(i["confidential"] for i in items)
    decisions = sum(len(i["decisions"]) for i in items)
    lines.append(
        f"agenda items: {len(items)} ({confidential} confidential), decisions: {decisions}"
    )
    for kind, field in (("meetings", "status"), ("meetings", "kind"), ("actions", "status")):
        counts = Counter(r[field] for r in document[kind])
        lines.append(f"{kind} by {field}: {dict(sorted(counts.items()))}")
    return "\n".join(lines)


def main() -> int:
    """Check the file; print the problems, or a summary when there are none."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", nargs="?", default=Path(__file__).with_name("demo.json"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list actions per item")
    args = parser.parse_args()
    document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    checker = Checker(document)
    errors = checker.run()
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print(summary(document))
    if args.verbose:
        for action in document["actions"]:
            meeting, agenda_item = checker.items[action["agenda_item_id"]]
            print(
                f"{action['number']} {meeting['starts_at'][:10]} "
                f"#{agenda_item['position']} {agenda_item['title']!r}: {action['description'][:60]}"
            )
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
