"""Samenhang: under a concern's or good practice's form, how it hangs together (read-only).

A concern: where it was raised and by whom, every agenda item where it was discussed with
that item's verslag, the development points that answer it and its status history. A good
practice: the concerns it helped with and the meetings where it came up. Each name is a
link that opens its record. The data: services/record_context.py, read off the UI
thread on a server (issue 15, point 3: "laden…" till it comes).
"""

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ontwikkeltafel.model import ConcernStatus, DevelopmentPointStatus
from ontwikkeltafel.reports.format import initials_name
from ontwikkeltafel.services.changes import Change
from ontwikkeltafel.services.record_context import (
    ConcernContext,
    Discussion,
    PracticeContext,
    concern_context,
    practice_context,
)
from ontwikkeltafel.store.failures import StoreUnavailable
from ontwikkeltafel.ui.core.autosave import autosave_events
from ontwikkeltafel.ui.core.context import WindowContext
from ontwikkeltafel.ui.core.labels import enum_label, short_date, short_moment
from ontwikkeltafel.ui.forms.reading import Reader
from ontwikkeltafel.ui.forms.record_form import RecordForm

KINDS = frozenset({"concerns", "practices"})
WATCHED = (
    "concerns",
    "practices",
    "meetings",
    "agenda_items",
    "development_points",
    "people",
)
MINUTES_SHOWN = 600  # characters of an item's verslag; the rest on its meeting's page


def _italic(text: str) -> str:
    return f"<i>{escape(text)}</i>"


def _note(text: str) -> str:
    """A paragraph saying there is nothing of a kind."""
    return f"<p>{_italic(text)}</p>"


def _link(kind: str, record_id: str, text: str) -> str:
    return f"<a href='{kind}/{escape(record_id, quote=True)}'>{escape(text)}</a>"


