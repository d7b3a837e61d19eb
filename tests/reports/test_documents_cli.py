"""Through the command line: an adopted verslag and a reprinted convocatie keep their text."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ontwikkeltafel.services import editing
from tests.cli_database import CliDatabase
from tests.reports.report_samples import document_lines
from tests.services.stood import two_meetings


def _change_later(target: CliDatabase) -> None:
    """After the meetings: an action is done with a note, a participant changes function."""
    database = target.open()
    try:
        sessions = database.session_factory
        values = {"status": "done", "done_on": date.today(), "notes": "Afgerond na afloop"}
        editing.update_record(sessions, "actions", "a-2", values)
        editing.update_record(sessions, "people", "p-bas", {"function": "directeur"})
    finally:
        database.close()


def test_adopted_verslag_and_reprinted_convocatie_through_the_command_line(
    cli: Callable[..., Any], cli_database: CliDatabase, tmp_path: Path
) -> None:
    db = cli_database.where
    source = tmp_path / "tafel.json"
    source.write_text(json.dumps(two_meetings(), ensure_ascii=False), encoding="utf-8")
    assert cli(*db, "import", source).code == 0
    assert cli(*db, "adopt", "m-1", "--on", "2018-03-15").code == 0
    written: dict[str, list[list[str]]] = {}
    for kind, meeting in (("minutes", "m-1"), ("agenda", "m-2")):
        for version in (["--internal"], []):
            name = f"{kind}{''.join(version)}"
            out = tmp_path / f"{name}-1.docx"
            assert cli(*db, "report", kind, meeting, "-o", out, *version).code == 0
            written[name] = [document_lines(out)]
    _change_later(cli_database)
    for name, texts in written.items():
        kind, _, version = name.partition("--")
        meeting = "m-1" if kind == "minutes" else "m-2"
        out = tmp_path / f"{name}-2.docx"
        extra = ["--internal"] if version else []
        assert cli(*db, "report", kind, meeting, "-o", out, *extra).code == 0
        texts.append(document_lines(out))
        assert texts[1] == texts[0], name
    verslag = "\n".join(written["minutes--internal"][0])
    assert "Verslag vastgesteld op donderdag 15 maart 2018" in verslag
    assert "jeugdverpleegkundige" in verslag and "Afgerond na afloop" not in verslag
    convocatie = written["agenda--internal"][0]
    assert (
        "Conceptverslag van Eerste bijeenkomst van donderdag 18 januari 2018, ter vaststelling."
        in (convocatie)
    )
    assert any("Vertrouwelijke actie" in line for line in convocatie)
