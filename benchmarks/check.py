"""Check an exchange-v1 file against the rules of spec/exchange-v1.md (for the generator)."""

import json
import re
import sys
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks.exchange_schema import RECORDS, SUB_RECORDS, Field

MOMENT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


class Checker:
    """Collects every violation as `path: problem`."""

    def __init__(self, document: dict[str, Any]):
        self.document = document
        self.errors: list[str] = []
        self.ids = {kind: {r.get("id") for r in document.get(kind) or []} for kind in RECORDS}
        items = [i for m in document.get("meetings") or [] for i in m.get("agenda") or []]
        self.item_meeting = {
            item.get("id"): meeting.get("id")
            for meeting in document.get("meetings") or []
            for item in meeting.get("agenda") or []
        }
        self.ids["agenda_items"] = {item.get("id") for item in items}

    def fail(self, path: str, problem: str) -> None:
        self.errors.append(f"{path}: {problem}")

    def run(self) -> list[str]:
        """Check everything; return the violations."""
        doc = self.document
        if doc.get("format") != "ontwikkeltafel-exchange":
            self.fail("format", "must be ontwikkeltafel-exchange")
        if not isinstance(doc.get("version"), int) or doc.get("version") != 1:
            self.fail("version", "must be the integer 1")
        known = {"format", "version", "exported_at", *RECORDS}
        for key in doc:
            if key not in known:
                self.fail(key, "unknown field")
        self.value("exported_at", doc.get("exported_at"), Field("moment"))
        for kind, fields in RECORDS.items():
            records = doc.get(kind) or []
            self.unique(kind, [r.get("id") for r in records])
            for index, record in enumerate(records):
                self.record(f"{kind}[{index}]", record, fields)
        self.file_wide_rules()
        return self.errors

    def record(self, path: str, record: dict[str, Any], fields: dict[str, Field]) -> None:
        for key in record:
            if key not in fields:
                self.fail(f"{path}.{key}", "unknown field")
        for key, field in fields.items():
            value = record.get(key)
            if field.required and (value is None or value == ""):
                self.fail(f"{path}.{key}", "missing field")
            elif value is not None:
                self.value(f"{path}.{key}", value, field)

    def value(self, path: str, value: Any, field: Field) -> None:
        kind = field.kind
        if kind in ("text", "id") and not isinstance(value, str):
            self.fail(path, "not a string")
        elif kind == "int" and (not isinstance(value, int) or isinstance(value, bool)):
            self.fail(path, "not an integer")
        elif kind == "bool" and not isinstance(value, bool):
            self.fail(path, "not a boolean")
        elif kind == "enum" and value not in field.values:
            self.fail(path, f"bad enum value {value!r}")
        elif kind == "date" and not self.is_date(value):
            self.fail(path, f"bad date {value!r}")
        elif kind == "moment" and not (isinstance(value, str) and MOMENT.match(value)):
            self.fail(path, f"bad moment {value!r}")
        elif kind == "ref" and value not in self.ids[field.target]:
            self.fail(path, f"unknown reference {value!r}")
        elif kind == "refs":
            if not isinstance(value, list):
                self.fail(path, "not a list")
                return
            for index, item in enumerate(value):
                self.value(f"{path}[{index}]", item, Field("ref", target=field.target))
        elif kind == "list":
            for index, item in enumerate(value):
                self.record(f"{path}[{index}]", item, SUB_RECORDS[field.target])

    @staticmethod
    def is_date(value: Any) -> bool:
        if not isinstance(value, str) or len(value) != 10:
            return False
        try:
            date.fromisoformat(value)
        except ValueError:
            return False
        return True

    def unique(self, path: str, ids: list[Any]) -> None:
        for value, count in Counter(ids).items():
            if not isinstance(value, str) or not value:
                self.fail(path, f"bad id {value!r}")
            elif count > 1:
                self.fail(path, f"duplicate id {value!r}")

    def file_wide_rules(self) -> None:
        doc = self.document
        meetings = doc.get("meetings") or []
        items = [i for m in meetings for i in m.get("agenda") or []]
        self.unique("meetings[*].agenda", [i.get("id") for i in items])
        self.unique(
            "meetings[*].agenda[*].decisions",
            [d.get("id") for i in items for d in i.get("decisions") or []],
        )
        for index, meeting in enumerate(meetings):
            path = f"meetings[{index}]"
            positions = [i.get("position") for i in meeting.get("agenda") or []]
            if sorted(positions) != list(range(1, len(positions) + 1)):
                self.fail(f"{path}.agenda", "positions are not 1..n")
            approved = meeting.get("status") == "minutes_approved"
            if (meeting.get("minutes_approved_on") is not None) != approved:
                self.fail(f"{path}.minutes_approved_on", "only (and always) with minutes_approved")
            starts, ends = meeting.get("starts_at"), meeting.get("ends_at")
            moments = [m for m in (starts, ends) if isinstance(m, str) and MOMENT.match(m)]
            if len(moments) == 2 and datetime.fromisoformat(ends) <= datetime.fromisoformat(starts):
                self.fail(f"{path}.ends_at", "not after starts_at")
        numbers = Counter((a.get("table_id"), a.get("number")) for a in doc.get("actions") or [])
        for (table, number), count in numbers.items():
            if count > 1:
                self.fail("actions", f"number {number!r} used {count} times in table {table!r}")
        for index, action in enumerate(doc.get("actions") or []):
            item = action.get("agenda_item_id")
            if item is not None and self.item_meeting.get(item) != action.get("meeting_id"):
                self.fail(f"actions[{index}].agenda_item_id", "not an item of the action's meeting")
        names = Counter(t.get("name", "").casefold() for t in doc.get("themes") or [])
        for name, count in names.items():
            if count > 1:
                self.fail("themes", f"name {name!r} used {count} times (ignoring case)")


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks.check FILE.json`: print the violations, exit 1 if any."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m benchmarks.check FILE.json", file=sys.stderr)
        return 2
    document = json.loads(Path(args[0]).read_bytes())
    errors = Checker(document).run()
    for error in errors[:50]:
        print(error)
    meetings = document.get("meetings") or []
    sizes = sorted((len(m.get("agenda") or []) for m in meetings), reverse=True)
    per_table = Counter(m.get("table_id") for m in meetings if m.get("table_id"))
    print(
        f"{len(errors)} violations; largest meetings {sizes[:3]} agenda items; "
        f"most meetings per table {[c for _, c in per_table.most_common(3)]}"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
