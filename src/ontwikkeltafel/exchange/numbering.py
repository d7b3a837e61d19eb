"""Numbers for actions that arrive without one: "2018-03", the next free one of its table."""

from datetime import date

from ontwikkeltafel.exchange.document import Document
from ontwikkeltafel.exchange.lookup import DatabaseLookup


def next_number(taken: set[str], year: int) -> str:
    """The first "YYYY-NN" not in ``taken``."""
    sequence = 1
    while f"{year}-{sequence:02d}" in taken:
        sequence += 1
    return f"{year}-{sequence:02d}"


def assign_action_numbers(document: Document, lookup: DatabaseLookup, today: date) -> None:
    """Give every numberless action of the file the next free number of its table."""
    numberless = [a for a in document["actions"] if a.values["number"] is None]
    if not numberless:
        return
    meeting_years = {m.id: m.values["starts_at"].year for m in document["meetings"]}
    table_ids = {a.values["table_id"] for a in numberless} - {None}
    taken: dict[str | None, set[str]] = {}
    for table_id, _action_id, number in lookup.action_numbers(table_ids):
        taken.setdefault(table_id, set()).add(number)
    for action in document["actions"]:
        if action.values["number"] is not None:
            taken.setdefault(action.values["table_id"], set()).add(action.values["number"])
    for action in numberless:
        year = meeting_years.get(action.values["meeting_id"], today.year)
        numbers = taken.setdefault(action.values["table_id"], set())
        action.values["number"] = next_number(numbers, year)
        numbers.add(action.values["number"])
