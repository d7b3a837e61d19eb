"""Bad history entries are refused like any bad field: the JSON path, one line, nothing written."""

import json
from typing import Any

import pytest

from tests.exchange.bad_input_support import DELETE, Importer, base_document, set_path
from tests.exchange.history_support import history_entries


def with_history() -> dict[str, Any]:
    """The base document (records new to the seeded database) with a valid history."""
    document = base_document()
    document["history"] = history_entries()
    return document


CASES = [
    pytest.param("history[3].feild", 1, "unknown field", id="unknown key"),
    pytest.param("history[0].at", "gisteren", "is not a moment", id="moment"),
    pytest.param("history[1].at", "2018-13-01T10:00:00+01:00", "is not a moment", id="month"),
    pytest.param("history[0].list", "vergaderingen", "choose from", id="list name"),
    pytest.param("history[0].list", "agenda_items", "choose from", id="table name as list"),
    pytest.param("history[0].field", 5, "must be text", id="field a number"),
    pytest.param("history[0].field", "", "must not be empty", id="field empty"),
    pytest.param("history[2].note", ["x"], "must be text", id="note a list"),
    pytest.param("history[2].by", 3, "must be text", id="by a number"),
    pytest.param("history[0].record_id", "", "non-empty", id="record id empty"),
    pytest.param("history[1].id", "h-1", "duplicate id", id="duplicate id"),
    pytest.param("history[0].id", DELETE, "required field is missing", id="no id"),
    pytest.param("history[0].at", DELETE, "required field is missing", id="no moment"),
    pytest.param("history[0].list", DELETE, "required field is missing", id="no list"),
    pytest.param("history[0].record_id", DELETE, "required field is missing", id="no record"),
    pytest.param("history[4]", "h-5", "must be an object", id="entry not an object"),
    pytest.param("history", {"h-1": {}}, "must be a list", id="history not a list"),
]


@pytest.mark.parametrize(("path", "value", "says"), CASES)
def test_bad_history_is_refused_and_nothing_written(
    importer: Importer, path: str, value: Any, says: str
) -> None:
    document = with_history()
    set_path(document, path, value)
    assert says in importer.refuse(importer.write(document), path)


@pytest.mark.parametrize(
    ("text", "at", "says"),
    [
        ('{"a": 1, "a": 2}', "history[0].new.a", "given twice"),
        ('{"b": [1, 2, 100000000000000000000000000000]}', "history[0].new.b[2]", "number"),
        ("[1, Infinity]", "history[0].new[1]", "number"),
        ('{"x y": ["ok", "\\ud800"]}', 'history[0].new["x y"][1]', "not text"),
        ('"nul\\u0000"', "history[0].new", "not text"),
    ],
    ids=["duplicate key", "huge integer", "infinity", "lone surrogate", "NUL"],
)
def test_old_and_new_are_any_json_but_only_json(
    importer: Importer, text: str, at: str, says: str
) -> None:
    document = with_history()
    document["history"][0]["new"] = "PLACEHOLDER"
    raw = json.dumps(document).replace('"PLACEHOLDER"', text, 1)
    assert says in importer.refuse(importer.write_bytes(raw.encode("utf-8")), at)


def test_messages_in_dutch_too(importer: Importer) -> None:
    document = with_history()
    document["history"][3]["feild"] = 1
    assert importer.refuse(importer.write(document), "history[3].feild", "nl") == "onbekend veld"


def test_any_json_is_accepted_in_old_and_new(importer: Importer) -> None:
    document = with_history()
    values = [0, -1.5e-7, True, False, None, "", "één – ✓", [], {}, {"a": [{"b": None}]}]
    for i, value in enumerate(values):
        document["history"].append(
            {
                "id": f"v-{i}",
                "at": "2020-01-01T00:00:00Z",
                "list": "people",
                "record_id": "p-anna",
                "old": value,
                "new": value,
            }
        )
    exported = importer.accept(importer.write(document))
    by_id = {e["id"]: e for e in exported["history"]}
    assert [by_id[f"v-{i}"]["new"] for i in range(len(values))] == values
    assert by_id["v-0"]["at"] == "2020-01-01T01:00:00+01:00"
