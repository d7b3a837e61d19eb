"""Mail drafts read back: recipients, a Dutch UTF-8 subject, X-Unsent, each attachment opened,
no confidential text in a participants' mail, the internal one only to chair and secretary."""

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.model import DocumentKind
from ontwikkeltafel.services.documents_sent import documents_sent
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.mail_drafts import build_mail, fill, write_mail
from ontwikkeltafel.store.database import Database
from tests.services.mail_samples import (
    SECRET,
    SENDER,
    addresses,
    attachments,
    body_of,
    docx_text,
    every_text,
    ics_text,
    mail_document,
    parse,
)

TABLE = "Onderwijs en zorg vinden elkaar!"


@pytest.fixture
def sessions(database: Database, write_json: Any, document: dict[str, Any]) -> Any:
    import_file(database.session_factory, write_json(mail_document(document)))
    return database.session_factory


def made(sessions: Any, kind: str, meeting_id: str, internal: bool = False, **options: Any) -> Any:
    options.setdefault("preferences", SENDER)
    draft = build_mail(sessions, kind, meeting_id, internal=internal, lang="nl", **options)
    return draft, parse(draft.message.as_bytes())


def test_the_invitation_goes_to_the_members_with_the_convocatie_and_the_ics(sessions: Any) -> None:
    draft, mail = made(sessions, "agenda", "m-2")
    assert addresses(mail, "To") == ["anna@voorbeeld.nl", "bas@ggd.nl", "ijsbrand@voorbeeld.nl"]
    assert addresses(mail, "From") == addresses(mail, "Reply-To") == ["sanne@tafel.nl"]
    assert mail["From"].addresses[0].display_name == "Sanne Secretaris"
    assert mail["X-Unsent"] == "1"
    assert mail["Subject"] == f"Uitnodiging Tweede bijeenkomst ({TABLE}), donderdag 15 maart 2018"
    assert draft.addressees.without_email == ("Kees Bos",)  # named, not addressed
    files = attachments(mail)
    assert sorted(files) == [
        f"Convocatie 2018-03-15 {TABLE}.docx",
        f"Uitnodiging 2018-03-15 {TABLE}.ics",
    ]
    assert "Wijkteams en scholen" in docx_text(files[f"Convocatie 2018-03-15 {TABLE}.docx"])
    assert "Wijkteams en scholen" in ics_text(files[f"Uitnodiging 2018-03-15 {TABLE}.ics"])
    body = body_of(mail)
    assert "Plaats: Zeist, Het Baken" in body
    assert "Tijd: 15.30-17.00 uur" in body
    assert "1. Opening\n2. Wijkteams en scholen" in body  # numbered as the participants see it
    assert f"- Convocatie 2018-03-15 {TABLE}.docx" in body
    assert body.rstrip().endswith("Met vriendelijke groet,\nSanne Secretaris")


def test_the_subject_is_utf8_on_the_wire_and_reads_back_whole(sessions: Any) -> None:
    title = replace(SENDER, mail_agenda_subject="Uitnodiging café ‘Zoë’ – {datum}")
    draft, mail = made(sessions, "agenda", "m-2", preferences=title)
    raw = draft.message.as_bytes()
    assert raw.isascii()  # headers encoded (RFC 2047), the body and files in base64 or QP
    assert b"=?utf-8?" in raw
    assert mail["Subject"] == "Uitnodiging café ‘Zoë’ – donderdag 15 maart 2018"


@pytest.mark.parametrize(
    ("kind", "meeting_id"),
    [("agenda", "m-2"), ("minutes", "m-2"), ("minutes", "m-1"), ("actions", "m-1")],
)
def test_a_participants_mail_holds_no_confidential_text(
    sessions: Any, kind: str, meeting_id: str
) -> None:
    _draft, mail = made(sessions, kind, meeting_id)
    text = every_text(mail)
    for secret in SECRET:
        assert secret not in text
    _draft, internal = made(sessions, kind, meeting_id, internal=True)
    assert "Casusbespreking" in every_text(internal) or kind == "actions"


