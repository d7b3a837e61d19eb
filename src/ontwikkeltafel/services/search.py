"""Search everything from one box: hits grouped by kind, with what the UI needs to open each."""

import threading
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Executable,
    Select,
    String,
    bindparam,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from ontwikkeltafel.model import Action, AgendaItem, Decision, Meeting
from ontwikkeltafel.reports.format import short_date
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.announce import engine_of
from ontwikkeltafel.store.search import MARK_END, MARK_START, Hit, search

__all__ = [
    "GROUP_ORDER",
    "KIND_GROUPS",
    "LIMIT_PER_KIND",
    "MARK_END",
    "MARK_START",
    "SearchGroup",
    "SearchHit",
    "SearchResults",
]

#: The groups in the order the UI shows them, that of the window's navigation: tafels,
#: bijeenkomsten, agendapunten (with their verslagen), besluiten, personen, organisaties,
#: thema's, vragen en zorgen, goede voorbeelden, ontwikkelpunten, actiepunten.
#: The hits of each kind a search brings: those the window's search box shows (its list of
#: groups is read top to bottom; a kind's next hits are a more precise word away).
LIMIT_PER_KIND = 10

GROUP_ORDER = (
    "table",
    "meeting",
    "agenda_item",
    "decision",
    "person",
    "organisation",
    "theme",
    "concern",
    "practice",
    "development_point",
    "action",
)


@dataclass(frozen=True)
class SearchHit:
    """One record found; its title and a snippet, matched words marked MARK_START ... MARK_END.

    ``marked_title`` is the title so marked. ``snippet`` is a piece of the record's
    other text (its beginning when only the title matched; empty when there is none).
    ``meeting_id`` is the meeting to open for an agenda item, a decision or an action
    agreed in a meeting; None for other kinds. They also carry that meeting's title and
    its short date in Amsterdam time ("22-11-2018"), so two items of the same title
    ("Mededelingen") can be told apart; "" for other kinds.
    """

    kind: str
    id: str
    title: str
    snippet: str
    meeting_id: str | None
    confidential: bool
    marked_title: str = ""
    meeting_title: str = ""
    meeting_date: str = ""

    @property
    def context(self) -> str:
        """Where the hit lives: "Bijeenkomst 6 (22-11-2018)"; "" when it names no meeting."""
        if not self.meeting_title:
            return ""
        return (
            f"{self.meeting_title} ({self.meeting_date})"
            if self.meeting_date
            else self.meeting_title
        )


@dataclass(frozen=True)
class SearchGroup:
    """The hits of one kind, best first."""

    kind: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SearchResults:
    """What a search found: only the groups with hits, in GROUP_ORDER."""

    text: str
    groups: tuple[SearchGroup, ...]

    @property
    def count(self) -> int:
        """The number of hits in all groups."""
        return sum(len(group.hits) for group in self.groups)


#: The meeting of a hit: its id, and its title and start for the kinds that name it.
_Meeting = tuple[str | None, str | None, datetime | None]


def _meeting_select(kind: str) -> Select[*tuple[Any, ...]]:
    """The meetings of the ``kind`` records (agenda items, decisions, actions) by their ids."""

    def among(column: InstrumentedAttribute[str]) -> ColumnElement[bool]:
        return column.in_(bindparam(kind, expanding=True))

    named = literal_column(f"'{kind}'", String)
    if kind == "agenda_item":
        return (
            select(named, AgendaItem.id, AgendaItem.meeting_id, Meeting.title, Meeting.starts_at)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(among(AgendaItem.id))
        )
    if kind == "decision":
        return (
            select(named, Decision.id, AgendaItem.meeting_id, Meeting.title, Meeting.starts_at)
            .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
            .join(Meeting, AgendaItem.meeting_id == Meeting.id)
            .where(among(Decision.id))
        )
    return (
        select(named, Action.id, Action.meeting_id, Meeting.title, Meeting.starts_at)
        .outerjoin(Meeting, Action.meeting_id == Meeting.id)  # an action may stand alone
        .where(among(Action.id))
    )


@cache
def _meetings_statement(kinds: tuple[str, ...]) -> Executable:
    """The meetings of agenda items, decisions and actions, of the ``kinds`` hits found.

    Made once per kinds: building the selects anew for each search took 2.5 ms of Python.
    SQLite's only: PostgreSQL's search reads them itself (store/search_postgres.py).
    """
    selects = [_meeting_select(kind) for kind in kinds]
    return selects[0] if len(selects) == 1 else union_all(*selects)


#: The kinds whose hits name the meeting they belong to.
_IN_MEETINGS = ("agenda_item", "decision", "action")


