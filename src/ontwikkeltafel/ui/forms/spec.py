"""What a form is made of, declared per kind: its fields, their widgets, and its new record.

A :class:`FieldSpec` names a value of the record, its Dutch label and how it is edited;
:func:`make_widget` turns it into the widget the autosave binder binds.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.choices import (
    concern_choices,
    meeting_choices,
    organisation_choices,
    person_choices,
    practice_choices,
    table_choices,
    theme_choices,
)
from ontwikkeltafel.ui.core.labels import enum_label
from ontwikkeltafel.ui.widgets.fields import DateField, EnumField, RecordPicker
from ontwikkeltafel.ui.widgets.link_list import LinkList
from ontwikkeltafel.ui.widgets.text_field import TextField

# The kind of record a picker or a link list offers -> the service that lists them.
CHOICES: dict[str, Callable[[SessionFactory], list[tuple[str, str]]]] = {
    "people": person_choices,
    "organisations": organisation_choices,
    "themes": theme_choices,
    "tables": table_choices,
    "meetings": meeting_choices,
    "concerns": concern_choices,
    "practices": practice_choices,
}


@dataclass(frozen=True)
class FieldSpec:
    """One value of a record in its form.

    ``widget`` is one of "line" (one line of text), "text" (several lines), "enum"
    (``enum`` by its Dutch labels), "pick" (one record of ``kind``), "links" (a list of
    records of ``kind``), "date", or "info" (shown, not edited).
    """

    name: str
    label: str
    widget: str
    enum: type[StrEnum] | None = None
    kind: str = ""  # what a picker or a link list offers
    hint: str = ""  # placeholder text
    lines: int = 4  # the height of a "text" field
    empty: str = ""  # what an empty link list says
    checked: bool = False  # the value may be refused as it is: its message shows under it

    @property
    def bound(self) -> bool:
        """Whether the field is edited (and so bound to the autosave binder)."""
        return self.widget != "info"


@dataclass(frozen=True)
class FormSpec:
    """The form of one kind of record, and how a new one starts.

    ``new(filters)`` gives the values a new record starts with (what the list's filters
    ask for, so that it shows; no placeholder title) and the undo text of making it;
    ``describe(values)`` names a record in messages ("Persoon ‘Anna de Vries’").
    """

    kind: str
    heading: str
    hint: str
    fields: list[FieldSpec]
    new: Callable[[dict[str, Any]], tuple[dict[str, Any], str]]
    describe: Callable[[dict[str, Any]], str]
    watch: frozenset[str] = field(default_factory=frozenset)  # kinds the list also shows
    # The width its fields need, in the font's average characters (Dutch or English, the
    # wider): kept for them beside a list before they are made (ui.forms.form_fields).
    width: int = 0


def line(name: str, label: str, hint: str = "") -> FieldSpec:
    """A one-line text."""
    return FieldSpec(name, label, "line", hint=hint)


def checked_line(name: str, label: str, hint: str = "") -> FieldSpec:
    """A one-line text the editing service checks (required, an e-mail address, a phone number)."""
    return FieldSpec(name, label, "line", hint=hint, checked=True)


def text(name: str, label: str, lines: int = 4, hint: str = "", checked: bool = False) -> FieldSpec:
    """A text of several lines (``checked``: a refusal of it shows under it)."""
    return FieldSpec(name, label, "text", lines=lines, hint=hint, checked=checked)


def choice(name: str, label: str, enum: type[StrEnum]) -> FieldSpec:
    """One value of ``enum``, by its Dutch label."""
    return FieldSpec(name, label, "enum", enum=enum)


def pick(name: str, label: str, kind: str, hint: str) -> FieldSpec:
    """One record of ``kind``, picked by name."""
    return FieldSpec(name, label, "pick", kind=kind, hint=hint)


def links(name: str, label: str, kind: str, hint: str, empty: str) -> FieldSpec:
    """A list of records of ``kind``."""
    return FieldSpec(name, label, "links", kind=kind, hint=hint, empty=empty)


def day(name: str, label: str) -> FieldSpec:
    """A date, with a calendar; may be empty."""
    return FieldSpec(name, label, "date")


def info(name: str, label: str) -> FieldSpec:
    """A value shown but not edited."""
    return FieldSpec(name, label, "info")


def make_widget(spec: FieldSpec, sessions: SessionFactory) -> QWidget:
    """The widget that edits (or shows) the value of ``spec``."""
    if spec.widget == "line":
        widget = QLineEdit()
        widget.setPlaceholderText(spec.hint)
        return widget
    if spec.widget == "text":
        edit = TextField(spec.lines)
        edit.setPlaceholderText(spec.hint)
        return edit
    if spec.widget == "enum":
        assert spec.enum is not None
        return EnumField([(value, enum_label(value)) for value in spec.enum])
    if spec.widget == "pick":
        picker = RecordPicker(partial(CHOICES[spec.kind], sessions), spec.hint)
        picker.read_off_thread(sessions)  # on a server: the names never read on the UI thread
        return picker
    if spec.widget == "links":
        return LinkList(partial(CHOICES[spec.kind], sessions), spec.hint, empty_text=spec.empty)
    if spec.widget == "date":
        date_field = DateField()  # as wide as a date, not as the form
        date_field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        date_field.setMinimumWidth(date_field.fontMetrics().horizontalAdvance("00-00-0000") + 60)
        return date_field
    if spec.widget == "info":
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
    raise ValueError(f"no widget {spec.widget!r}")


def shorten(value: str, length: int = 40) -> str:
    """``value`` on one line, cut off with … after ``length`` characters."""
    flat = " ".join(value.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"
