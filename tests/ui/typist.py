"""A secretary typing the verslag without a pause, in a process of its own (to be SIGKILLed).

Run as ``python -m tests.ui.typist DB ITEM_ID TEXT``: opens the app's window on DB,
opens the agenda item's meeting at that item, and types TEXT into its minutes one key
every ``KEY_MS`` milliseconds, printing ``typed N`` after each key has been handled.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path
from ontwikkeltafel.ui.window.main_window import MainWindow

KEY_MS = 80  # about 12 keys a second: a fast, steady typist


def main() -> None:
    db, item_id, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication(sys.argv[:1])
    database = open_database(location_from_path(db))
    window = MainWindow(database.session_factory, str(db))
    window.show()
    window.open_record("agenda_items", item_id)
    minutes = window.stack.currentWidget().editor_panel.minutes  # type: ignore[attr-defined]
    minutes.setFocus()
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(minutes, text[typed % len(text)])
        typed += 1
        print("typed", typed, flush=True)

    timer = QTimer()
    timer.setInterval(KEY_MS)
    timer.timeout.connect(type_one)
    timer.start()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
