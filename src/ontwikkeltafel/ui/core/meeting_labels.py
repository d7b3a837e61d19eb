"""Labels for members' roles, agenda item kinds and attendance, and the choices of an enum.

The labels are the catalogue's one table, in the language of the window (core/labels.py).
"""

from enum import StrEnum

from ontwikkeltafel.ui.core.labels import enum_label

label = enum_label  # the name the meeting and table pages use


def choices(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Every value of ``enum`` with its label, in the enum's order."""
    return [(value, enum_label(value)) for value in enum]