def test_the_internal_version_goes_only_to_chair_and_secretary(sessions: Any) -> None:
    draft, mail = made(sessions, "minutes", "m-1", internal=True)
    assert addresses(mail, "To") == ["anna@voorbeeld.nl", "bas@ggd.nl"]
    assert list(attachments(mail)) == [f"Verslag 2018-01-18 {TABLE} (intern).docx"]
    assert "Casusbespreking" in every_text(mail)
    assert draft.addressees.without_email == ()


def test_a_verslag_is_concept_or_vastgesteld_by_the_meeting_status(sessions: Any) -> None:
    _draft, concept = made(sessions, "minutes", "m-2")
    _draft, adopted = made(sessions, "minutes", "m-1")
    assert concept["Subject"].startswith("Conceptverslag Tweede bijeenkomst")
    assert "conceptverslag" in body_of(concept)
    assert adopted["Subject"].startswith("Vastgesteld verslag Eerste bijeenkomst")
    assert "Vragen uit de praktijk" in docx_text(next(iter(attachments(adopted).values())))


def test_the_actielijst_is_the_tables(sessions: Any) -> None:
    _draft, mail = made(sessions, "actions", "m-2")
    assert mail["Subject"] == f"Besluiten- en actielijst {TABLE}"
    ((name, content),) = attachments(mail).items()
    assert name.startswith(f"Besluiten- en actielijst {TABLE} ")
    assert "De tafel verzamelt goede voorbeelden." in docx_text(content)


def test_a_stand_alone_meeting_goes_to_its_attendance(sessions: Any) -> None:
    draft, mail = made(sessions, "agenda", "los")
    assert addresses(mail, "To") == ["ijsbrand@voorbeeld.nl"]
    assert draft.addressees.without_email == ("Kees Bos",)
    with pytest.raises(UserError) as caught:
        made(sessions, "actions", "los")
    assert caught.value.key == "mail.no_table"
    assert "Overleg jeugdzorg" in caught.value.render("nl")


def test_without_an_address_in_voorkeuren_one_clear_message_and_nothing_written(
    sessions: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    output = folder / "uitnodiging.eml"
    for preferences, key in (
        (replace(SENDER, email=""), "mail.no_sender"),
        (replace(SENDER, email="sanne@"), "mail.bad_sender"),
    ):
        with pytest.raises(UserError) as caught:
            write_mail(
                sessions,
                "agenda",
                "m-2",
                output,
                internal=False,
                lang="nl",
                preferences=preferences,
            )
        assert caught.value.key == key
        assert "Voorkeuren" in caught.value.render("nl")
        assert "\n" not in caught.value.render("nl")
    assert list(folder.iterdir()) == []
    assert documents_sent(sessions, "m-2") == []


def test_writing_the_draft_notes_it_in_the_meeting(sessions: Any, tmp_path: Path) -> None:
    output = tmp_path / "verslag.eml"
    draft = write_mail(
        sessions,
        "minutes",
        "m-2",
        output,
        internal=False,
        lang="nl",
        preferences=SENDER,
        today=date(2018, 3, 20),
    )
    assert draft.path == output
    assert parse(output.read_bytes())["X-Unsent"] == "1"
    write_mail(
        sessions,
        "agenda",
        "m-2",
        output,
        internal=False,
        lang="nl",
        preferences=SENDER,
        today=date(2018, 3, 1),
    )
    assert documents_sent(sessions, "m-2") == [
        (DocumentKind.AGENDA, date(2018, 3, 1)),
        (DocumentKind.MINUTES, date(2018, 3, 20)),
    ]


def test_an_english_mail_from_the_default_texts_is_english(sessions: Any) -> None:
    draft = build_mail(sessions, "agenda", "m-2", internal=False, lang="en", preferences=SENDER)
    mail = parse(draft.message.as_bytes())
    assert mail["Subject"].startswith("Invitation Tweede bijeenkomst")
    assert "Place: Zeist, Het Baken" in body_of(mail)


def test_placeholders_not_known_are_left_as_typed() -> None:
    assert fill("{tafel} {onbekend} {", {"tafel": "T"}) == "T {onbekend} {"
