"""The screenshots of the user's manual (docs/handleiding.md), made from the demo data.

Run from the project folder: ``make screenshots`` (under Xvfb when xvfb-run is there, else
offscreen), or by hand:

    xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" .venv/bin/python docs/make_manual_screenshots.py

Writes docs/screenshots/handleiding/<name>.png: the window at 1280 x 720 (what a 1366 x 768
laptop leaves it) on every page the manual describes, the chair's view (Vergadering leiden)
and the dialogs the manual shows, on a fresh copy of the demo data in a scratch folder.
Pages are shown as docs/page_tour.py shows them (the tour test_page_fit.py checks).
"""

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots" / "handleiding"
sys.path.insert(0, str(ROOT))  # docs.page_tour
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="manual-screenshots-"))
os.environ["XDG_CONFIG_HOME"] = str(SCRATCH / "config")  # no remembered window or record
os.environ["XDG_DATA_HOME"] = str(SCRATCH / "data")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

if TYPE_CHECKING:
    from ontwikkeltafel.ui.pages.meeting.live_view import LiveView

SIZE = QSize(1280, 720)
#: "Now" for every page: between the demo's meetings of 22 November 2018 (its verslag a
#: draft) and 24 January 2019 (planned), so the table page's next meeting is that one.
TODAY = datetime(2019, 1, 10, 10, 0)
#: The day of the Bewaartermijnen shot: years later, when some of the demo is past its term.
RETENTION_DAY = date(2026, 7, 1)
#: Where the report dialog offers to save: a secretary's documents, not this machine's home.
DOCUMENTS = Path("/home/secretaris/Documenten")
#: How the status bar names the server database while the connection is lost.
SERVER = "db.gemeente.nl/ontwikkeltafel"
#: The pages of docs/page_tour.py by the names of their screenshots here.
PAGES = {
    "tafels": "tafels-en-bijeenkomsten",
    "bijeenkomsten": "bijeenkomsten",
    "personen": "personen",
    "organisaties": "organisaties",
    "themas": "themas",
    "vragen-en-zorgen": "vragen-en-zorgen",
    "goede-voorbeelden": "goede-voorbeelden",
    "ontwikkelpunten": "ontwikkelpunten",
    "actiepunten": "actiepunten",
    "tafel": "tafelpagina",
    "bijeenkomst": "bijeenkomstpagina",
    "zoeken": "zoeken",
}


