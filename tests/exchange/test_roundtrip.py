"""The round trip is lossless: export -> import into an empty database -> export is the same."""

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from ontwikkeltafel.services.exchange_files import export_file, import_file
from ontwikkeltafel.store.database import Database, open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from tests.conftest import POSTGRESQL, SQLITE, PgTemplate
from tests.exchange.strategies import documents

#: A new current database in a folder, under a name; closed (a server's dropped) after.
Fresh = Callable[[Path, str], AbstractContextManager[Database]]


@pytest.fixture(scope="module", params=[SQLITE, POSTGRESQL])
def fresh(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Fresh:
    """New empty databases on each engine: copies of one made once (making one is slow)."""
    if request.param == POSTGRESQL:
        template: PgTemplate = request.getfixturevalue("pg_template")

        @contextmanager
        def on_postgres(folder: Path, name: str) -> Iterator[Database]:
            url = template.copy()
            database = open_database(location_from_url(url))
            try:
                yield database
            finally:
                database.close()
                template.drop(url)

        return on_postgres
    empty = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(location_from_path(empty)).close()

    @contextmanager
    def on_sqlite(folder: Path, name: str) -> Iterator[Database]:
        shutil.copy(empty, folder / f"{name}.sqlite3")
        database = open_database(location_from_path(folder / f"{name}.sqlite3"))
        try:
            yield database
        finally:
            database.close()

    return on_sqlite


def roundtrip(doc: dict[str, Any], folder: Path, fresh: Fresh, name: str) -> dict[str, Any]:
    """Import ``doc`` into a new empty database and export it again."""
    source, out = folder / f"{name}.in.json", folder / name
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with fresh(folder, name) as database:
        import_file(database.session_factory, source)
        export_file(database.session_factory, out)
    exported: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    exported.pop("exported_at")
    return exported


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=documents())
def test_export_import_export_is_identical(
    doc: dict[str, Any], tmp_path: Path, fresh: Fresh
) -> None:
    first = roundtrip(doc, tmp_path, fresh, "first")
    second = roundtrip(first, tmp_path, fresh, "second")
    assert second == first
    # Nothing of the random input was lost on the way in.
    assert len(first["meetings"]) == len(doc["meetings"])
    assert sorted(a["id"] for a in first["actions"]) == sorted(a["id"] for a in doc["actions"])
    texts_in = {m["title"] for m in doc["meetings"]} | {p["notes"] for p in doc["people"]}
    texts_out = {m["title"] for m in first["meetings"]} | {p["notes"] for p in first["people"]}
    assert texts_in == texts_out
    items_in = {i["id"]: i["minutes"] for m in doc["meetings"] for i in m["agenda"]}
    items_out = {i["id"]: i["minutes"] for m in first["meetings"] for i in m["agenda"]}
    assert items_in == items_out


def test_small_document_survives_unchanged(
    document: dict[str, Any], tmp_path: Path, fresh: Fresh
) -> None:
    exported = roundtrip(document, tmp_path, fresh, "small")
    meeting = exported["meetings"][0]
    assert meeting["starts_at"] == "2018-01-18T15:30:00+01:00"
    assert [i["position"] for i in meeting["agenda"]] == [1, 2, 3]
    assert meeting["agenda"][1]["decisions"] == [
        {"id": "d-1", "text": "De tafel verzamelt goede voorbeelden."}
    ]
    assert meeting["agenda"][2]["confidential"] is True
    table = exported["tables"][0]
    assert [m["role"] for m in table["members"]] == ["chair", "secretary", "member"]
    assert table["agenda_template"][1] == {
        "title": "Rondvraag",
        "kind": "any_other_business",
        "planned_minutes": 10,
    }
    assert exported["people"][0]["last_name"] == "Bakker"  # sorted on the surname proper
    assert exported["people"][1]["prefix"] == "van der"
