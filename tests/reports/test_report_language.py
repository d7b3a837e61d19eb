"""The language a report is tagged with: Dutch nl-NL, English en-GB, whatever the template says."""

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree

from ontwikkeltafel.reports.minutes import write_minutes
from tests.reports.report_samples import minutes_sample
from tests.reports.word_templates import municipality_template

TAGS = {"nl": "nl-NL", "en": "en-GB"}


def british_template(path: Path) -> Path:
    """A letterhead saved by an English Word or LibreOffice: its styles carry their language.

    The document defaults say en-US, Normal, Heading 4 and two character styles say en-GB,
    and the theme fonts are chosen for en-GB.
    """
    municipality_template(path)
    document = docx.Document(str(path))
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    language = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    language.set(qn("w:val"), "en-US")
    for name in ("Normal", "Heading 4", "Default Paragraph Font", "Strong"):
        style = styles[name].element
        language = parse_xml(f'<w:lang {nsdecls("w")} w:val="en-GB" w:eastAsia="ja-JP"/>')
        style.get_or_add_rPr().append(language)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is None:
        theme = parse_xml(f"<w:themeFontLang {nsdecls('w')}/>")
        settings.append(theme)
    theme.set(qn("w:val"), "en-GB")
    document.save(str(path))
    return path


def _languages(path: Path) -> list[str]:
    """Every w:lang value of the styles and settings of a Word file (spelling follows them)."""
    found = []
    with zipfile.ZipFile(path) as archive:
        for part in ("word/styles.xml", "word/settings.xml"):
            root = etree.fromstring(archive.read(part))
            for tag in ("w:lang", "w:themeFontLang"):
                found += [e.get(qn("w:val")) for e in root.iter(qn(tag)) if e.get(qn("w:val"))]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_report_on_the_house_template_is_tagged_with_its_language(
    lang: str, tmp_path: Path
) -> None:
    out = tmp_path / f"verslag-{lang}.docx"
    write_minutes(minutes_sample(), out, lang=lang, template=None)
    languages = _languages(out)
    assert languages and set(languages) == {TAGS[lang]}
    assert docx.Document(str(out)).core_properties.language == TAGS[lang]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_styles_of_an_english_template_take_the_language_of_the_report(
    lang: str, tmp_path: Path
) -> None:
    template = british_template(tmp_path / "letterhead.docx")
    out = tmp_path / f"verslag-{lang}.docx"
    write_minutes(minutes_sample(), out, lang=lang, template=template)
    languages = _languages(out)
    assert len(languages) >= 5  # the defaults, four styles and the theme fonts
    assert set(languages) == {TAGS[lang]}
    document = docx.Document(str(out))
    normal = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert normal.get(qn("w:eastAsia")) == "ja-JP"  # only the text's own language changes
