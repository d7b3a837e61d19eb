"""The stored values of records an import is about to update, as exchange JSON (for the history).

Only those records are read, in chunks, with what hangs off them: id lists, members,
agenda template, attendance, agenda items with their decisions, the adoption. The
export's reading (:class:`~ontwikkeltafel.exchange.exporter.Exporter`) gives them, so
the history compares values as the file writes them.
"""

from ontwikkeltafel.exchange.exporter import Exporter, Row
from ontwikkeltafel.exchange.lookup import chunks
from ontwikkeltafel.exchange.schema import (
    AGENDA_ITEM,
    ATTENDANCE,
    DECISION,
    MEMBER,
    TEMPLATE_ITEM,
    TOP_LEVEL,
)
from ontwikkeltafel.store.plain import Plain


def _children(exporter: Exporter, name: str, ids: set[str]) -> dict[str, dict[str, list[Row]]]:
    """The nested lists of the records ``ids`` of list ``name``, grouped by owner.

    For meetings the id lists of their agenda items are added to the exporter's links.
    """
    if name == "tables":
        return {
            "members": exporter.grouped(MEMBER, "table_id", ("table_id", ids)),
            "agenda_template": exporter.grouped(TEMPLATE_ITEM, "table_id", ("table_id", ids)),
        }
    if name != "meetings":
        return {}
    item_ids: set[str] = set()
    for listed, params in chunks(ids):
        sql = f"SELECT id FROM agenda_items WHERE meeting_id IN {listed}"
        item_ids.update(row["id"] for row in exporter.plain.rows(sql, params))
    exporter.links.update(exporter.links_for("agenda", item_ids))
    decisions = exporter.grouped(DECISION, "agenda_item_id", ("agenda_item_id", item_ids))
    return {
        "attendance": exporter.grouped(ATTENDANCE, "meeting_id", ("meeting_id", ids)),
        "agenda": exporter.grouped(
            AGENDA_ITEM, "meeting_id", ("meeting_id", ids), {"decisions": decisions}
        ),
    }


def read_before(plain: Plain, stored: dict[str, set[str]]) -> dict[str, dict[str, Row]]:
    """Per top-level list, the stored records ``stored`` names, by id, as exchange JSON."""
    exporter = Exporter(plain, None, read_links=False)
    result: dict[str, dict[str, Row]] = {}
    for spec in TOP_LEVEL:
        ids = stored.get(spec.name)
        if not ids:
            continue
        exporter.links = exporter.links_for(spec.name, ids)
        children = _children(exporter, spec.name, ids)
        finished = exporter.records(spec, ("id", ids), children)
        result[spec.name] = {record["id"]: record for record in finished}
    return result
