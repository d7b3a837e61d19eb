"""No confidential text reaches a participant version of any report (a property test)."""

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.report_files import REPORT_KINDS, write_invitation, write_report
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from tests.exchange.strategies import documents

SECRET = "GEHEIM"


def hide_secrets(doc: dict[str, Any]) -> dict[str, Any]:
    """Put a marker in every text of every confidential item: its own, its decisions' and
    its actions' texts."""
    secret_items = set()
    for meeting in doc["meetings"]:
        for item in meeting["agenda"]:
            if item["confidential"]:
                secret_items.add(item["id"])
                item["title"] = f"{SECRET} titel"
                item["description"] = f"{SECRET} voorbereiding"
                item["minutes"] = f"Besproken.\n\n- {SECRET} punt"
                for decision in item["decisions"]:
                    decision["text"] = f"{SECRET} besluit"
    for action in doc["actions"]:
        if action["agenda_item_id"] in secret_items:
            action["description"] = f"{SECRET} actie"
            action["notes"] = f"{SECRET} notitie"
    return doc


def all_text(path: Path) -> str:
    """Every part of a Word file (body, headers, footers, comments, properties) as text."""
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(location_from_path(path)).close()
    return path


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(doc=documents().map(hide_secrets), lang=st.sampled_from(["nl", "en"]))
def test_participant_versions_hold_no_confidential_text(
    doc: dict[str, Any], lang: str, tmp_path: Path, empty_db: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db_file = tmp_path / "db.sqlite3"
    shutil.copy(empty_db, db_file)
    database = open_database(location_from_path(db_file))
    try:
        sessions = database.session_factory
        import_file(sessions, source)
        targets = [("minutes", m["id"]) for m in doc["meetings"]]
        targets += [("agenda", m["id"]) for m in doc["meetings"]]
        targets += [(kind, t["id"]) for t in doc["tables"] for kind in ("actions", "table")]
        assert {kind for kind, _ in targets} <= set(REPORT_KINDS)
        for n, (kind, record_id) in enumerate(targets):
            out = tmp_path / f"{kind}-{n}.docx"
            write_report(sessions, kind, record_id, out, internal=False, template=None, lang=lang)
            assert SECRET not in all_text(out), (kind, record_id)
        for n, meeting in enumerate(doc["meetings"]):
            out = tmp_path / f"invite-{n}.ics"
            write_invitation(sessions, meeting["id"], out, lang)
            assert SECRET not in out.read_text(encoding="utf-8")
        secret_meetings = [
            m for m in doc["meetings"] if any(i["confidential"] for i in m["agenda"])
        ]
        for meeting in secret_meetings[:1]:
            out = tmp_path / "internal.docx"
            write_report(
                sessions, "minutes", meeting["id"], out, internal=True, template=None, lang=lang
            )
            assert SECRET in all_text(out)  # the internal version does hold them
    finally:
        database.close()
