"""Screenshots of every page and the dialogs used often, at 1280 x 720 and 1920 x 1080.

Run from the project folder, offscreen, on a fresh copy of the demo data:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [--lang en]

Writes docs/screenshots/<width>x<height>/<page>.png (``-en`` added in English), the
pages as docs/page_tour.py shows them (the same tour test_page_fit.py checks).
The window is grabbed as Qt paints it, without a title bar; the dialogs on their own.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # docs.page_tour
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="screenshots-"))
os.environ["XDG_CONFIG_HOME"] = str(SCRATCH / "config")  # no remembered window or record
os.environ["XDG_DATA_HOME"] = str(SCRATCH / "data")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

SIZES = (QSize(1280, 720), QSize(1920, 1080))


def wait(predicate: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Let Qt work until ``predicate`` holds."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(predicate)
        QTest.qWait(10)


def save(widget: QWidget, path: Path) -> None:
    """Grab ``widget`` as painted into ``path``, in at most 256 colours (a small file)."""
    from PIL import Image  # Pillow comes with matplotlib

    QTest.qWait(50)
    painted = SCRATCH / "painted.png"
    if not widget.grab().toImage().save(str(painted)):
        raise OSError(f"cannot write {painted}")
    image = Image.open(painted).convert("RGB")
    few = image.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    few.save(path, optimize=True)
    print(path)


def main() -> int:
    """Make the screenshots; 0 when all were written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--size", action="append", choices=[f"{s.width()}x{s.height()}" for s in SIZES]
    )
    args = parser.parse_args()
    app = QApplication(sys.argv)
    from docs.page_tour import PAGES, report_dialog, show

    from ontwikkeltafel.services.demo import load_demo
    from ontwikkeltafel.store.database import open_database
    from ontwikkeltafel.store.history import set_author
    from ontwikkeltafel.store.location import location_from_path
    from ontwikkeltafel.ui.pages.meeting.page import MeetingPage
    from ontwikkeltafel.ui.window.main_window import MainWindow
    from ontwikkeltafel.ui.window.translation import install_translator

    install_translator(app, args.lang)
    database = open_database(location_from_path(SCRATCH / "demo.sqlite3"))
    load_demo(database.session_factory)
    suffix = "" if args.lang == "nl" else "-en"
    set_author(database.session_factory, "Sanne de Wit")  # the secretary, in the history
    sizes = [s for s in SIZES if not args.size or f"{s.width()}x{s.height()}" in args.size]
    for size in sizes:
        folder = args.out / f"{size.width()}x{size.height()}"
        shutil.rmtree(SCRATCH / "config", ignore_errors=True)  # no record reopened
        window = MainWindow(database.session_factory, "demo.sqlite3")
        window.resize(size)
        window.show()
        wait(window.isVisible)
        for name in PAGES:
            page = show(window, name, wait)
            wait(page.isVisible)
            if window.size() != size:
                raise SystemExit(f"{name}: the window is held at {window.size().toTuple()}")
            save(window, folder / f"{name}{suffix}.png")
        if size == sizes[0]:  # the dialogs as they open over the meeting page
            page = show(window, "bijeenkomst", wait)
            assert isinstance(page, MeetingPage)
            minutes = page.editor_panel.minutes  # a change, for the history to show
            minutes.moveCursor(QTextCursor.MoveOperation.End)
            minutes.insertPlainText(" Wendy Mulder stuurt de uitgangspunten rond.")
            page.flush()
            page.editor_panel.history_button.click()  # Geschiedenis… of the verslag
            assert page.editor_panel.history is not None
            page.editor_panel.history.view.selectRow(1)  # the text before: the change marked
            dialogs: list[tuple[str, QDialog]] = [
                ("voorkeuren", window.open_preferences()),
                ("geschiedenis", page.editor_panel.history),
                ("rapport", report_dialog(window, page.record_id or "", Path.home(), args.lang)),
            ]
            for name, dialog in dialogs:
                dialog.show()
                wait(dialog.isVisible)
                save(dialog, folder / f"{name}{suffix}.png")
                dialog.reject()
        window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
