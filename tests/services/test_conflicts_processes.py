"""Two people's programs save one minutes text: the second is refused, nothing is lost.

Each runs in a process of its own (tests/services/conflict_worker.py) against one SQLite
file and against one database on a real PostgreSQL server.
"""

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.adoption import reopen
from ontwikkeltafel.services.editing import read_record
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_url

ROOT = Path(__file__).resolve().parents[2]
ITEM = "ai-1"
WAIT_S = 120


@pytest.fixture(params=["sqlite", "postgres"])
def url(
    request: pytest.FixtureRequest, tmp_path: Path, write_json: Any, document: dict[str, Any]
) -> Iterator[str]:
    """The URL of one filled database (the minutes of the adopted meeting reopened)."""
    if request.param == "sqlite":
        found = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    else:  # made by init, as its owner would (the app itself does not make a server's schema)
        found = request.getfixturevalue("pg_database_url")
    database = open_database(location_from_url(found))
    import_file(database.session_factory, write_json(document))
    reopen(database.session_factory, "m-1", "de tests wijzigen het verslag")
    database.close()
    yield found


def _start(url: str, author: str, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.services.conflict_worker", url, ITEM, author, *args]
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _outcome(process: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = process.communicate(timeout=WAIT_S)
    assert process.returncode == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + WAIT_S
    while not path.exists():
        assert time.monotonic() < deadline, f"no {path.name}"
        time.sleep(0.01)


def _minutes(url: str) -> tuple[str, int]:
    database = open_database(location_from_url(url))
    try:
        values = read_record(database.session_factory, "agenda_items", ITEM)
    finally:
        database.close()
    assert values is not None
    return values["minutes"], values["version"]


def test_the_second_save_of_one_minutes_text_is_refused_and_nothing_is_lost(
    url: str, tmp_path: Path
) -> None:
    _text, version = _minutes(url)
    mine = {"Anna": "Anna's verslag: de GGD start een spreekuur.", "Bas": "Bas' verslag."}
    signs = {name: (tmp_path / f"loaded-{name}", tmp_path / f"go-{name}") for name in mine}
    processes = {
        name: _start(
            url, name, "once", text, "--loaded", str(signs[name][0]), "--go", str(signs[name][1])
        )
        for name, text in mine.items()
    }
    for loaded, _go in signs.values():
        _wait_for(loaded)  # both have the text and its version in their forms
    signs["Anna"][1].touch()
    first = _outcome(processes["Anna"])
    signs["Bas"][1].touch()
    second = _outcome(processes["Bas"])

    assert first == {"loaded": version, "saved": version + 1}
    assert second["loaded"] == version and "saved" not in second
    conflict = second["conflict"]
    assert conflict["theirs"]["values"] == {"minutes": mine["Anna"]}
    assert conflict["theirs"]["version"] == version + 1
    assert conflict["theirs"]["by"] == "Anna" and conflict["theirs"]["at"] is not None
    assert conflict["mine"] == {"values": {"minutes": mine["Bas"]}, "version": version}
    assert conflict["message"].startswith("Niet bewaard: Anna heeft dit intussen gewijzigd")
    # Nothing lost: the first's text stands, the second still has its own (in the refusal).
    assert _minutes(url) == (mine["Anna"], version + 1)


def test_two_programs_making_read_modify_write_saves_lose_no_update(url: str) -> None:
    count = 50  # the probe of 200 each: tests/services/conflict_worker.py, see the report
    _text, version = _minutes(url)
    processes = {name: _start(url, name, "probe", str(count)) for name in ("Anna", "Bas")}
    outcomes = {name: _outcome(process) for name, process in processes.items()}

    final, final_version = _minutes(url)
    lines = final.split("\n")
    for name, outcome in outcomes.items():
        assert outcome["saves"] == count and outcome["odd"] == 0, outcome
        assert [line for line in lines if line.startswith(f"{name} ")] == [
            f"{name} {number}" for number in range(count)
        ]
    assert final_version == version + 2 * count  # every save counted once, none overwritten


def test_saves_checked_per_field_lose_no_update_beside_changes_of_another_field(
    url: str,
) -> None:
    # Two writers of the text, a third changing another field meanwhile (PROBE_COUNT=200:
    # the probe of the report).
    count = int(os.environ.get("PROBE_COUNT", "40"))
    processes = {name: _start(url, name, "fields", str(count)) for name in ("Anna", "Bas")}
    processes["Cor"] = _start(url, "Cor", "touch", str(count))
    outcomes = {name: _outcome(process) for name, process in processes.items()}
    print(json.dumps(outcomes))  # the figures (pytest -s)
    final, _version = _minutes(url)
    lines = final.split("\n")
    for name in ("Anna", "Bas"):
        assert outcomes[name]["saves"] == count and outcomes[name]["odd"] == 0, outcomes
        assert [line for line in lines if line.startswith(f"{name} ")] == [
            f"{name} {number}" for number in range(count)
        ]
    # Only the other writer's saves refuse one: never more than they made.
    assert outcomes["Anna"]["conflicts"] <= count and outcomes["Bas"]["conflicts"] <= count
