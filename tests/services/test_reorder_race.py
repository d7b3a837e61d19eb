"""Two moves of one list at the same moment: the later is refused, never stored over the first.

The check of the order a page showed reads the positions; a colleague's move that is
being stored at that moment must be waited for and seen (issue 15, point 1; found by the
review of session 7: both moves reported success and one was lost). PostgreSQL: SQLite
lets one writer in at a time.
"""

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import text

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.conflicts import Conflict
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.meeting_editing import move_agenda_item
from ontwikkeltafel.services.table_editing import member_rows, move_member
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url


@pytest.fixture
def sessions(pg_database_url: str, write_json: Any, document: dict[str, Any]) -> Iterator[Any]:
    document["meetings"][0] |= {"status": "held", "minutes_approved_on": None}  # movable
    database = open_database(location_from_url(pg_database_url))
    import_file(database.session_factory, write_json(document))
    yield database.session_factory
    database.close()


def _while_a_colleague_holds(
    sessions: SessionFactory, colleague_sql: str, params: dict[str, Any], mine: Callable[[], Any]
) -> BaseException | None:
    """Run ``mine`` while another transaction has stored ``colleague_sql``, not yet committed."""
    outcome: list[BaseException | None] = []
    with sessions() as colleague:
        colleague.execute(text(colleague_sql), params)

        def run() -> None:
            try:
                mine()
                outcome.append(None)
            except BaseException as exc:  # handed to the test
                outcome.append(exc)

        worker = threading.Thread(target=run)
        worker.start()
        worker.join(1.0)  # mine waits for the colleague's rows (or, unchecked, goes ahead)
        colleague.commit()
    worker.join(10)
    assert outcome, "the move did not end"
    return outcome[0]


def test_a_member_move_waits_for_a_colleagues_move_and_is_refused(sessions: Any) -> None:
    shown = [row.person_id for row in member_rows(sessions, "tafel-1")]
    first, last = shown[0], shown[-1]
    # the colleague puts the first member last: every position moves
    swap = (
        "UPDATE table_members SET position = CASE WHEN person_id = :first THEN 100 "
        "ELSE position END, version = version + 1 WHERE table_id = 'tafel-1'"
    )
    error = _while_a_colleague_holds(
        sessions,
        swap,
        {"first": first},
        lambda: move_member(sessions, "tafel-1", last, 0, shown=shown),
    )
    assert isinstance(error, Conflict)
    order = [row.person_id for row in member_rows(sessions, "tafel-1")]
    assert order[-1] == first and order[0] != last  # the colleague's move kept, mine not stored


def test_an_agenda_move_waits_for_a_colleagues_move_and_is_refused(sessions: Any) -> None:
    with sessions() as session:
        items = [
            row[0]
            for row in session.execute(
                text("SELECT id FROM agenda_items WHERE meeting_id = 'm-1' ORDER BY position")
            )
        ]
    assert len(items) >= 2
    push_down = (
        "UPDATE agenda_items SET position = position + 100, version = version + 1 WHERE id = :first"
    )
    error = _while_a_colleague_holds(
        sessions,
        push_down,
        {"first": items[0]},
        lambda: move_agenda_item(sessions, items[-1], 0, shown=items),
    )
    assert isinstance(error, Conflict)
