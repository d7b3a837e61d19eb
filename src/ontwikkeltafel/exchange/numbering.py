"""Numbers for actions that arrive without one: their stored number, or the next free one."""

from datetime import date, datetime

from ontwikkeltafel.exchange.document import Document
from ontwikkeltafel.exchange.lookup import DatabaseLookup
from ontwikkeltafel.exchange.values import AMSTERDAM


def next_number(taken: set[str], year: int) -> str:
    """The first "YYYY-NN" not in ``taken``."""
    sequence = 1
    while f"{year}-{sequence:02d}" in taken:
        sequence += 1
    return f"{year}-{sequence:02d}"


def assign_action_numbers(document: Document, lookup: DatabaseLookup, today: date) -> None:
    """Give every numberless action of the file a number.

    A stored action keeps the number it has; a new one gets the next free number of
    its table in the year of the meeting where it was agreed (else this year).
    """
    actions = document["actions"]
    numberless = [a for a in actions if a.values["number"] is None]
    if not numberless:
        return
    in_file = {a.id for a in actions}
    taken: dict[str | None, set[str]] = {}
    table_ids = {a.values["table_id"] for a in actions} - {None}
    for table_id, action_id, number in lookup.action_numbers(table_ids):
        if action_id not in in_file:
            taken.setdefault(table_id, set()).add(number)
    for action in actions:
        if action.values["number"] is not None:
            taken.setdefault(action.values["table_id"], set()).add(action.values["number"])
    stored = lookup.action_rows(a.id for a in numberless)
    starts: dict[str, datetime] = {m.id: m.values["starts_at"] for m in document["meetings"]}
    wanted = {a.values["meeting_id"] for a in numberless} - set(starts) - {None}
    starts.update(lookup.meeting_starts(wanted))
    for action in numberless:
        numbers = taken.setdefault(action.values["table_id"], set())
        stored_table, kept = stored.get(action.id, (None, ""))
        if kept and stored_table == action.values["table_id"] and kept not in numbers:
            number = kept
        else:
            start = starts.get(action.values["meeting_id"])
            year = start.astimezone(AMSTERDAM).year if start is not None else today.year
            number = next_number(numbers, year)
        action.values["number"] = number
        numbers.add(number)