class RecordContextPanel(QWidget):
    """The Samenhang of the concern or practice shown in the form beside it."""

    def __init__(self, context: WindowContext, kind: str) -> None:
        """Empty until :meth:`show_record`; ``kind`` is concerns or practices."""
        super().__init__()
        assert kind in KINDS, kind
        self.context = context
        self.kind = kind
        self.record_id: str | None = None
        self.stale = False
        self.reader = Reader(context.sessions, self)  # on a server: read off the UI thread
        self._shown: str | None = None  # the record whose Samenhang the browser shows
        title = self.tr("Samenhang")
        self.heading = QLabel(f"<b>{escape(title)}</b>")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 6, 6)  # in line with the form's fields
        layout.addWidget(self.heading)
        layout.addWidget(self.browser, 1)
        context.notifier.changed.connect(self._on_changed)
        if not self.reader.at_once:
            autosave_events().back.connect(self._server_back)

    def show_record(self, record_id: object) -> None:
        """Show the Samenhang of ``record_id`` (None: nothing)."""
        self.record_id = record_id if isinstance(record_id, str) else None
        self.reload()

    def reload(self) -> None:
        """Read the Samenhang again."""
        self.stale = False
        sessions = self.context.sessions
        record_id = self.record_id
        if record_id is None:
            self.reader.drop()
            self._shown = None
            self.browser.setHtml("")
            return
        if not self.reader.at_once and record_id != self._shown:
            self._shown = None
            self.browser.setHtml(_note(self.tr("laden…")))

        kind = self.kind

        def work() -> ConcernContext | PracticeContext | None:
            if kind == "concerns":
                return concern_context(sessions, record_id)
            return practice_context(sessions, record_id)

        self.reader.read(work, lambda found: self._came(record_id, found), self._not_read)

    def _came(self, record_id: str, found: Any) -> None:
        if isinstance(found, ConcernContext):
            html = self._concern_html(found)
        else:
            html = "" if found is None else self._practice_html(found)
        position = self.browser.verticalScrollBar().value()
        self._shown = record_id
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(position)

    def _server_back(self, where: str) -> None:
        """The server answers again: a Samenhang it could not give is read now."""
        if where == self.reader.where and self.record_id and self._shown != self.record_id:
            self.reload()

    def _not_read(self, error: Exception) -> None:
        if isinstance(error, StoreUnavailable) and self._shown != self.record_id:
            self.browser.setHtml(_note(self.tr("Niet geladen: de server is niet bereikbaar.")))

    def _on_changed(self, change: Change) -> None:
        if self.record_id is None or not change.touches(*WATCHED):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event: object) -> None:
        """What changed while hidden is read when shown."""
        if self.stale:
            self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    def _open(self, url: QUrl) -> None:
        kind, _slash, record_id = url.toString().partition("/")
        if record_id:
            self.context.open_record(kind, record_id)

    # The HTML of the two kinds.

    def _section(self, title: str, count: int | None = None) -> str:
        shown = escape(title) if count is None else f"{escape(title)} ({count})"
        return f"<p style='margin-top:8px; margin-bottom:2px'><b>{shown}</b></p>"

    def _discussions(self, discussions: tuple[Discussion, ...]) -> list[str]:
        parts = [self._section(self.tr("Besproken in bijeenkomsten"), len(discussions))]
        if not discussions:
            parts.append(_note(self.tr("Nog in geen bijeenkomst besproken.")))
        for item in discussions:
            name = f"{short_date(item.meeting.starts_at)} {item.meeting.title} › {item.item_title}"
            line = _link("agenda_items", item.item_id, name)
            if item.confidential:
                line += " " + _italic("(" + self.tr("vertrouwelijk") + ")")
            minutes = item.minutes.strip()
            if len(minutes) > MINUTES_SHOWN:
                minutes = minutes[:MINUTES_SHOWN].rstrip() + " …"
            text = escape(minutes).replace("\n", "<br>") if minutes else ""
            if not text:
                text = _italic(self.tr("Geen verslag bij dit punt."))
            parts.append(f"<p style='margin-bottom:2px'>{line}</p>")
            parts.append(f"<p style='margin-left:12px; margin-top:0px'>{text}</p>")
        return parts

    def _concern_html(self, found: ConcernContext) -> str:
        parts = [self._section(self.tr("Ingebracht"))]
        raised: list[str] = []
        if found.raised_in is not None:
            meeting = found.raised_in
            name = f"{short_date(meeting.starts_at)} {meeting.title}"
            raised.append(self.tr("in %1").replace("%1", _link("meetings", meeting.id, name)))
        if found.raised_by is not None:
            raised.append(self.tr("door %1").replace("%1", escape(initials_name(found.raised_by))))
        parts.append(
            f"<p>{' '.join(raised)}</p>"
            if raised
            else _note(self.tr("Niet vastgelegd waar of door wie."))
        )
        parts += self._discussions(found.discussions)
        points = found.development_points
        parts.append(self._section(self.tr("Ontwikkelpunten die erop antwoorden"), len(points)))
        if not points:
            parts.append(_note(self.tr("Nog geen ontwikkelpunt.")))
        for point in points:
            status = enum_label(DevelopmentPointStatus(point.status))
            link = _link("development_points", point.id, point.title)
            parts.append(f"<p style='margin:0px'>{link} ({escape(status)})</p>")
        parts.append(self._section(self.tr("Statusverloop"), len(found.status_history)))
        if not found.status_history:
            parts.append(_note(self.tr("De status is nooit gewijzigd.")))
        for change in found.status_history:
            old = "–" if change.old is None else enum_label(change.old)
            new = "–" if change.new is None else enum_label(change.new)
            who = f" ({escape(change.by)})" if change.by else ""
            moment = short_moment(change.at)
            parts.append(f"<p style='margin:0px'>{moment}: {escape(old)} → {escape(new)}{who}</p>")
        return "".join(parts)

    def _practice_html(self, found: PracticeContext) -> str:
        concerns = found.concerns
        parts = [self._section(self.tr("Hielp bij deze vragen en zorgen"), len(concerns))]
        if not concerns:
            parts.append(_note(self.tr("Nog bij geen vraag of zorg gekoppeld.")))
        for concern in concerns:
            status = enum_label(ConcernStatus(concern.status))
            link = _link("concerns", concern.id, concern.title)
            parts.append(f"<p style='margin:0px'>{link} ({escape(status)})</p>")
        parts += self._discussions(found.discussions)
        return "".join(parts)


def with_context(context: WindowContext, form: RecordForm, kind: str) -> QSplitter:
    """``form`` above the Samenhang of the record it shows, the two in a splitter."""
    panel = RecordContextPanel(context, kind)
    form.record_shown.connect(panel.show_record)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(form)
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([580, 260])  # most to the form, whose fields are typed in
    splitter.setChildrenCollapsible(False)
    return splitter
