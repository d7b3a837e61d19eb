"""Shared pieces of the bad-input tests: a database with known contents, and what a refusal is.

Every refusal test first imports ``SEED`` (records with their own ids), then imports a bad
file built from the small document plus an update of a seed record, and checks that:
the exit status is 1, stderr is exactly one line that names the JSON path and has no
traceback, and a full export afterwards equals the export before (``exported_at`` aside)
while the database is the same: on SQLite the file byte for byte, on PostgreSQL every
table's rows (tests/cli_database.py). They run on both engines (``cli_engine``).
"""

import copy
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path, location_from_url
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.documents import small_document

#: Marks a key to remove in ``set_path``.
DELETE = object()

SEED: dict[str, Any] = {
    "format": "ontwikkeltafel-exchange",
    "version": 1,
    "organisations": [{"id": "org-seed", "name": "Gemeente Zeist", "sector": "municipality"}],
    "people": [
        {
            "id": "p-seed",
            "first_name": "Sanne",
            "last_name": "Jansen",
            "organisation_id": "org-seed",
        }
    ],
    "themes": [{"id": "th-seed", "name": "Armoede"}],
    "tables": [
        {
            "id": "tafel-seed",
            "title": "Zeister tafel",
            "members": [{"person_id": "p-seed", "role": "chair"}],
        }
    ],
    "practices": [{"id": "pr-seed", "title": "Buurtteam"}],
    "meetings": [
        {
            "id": "m-seed",
            "table_id": "tafel-seed",
            "title": "Startbijeenkomst",
            "starts_at": "2019-02-01T10:00:00+01:00",
            "agenda": [
                {
                    "id": "ai-seed",
                    "position": 1,
                    "title": "Opening",
                    "decisions": [{"id": "d-seed", "text": "We beginnen."}],
                }
            ],
        }
    ],
    "concerns": [{"id": "c-seed", "title": "Wachtlijsten"}],
    "development_points": [{"id": "dp-seed", "title": "Samen plannen"}],
    "actions": [
        {
            "id": "a-seed",
            "number": "2019-01",
            "table_id": "tafel-seed",
            "meeting_id": "m-seed",
            "agenda_item_id": "ai-seed",
            "description": "Verslag rondsturen",
        }
    ],
}


def base_document() -> dict[str, Any]:
    """The small document plus a renamed seed organisation: valid, and all of it new data."""
    document = copy.deepcopy(small_document())
    document["organisations"].append(
        {"id": "org-seed", "name": "Gemeente Zeist (nieuw)", "sector": "municipality"}
    )
    return document


def second_meeting(*agenda: dict[str, Any]) -> dict[str, Any]:
    """Another meeting of tafel-1, with the given agenda items."""
    return {
        "id": "m-2",
        "table_id": "tafel-1",
        "title": "Tweede bijeenkomst",
        "starts_at": "2018-03-15T15:30:00+01:00",
        "agenda": list(agenda),
    }


_STEP = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def _steps(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _STEP.findall(path)]


def get_path(document: Any, path: str) -> Any:
    """The value at a JSON path such as ``meetings[0].agenda[1].title``."""
    for step in _steps(path):
        document = document[step]
    return document


def set_path(document: Any, path: str, value: Any) -> None:
    """Set (or with ``DELETE`` remove) the value at a JSON path; one past a list's end appends."""
    *parents, last = _steps(path)
    for step in parents:
        document = document[step]
    if value is DELETE:
        del document[last]
    elif isinstance(last, int) and last == len(document):
        document.append(value)
    else:
        document[last] = value


