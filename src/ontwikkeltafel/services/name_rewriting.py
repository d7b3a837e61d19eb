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
JSON_COLUMNS = {("meetings", "adoption_document")}


def _form_pattern(form: str) -> str:
    words = [re.escape(word) for word in form.split()]
    return r"\s+".join(words)


def _phone_pattern(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return None
    # The same digits with any spaces, dashes, dots or brackets between them.
    return r"[\s\-.()]*".join(re.escape(d) for d in digits)


@dataclass(frozen=True)
class Replacer:
    """Puts ``replacement`` where a text names the person (in any case)."""

    forms: tuple[str, ...]
    email: str
    phone: str
    replacement: str
    given_name: str = ""  # the first name alone ("Sanne vraagt..."), matched in its case
    person_id: str = ""  # a JSON object with this "id" is the person: ``own`` values put in
    own: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        parts = [_form_pattern(f) for f in sorted(self.forms, key=len, reverse=True) if f]
        if self.given_name.strip():
            parts.append(f"(?-i:{_form_pattern(self.given_name.strip())})")
        if self.email.strip():
            parts.insert(0, re.escape(self.email.strip()))
        phone = _phone_pattern(self.phone)
        if phone:
            parts.insert(0, phone)
        either = "|".join(parts) or r"(?!x)x"
        object.__setattr__(
            self, "_pattern", re.compile(rf"(?<![\w@+])(?:{either})(?![\w@])", re.IGNORECASE)
        )

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
