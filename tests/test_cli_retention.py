"""``retention [--apply]``: the dry run lists and changes nothing; --apply removes and says so."""

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.preferences import Preferences, save_preferences
from tests.cli_database import CliDatabase
from tests.retention_document import retention_document

Cli = Callable[..., Any]


@pytest.fixture
def loaded(
    cli: Cli,
    write_json: Callable[..., Path],
    tmp_path: Path,
    document: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    cli_database: CliDatabase,
) -> CliDatabase:
    """The retention case on 1 July 2026, with 5 years chosen in Voorkeuren."""
    save_preferences(Preferences(retention_years=5))
    monkeypatch.setattr("ontwikkeltafel.cli_personal._today", lambda: date(2026, 7, 1))
    db = cli_database
    assert cli(*db.where, "import", write_json(retention_document(document))).code == 0
    return db


def _ids(db: CliDatabase, table: str) -> set[str]:
    return set(db.values(f"SELECT id FROM {table}"))


def test_the_dry_run_lists_each_record_and_changes_nothing(cli: Cli, loaded: CliDatabase) -> None:
    before = loaded.fingerprint()
    result = cli(*loaded.where, "--lang", "nl", "retention")

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Gesloten zonder einddatum, niet beoordeeld (vul de einddatum in): tafel ‘Tafel zonder "
        "einde’ (tafel-open).",
        "Losse bijeenkomst ‘Los consult’ (m-los) van 02-03-2019, bewaren tot 02-03-2024 "
        "(5 jaar): 1 agendapunt(en), 1 actiepunt(en), 1 aanwezigheidsregel(s)",
        "Tafel ‘Onderwijs en zorg (Zwanenbloemoverleg)’ (tafel-1), gesloten op 30-06-2019, "
        "bewaren tot 30-06-2026 (7 jaar): 1 bijeenkomst(en), 3 agendapunt(en), 2 besluit(en), "
        "2 actiepunt(en), 3 aanwezigheidsregel(s), 3 tafellid/-leden, 1 vraag/vragen of zorg(en), "
        "1 ontwikkelpunt(en)",
        "Tafel ‘Oude tafel’ (tafel-oud), gesloten op 15-01-2020, bewaren tot 15-01-2025 "
        "(5 jaar): verder leeg",
        "Totaal: 2 tafel(s) en 1 losse bijeenkomst(en), met 1 bijeenkomst(en), 4 agendapunt(en), "
        "2 besluit(en), 3 actiepunt(en), 4 aanwezigheidsregel(s), 3 tafellid/-leden, "
        "1 vraag/vragen of zorg(en), 1 ontwikkelpunt(en).",
        "Daarna staan deze personen in geen enkel gegeven meer: Anna de Vries (p-anna), "
        "Cor Jansen (p-cor), IJsbrand van der Berg (p-ijs).",
        "Niets verwijderd; geef --apply om dit te doen.",
    ]
    assert loaded.fingerprint() == before


def test_the_dry_run_in_english(cli: Cli, loaded: CliDatabase) -> None:
    result = cli(*loaded.where, "--lang", "en", "retention")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[1] == (
        "Stand-alone meeting ‘Los consult’ (m-los) of 02-03-2019, kept until 02-03-2024 "
        "(5 years): 1 agenda item(s), 1 action(s), 1 attendance record(s)"
    )
    assert lines[3].endswith("(5 years): nothing else")
    assert lines[-1] == "Nothing removed; give --apply to do this."


def test_apply_removes_them_names_who_is_left_and_the_backups(
    cli: Cli, loaded: CliDatabase
) -> None:
    result = cli(*loaded.where, "--lang", "nl", "retention", "--apply", "--yes")

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "Niets verwijderd; geef --apply om dit te doen." not in lines
    removed = [line for line in lines if line.startswith("Verwijderd: ")]
    assert removed and removed[0].startswith(
        "Verwijderd: 2 tafel(s) en 1 losse bijeenkomst(en), met 1 bijeenkomst(en), "
    )
    assert "regel(s) uit de geschiedenis verwijderd." in removed[0]
    assert (
        "Deze personen staan nu in geen enkel gegeven meer: Anna de Vries (p-anna), Cor Jansen "
        "(p-cor), IJsbrand van der Berg (p-ijs). Ze zijn niet verwijderd; doe dat zo nodig met: "
        "ontwikkeltafel person erase PERSON_ID."
    ) in lines
    # The command's own start made today's backup: it still holds the data, and says so.
    if loaded.path is not None:  # a file's backups beside it; a server's are the server's own
        folder = loaded.path.parent / f"{loaded.path.stem}-backups"
        assert f"1 back-up(s) in {folder} bevatten deze gegevens nog." in lines
    else:
        assert not [line for line in lines if "back-up" in line], lines
    assert _ids(loaded, "tables") == {"tafel-open", "tafel-nieuw"}
    assert _ids(loaded, "meetings") == {"m-recent"}
    assert "p-cor" in _ids(loaded, "people")
    again = cli(*loaded.where, "--lang", "en", "retention")
    assert again.out.splitlines()[-1] == (
        "Nothing is past its retention period (default 5 years for stand-alone meetings). "
        "Nothing was removed."
    )


def test_apply_without_yes_and_without_a_terminal_removes_nothing(
    cli: Cli, loaded: CliDatabase
) -> None:
    before = loaded.fingerprint()

    result = cli(*loaded.where, "--lang", "nl", "retention", "--apply")

    assert result.code == 1
    assert result.out.splitlines()[-1].startswith("Daarna staan deze personen in geen enkel")
    assert result.err.strip().endswith("Er is niets veranderd.")
    assert "Geef --yes" in result.err and result.err.count("\n") == 1
    assert _ids(loaded, "tables") >= {"tafel-open", "tafel-nieuw"}
    assert loaded.fingerprint() == before
