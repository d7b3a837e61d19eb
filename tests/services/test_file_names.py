"""Suggested file names: the report's words in its language, a date, nothing refused."""

from datetime import date
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.file_names import export_file_name, report_file_name, safe_file_name
from ontwikkeltafel.store.database import Database

TODAY = date(2025, 11, 23)


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> Any:
    document["meetings"].append(
        {
            "id": "los",
            "kind": "consultation",
            "title": "Overleg: wat/nu?",
            "starts_at": "2023-12-31T23:30:00+01:00",
        }
    )
    import_file(database.session_factory, write_json(document))
    return database.session_factory


def test_meeting_documents_carry_the_date_and_table(sessions: Any) -> None:
    table = "Onderwijs en zorg vinden elkaar!"
    assert report_file_name(sessions, "minutes", "m-1", "nl") == f"Verslag 2018-01-18 {table}.docx"
    assert report_file_name(sessions, "agenda", "m-1", "en") == (
        f"Notice of meeting 2018-01-18 {table}.docx"
    )
    assert report_file_name(sessions, "invitation", "m-1", "nl") == (
        f"Uitnodiging 2018-01-18 {table}.ics"
    )


def test_a_meeting_without_a_table_uses_its_own_title_made_safe(sessions: Any) -> None:
    # 23:30 in Amsterdam on New Year's Eve is that day, not UTC's.
    assert report_file_name(sessions, "minutes", "los", "nl") == (
        "Verslag 2023-12-31 Overleg wat nu.docx"
    )


def test_table_documents_and_exports_carry_today(sessions: Any) -> None:
    name = report_file_name(sessions, "actions", "tafel-1", "nl", TODAY)
    assert name == "Besluiten- en actielijst Onderwijs en zorg vinden elkaar! 2025-11-23.docx"
    assert report_file_name(sessions, "table", "tafel-1", "en", TODAY).startswith("Table report ")
    assert export_file_name(sessions, None, "nl", TODAY) == "Export Ontwikkeltafel 2025-11-23.json"
    assert export_file_name(sessions, "tafel-1", "nl", TODAY) == (
        "Export Onderwijs en zorg vinden elkaar! 2025-11-23.json"
    )


def test_unknown_records_are_refused_clearly(sessions: Any) -> None:
    with pytest.raises(UserError) as caught:
        report_file_name(sessions, "minutes", "nope", "nl")
    assert caught.value.key == "report.unknown_meeting"
    with pytest.raises(UserError):
        export_file_name(sessions, "nope", "nl")


def test_safe_file_name() -> None:
    assert safe_file_name('a<b>c:"d"/e\\f|g?h*i\tj', ".txt") == "a b c d e f g h i j.txt"
    assert safe_file_name(" ... ", ".docx") == "Ontwikkeltafel.docx"
    assert safe_file_name("x" * 300, ".docx") == "x" * 120 + ".docx"
    assert safe_file_name("Verslag v.", ".docx") == "Verslag v.docx"
