"""Unexpected errors: the traceback goes to the log file, the user reads one line about it."""

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

from ontwikkeltafel.app import report_crashes
from ontwikkeltafel.ui.core.crash_reporting import CrashReporter, install_crash_reporting


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """A log file the root logger writes to, as the one the command line sets up."""
    path = tmp_path / "ontwikkeltafel.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    root.addHandler(handler)
    yield path
    root.removeHandler(handler)
    handler.close()


@pytest.fixture
def reporter(qtbot: Any, log_file: Path) -> CrashReporter:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return CrashReporter(log_file, window)


def _raise(error: Exception) -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise error
    except Exception:
        info = sys.exc_info()
    assert info[0] is not None and info[1] is not None
    return info[0], info[1], info[2]


def _boxes(reporter: CrashReporter) -> list[QMessageBox]:
    assert reporter.window is not None
    return [box for box in reporter.window.findChildren(QMessageBox) if box.isVisible()]


def test_an_error_in_a_slot_is_logged_and_told_in_one_line(
    reporter: CrashReporter, log_file: Path
) -> None:
    reporter.excepthook(*_raise(ZeroDivisionError("division by zero in de agenda")))
    log = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log
    assert "ZeroDivisionError: division by zero in de agenda" in log
    (box,) = _boxes(reporter)
    assert box.text() == (
        f"Er ging iets mis: ZeroDivisionError. Details staan in het logbestand {log_file}."
    )
    assert "Traceback" not in box.text() and "\n" not in box.text()
    assert not box.isModal()


def test_a_second_error_while_the_message_shows_adds_no_box(
    qtbot: Any, reporter: CrashReporter, log_file: Path
) -> None:
    reporter.excepthook(*_raise(ValueError("eerste")))
    for _ in range(5):
        reporter.excepthook(*_raise(KeyError("tweede")))
    assert len(_boxes(reporter)) == 1
    assert reporter.unshown == 5
    log = log_file.read_text(encoding="utf-8")
    assert "ValueError: eerste" in log and log.count("KeyError: 'tweede'") == 5
    # Once it is closed, the next error is told again, in the same one box.
    assert reporter.box is not None
    reporter.box.close()
    with qtbot.waitSignal(reporter.reported) as told:
        reporter.excepthook(*_raise(KeyError("derde")))
    assert told.args[0].startswith("Er ging iets mis: KeyError.")
    assert len(_boxes(reporter)) == 1


def test_an_error_in_another_thread_is_told_in_the_window_thread(
    qtbot: Any, reporter: CrashReporter, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(threading, "excepthook", reporter.thread_hook)

    def fail() -> None:
        raise RuntimeError("achtergrond kapot")

    worker = threading.Thread(target=fail, name="opslaan")
    with qtbot.waitSignal(reporter.reported, timeout=3000) as told:
        worker.start()
        worker.join()
    assert told.args[0].startswith("Er ging iets mis: RuntimeError.")
    log = log_file.read_text(encoding="utf-8")
    assert "(thread opslaan)" in log and "RuntimeError: achtergrond kapot" in log


def test_qt_warnings_go_to_the_log_only(reporter: CrashReporter, log_file: Path) -> None:
    reporter.qt_message(QtMsgType.QtWarningMsg, QMessageLogContext(), "QPainter::begin: failed")
    assert "QPainter::begin: failed" in log_file.read_text(encoding="utf-8")
    assert _boxes(reporter) == [] and reporter.box is None


def test_the_line_is_english_in_the_english_window(
    reporter: CrashReporter, log_file: Path, english: None
) -> None:
    reporter.excepthook(*_raise(OSError("schijf vol")))
    (box,) = _boxes(reporter)
    english_line = "Something went wrong: OSError. The details are in the log file"
    assert box.text() == f"{english_line} {log_file}."


def test_installing_routes_the_hooks_and_uninstalling_puts_them_back(
    reporter: CrashReporter,
) -> None:
    before = (sys.excepthook, threading.excepthook)
    uninstall = install_crash_reporting(reporter)
    try:
        assert sys.excepthook == reporter.excepthook
        assert threading.excepthook == reporter.thread_hook
    finally:
        uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_app_reports_an_error_raised_in_a_slot(qtbot: Any) -> None:
    root = logging.getLogger()
    handlers = list(root.handlers)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    button = QPushButton("Kapot", window)

    def broken() -> None:
        raise LookupError("geen agendapunt")

    button.clicked.connect(broken)
    uninstall = report_crashes(window)  # as run_app does; pytest-qt's hook is back after
    try:
        reporter = sys.excepthook.__self__  # type: ignore[attr-defined]
        assert isinstance(reporter, CrashReporter)
        with qtbot.waitSignal(reporter.reported) as told:
            button.click()
    finally:
        uninstall()
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
    assert told.args[0].startswith("Er ging iets mis: LookupError. Details staan in het logbestand")
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "LookupError: geen agendapunt" in log and "in broken" in log
