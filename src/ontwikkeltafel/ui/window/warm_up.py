"""What the window does while the user reads its first page, so a first click waits less.

It imports the pages' modules (kept out of start-up), then, off the UI thread, reads every
list's rows of a record that is none (no ids at all would be another statement):
SQLAlchemy compiles and caches each list's statement of its rows then, not at the first
click on the list (the action list's on PostgreSQL: 12 of its first read's 20 ms; the
reads after take 8). Twice: a statement with a subquery made once for the module (an
organisation's count of people) has another cache key after its first run, when the ORM
has marked that subquery; it comes from the cache from its third.
"""

import importlib
import logging
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

MODULES = (
    "ontwikkeltafel.ui.lists.kinds",
    "ontwikkeltafel.ui.lists.editing_page",
    "ontwikkeltafel.ui.forms.kinds",
    "ontwikkeltafel.ui.pages.table.page",
    "ontwikkeltafel.ui.pages.meeting.page",
)

NO_RECORD = ("",)  # no record's id is empty
RUNS = 2  # see above
RowsReader = Callable[[Any, Sequence[str]], Sequence[Any]]


def import_pages() -> list[RowsReader]:
    """Import the pages' modules; every list's reader of rows (made here: headers translate)."""
    for module in MODULES:
        importlib.import_module(module)
    from ontwikkeltafel.ui.lists.kinds import PAGES

    return [make().fetch_rows for make in PAGES.values()]


def prepare_reads(sessions: Any, readers: Sequence[RowsReader]) -> int:
    """Run each reader (twice) for a record that is none, off the UI thread; how many ran.

    One that fails (a server away, a database closed meanwhile) is only noted: the list
    itself says so, if it is opened, when it reads.
    """
    ran = 0
    for read in readers:
        try:
            for _run in range(RUNS):
                read(sessions, NO_RECORD)
        except Exception as exc:  # a preparation only: never the user's own reading
            log.debug("preparing a list's reading failed: %s", type(exc).__name__)
            continue
        ran += 1
    return ran
