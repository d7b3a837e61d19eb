"""Rules across records (pass two): unique ids, references, positions, numbers, theme names."""

from collections.abc import Iterator
from typing import Any

from ontwikkeltafel.exchange.document import Document
from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.exchange.lookup import DatabaseLookup
from ontwikkeltafel.exchange.records import Record
from ontwikkeltafel.exchange.schema import TOP_LEVEL, Kind, RecordSpec
from ontwikkeltafel.model import MeetingStatus


def _walk(spec: RecordSpec, records: list[Record]) -> Iterator[tuple[RecordSpec, Record]]:
    """Every record of a list and, depth first, the records nested in it."""
    for record in records:
        yield spec, record
        for spec_field in spec.fields:
            if spec_field.kind is Kind.NESTED:
                assert spec_field.nested is not None
                yield from _walk(spec_field.nested, record.nested[spec_field.name])


class Checker:
    """Checks one document against itself and the database; the first problem is raised."""

    def __init__(self, document: Document, lookup: DatabaseLookup) -> None:
        """Prepare the id sets of the file."""
        self.doc = document
        self.lookup = lookup
        self.file_ids: dict[str, dict[str, str]] = {}

    def agenda_items(self) -> Iterator[tuple[Record, Record]]:
        """(meeting, agenda item) for every item in the file."""
        for meeting in self.doc["meetings"]:
            for item in meeting.nested["agenda"]:
                yield meeting, item

    def run(self) -> None:
        """Apply every rule in turn."""
        self.unique_ids()
        self.references()
        self.theme_names()
        self.people_once()
        self.meeting_rules()
        self.agenda_ownership()
        self.agenda_positions()
        self.action_rules()

    def _register(self, target: str, record: Record) -> None:
        seen = self.file_ids.setdefault(target, {})
        other = seen.get(record.id)
        if other is not None:
            raise ExchangeError(
                f"{record.path}.id", "exchange.duplicate_id", value=record.id, other=other
            )
        seen[record.id] = record.path

    def unique_ids(self) -> None:
        """Ids are unique within their list; agenda item and decision ids across the file."""
        for spec in TOP_LEVEL:
            for record in self.doc[spec.name]:
                self._register(spec.name, record)
        for _meeting, item in self.agenda_items():
            self._register("agenda_items", item)
            for decision in item.nested["decisions"]:
                self._register("decisions", decision)
        for entry in self.doc.history or ():
            self._register("history", entry)

    def _references(self) -> Iterator[tuple[Record, str, int | None, str, str]]:
        """(record, field, index in an id list, target list, id) for every reference."""
        for spec in TOP_LEVEL:
            for owner_spec, record in _walk(spec, self.doc[spec.name]):
                for spec_field in owner_spec.ref_fields:
                    value = record.values[spec_field.name]
                    if value is None:
                        continue
                    if spec_field.kind is Kind.REF:
                        yield record, spec_field.name, None, spec_field.target, value
                    else:
                        for i, ref in enumerate(value):
                            yield record, spec_field.name, i, spec_field.target, ref

    def references(self) -> None:
        """Every reference points at an id in this file or already in the database."""
        wanted: dict[str, set[str]] = {}
        for _record, _name, _i, target, value in self._references():
            if value not in self.file_ids.get(target, {}):
                wanted.setdefault(target, set()).add(value)
        if not wanted:
            return
        found = {target: self.lookup.existing_ids(target, ids) for target, ids in wanted.items()}
        for record, name, i, target, value in self._references():
            if value in wanted.get(target, ()) and value not in found[target]:
                path = f"{record.path}.{name}" + ("" if i is None else f"[{i}]")
                raise ExchangeError(path, "exchange.unknown_ref", value=value, kind=target)

    def theme_names(self) -> None:
        """Theme names are unique ignoring case, in the file and against the database."""
        names: dict[str, tuple[str, str]] = {
            name.casefold(): (theme_id, "") for theme_id, name in self.lookup.themes()
        }
        file_ids = {theme.id for theme in self.doc["themes"]}
        names = {key: value for key, value in names.items() if value[0] not in file_ids}
        for theme in self.doc["themes"]:
            key = str(theme.values["name"]).casefold()
            other = names.get(key)
            if other is not None and other[0] != theme.id:
                raise ExchangeError(
                    f"{theme.path}.name", "exchange.duplicate_theme", value=theme.values["name"]
                )
            names[key] = (theme.id, theme.path)

    def people_once(self) -> None:
        """A person sits at a table once and is in a meeting's attendance once."""
        pairs = [(t, "members") for t in self.doc["tables"]]
        pairs += [(m, "attendance") for m in self.doc["meetings"]]
        for owner, name in pairs:
            seen: set[str] = set()
            for entry in owner.nested[name]:
                person = entry.values["person_id"]
                if person in seen:
                    raise ExchangeError(
                        f"{entry.path}.person_id", "exchange.duplicate_person", value=person
                    )
                seen.add(person)

    def meeting_rules(self) -> None:
        """An end after the start; an adoption (and its date) only with adopted minutes."""
        for meeting in self.doc["meetings"]:
            values = meeting.values
            if values["ends_at"] is not None and values["ends_at"] < values["starts_at"]:
                raise ExchangeError(f"{meeting.path}.ends_at", "exchange.ends_before_start")
            for item in meeting.nested["agenda"]:
                started, ended = item.values["started_at"], item.values["ended_at"]
                if started is not None and ended is not None and ended < started:
                    raise ExchangeError(f"{item.path}.ended_at", "exchange.ends_before_start")
            approved_on = values["minutes_approved_on"]
            if approved_on is not None and values["status"] != MeetingStatus.MINUTES_APPROVED:
                raise ExchangeError(
                    f"{meeting.path}.minutes_approved_on", "exchange.approved_on_without_status"
                )
            adoption = values["adoption"]
            if adoption is None:
                continue
            if values["status"] != MeetingStatus.MINUTES_APPROVED:
                raise ExchangeError(f"{meeting.path}.adoption", "exchange.adoption_without_status")
            if approved_on is not None and approved_on != adoption["on"]:
                raise ExchangeError(
                    f"{meeting.path}.adoption.on",
                    "exchange.adoption_date_differs",
                    on=adoption["on"].isoformat(),
                    approved_on=approved_on.isoformat(),
                )

    def agenda_ownership(self) -> None:
        """A stored agenda item or decision cannot move to another meeting or item."""
        items = self.lookup.agenda_item_meetings(i.id for _m, i in self.agenda_items())
        for meeting, item in self.agenda_items():
            stored = items.get(item.id)
            if stored is not None and stored != meeting.id:
                raise ExchangeError(f"{item.path}.id", "exchange.item_elsewhere", value=item.id)
        decisions = self.lookup.decision_items(
            d.id for _m, i in self.agenda_items() for d in i.nested["decisions"]
        )
        for _meeting, item in self.agenda_items():
            for decision in item.nested["decisions"]:
                stored = decisions.get(decision.id)
                if stored is not None and stored != item.id:
                    raise ExchangeError(
                        f"{decision.path}.id", "exchange.decision_elsewhere", value=decision.id
                    )

    def agenda_positions(self) -> None:
        """Positions are unique within a meeting, counting stored items the file leaves alone."""
        taken: dict[str, dict[int, str]] = {}
        in_file = {item.id for _m, item in self.agenda_items()}
        for meeting_id, item_id, position in self.lookup.agenda_positions(
            m.id for m in self.doc["meetings"]
        ):
            if item_id not in in_file:
                taken.setdefault(meeting_id, {})[position] = item_id
        for meeting, item in self.agenda_items():
            positions = taken.setdefault(meeting.id, {})
            position = item.values["position"]
            if position in positions:
                raise ExchangeError(
                    f"{item.path}.position", "exchange.duplicate_position", value=position
                )
            positions[position] = item.id

    def action_rules(self) -> None:
        """An action's agenda item is of its meeting; numbers are unique within a table."""
        item_meeting = {item.id: meeting.id for meeting, item in self.agenda_items()}
        outside = (
            {a.values["agenda_item_id"] for a in self.doc["actions"]} - set(item_meeting) - {None}
        )
        item_meeting.update(self.lookup.agenda_item_meetings(outside))
        numbers: dict[tuple[Any, str], str] = {}
        file_ids = {a.id for a in self.doc["actions"]}
        table_ids = {a.values["table_id"] for a in self.doc["actions"]} - {None}
        for table_id, action_id, number in self.lookup.action_numbers(table_ids):
            if action_id not in file_ids:
                numbers[(table_id, number)] = action_id
        for action in self.doc["actions"]:
            values = action.values
            item_id, meeting_id = values["agenda_item_id"], values["meeting_id"]
            if (
                item_id is not None
                and meeting_id is not None
                and item_meeting[item_id] != meeting_id
            ):
                raise ExchangeError(
                    f"{action.path}.agenda_item_id", "exchange.item_not_in_meeting", value=item_id
                )
            if values["number"] is None or values["table_id"] is None:
                continue
            key = (values["table_id"], values["number"])
            if key in numbers:
                raise ExchangeError(
                    f"{action.path}.number", "exchange.duplicate_number", value=values["number"]
                )
            numbers[key] = action.id
