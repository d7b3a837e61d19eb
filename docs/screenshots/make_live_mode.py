"""The live mode (Vergadering leiden) at 1920x1080 and 1280x720, with a fixed clock.

From the project folder, one size per run (the offscreen screen is made that size):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_live_mode.py 1920x1080
    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_live_mode.py 1280x720

The tests' live meeting (tests/live_document.py) with a longer second item, led from
14.00: the second item 17 minutes in (orange) at 1920x1080, 23 minutes in (red, over) at
1280x720, with a decision, an action, a question and a line of verslag captured.
"""

import json
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication
from tests.documents import small_document
from tests.live_document import LIVE_MEETING, add_live_meeting

from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.ui.pages.meeting.live_view import LiveView
from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
from ontwikkeltafel.ui.window.main_window import MainWindow

START = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)  # 14.00 in Amsterdam
MINUTES_IN = {1920: 17, 1280: 23}
CAPTURED = [
    ("B", {"text": "We starten na de zomer een pilot op twee basisscholen."}),
    (
        "A",
        {
            "text": "Gesprek plannen met de GGD over de ouderkamer",
            "owner_id": "p-bas",
            "due_on": date(2026, 12, 11),
        },
    ),
    ("V", {"text": "Hoe bereiken we ouders die de taal niet spreken?"}),
    ("N", {"text": "Drie scholen melden dezelfde vraag; de GGD herkent het beeld."}),
]


def main(size: str) -> None:
    """Render the view full screen on an offscreen screen of ``size`` ("1920x1080")."""
    width, height = (int(part) for part in size.split("x"))
    folder = Path(tempfile.mkdtemp())
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    (folder / "screen.json").write_text(json.dumps({"screens": [screen]}))
    app = QApplication(["live", "-platform", f"offscreen:configfile={folder / 'screen.json'}"])
    document = add_live_meeting(small_document())
    agenda = document["meetings"][-1]["agenda"]
    agenda[1]["title"] = (
        "Vragen uit de praktijk: hoe bereiken we ouders die niet naar school komen?"
    )
    plan = {"id": "li-x", "position": 3, "title": "Plan van aanpak voorschool"}
    agenda.insert(2, plan | {"planned_minutes": 15, "presenter_id": "p-anna"})
    agenda[3]["position"] = 4
    (folder / "document.json").write_text(json.dumps(document))
    database = open_database(location_from_path(folder / "live.sqlite3"))
    import_file(database.session_factory, folder / "document.json")
    window = MainWindow(database.session_factory, "live.sqlite3")
    window.show()
    window.open_record("meetings", LIVE_MEETING)
    page = window.stack.currentWidget()
    assert isinstance(page, MeetingPage)
    moment = [START + timedelta(minutes=6)]
    view = LiveView(page, lambda: moment[0])
    page.live = view
    view.open(LIVE_MEETING, "li-1")
    view.step(1)
    for key, values in CAPTURED:
        view._store(key, values)  # as the capture box hands it over
    moment[0] += timedelta(minutes=MINUTES_IN[width])
    view.clock.tick()
    app.processEvents()
    target = Path(__file__).resolve().parent / f"live-mode-{size}.png"
    view.grab().save(str(target))
    view.close()
    database.close()
    print(target)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "1920x1080")
