"""The command line of spec/cli.md: options, exit codes, messages in Dutch and English."""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel import __version__


def test_version(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"ontwikkeltafel {__version__}"


def test_usage_error_exits_2(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("export")
    assert result.code == 2
    assert "-o" in result.err


def test_db_and_db_url_exclude_each_other(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--db", tmp_path / "a.sqlite3", "--db-url", "sqlite://", "demo")
    assert result.code == 2


def test_import_prints_counts_per_kind(cli, cli_database, write_json, document) -> None:  # type: ignore[no-untyped-def]
    result = cli(*cli_database.where, "--lang", "en", "import", write_json(document))
    assert result.code == 0, result.err
    assert "  people: 3 added, 0 updated" in result.out
    assert "  agenda items: 3 added, 0 updated" in result.out
    assert "  decisions: 2 added, 0 updated" in result.out
    again = cli(*cli_database.where, "--lang", "nl", "import", write_json(document))
    assert "  personen: 0 toegevoegd, 3 bijgewerkt" in again.out
    assert "  actiepunten: 0 toegevoegd, 2 bijgewerkt" in again.out


def test_import_counts_are_one_text_for_the_command_line_and_the_window(  # type: ignore[no-untyped-def]
    cli, cli_database, write_json, document
) -> None:
    from ontwikkeltafel.exchange.importer import COUNTED, ImportCounts
    from ontwikkeltafel.i18n import import_count_lines
    from ontwikkeltafel.ui.exports.texts import counts_details

    result = cli(*cli_database.where, "--lang", "nl", "import", write_json(document))
    printed = result.out.splitlines()[1:]
    assert len(printed) == len(COUNTED)
    counts = ImportCounts()
    for line, kind in zip(printed, COUNTED, strict=True):
        numbers = line.split(": ")[-1].split(" toegevoegd, ")
        counts.added[kind], counts.updated[kind] = int(numbers[0]), int(numbers[1].split()[0])
    lines = import_count_lines(counts.added, counts.updated, "nl")
    assert printed == [f"  {line}" for line in lines]
    assert counts_details(counts, "nl") == "\n".join(lines)
    assert lines[1] == "personen: 3 toegevoegd, 0 bijgewerkt"


def test_export_whole_database_and_one_table(
    cli, new_cli_database, write_json, document, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    db = new_cli_database().where
    other = {"id": "tafel-2", "title": "Pesten in de wijk"}
    document["tables"].append(other)
    document["meetings"].append(
        {
            "id": "m-2",
            "table_id": "tafel-2",
            "title": "Andere tafel",
            "starts_at": "2019-02-01T10:00:00+01:00",
        }
    )
    document["concerns"][0]["raised_in_meeting_id"] = "m-2"  # a link out of the table's scope
    assert cli(*db, "import", write_json(document)).code == 0
    everything = tmp_path / "alles.json"
    result = cli(*db, "export", "-o", everything)
    assert result.code == 0
    assert json.loads(everything.read_text())["meetings"][1]["id"] == "m-2"
    one = tmp_path / "tafel.json"
    assert cli(*db, "export", "-o", one, "--table", "tafel-1").code == 0
    data = json.loads(one.read_text())
    assert [t["id"] for t in data["tables"]] == ["tafel-1"]
    assert [m["id"] for m in data["meetings"]] == ["m-1"]
    assert data["concerns"][0]["raised_in_meeting_id"] is None
    assert {p["id"] for p in data["people"]} == {"p-anna", "p-bas", "p-ijs"}
    assert [p["id"] for p in data["practices"]] == ["pr-consulent"]
    # The one-table file imports into an empty database on its own.
    assert cli(*new_cli_database().where, "import", one).code == 0


def test_export_of_unknown_table(cli, cli_database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        *cli_database.where,
        "--lang",
        "nl",
        "export",
        "-o",
        tmp_path / "x.json",
        "--table",
        "bestaat-niet",
    )
    assert result.code == 1
    assert result.err.strip() == "Er is geen tafel met id 'bestaat-niet'."
    assert not (tmp_path / "x.json").exists()


def test_export_to_unwritable_place_leaves_nothing(cli, cli_database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    result = cli(*cli_database.where, "export", "-o", blocker / "uit.json")
    assert result.code == 1
    assert "Cannot write" in result.err
    assert blocker.read_text() == "x"


def test_messages_follow_the_system_locale(cli, cli_database, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = cli_database.where
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "bestaat niet" in cli(*db, "import", tmp_path / "x.json").err
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert "does not exist" in cli(*db, "import", tmp_path / "x.json").err


def test_database_from_environment(
    cli, cli_database, tmp_path, monkeypatch, write_json, document
) -> None:  # type: ignore[no-untyped-def]
    """A path or a URL in ONTWIKKELTAFEL_DB."""
    monkeypatch.setenv("ONTWIKKELTAFEL_DB", cli_database.where[1])
    assert cli("import", write_json(document)).code == 0
    assert cli_database.scalar("SELECT count(*) FROM people") == len(document["people"])


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ontwikkeltafel", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_unexpected_failure_goes_to_the_log_not_the_user(tmp_path: Path, user_dirs: Path) -> None:
    """A real process: a bug shows one line naming the log file; the traceback is in the log."""
    env = dict(os.environ)
    env["ONTWIKKELTAFEL_DB"] = str(tmp_path / "x.sqlite3")
    # A file that is valid JSON but so deeply nested that parsing it fails unexpectedly deep.
    deep = tmp_path / "diep.json"
    deep.write_text("[" * 100000 + "]" * 100000)
    result = _run(["--lang", "en", "import", str(deep)], env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_traceback_is_logged(
    cli, monkeypatch, cli_database, user_dirs, write_json, document
) -> None:  # type: ignore[no-untyped-def]
    import ontwikkeltafel.services.exchange_files as files

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("kapotte schijf bij Anna de Vries")

    monkeypatch.setattr(files, "import_document", broken)
    result = cli(*cli_database.where, "--lang", "nl", "import", write_json(document))
    assert result.code == 1
    # The kind of failure, never its text: that may quote record contents.
    assert "Er ging iets onverwachts mis: RuntimeError." in result.err
    assert "Anna" not in result.err
    log_file = user_dirs / "state" / "ontwikkeltafel" / "log" / "ontwikkeltafel.log"
    assert str(log_file) in result.err
    assert "Traceback" in log_file.read_text()
    assert "Traceback" not in result.err


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_command_loads_demo_data(cli, cli_database, lang) -> None:  # type: ignore[no-untyped-def]
    result = cli(*cli_database.where, "--lang", lang, "demo")
    assert result.code == 0, result.err
    assert cli_database.display in result.out


def test_app_without_a_screen_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["ONTWIKKELTAFEL_DB"] = str(tmp_path / "x.sqlite3")
    result = _run(["--lang", "nl"], env)
    assert result.returncode == 1
    assert result.stderr.startswith("Kan het venster niet openen: er is geen scherm")
    assert "Traceback" not in result.stderr


def test_unreachable_server_is_one_line(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """psycopg's message spans lines; the user still gets exactly one."""
    result = cli(
        "--db-url",
        "postgresql+psycopg://tafel@127.0.0.1:1/tafels",
        "--lang",
        "en",
        "export",
        "-o",
        tmp_path / "x.json",
    )
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert result.err.startswith("Cannot connect to the database postgresql+psycopg://")


def test_missing_driver_says_what_to_install(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "--db-url",
        "mysql://tafel@localhost/tafels",
        "--lang",
        "nl",
        "export",
        "-o",
        tmp_path / "x.json",
    )
    assert result.code == 1
    assert result.err.startswith("Geen databasestuurprogramma voor mysql://tafel@localhost/")
    assert "postgresql+psycopg://" in result.err


@pytest.mark.parametrize(
    ("lang_env", "expected"),
    [
        ("C.UTF-8", "nl"),
        ("de_DE.UTF-8", "nl"),
        ("en_GB.UTF-8", "en"),
        ("nl_NL.UTF-8", "nl"),
    ],
)
def test_the_app_is_dutch_unless_the_system_asks_for_english(
    monkeypatch: pytest.MonkeyPatch, lang_env: str, expected: str
) -> None:
    from ontwikkeltafel.i18n import ui_language

    monkeypatch.setenv("LANG", lang_env)
    assert ui_language() == expected
