"""Labels of the domain's enums in the window's language, and how dates appear in lists.

The labels are the catalogue's one table (:func:`ontwikkeltafel.i18n.enum_label`), the
same the reports use; the window only chooses the language.
"""

from datetime import datetime
from enum import StrEnum

from ontwikkeltafel.i18n import enum_label as _label
from ontwikkeltafel.model import AMSTERDAM
from ontwikkeltafel.reports.format import short_date
from ontwikkeltafel.ui.core.messages import current_language

# short_date: the reports' one
__all__ = ["clock_time", "enum_label", "short_date", "short_moment", "within_sentence"]


def enum_label(value: StrEnum) -> str:
    """The label a person reads for an enum value, in the language of the window."""
    return _label(value, current_language())


def short_moment(value: datetime) -> str:
    """A moment in Amsterdam time as in a Dutch list: 14-05-2024 15.30."""
    return value.astimezone(AMSTERDAM).strftime("%d-%m-%Y %H.%M")


def clock_time() -> str:
    """The time now in Amsterdam as the status bar says it: 15.30 (not the machine's zone)."""
    return datetime.now(AMSTERDAM).strftime("%H.%M")


def within_sentence(pattern: str, what: str) -> str:
    """``pattern`` (a translated text holding %1) with ``what`` put in its place.

    ``what`` (a kind or a field's label first: "Organisatie ‘KION’", "Titel") begins the
    sentence in Dutch ("Organisatie ‘KION’ verwijderen?") but not in every translation
    ("Delete %1?"): there its first letter is lower case ("Delete organisation ‘KION’?"),
    unless its word is an abbreviation (GGD).
    """
    if not pattern.startswith("%1") and len(what) > 1 and what[0].isupper() and what[1].islower():
        what = what[0].lower() + what[1:]
    return pattern.replace("%1", what)
