"""The head of the meeting page: title, kind, date and times, place, chair, secretary, status.

Date, start and end are one field for the autosave binder (``times``): moving the date
moves the end along. Times are Amsterdam times, stored as moments. The status offers only
what may be chosen by hand; the day of adoption is in the page's banner, set only by adopting.
"""

import re
from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QTime,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ontwikkeltafel.model import AMSTERDAM, MeetingKind, MeetingStatus
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.choices import person_choices
from ontwikkeltafel.services.meeting_status import allowed_statuses
from ontwikkeltafel.ui.core.labels import enum_label
from ontwikkeltafel.ui.core.messages import current_language
from ontwikkeltafel.ui.widgets.fields import DateField, EnumField, RecordPicker, show_read_only

NO_END = QTime(0, 0)  # shown empty: a meeting without an end time
Times = tuple[datetime, datetime | None]
WEEKDAY = re.compile(r"^\s*[^\W\d]+\.?,?\s+(?=\d)")  # "do 18-01-2018": the "do " shown


def window_locale() -> QLocale:
    """The locale of the window's language: its weekdays ("di 10-11-2026")."""
    dutch = current_language() == "nl"
    return QLocale(QLocale.Language.Dutch if dutch else QLocale.Language.English)


class MeetingDay(DateField):
    """The shared date field, its date shown with the weekday ("do 18-01-2018").

    A date is typed as anywhere else ("11-02-2027", "11 februari 2027"); the weekday shown
    in front is left out when the text is read.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """A date field showing the weekday too."""
        super().__init__(parent)
        self.setLocale(window_locale())  # "di", not the system's "Tue", in the Dutch window
        self.setDisplayFormat("ddd dd-MM-yyyy")

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """As the shared field, the weekday in front left out."""
        state, _text, _pos = super().validate(WEEKDAY.sub("", text), pos)
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        """The date typed, the weekday in front left out."""
        return super().dateTimeFromText(WEEKDAY.sub("", text))


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingHeader", text)


class MeetingTimes(QWidget):
    """The day, start and end of a meeting: ``value()`` is (starts_at, ends_at or None)."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """A date with a calendar, and two times ("15.30 - 17.00")."""
        super().__init__(parent)
        self.day = MeetingDay()
        self._last_day = date.today()  # the day while the field is emptied (a meeting has one)
        clock = "HH.mm" if current_language() == "nl" else "HH:mm"  # 15.30 uur, 15:30
        self.start = QTimeEdit()
        self.start.setDisplayFormat(clock)
        self.end = QTimeEdit()
        self.end.setDisplayFormat(clock)
        self.end.setMinimumTime(NO_END)
        self.end.setSpecialValueText(" ")
        self.end.setToolTip(_tr("Eindtijd (leeg: geen eindtijd)"))
        for signal in (self.day.dateChanged, self.start.timeChanged, self.end.timeChanged):
            signal.connect(lambda *_a: self.value_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        layout.addWidget(QLabel(_tr("uur")))
        layout.addStretch(1)
        self.setFocusProxy(self.day)
        for widget in (self.day, self.start, self.end):
            widget.installEventFilter(self)  # the binder watches the parts leaving focus

    def value(self) -> Times:
        """The start, and the end (None when empty or not after the start), in Amsterdam time."""
        day = self.day.value() or self._last_day
        self._last_day = day
        start = datetime.combine(day, _time(self.start.time()), tzinfo=AMSTERDAM)
        if self.end.time() == NO_END:
            return start, None
        end = datetime.combine(day, _time(self.end.time()), tzinfo=AMSTERDAM)
        return start, end if end > start else None

    def set_value(self, value: Times | None) -> None:
        """Show a start and end without reporting a change."""
        if value is None:
            return
        starts_at, ends_at = value
        start = starts_at.astimezone(AMSTERDAM)
        for widget in (self.day, self.start, self.end):
            widget.blockSignals(True)
        self.day.setDate(QDate(start.year, start.month, start.day))
        self._last_day = start.date()
        self.start.setTime(QTime(start.hour, start.minute))
        if ends_at is None:
            self.end.setTime(NO_END)
        else:
            end = ends_at.astimezone(AMSTERDAM)
            self.end.setTime(QTime(end.hour, end.minute))
        for widget in (self.day, self.start, self.end):
            widget.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A part losing focus to another widget is this field losing it (the binder stores)."""
        focus = QApplication.focusWidget()
        inside = focus is not None and self.isAncestorOf(focus)
        if event.type() == QEvent.Type.FocusOut and watched is self.day and not self.day.value():
            self.day.set_value(self._last_day)  # emptied and left: the day it had
        if event.type() == QEvent.Type.FocusOut and not inside:
            QCoreApplication.sendEvent(self, QFocusEvent(QEvent.Type.FocusOut))
        return False


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def head_display(people: Callable[[], list[tuple[str, str]]]) -> Callable[[str, Any], str]:
    """How a value of the head reads in the conflict view: as its field shows it.

    A moment as "di 12-11-2026 14.00" (the day field's weekday and date, the time as the
    time fields), a choice by its label, a person by name (of ``people()``: the names the
    page read for its pickers, so nothing is read on the UI thread); other values as they are.
    """
    clock = "HH.mm" if current_language() == "nl" else "HH:mm"
    enums: dict[str, type[StrEnum]] = {"kind": MeetingKind, "status": MeetingStatus}
    names: dict[str, str] = {}

    def display(name: str, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            moment = value.astimezone(AMSTERDAM)
            when = QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
            return window_locale().toString(when, f"ddd dd-MM-yyyy {clock}")
        if name in enums:
            return enum_label(enums[name](value))
        if name.endswith("_id"):
            if not names:
                names.update(people())
            return names.get(str(value), str(value))
        return str(value)

    return display


def times_of(values: dict[str, Any]) -> Times:
    """The ``times`` value of a meeting's stored values."""
    return values["starts_at"], values["ends_at"]


class MeetingHeader(QWidget):
    """The meeting's own values in a grid of fields, autosaved through the page's binder."""

    def __init__(self, sessions: SessionFactory) -> None:
        """The head of a meeting; people are chosen from the database behind ``sessions``."""
        super().__init__()
        people = lambda: person_choices(sessions)  # noqa: E731
        self.title_field = QLineEdit()
        self.kind = EnumField([(k, enum_label(k)) for k in MeetingKind])
        self.times = MeetingTimes()
        self.location = QLineEdit()
        self.location.setPlaceholderText(_tr("Waar? Bijvoorbeeld: Stadskantoor, zaal 4.12"))
        self.chair = RecordPicker(people, _tr("Voorzitter"))
        self.secretary = RecordPicker(people, _tr("Notulist"))
        self.status = EnumField([(s, enum_label(s)) for s in MeetingStatus])
        self.fields = {
            "title": self.title_field,
            "kind": self.kind,
            "times": self.times,
            "location": self.location,
            "chair_id": self.chair,
            "secretary_id": self.secretary,
            "status": self.status,
        }
        kind_and_status = QWidget()  # three rows leave the verslag room at 1280x720
        line = QHBoxLayout(kind_and_status)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind, 1)
        status_caption = QLabel(_tr("Status"))
        status_caption.setBuddy(self.status)
        line.addWidget(status_caption)
        line.addWidget(self.status, 1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        rows: list[list[tuple[str, QWidget]]] = [
            [(_tr("Titel"), self.title_field), (_tr("Soort"), kind_and_status)],
            [(_tr("Datum en tijd"), self.times), (_tr("Locatie"), self.location)],
            [(_tr("Voorzitter"), self.chair), (_tr("Notulist"), self.secretary)],
        ]
        for row, fields in enumerate(rows):
            for column, (text, widget) in enumerate(fields):
                caption = QLabel(text)
                caption.setBuddy(self.kind if widget is kind_and_status else widget)
                grid.addWidget(caption, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

    def offer_statuses(self, current: MeetingStatus) -> None:
        """Offer the statuses the secretary may choose now, by hand (the current one first)."""
        allowed = [current, *(s for s in allowed_statuses(current) if s != current)]
        offered = [s for s in MeetingStatus if s in allowed]
        if [self.status.itemData(i) for i in range(self.status.count())] == offered:
            return
        self.status.blockSignals(True)
        self.status.clear()
        for status in offered:
            self.status.addItem(enum_label(status), status)
        self.status.setCurrentIndex(offered.index(current))
        self.status.blockSignals(False)

    def set_frozen(self, frozen: bool) -> None:
        """Read only (an adopted verslag's meeting) or editable again."""
        for line in (self.title_field, self.location):
            show_read_only(line, frozen)
        for part in (self.times.day, self.times.start, self.times.end):
            show_read_only(part, frozen)
        for choice in (self.kind, self.chair, self.secretary):
            choice.setEnabled(not frozen)
        self.status.setEnabled(not frozen and self.status.count() > 1)
