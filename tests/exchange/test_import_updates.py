"""Importing into a database that already holds records: update in place, nothing deleted."""

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.exchange.errors import ExchangeError
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.store.database import Database


def _import(database: Database, write_json: Any, doc: dict[str, Any]) -> None:
    import_file(database.session_factory, write_json(doc, "doc.json"))


def _export(database: Database, tmp_path: Path) -> dict[str, Any]:
    export_file(database.session_factory, tmp_path / "out.json")
    data: dict[str, Any] = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    return data


def _envelope(**lists: Any) -> dict[str, Any]:
    return {"format": "ontwikkeltafel-exchange", "version": 1, **lists}


def test_stored_actions_without_number_keep_theirs(
    database, write_json, document, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _import(database, write_json, document)
    again = copy.deepcopy(document)
    for action in again["actions"]:
        del action["number"]
    _import(database, write_json, again)
    _import(database, write_json, again)
    numbers = {a["id"]: a["number"] for a in _export(database, tmp_path)["actions"]}
    assert numbers == {"a-1": "2018-01", "a-2": "2018-02"}


def test_new_action_takes_the_year_of_its_stored_meeting(
    database, write_json, document, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _import(database, write_json, document)
    new = {"id": "a-3", "table_id": "tafel-1", "meeting_id": "m-1", "description": "Nieuw"}
    _import(database, write_json, _envelope(actions=[new]))
    numbers = {a["id"]: a["number"] for a in _export(database, tmp_path)["actions"]}
    assert numbers["a-3"] == "2018-03"  # the meeting of 18 January 2018, not today's year


def test_kept_decisions_follow_the_files_in_their_old_order(
    database, write_json, document, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    document["meetings"][0]["agenda"][1]["decisions"].append({"id": "d-1b", "text": "Tweede."})
    _import(database, write_json, document)
    update = copy.deepcopy(document)
    update["meetings"][0]["agenda"][1]["decisions"] = [{"id": "d-new", "text": "Nieuw besluit."}]
    _import(database, write_json, update)
    item = _export(database, tmp_path)["meetings"][0]["agenda"][1]
    assert [d["id"] for d in item["decisions"]] == ["d-new", "d-1", "d-1b"]  # nothing deleted


def test_reordered_agenda_and_kept_item(database, write_json, document, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _import(database, write_json, document)
    update = copy.deepcopy(document)
    agenda = update["meetings"][0]["agenda"]
    agenda[1]["position"], agenda[2]["position"] = 3, 2
    del agenda[0]  # left out of the file: kept as it was
    _import(database, write_json, update)
    items = _export(database, tmp_path)["meetings"][0]["agenda"]
    assert [(i["id"], i["position"]) for i in items] == [("ai-1", 1), ("ai-3", 2), ("ai-2", 3)]


def test_newer_version_is_named_before_unknown_keys(database, write_json) -> None:  # type: ignore[no-untyped-def]
    doc = {"format": "ontwikkeltafel-exchange", "version": 2, "rooms": []}
    with pytest.raises(ExchangeError) as info:
        _import(database, write_json, doc)
    assert info.value.render("en") == (
        "version: this file is version 2, this Ontwikkeltafel knows version 1 only; "
        "update Ontwikkeltafel"
    )


@pytest.mark.parametrize("moment", ["2200-12-31T23:30:00-01:00", "1900-01-01T00:05:00+01:00"])
def test_moments_whose_amsterdam_year_is_out_of_range_are_refused(  # type: ignore[no-untyped-def]
    database, write_json, moment: str
) -> None:
    meeting = {"id": "m", "title": "Overleg", "starts_at": moment}
    with pytest.raises(UserError) as info:
        _import(database, write_json, _envelope(meetings=[meeting]))
    assert info.value.render("en").startswith("meetings[0].starts_at: ")


def test_old_amsterdam_offset_survives_the_round_trip(database, write_json, tmp_path) -> None:  # type: ignore[no-untyped-def]
    meeting = {"id": "m", "title": "Overleg", "starts_at": "1920-06-01T10:00:00+00:19:32"}
    _import(database, write_json, _envelope(meetings=[meeting]))
    first = _export(database, tmp_path)
    # Amsterdam summer time in 1920 was 1 h 19 min 32 s ahead of UTC: the same instant.
    assert first["meetings"][0]["starts_at"] == "1920-06-01T11:00:00+01:19:32"
    _import(database, write_json, first)
    assert _export(database, tmp_path)["meetings"] == first["meetings"]


def test_records_need_an_id(database, write_json) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as info:
        _import(database, write_json, _envelope(themes=[{"name": "Pesten"}]))
    assert info.value.render("en") == "themes[0].id: required field is missing"
