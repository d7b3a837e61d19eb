"""``ontwikkeltafel FILE.json``: the app opens and offers to import the file."""

from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel import app
from ontwikkeltafel import cli as command_line


@pytest.mark.parametrize(
    ("argv", "rest", "offered"),
    [
        (["export.json"], [], "export.json"),
        (["--db", "x.sqlite3", "Map/Alles.JSON"], ["--db", "x.sqlite3"], "Map/Alles.JSON"),
        (["--lang", "en", "a.json", "--db-url", "u"], ["--lang", "en", "--db-url", "u"], "a.json"),
        (["--db=x.sqlite3", "a.json"], ["--db=x.sqlite3"], "a.json"),
        # Not the offer: the parser has them as they were.
        (["import", "a.json"], ["import", "a.json"], None),
        (["a.json", "b.json"], ["a.json", "b.json"], None),
        (["--db", "a.json"], ["--db", "a.json"], None),
        (["verslag.docx"], ["verslag.docx"], None),
        ([], [], None),
    ],
)
def test_a_json_file_alone_is_offered(
    argv: list[str], rest: list[str], offered: str | None
) -> None:
    assert command_line.offered_file(argv) == (rest, None if offered is None else Path(offered))


def test_the_file_goes_to_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    started: list[Any] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "run_app", lambda *args: started.append(args) or 0)
    database = str(tmp_path / "t.sqlite3")
    assert command_line.main(["--db", database, "--lang", "en", "alles.json"]) == 0
    (_open_here, lang, _failure_line, offered) = started[0]
    assert (lang, offered) == ("en", Path("alles.json"))


def test_without_a_file_the_app_offers_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started: list[Any] = []
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(app, "run_app", lambda *args: started.append(args) or 0)
    assert command_line.main(["--db", str(tmp_path / "t.sqlite3")]) == 0
    assert started[0][3] is None


def test_another_file_is_still_refused_by_the_parser(cli: Any) -> None:
    done = cli("verslag.docx")
    assert done.code == 2
    assert "invalid choice: 'verslag.docx'" in done.err