def wait(predicate: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Let Qt work until ``predicate`` holds."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(predicate)
        QTest.qWait(10)


def save(widget: QWidget, name: str) -> Path:
    """Grab ``widget`` as painted into OUT/<name>.png, in at most 256 colours (a small file)."""
    from PIL import Image  # Pillow comes with matplotlib

    QTest.qWait(400)  # animations done (the search field's clear button fades)
    painted = SCRATCH / "painted.png"
    if not widget.grab().toImage().save(str(painted)):
        raise OSError(f"cannot write {painted}")
    image = Image.open(painted).convert("RGB")
    few = image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path = OUT / f"{name}.png"
    few.save(path, optimize=True)
    print(path)
    return path


def show_dialog(dialog: QDialog, name: str) -> None:
    """Show ``dialog`` (not modal), grab it and close it again."""
    dialog.show()
    wait(dialog.isVisible)
    save(dialog, name)
    dialog.reject()


def save_connection_lost(window: QWidget) -> None:
    """The window of a server database whose connection is lost: the banner, the status bar."""
    from ontwikkeltafel.ui.window.main_window import MainWindow
    from ontwikkeltafel.ui.window.status_bar import ConnectionLabel, DatabaseLabel

    assert isinstance(window, MainWindow)
    label = window.statusBar().findChild(DatabaseLabel)
    assert label is not None
    named = label.text()
    label.setText(named.replace("demo.sqlite3", SERVER))
    lost = ConnectionLabel()  # as the connection watch shows it for a server
    lost.set_connected(False)
    window.statusBar().addPermanentWidget(lost)
    window.connection.banner.show_wait(7000)  # as when the server is away
    save(window, "verbinding-verbroken")
    window.connection.banner.hide()
    window.statusBar().removeWidget(lost)
    lost.deleteLater()
    label.setText(named)


def lead_planned_meeting(window: QWidget) -> "LiveView":
    """The chair's view of the demo's planned meeting, 12 minutes into its first topic."""
    from datetime import datetime, timedelta

    from ontwikkeltafel.services.editing import read_record
    from ontwikkeltafel.ui.window.main_window import MainWindow

    assert isinstance(window, MainWindow)
    with window.sessions() as session:
        from sqlalchemy import text

        planned = session.execute(
            text("SELECT id FROM meetings WHERE status = 'planned' ORDER BY starts_at LIMIT 1")
        ).scalar_one()
    starts = read_record(window.sessions, "meetings", planned)["starts_at"]  # type: ignore[index]
    clock = [datetime.fromisoformat(str(starts)) if not isinstance(starts, datetime) else starts]
    window.record_pages.open_meeting(planned)
    page = window.record_pages.meeting_page()
    wait(lambda: page.agenda.rowCount() > 0)
    from ontwikkeltafel.ui.pages.meeting.live_view import LiveView

    page.live = LiveView(page, now=lambda: clock[0])
    page.agenda_view.select_row(0)
    page.lead_meeting()
    live = page.live
    wait(live.isVisible)
    assert live.meeting is not None
    topic = min(5, len(live.meeting.items) - 1)  # the demo's first topic, after the actielijst
    for item in live.meeting.items[:topic]:  # the items before it: on time
        clock[0] += timedelta(minutes=item.planned_minutes or 5)
        live.step(1)
    for row in range(len(live.people)):  # everyone there but one, who sent word
        if row != 2:
            live.toggle_presence(row)
    owner = live.people[1][0]
    for key, values in (
        ("B", {"text": "De tafel kiest voor een pilot met drie scholen in Overvecht."}),
        ("A", {"text": "Pilotscholen benaderen", "owner_id": owner, "due_on": clock[0].date()}),
        ("N", {"text": "De scholen herkennen het beeld; de GGD sluit aan bij de pilot."}),
    ):
        live._store(key, values)  # as the capture box hands it over
    clock[0] += timedelta(minutes=12)
    live.clock.tick()
    live.resize(SIZE)
    return live


def main() -> int:
    """Make the screenshots; 0 when all were written."""
    from docs.fixed_clock import freeze

    freeze(TODAY)  # the same pages whatever day they are made
    app = QApplication(sys.argv)
    app.setCursorFlashTime(0)  # a text cursor that never blinks: the same picture every run
    from docs.page_tour import report_dialog, show

    from ontwikkeltafel.services.demo import load_demo
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.history import set_author
    from ontwikkeltafel.store.location import location_from_path
    from ontwikkeltafel.ui.exports.retention_dialog import RetentionDialog
    from ontwikkeltafel.ui.pages.meeting.adoption_dialogs import AdoptDialog
    from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
    from ontwikkeltafel.ui.window.main_window import MainWindow
    from ontwikkeltafel.ui.window.translation import install_translator

    install_translator(app, "nl")
    database = open_database(location_from_path(SCRATCH / "demo.sqlite3"))
    load_demo(database.session_factory)
    set_author(database.session_factory, "Sanne de Wit")  # the secretary, in the history
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    window = MainWindow(database.session_factory, "demo.sqlite3")
    window.resize(SIZE)
    window.show()
    wait(window.isVisible)
    for tour, name in PAGES.items():
        page = show(window, tour, wait)
        wait(page.isVisible)
        if window.size() != SIZE:
            raise SystemExit(f"{tour}: the window is held at {window.size().toTuple()}")
        save(window, name)
    page = show(window, "bijeenkomst", wait)
    assert isinstance(page, MeetingPage) and page.record_id is not None
    window.search.field.clear()  # the search of the tour gone
    window.search.close()
    save_connection_lost(window)
    show_dialog(report_dialog(window, page.record_id, DOCUMENTS, "nl"), "rapport")
    show_dialog(window.open_preferences(), "voorkeuren")
    show_dialog(AdoptDialog(window, "Bijeenkomst van het voorbeeld"), "verslag-vaststellen")
    show_dialog(RetentionDialog(window, window, RETENTION_DAY), "bewaartermijnen")
    page.editor_panel.history_button.click()  # Geschiedenis… of the verslag
    wait(lambda: page.editor_panel.history is not None)
    assert page.editor_panel.history is not None
    show_dialog(page.editor_panel.history, "geschiedenis")
    live = lead_planned_meeting(window)  # Vergadering leiden: the chair's view
    save(live, "vergadering-leiden")
    live.leave()
    window.help_actions.show_manual()  # F1 on the meeting page
    manual = window.findChild(QWidget, "manual")
    if manual is not None:
        manual.resize(SIZE)
        save(manual, "handleiding")
    window.close()
    database.close()
    shutil.rmtree(SCRATCH, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
