"""Finding and replacing what identifies a person (names, e-mail, phone) in stored texts.

One :class:`Replacer` knows a person's name forms ("Anna de Vries", "A. de Vries",
"De Vries"), e-mail address and phone number, and puts a replacement in their place in
any text, or in every string of a JSON value (the history's values, adopted verslagen).
:func:`text_columns` lists every text column of the database where a name may stand.
"""

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Enum, String, Table

from ontwikkeltafel.model import Base

#: Tables rewritten on their own (the history) or never holding typed text.
_NOT_SCANNED = {"history", "alembic_version"}

#: Columns whose content is JSON: their strings are rewritten, the JSON kept valid.
JSON_COLUMNS = {("meetings", "adoption_document"), ("meetings", "documents_sent")}


#: Prefix words (tussenvoegsels) match in any case ("de Vries", "De Vries"); name words
#: match as written, so "naar de bakker" is no mention of Anna de Bakker.
_PREFIXES = frozenset(
    {"van", "de", "der", "den", "het", "'t", "te", "ten", "ter", "in", "op", "d'", "la", "le"}
    | {"du", "da", "di", "del", "von", "zu", "aan", "bij", "uit", "onder"}
)
#: A mention stands alone: not glued to a word, an address or a hyphenated name.
_BEFORE = r"(?<![\w@+.'’-])"
_AFTER = r"(?![\w@]|[-'’]\w)"


def _word(word: str) -> str:
    word = word.replace("’", "'")
    quoted = re.escape(word).replace("'", "['’]")  # either apostrophe, as typed
    return f"(?i:{quoted})" if word.lower() in _PREFIXES else quoted


def _form_pattern(form: str) -> str:
    return r"\s+".join(_word(word) for word in form.split())


def national_digits(phone: str) -> str:
    """A phone number's digits without country code or trunk zero: "+31 (0)6-…" -> "6…"."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") and digits.startswith("31"):
        digits = digits[2:]
    elif digits.startswith("0031"):
        digits = digits[4:]
    if digits.startswith("0") and len(digits) >= 9:
        digits = digits[1:]
    return digits


def _phone_pattern(phone: str) -> str | None:
    digits = national_digits(phone)
    if len(digits) < 6:
        return None
    # +31 / 0031 / 0, then the same digits with any spaces, dashes, dots or brackets between.
    between = r"[\s\-.()]*"
    lead = rf"(?:(?:\+|00)31{between}(?:\(0\){between})?|0{between})?"
    return lead + between.join(re.escape(d) for d in digits)


@dataclass(frozen=True)
class Replacer:
    """Puts ``replacement`` where a text names the person.

    Prefixes match in any case, names as written (a capital where the name has one),
    e-mail addresses in any case, phone numbers however they are written.
    """

    forms: tuple[str, ...]
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    replacement: str
    given_name: str = ""  # the first name alone ("Sanne vraagt..."), where nobody shares it
    person_id: str = ""  # a JSON object with this "id" is the person: ``own`` values put in
    own: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        forms = [f for f in self.forms if f.strip()]
        if self.given_name.strip():
            forms.append(self.given_name.strip())
        parts = [_form_pattern(f) for f in sorted(forms, key=len, reverse=True)]
        parts[:0] = [f"(?i:{re.escape(e.strip())})" for e in self.emails if e.strip()]
        parts[:0] = [p for p in map(_phone_pattern, self.phones) if p]
        either = "|".join(parts) or r"(?!x)x"
        object.__setattr__(self, "_pattern", re.compile(rf"{_BEFORE}(?:{either}){_AFTER}"))

    @property
    def pattern(self) -> re.Pattern[str]:
        """The one expression that finds any of the person's forms."""
        found: re.Pattern[str] = self.__dict__["_pattern"]
        return found

    def finds(self, text: str | None) -> bool:
        """Whether ``text`` names the person."""
        return bool(text) and self.pattern.search(text or "") is not None

    def __call__(self, text: str) -> str:
        """``text`` with every form of the person replaced."""
        return self.pattern.sub(self.replacement, text)

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """Where ``text`` names the person."""
        return self.pattern.finditer(text)

    def json(self, stored: str | None) -> str | None:
        """A stored JSON value with its strings (keys kept) rewritten; None stays None.

        A value that is no JSON is rewritten as plain text.
        """
        if stored is None:
            return None
        try:
            value = json.loads(stored)
        except ValueError:
            return self(stored) if self.finds(stored) else stored
        rewritten = self._value(value)
        return stored if rewritten == value else json.dumps(rewritten, ensure_ascii=False)

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            if self.person_id and value.get("id") == self.person_id:
                value = {**value, **{k: v for k, v in self.own if k in value}}
            return {key: self._value(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self._value(item) for item in value]
        return value


@dataclass(frozen=True)
class TextColumns:
    """A table and the columns of it that hold typed text."""

    table: Table
    key: tuple[Column[Any], ...]
    columns: tuple[Column[Any], ...]


def text_columns() -> list[TextColumns]:
    """Every table (but the history) with its text columns: ids, enums and links left out."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in _NOT_SCANNED:
            continue
        columns = tuple(
            column
            for column in table.columns
            if isinstance(column.type, String)
            and not isinstance(column.type, Enum)
            and not column.primary_key
            and not column.foreign_keys
        )
        if columns:
            found.append(TextColumns(table, tuple(table.primary_key.columns), columns))
    return found
