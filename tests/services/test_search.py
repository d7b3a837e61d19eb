"""Searching everything from one box: hits grouped by kind, with the meeting to open."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.search import GROUP_ORDER, MARK_END, MARK_START, search_everything
from ontwikkeltafel.store.database import Database


def test_hits_are_grouped_in_the_fixed_order(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    document["meetings"][0]["agenda"][1]["minutes"] = "Met de schoolconsulent besproken."
    document["meetings"][0]["agenda"][1]["decisions"][0]["text"] = "De schoolconsulent blijft."
    import_file(database.session_factory, write_json(document))

    results = search_everything(database.session_factory, "Schoolconsulent")

    kinds = [group.kind for group in results.groups]
    assert kinds == ["agenda_item", "decision", "practice", "action"]
    assert kinds == [kind for kind in GROUP_ORDER if kind in kinds]
    assert results.count == 4
    opened = {hit.kind: (hit.id, hit.meeting_id) for group in results.groups for hit in group.hits}
    assert opened == {
        "agenda_item": ("ai-2", "m-1"),
        "decision": ("d-1", "m-1"),
        "action": ("a-1", "m-1"),
        "practice": ("pr-consulent", None),
    }
    practice = results.groups[2].hits[0]
    assert practice.title == "De schoolconsulent"
    assert practice.marked_title == f"De {MARK_START}schoolconsulent{MARK_END}"
    # Matched in the title only: the snippet is the beginning of the other text, on one line.
    assert practice.snippet == "Een zorgmedewerker gekoppeld aan verschillende basisscholen."


def test_confidential_hits_can_be_left_out(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(document))
    everything = search_everything(database.session_factory, "vertrouwelijk")
    assert {hit.id for group in everything.groups for hit in group.hits} == {"d-2", "a-2"}
    assert all(hit.confidential for group in everything.groups for hit in group.hits)
    public = search_everything(
        database.session_factory, "vertrouwelijk", include_confidential=False
    )
    assert public.groups == ()


def test_nothing_to_search_gives_no_groups(database: Database) -> None:
    for text in ("", "  ", '"*"', "NEAR("):
        results = search_everything(database.session_factory, text)
        assert results.groups == ()
        assert results.count == 0