def setting(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change of a document: one value set or removed."""

    def change(document: dict[str, Any]) -> None:
        set_path(document, path, value)

    return change


def path_in(line: str, json_path: str) -> bool:
    """Whether ``json_path`` is in ``line`` as a whole path followed by ``": "``."""
    return re.search(rf"(?<![\w.\[\]]){re.escape(json_path)}: ", line) is not None


def make_seeded_database(folder: Path, url: str | None = None) -> Path:
    """A new SQLite database in ``folder`` holding ``SEED`` (made once, copied per test).

    With a ``url``, ``SEED`` goes into that (PostgreSQL) database instead.
    """
    seed = folder / "seed.json"
    seed.write_text(json.dumps(SEED), encoding="utf-8")
    path = folder / "seeded.sqlite3"
    location = location_from_path(path) if url is None else location_from_url(url)
    with pytest.MonkeyPatch.context() as env:
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env.setenv(var, str(folder / "home"))
        database = open_database(location)
        try:
            import_file(database.session_factory, seed)
        finally:
            database.close()
    return path


class Importer:
    """Runs imports and exports against one test database through the command line."""

    def __init__(
        self,
        cli: Callable[..., CliResult],
        target: CliDatabase,
        folder: Path,
        fresh: dict[str, Any] | None = None,
        copy_of: str = "",
    ) -> None:
        """Use ``cli`` on ``target`` (holding ``SEED``); write files into ``folder``.

        ``target`` is a fresh copy of the seeded database ``copy_of`` names; ``fresh`` keeps,
        per such database, its export and fingerprint, the same for every fresh copy: taken
        from the first copy a refusal meets, so the others need not export before.
        """
        self.cli, self.target, self.folder = cli, target, folder
        self.fresh, self.copy_of = fresh if fresh is not None else {}, copy_of
        self.exports = 0
        self.commands = 0

    def write(self, data: Any, name: str = "bad.json") -> Path:
        """``data`` as a UTF-8 JSON file (non-ASCII escaped, so lone surrogates survive)."""
        path = self.folder / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    def write_bytes(self, data: bytes, name: str = "bad.json") -> Path:
        """A file with exactly these bytes."""
        path = self.folder / name
        path.write_bytes(data)
        return path

    def run_import(self, path: Path, lang: str | None = None) -> CliResult:
        """``ontwikkeltafel --db DB [--lang LANG] import PATH``."""
        language = ("--lang", lang) if lang else ()
        self.commands += 1
        return self.cli(*self.target.where, *language, "import", path)

    def export(self) -> dict[str, Any]:
        """A full export, without ``exported_at``."""
        self.exports += 1
        self.commands += 1
        out = self.folder / f"export-{self.exports}.json"
        result = self.cli(*self.target.where, "export", "-o", out)
        assert (result.code, result.err) == (0, ""), result.err
        document = json.loads(out.read_text(encoding="utf-8"))
        document.pop("exported_at")
        return document

    def refuse(self, path: Path, json_path: str | None, lang: str | None = None) -> str:
        """Import ``path``, check it is refused cleanly and wrote nothing; the message.

        With a ``json_path`` the message's text after that path is returned; without
        one (problems with the file itself) the whole line.
        """
        if self.commands == 0 and self.copy_of and self.copy_of in self.fresh:
            before, digest = self.fresh[self.copy_of]  # this copy is as the first one was
        else:
            untouched = self.commands == 0
            before, digest = self.export(), self.target.fingerprint()
            if untouched and self.copy_of:
                self.fresh[self.copy_of] = (before, digest)
        result = self.run_import(path, lang)
        assert "Traceback" not in result.err
        assert "unexpected" not in result.err.lower(), result.err
        assert "onverwacht" not in result.err.lower(), result.err
        assert result.code == 1, (result.code, result.out, result.err)
        lines = result.err.splitlines()
        assert len(lines) == 1 and lines[0].strip(), result.err
        line = lines[0]
        assert self.target.fingerprint() == digest, "the database changed"
        assert self.export() == before, "the import wrote data"
        if json_path is None:
            return line
        assert path_in(line, json_path), f"{json_path!r} not named in: {line}"
        return line.split(f"{json_path}: ", 1)[1]

    def accept(self, path: Path) -> dict[str, Any]:
        """Import ``path``, check it succeeds; the export afterwards."""
        result = self.run_import(path)
        assert (result.code, result.err) == (0, ""), result.err
        return self.export()


def record(export: dict[str, Any], kind: str, record_id: str) -> dict[str, Any]:
    """The exported record of list ``kind`` with id ``record_id``."""
    matches = [r for r in export[kind] if r["id"] == record_id]
    assert len(matches) == 1, f"{kind} {record_id}: {len(matches)} found"
    return matches[0]
