"""``person anonymise`` and ``person erase``: they list, ask (or take --yes), and say what stays."""

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.services import plain_of
from tests.cli_database import CliDatabase

Cli = Callable[..., Any]


@pytest.fixture
def loaded(
    cli: Cli,
    write_json: Callable[..., Path],
    cli_database: CliDatabase,
    document: dict[str, Any],
) -> CliDatabase:
    """The small document; Anna named in a verslag; Cor nobody needs."""
    document["meetings"][0]["agenda"][2]["minutes"] = "A. de Vries bracht een casus in."
    document["people"].append({"id": "p-cor", "first_name": "Cor", "last_name": "Jansen"})
    db = cli_database
    assert cli(*db.where, "import", write_json(document)).code == 0
    return db


def _people(db: CliDatabase) -> list[tuple[str, ...]]:
    database = db.open()
    try:
        with plain_of(database) as plain:
            rows = plain.rows("SELECT id, first_name, last_name FROM people ORDER BY id")
            return [(row["id"], row["first_name"], row["last_name"]) for row in rows]
    finally:
        database.close()


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A terminal on standard input whose answers are taken from the list, in order."""
    answers: list[str] = []
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda question="": answers.pop(0))
    yield answers


def test_anonymise_with_yes_lists_the_rewrites_and_names_the_backups(
    cli: Cli, loaded: CliDatabase
) -> None:
    result = cli(
        *loaded.where,
        "--lang",
        "nl",
        "person",
        "anonymise",
        "p-anna",
        "--as",
        "coach KION",
        "--yes",
    )

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("Anna de Vries wordt overal vervangen door ‘coach KION’")
    assert "  agendapunt ai-3 (verslag): A. de Vries bracht een casus in." in lines
    assert "    wordt: coach KION bracht een casus in." in lines
    assert "Anna de Vries is geanonimiseerd als ‘coach KION’" in result.out
    # The command's own start made today's backup: it still holds Anna, and says so.
    if loaded.path is not None:  # a file's backups beside it; a server's are the server's own
        folder = loaded.path.parent / f"{loaded.path.stem}-backups"
        assert f"1 back-up(s) in {folder} bevatten deze persoon nog." in lines
    else:
        assert not [line for line in lines if "back-up" in line], lines
    assert ("p-anna", "", "coach KION") in _people(loaded)


def test_without_a_terminal_and_without_yes_nothing_changes(cli: Cli, loaded: CliDatabase) -> None:
    before = _people(loaded)
    for lang, said in (
        ("nl", "Geef --yes om het zonder vraag te doen. Er is niets veranderd."),
        ("en", "Give --yes to do it without asking. Nothing was changed."),
    ):
        result = cli(*loaded.where, "--lang", lang, "person", "anonymise", "p-anna")
        assert result.code == 1
        assert said in result.err and result.err.count("\n") == 1
    assert _people(loaded) == before


@pytest.mark.sqlite_only("the backups of the file beside it, purged on a second yes")
def test_at_a_terminal_no_is_no_and_yes_purges_the_backups_on_a_second_yes(
    cli: Cli, loaded: CliDatabase, terminal: list[str]
) -> None:
    before = _people(loaded)
    terminal.append("n")
    result = cli(*loaded.where, "--lang", "nl", "person", "anonymise", "p-anna")
    assert result.code == 1 and "Afgebroken. Er is niets veranderd." in result.out
    assert _people(loaded) == before

    terminal.extend(["j", "j"])
    result = cli(*loaded.where, "--lang", "nl", "person", "anonymise", "p-anna")
    assert result.code == 0, result.err
    assert "1 back-up(s) verwijderd." in result.out
    assert loaded.path is not None
    assert not any((loaded.path.parent / "test-backups").iterdir())
    assert terminal == []


def test_erase_is_refused_for_a_needed_person_and_done_for_another(
    cli: Cli, loaded: CliDatabase
) -> None:
    refused = cli(*loaded.where, "--lang", "en", "person", "erase", "p-anna", "--yes")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert refused.err.startswith("Anna de Vries cannot be erased: still needed for ")
    assert "chair 1 time(s)" in refused.err and "Anonymise this person instead" in refused.err
    assert any(row[0] == "p-anna" for row in _people(loaded))

    erased = cli(*loaded.where, "--lang", "en", "person", "erase", "p-cor", "--yes")
    assert erased.code == 0, erased.err
    assert "Cor Jansen was erased" in erased.out
    assert not any(row[0] == "p-cor" for row in _people(loaded))
