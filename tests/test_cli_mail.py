"""``mail agenda|minutes|actions ID -o OUT.eml [--internal]``: a draft read back, nothing sent."""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.model import DocumentKind
from ontwikkeltafel.preferences import Preferences, save_preferences
from ontwikkeltafel.services.documents_sent import documents_sent
from tests.cli_database import CliDatabase
from tests.documents import small_document
from tests.services.mail_samples import (
    SECRET,
    SENDER,
    addresses,
    attachments,
    docx_text,
    every_text,
    ics_text,
    mail_document,
    parse,
)

TABLE = "Onderwijs en zorg vinden elkaar!"


@pytest.fixture
def db(
    cli_database: CliDatabase,
    tmp_path: Path,
    cli: Callable[..., Any],
    write_json: Callable[..., Path],
) -> CliDatabase:
    """The mail samples' database; Voorkeuren has the secretary's address."""
    path = cli_database
    document = mail_document(copy.deepcopy(small_document()))
    assert cli(*path.where, "import", write_json(document)).code == 0
    save_preferences(SENDER)
    return path


def sent(db: CliDatabase, meeting_id: str) -> list[tuple[DocumentKind, Any]]:
    database = db.open()
    try:
        return documents_sent(database.session_factory, meeting_id)
    finally:
        database.close()


def test_mail_agenda_writes_a_draft_with_the_convocatie_and_the_ics(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    out = tmp_path / "uitnodiging.eml"
    done = cli(*db.where, "--lang", "nl", "mail", "agenda", "m-2", "-o", out)
    assert done.code == 0, done.err
    assert f"Concept-e-mail geschreven: {out} (aan 3 ontvanger(s), niets verzonden)" in done.out
    assert done.err.strip() == "Niet geadresseerd, want zonder e-mailadres: Kees Bos."
    mail = parse(out.read_bytes())
    assert mail["X-Unsent"] == "1"
    assert addresses(mail, "To") == ["anna@voorbeeld.nl", "bas@ggd.nl", "ijsbrand@voorbeeld.nl"]
    assert addresses(mail, "From") == ["sanne@tafel.nl"]
    assert mail["Subject"] == f"Uitnodiging Tweede bijeenkomst ({TABLE}), donderdag 15 maart 2018"
    files = attachments(mail)
    assert len(files) == 2
    convocatie = next(c for n, c in files.items() if n.endswith(".docx"))
    ics = next(c for n, c in files.items() if n.endswith(".ics"))
    assert "Wijkteams en scholen" in docx_text(convocatie)
    assert "Tweede bijeenkomst" in ics_text(ics)
    for secret in SECRET:
        assert secret not in every_text(mail)
    assert [kind for kind, _day in sent(db, "m-2")] == [DocumentKind.AGENDA]


def test_mail_minutes_internal_goes_to_chair_and_secretary(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    out = tmp_path / "verslag.eml"
    done = cli(*db.where, "mail", "minutes", "m-2", "-o", out, "--internal")
    assert done.code == 0, done.err
    mail = parse(out.read_bytes())
    assert addresses(mail, "To") == ["anna@voorbeeld.nl", "bas@ggd.nl"]
    assert mail["Subject"].startswith("Conceptverslag Tweede bijeenkomst")
    assert "Casusbespreking" in every_text(mail)


def test_mail_actions_takes_the_meetings_table(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    out = tmp_path / "acties.eml"
    assert cli(*db.where, "mail", "actions", "m-1", "-o", out).code == 0
    mail = parse(out.read_bytes())
    assert mail["Subject"] == f"Besluiten- en actielijst {TABLE}"
    (name,) = attachments(mail)
    assert name.startswith(f"Besluiten- en actielijst {TABLE}")
    assert [kind for kind, _day in sent(db, "m-1")] == [DocumentKind.ACTIONS]


def test_without_an_address_in_voorkeuren_one_line_and_nothing_written(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    save_preferences(Preferences(name="Sanne"))
    out = tmp_path / "uitnodiging.eml"
    done = cli(*db.where, "--lang", "nl", "mail", "agenda", "m-2", "-o", out)
    assert done.code == 1
    assert len(done.err.strip().splitlines()) == 1
    assert "vul eerst uw e-mailadres in bij Bewerken > Voorkeuren" in done.err
    assert "Traceback" not in done.err
    assert not out.exists()
    assert sent(db, "m-2") == []


def test_an_unknown_meeting_and_an_unknown_kind(
    db: CliDatabase, cli: Callable[..., Any], tmp_path: Path
) -> None:
    out = tmp_path / "x.eml"
    done = cli(*db.where, "--lang", "en", "mail", "agenda", "m-9", "-o", out)
    assert done.code == 1 and "m-9" in done.err and not out.exists()
    assert cli(*db.where, "mail", "table", "m-1", "-o", out).code == 2
