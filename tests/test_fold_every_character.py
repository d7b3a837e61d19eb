"""The fold gives what it gave when it tested every character in Python, for every character.

i18n.fold takes the marks off a decomposed text with one ``str.translate`` of a table that
learns each character once; the result must stay the one of the character-by-character
test (``unicodedata.combining``), which the lists, reports and SQLite's sorts rely on.
"""

import sys
import unicodedata

from ontwikkeltafel import i18n


def _reference(text: str) -> str:
    """The fold as it was written before (the character-by-character test)."""
    text = text.strip()
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).translate(i18n._WHOLE_LETTERS)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _characters() -> list[str]:
    """Every character but the surrogates, one in every 61 beyond the first plane."""
    codes = [*range(0xD800), *range(0xE000, 0x10000), *range(0x10000, sys.maxunicode + 1, 61)]
    return [chr(code) for code in codes]


def test_every_character_folds_as_before() -> None:
    different = [
        char
        for char in _characters()
        if i18n.fold(f"Ab{char}é ") != _reference(f"Ab{char}é ")
        or i18n.fold(char) != _reference(char)
    ]
    assert different == []


def test_the_marks_of_the_plane_beyond_come_off_too() -> None:
    # a quarter note: a note head and a combining stem (U+1D165), then a combining dot
    text = "Zoë \U0001d15f\U0001d16d Ångström ﬁ Œuvre Yılmaz"
    assert i18n.fold(text) == _reference(text) == "zoe \U0001d158 angstrom fi oeuvre yilmaz"
