"""Search everything from one box: hits grouped by kind, with what the UI needs to open each."""

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ontwikkeltafel.model import Action, AgendaItem, Decision
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.store.search import MARK_END, MARK_START, Hit, search

__all__ = ["GROUP_ORDER", "MARK_END", "MARK_START", "SearchGroup", "SearchHit", "SearchResults"]

#: The groups in the order the UI shows them: tafels, bijeenkomsten, agendapunten,
#: besluiten, actiepunten, vragen/zorgen/knelpunten, goede voorbeelden, ontwikkelpunten,
#: personen, organisaties, thema's.
GROUP_ORDER = (
    "table",
    "meeting",
    "agenda_item",
    "decision",
    "action",
    "concern",
    "practice",
    "development_point",
    "person",
    "organisation",
    "theme",
)


@dataclass(frozen=True)
class SearchHit:
    """One record found; ``snippet`` marks matched words with MARK_START ... MARK_END.

    ``meeting_id`` is the meeting to open for an agenda item, a decision or an
    action agreed in a meeting; None for other kinds.
    """

    kind: str
    id: str
    title: str
    snippet: str
    meeting_id: str | None
    confidential: bool


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


def _meetings(session: Session, hits: list[Hit]) -> dict[tuple[str, str], str | None]:
    """The meeting of each agenda item, decision and action among ``hits``."""
    wanted: dict[str, list[str]] = {"agenda_item": [], "decision": [], "action": []}
    for hit in hits:
        if hit.kind in wanted:
            wanted[hit.kind].append(hit.record_id)
    queries = {
        "agenda_item": select(AgendaItem.id, AgendaItem.meeting_id).where(
            AgendaItem.id.in_(wanted["agenda_item"])
        ),
        "decision": select(Decision.id, AgendaItem.meeting_id)
        .join(AgendaItem, Decision.agenda_item_id == AgendaItem.id)
        .where(Decision.id.in_(wanted["decision"])),
        "action": select(Action.id, Action.meeting_id).where(Action.id.in_(wanted["action"])),
    }
    found: dict[tuple[str, str], str | None] = {}
    for kind, query in queries.items():
        if wanted[kind]:
            found.update(
                ((kind, record_id), meeting) for record_id, meeting in session.execute(query)
            )
    return found


def search_everything(
    sessions: SessionFactory,
    text: str,
    *,
    include_confidential: bool = True,
    limit_per_kind: int = 20,
) -> SearchResults:
    """Every kind of record matching ``text`` (the last word as a prefix), grouped by kind."""
    with sessions() as session:
        hits = search(session, text, limit_per_kind, include_confidential)
        meetings = _meetings(session, hits)
    by_kind: dict[str, list[SearchHit]] = {kind: [] for kind in GROUP_ORDER}
    for hit in hits:
        by_kind.setdefault(hit.kind, []).append(
            SearchHit(
                hit.kind,
                hit.record_id,
                hit.title,
                hit.snippet,
                meetings.get((hit.kind, hit.record_id)),
                hit.confidential,
            )
        )
    groups = tuple(SearchGroup(kind, tuple(found)) for kind, found in by_kind.items() if found)
    return SearchResults(text, groups)
