"""resources/translations/update.py: one message per source text in a context, as lupdate writes."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

UPDATE = Path(__file__).resolve().parents[1] / "resources" / "translations" / "update.py"


@pytest.fixture(scope="module")
def update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", UPDATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def message(source: str, *lines: int, english: str | None = None) -> str:
    where = "".join(f'<location filename="a.py" line="{line}"/>' for line in lines)
    if english is None:
        translation = '<translation type="unfinished"></translation>'
    else:
        translation = f"<translation>{english}</translation>"
    return f"<message>{where}<source>{source}</source>{translation}</message>"


def twice(source: str, first: str, second: str) -> list[str]:
    return [message(source, 1, english=first), message(source, 2, english=second)]


def ts(*contexts: tuple[str, list[str]]) -> ET.Element:
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>" for name, messages in contexts
    )
    return ET.fromstring(f'<TS version="2.1" language="en">{body}</TS>')


def summary(root: ET.Element) -> list[tuple[str | None, str | None, list[str | None], str | None]]:
    return [
        (
            context.findtext("name"),
            m.findtext("source"),
            [loc.get("line") for loc in m.findall("location")],
            m.findtext("translation"),
        )
        for context in root.iter("context")
        for m in context.findall("message")
    ]


def test_one_message_with_every_location(update: ModuleType) -> None:
    root = ts(
        ("people_import", [message("Voornaam", 50), message("Rij", 60), message("Voornaam", 78)]),
        ("list_pages", [message("Voornaam", 9)]),  # another context keeps its own
        ("people_import", [message("Voornaam", 3, english="First name")]),
    )
    update.merge_duplicates(root, "test")
    assert summary(root) == [
        ("people_import", "Voornaam", ["50", "78", "3"], "First name"),
        ("people_import", "Rij", ["60"], ""),
        ("list_pages", "Voornaam", ["9"], ""),
    ]
    merged = root.find("context/message")
    assert merged is not None
    assert [child.tag for child in merged] == [
        "location",
        "location",
        "location",
        "source",
        "translation",
    ]


def test_the_same_translation_twice_is_one(update: ModuleType) -> None:
    root = ts(("c", twice("Annuleren", "Cancel", "Cancel")))
    update.merge_duplicates(root, "test")
    assert summary(root) == [("c", "Annuleren", ["1", "2"], "Cancel")]


def test_a_disambiguation_comment_keeps_messages_apart(update: ModuleType) -> None:
    root = ts(("c", [message("zorg", 1, english="care")]))
    other = ET.fromstring(
        '<message><location filename="a.py" line="2"/><source>zorg</source>'
        "<comment>sector</comment><translation>health</translation></message>"
    )
    context = root.find("context")
    assert context is not None
    context.append(other)
    update.merge_duplicates(root, "test")
    assert summary(root) == [("c", "zorg", ["1"], "care"), ("c", "zorg", ["2"], "health")]


def test_two_english_texts_for_one_message_are_refused(update: ModuleType) -> None:
    root = ts(("person_rights", twice("Annuleren", "Cancel", "Abort")))
    with pytest.raises(update.Conflict) as raised:
        update.merge_duplicates(root, "x.ts")
    text = str(raised.value)
    assert "x.ts: context 'person_rights' has two English texts for 'Annuleren'" in text
    assert "'Cancel' (a.py:1) and 'Abort' (a.py:2). Keep one and run again." in text


def test_a_conflict_leaves_the_ts_file_as_it_was(
    update: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "ontwikkeltafel_en.ts"
    root = ts(("c", twice("Annuleren", "Cancel", "Abort")))
    content = ET.tostring(root, encoding="unicode")
    target.write_text(content, encoding="utf-8")
    monkeypatch.setattr(update, "TS_FILE", target)
    assert update.main() == 1
    assert target.read_text(encoding="utf-8") == content
    error = capsys.readouterr().err
    assert error.startswith("ontwikkeltafel_en.ts not updated: ")
    assert "two English texts for 'Annuleren'" in error
    assert "Traceback" not in error


def test_two_tsv_texts_for_an_untranslated_message_are_refused(
    update: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "forms.tsv").write_text("Achternaam\tSurname\nVoornaam\tFirst name\n", "utf-8")
    (tmp_path / "people_import.tsv").write_text("Achternaam\tLast name\n", "utf-8")
    monkeypatch.setattr(update, "TSV_DIR", tmp_path)
    from_tsv = update.tsv_translations()
    assert update.tsv_text(from_tsv, "c", "Voornaam") == "First name"
    assert update.tsv_text(from_tsv, "c", "Rij") is None
    with pytest.raises(update.Conflict) as raised:
        update.tsv_text(from_tsv, "retention", "Achternaam")
    text = str(raised.value)
    assert "retention: 'Achternaam' is untranslated and en/*.tsv gives it several" in text
    assert "'Surname' in forms.tsv; 'Last name' in people_import.tsv." in text
