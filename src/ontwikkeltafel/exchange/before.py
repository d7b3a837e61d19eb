"""The stored values of records an import is about to update, as exchange JSON (for the history).

Only those records are read, in chunks, with what hangs off them: id lists, members,
agenda template, attendance, agenda items with their decisions, the adoption.
"""

from sqlalchemy.orm import Session

from ontwikkeltafel.exchange.exporter import CHUNK, Exporter, Row
from ontwikkeltafel.exchange.schema import (
    AGENDA_ITEM,
    ATTENDANCE,
    DECISION,
    MEMBER,
    TEMPLATE_ITEM,
    TOP_LEVEL,
)
from ontwikkeltafel.store.plain import in_list, plain_in


def _chunks(ids: set[str]) -> list[list[str]]:
    items = sorted(ids)
    return [items[start : start + CHUNK] for start in range(0, len(items), CHUNK)]


def _children(exporter: Exporter, name: str, chunk: list[str]) -> dict[str, dict[str, list[Row]]]:
    """The nested lists of the records ``chunk`` of list ``name``, grouped by owner."""
    if name == "tables":
        return {
            "members": exporter.grouped(MEMBER, "table_id", ("table_id", chunk)),
            "agenda_template": exporter.grouped(TEMPLATE_ITEM, "table_id", ("table_id", chunk)),
        }
    if name != "meetings":
        return {}
    listed, params = in_list("m", chunk)
    rows = exporter.plain.rows(f"SELECT id FROM agenda_items WHERE meeting_id IN {listed}", params)
    item_ids = [row["id"] for row in rows]
    exporter.links.update(exporter.links_for("agenda", item_ids))
    decisions = exporter.grouped(DECISION, "agenda_item_id", ("agenda_item_id", item_ids))
    return {
        "attendance": exporter.grouped(ATTENDANCE, "meeting_id", ("meeting_id", chunk)),
        "agenda": exporter.grouped(
            AGENDA_ITEM, "meeting_id", ("meeting_id", chunk), {"decisions": decisions}
        ),
    }


def read_before(session: Session, stored: dict[str, set[str]]) -> dict[str, dict[str, Row]]:
    """Per top-level list, the stored records ``stored`` names, by id, as exchange JSON."""
    exporter = Exporter(plain_in(session), None, read_links=False)
    result: dict[str, dict[str, Row]] = {}
    for spec in TOP_LEVEL:
        ids = stored.get(spec.name)
        if not ids:
            continue
        records: dict[str, Row] = {}
        for chunk in _chunks(ids):
            exporter.links = exporter.links_for(spec.name, chunk)
            children = _children(exporter, spec.name, chunk)
            finished = exporter.records(spec, ("id", chunk), children)
            records.update((record["id"], record) for record in finished)
        result[spec.name] = records
    return result
