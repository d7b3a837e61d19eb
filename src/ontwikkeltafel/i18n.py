"""The message catalogue for the command line, services and reports, in Dutch and English.

The desktop UI uses Qt's own translation system for its own texts; everything else says
what it has to say through :func:`message`, keyed by a stable message id. The labels of
the domain's enums come from one table for the window and the reports: :func:`enum_label`.
Names and titles sort and match as a Dutch reader expects through :func:`fold`.
"""

import locale
import os
import unicodedata
from collections.abc import Mapping
from enum import StrEnum
from typing import Final

from ontwikkeltafel.catalogue import CATALOGUE
from ontwikkeltafel.catalogue.labels import ENUM_LABELS

LANGUAGES: Final = ("nl", "en")

# Per language, enum class name -> code -> label: built once, so a label (one per painted
# cell of a list) costs three dict lookups. A StrEnum member looks up as its code.
_LABELS: Final = {
    lang: {
        enum: {code: texts[i] for code, texts in codes.items()}
        for enum, codes in ENUM_LABELS.items()
    }
    for i, lang in enumerate(LANGUAGES)
}


def _locale_code() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # gettext's order
        value = os.environ.get(var)
        if value:
            return value.lower()
    return (locale.getlocale()[0] or "").lower()


def system_language() -> str:
    """For command-line messages (spec/cli.md): Dutch for a Dutch locale, English otherwise."""
    return "nl" if _locale_code().startswith("nl") else "en"


def ui_language() -> str:
    """For the desktop app, Dutch first: English only when the system asks for English."""
    return "en" if _locale_code().startswith("en") else "nl"


def fold(text: str) -> str:
    """``text`` for sorting and matching: case and accents ignored, IJ as the letters i, j.

    "Özdemir" and "ozdemir" fold alike, "Évers" sorts with the E's. The one fold of the
    reports, the lists and the pickers (registered on every SQLite connection by the store).
    """
    text = text.strip()
    if text.isascii():  # most names: casefold is lower for ASCII, no marks to remove
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_UNMARKED).casefold()


#: Letters NFKD leaves whole, made what PostgreSQL's unaccent makes them (lists agree there).
_WHOLE_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ħ": "h",
        "Ħ": "H",
        "ı": "i",  # the dotless i of Yılmaz: YILMAZ and Yılmaz fold alike
    }
)


class _Unmarked(dict[int, str | int | None]):
    """The translation of a decomposed text: the whole letters made plain, marks taken off.

    Each character is looked up once (``__missing__``) and kept, so a text is one
    ``str.translate`` in C: three times quicker than a test of every character in Python,
    which SQLite's sorts by a fold paid for each text with an accent (1,686 of the 20,000
    action descriptions at scale 1: 40 ms a sort).
    """

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNMARKED = _Unmarked(_WHOLE_LETTERS)


def message(key: str, lang: str, **params: object) -> str:
    """The text of message ``key`` in ``lang`` with ``params`` filled in."""
    texts = CATALOGUE[key]
    return texts.get(lang, texts["en"]).format(**params)


def enum_label(value: StrEnum, lang: str) -> str:
    """The label of an enum value in ``lang`` (else English), lower case: "tafelbijeenkomst"."""
    try:
        return _LABELS.get(lang, _LABELS["en"])[type(value).__name__][value]
    except KeyError:
        raise TypeError(f"no label for {type(value).__name__}.{value.name}") from None


def import_count_lines(
    added: Mapping[str, int], updated: Mapping[str, int], lang: str
) -> list[str]:
    """What an import wrote, a line per kind of record in the order counted.

    "personen: 3 toegevoegd, 0 bijgewerkt"; the command line indents them, the window
    shows them as the details of its message.
    """
    return [
        message(
            "import.count", lang, kind=message(f"kind.{kind}", lang), added=n, updated=updated[kind]
        )
        for kind, n in added.items()
    ]


class UserError(Exception):
    """A failure a user can understand and act on; rendered in the chosen language."""

    def __init__(self, key: str, **params: object) -> None:
        """Keep the message id and its parameters; the text is made per language."""
        super().__init__(key)
        self.key = key
        self.params = params

    def render(self, lang: str) -> str:
        """The message in ``lang``."""
        return message(self.key, lang, **self.params)

    def __str__(self) -> str:
        """English, for logs."""
        return self.render("en")
