"""The additions of issue 14: agenda items' real start and end, the documents made per meeting."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import DocumentKind
from ontwikkeltafel.services.documents_sent import documents_sent, last_sent, record_sent
from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.store.database import Database


def _with_live_fields(document: dict[str, Any]) -> dict[str, Any]:
    meeting = document["meetings"][0]
    item = meeting["agenda"][1]
    item["started_at"] = "2018-01-18T15:42:00+01:00"
    item["ended_at"] = "2018-01-18T16:05:00+01:00"
    meeting["documents_sent"] = [
        {"kind": "agenda", "on": "2018-01-04"},
        {"kind": "minutes", "on": "2018-01-25"},
    ]
    return document


def test_the_round_trip_keeps_them(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    tmp_path: Path,
) -> None:
    import_file(database.session_factory, write_json(_with_live_fields(document)))

    exported = json.loads(
        export_file(database.session_factory, tmp_path / "out.json").path.read_text()
    )

    meeting = exported["meetings"][0]
    item = next(i for i in meeting["agenda"] if i["id"] == "ai-2")
    assert (item["started_at"], item["ended_at"]) == (
        "2018-01-18T15:42:00+01:00",
        "2018-01-18T16:05:00+01:00",
    )
    assert next(i for i in meeting["agenda"] if i["id"] == "ai-1")["started_at"] is None
    assert meeting["documents_sent"] == [
        {"kind": "agenda", "on": "2018-01-04"},
        {"kind": "minutes", "on": "2018-01-25"},
    ]
    assert documents_sent(database.session_factory, "m-1") == [
        (DocumentKind.AGENDA, date(2018, 1, 4)),
        (DocumentKind.MINUTES, date(2018, 1, 25)),
    ]


def test_a_document_made_is_noted_once_a_day(
    database: Database, write_json: Callable[..., Path], document: dict[str, Any]
) -> None:
    import_file(database.session_factory, write_json(document))
    sessions = database.session_factory

    record_sent(sessions, "m-1", DocumentKind.ACTIONS, date(2026, 12, 6))
    record_sent(sessions, "m-1", DocumentKind.ACTIONS, date(2026, 12, 6))
    record_sent(sessions, "m-1", DocumentKind.AGENDA, date(2026, 12, 1))

    sent = documents_sent(sessions, "m-1")
    assert sent == [
        (DocumentKind.AGENDA, date(2026, 12, 1)),
        (DocumentKind.ACTIONS, date(2026, 12, 6)),
    ]
    assert last_sent(sent, DocumentKind.ACTIONS) == date(2026, 12, 6)
    assert last_sent(sent, DocumentKind.MINUTES) is None
    with pytest.raises(UserError):
        record_sent(sessions, "m-nothing", DocumentKind.AGENDA, date(2026, 12, 1))


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda m: m["documents_sent"].append({"kind": "letter", "on": "2018-01-04"}),
            "meetings[0].documents_sent[2].kind",
            "letter",
        ),
        (
            lambda m: m["documents_sent"].append({"kind": "agenda"}),
            "meetings[0].documents_sent[2].on",
            "",
        ),
        (
            lambda m: m["agenda"][1].update(ended_at="2018-01-18T15:00:00+01:00"),
            "meetings[0].agenda[1].ended_at",
            "",
        ),
    ],
)
def test_bad_values_are_refused_with_their_path(
    database: Database,
    write_json: Callable[..., Path],
    document: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    path: str,
    words: str,
) -> None:
    document = _with_live_fields(document)
    change(document["meetings"][0])

    with pytest.raises(UserError) as refused:
        import_file(database.session_factory, write_json(document))

    text = refused.value.render("en")
    assert path in text and words in text
    assert documents_sent(database.session_factory, "m-1") == []