def _meetings(session: Session, hits: list[Hit]) -> dict[tuple[str, str], _Meeting]:
    """The meeting of each agenda item, decision and action among ``hits``.

    As the search read them (PostgreSQL), else by one query for the kinds found (one round
    trip); the meeting's title and start come along by a join (an action agreed outside a
    meeting has none).
    """
    wanted: dict[str, list[str]] = {}
    known: dict[tuple[str, str], _Meeting] = {}
    for hit in hits:
        if hit.meeting is not None:
            known[hit.kind, hit.record_id] = hit.meeting
        elif hit.kind in _IN_MEETINGS:
            wanted.setdefault(hit.kind, []).append(hit.record_id)
    if not wanted:
        return known
    kinds = tuple(kind for kind in _IN_MEETINGS if kind in wanted)
    rows = session.execute(_meetings_statement(kinds), wanted)
    return known | {
        (kind, record_id): (meeting, title, start)
        for kind, record_id, meeting, title, start in rows
    }


#: On a server, the kinds in two parts, searched at once, each in a session of its own (so
#: on a connection, and a server process, of its own): a search spent most of its time in
#: its one statement, on one of the server's cores (at scale 1, 23 of 30 ms). The parts
#: take about as long each there (the kinds' own statements over 40 of the benchmark's
#: searches: 1,093 and 1,112 ms; with the actions in the second part 921 and 1,284), and
#: the kinds that name their meeting are in the first, so only its statement reads meetings
#: (benchmarks/README.md, sessions 11, 13 and 14).
KIND_GROUPS = (
    ("table", "meeting", "agenda_item", "decision", "theme", "action"),
    ("concern", "practice", "person", "organisation", "development_point"),
)


T = TypeVar("T")


class _Apart(Generic[T]):
    """``work()`` started on a thread of its own; :meth:`result` gives what it returned.

    A daemon thread: quitting the app never waits for a search on a server that does not
    answer (a pool's worker would be waited for at exit).
    """

    def __init__(self, work: Callable[[], T]) -> None:
        self._outcome: list[T] = []
        self._error: list[BaseException] = []

        def run() -> None:
            try:
                self._outcome.append(work())
            except BaseException as error:  # raised again by result(), in the caller
                self._error.append(error)

        self.thread = threading.Thread(target=run, name="search", daemon=True)
        self.thread.start()

    def result(self) -> T:
        """What ``work()`` returned, once done; its error raised here."""
        self.thread.join()
        if self._error:
            raise self._error[0]
        return self._outcome[0]


def _on_a_server(sessions: SessionFactory) -> bool:
    """Whether ``sessions`` are of a PostgreSQL server (not a SQLite file)."""
    engine = engine_of(sessions)
    return engine is not None and engine.dialect.name == "postgresql"


def _search_part(
    sessions: SessionFactory,
    text: str,
    limit_per_kind: int,
    include_confidential: bool,
    kinds: Collection[str] | None,
) -> tuple[list[Hit], dict[tuple[str, str], _Meeting]]:
    """The hits of ``kinds`` (all if None) and their meetings, in a session of its own."""
    with sessions() as session:
        hits = search(session, text, limit_per_kind, include_confidential, kinds)
        meetings = _meetings(session, hits)
        # Ended by a commit, not the rollback of a session closed: psycopg forgets the
        # statements it prepared at each rollback, and the server then plans every search
        # anew (about 5 ms of each on PostgreSQL). Nothing was written.
        session.commit()
    return hits, meetings


def search_everything(
    sessions: SessionFactory,
    text: str,
    *,
    include_confidential: bool = True,
    limit_per_kind: int = LIMIT_PER_KIND,
) -> SearchResults:
    """Every kind of record matching ``text`` (the last word as a prefix), grouped by kind.

    On a server the parts of KIND_GROUPS at once: the first here, each other in a thread
    of its own, whose error, if any, is raised here once all are done.
    """
    options = (text, limit_per_kind, include_confidential)
    if _on_a_server(sessions):
        first, *others = KIND_GROUPS
        parts = [_Apart(partial(_search_part, sessions, *options, kinds)) for kinds in others]
        try:
            hits, meetings = _search_part(sessions, *options, first)
        finally:
            for part in parts:
                part.thread.join()  # (on an error here too: no session left behind)
        for part in parts:
            more_hits, more_meetings = part.result()
            hits, meetings = hits + more_hits, meetings | more_meetings
    else:
        hits, meetings = _search_part(sessions, *options, None)
    by_kind: dict[str, list[SearchHit]] = {kind: [] for kind in GROUP_ORDER}
    for hit in hits:
        meeting, meeting_title, starts_at = meetings.get((hit.kind, hit.record_id), (None,) * 3)
        by_kind.setdefault(hit.kind, []).append(
            SearchHit(
                hit.kind,
                hit.record_id,
                hit.title,
                hit.snippet,
                meeting,
                hit.confidential,
                hit.marked_title or hit.title,
                meeting_title or "",
                short_date(starts_at),
            )
        )
    groups = tuple(SearchGroup(kind, tuple(found)) for kind, found in by_kind.items() if found)
    return SearchResults(text, groups)
