"""Cycles of Qt objects are collected on the UI thread only, never on a worker thread.

Seen in session 13: a window's reading on a worker thread (its lists' statements
prepared) set off the cycle collector there, which deleted a Qt object of the test before
while the UI thread painted its header: a segmentation fault. The app now turns automatic
collection off once its window shows and collects on a timer of the UI thread.
"""

import gc
import threading
import weakref
from typing import Any

import pytest
from PySide6.QtCore import QObject

from ontwikkeltafel.app import _collect_from_now_on
from ontwikkeltafel.ui.core import garbage
from ontwikkeltafel.ui.core.garbage import collecting_on_ui_thread, garbage_collector_held


class _Cycle:
    """An object that refers to itself and holds a Qt object: only the collector frees it."""

    def __init__(self) -> None:
        self.me = self
        self.held = QObject()


def _garbage_cycle(freed_on: list[str]) -> list[Any]:
    """A cycle dropped, and far more objects kept than the threshold: the next check collects.

    Far more: each object an earlier test made that is freed meanwhile (its window's, as
    the event loop deletes it) takes one off the count. With one over the threshold the
    check once found the count under it for three seconds (CI, after test_forms.py).
    """
    cycle = _Cycle()
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
    return [[n] for n in range(20 * gc.get_threshold()[0])]


def _allocate_on_a_worker() -> None:
    """What a reading does: many containers made on a thread of its own."""
    worker = threading.Thread(target=lambda: [[n] for n in range(200_000)], name="reads")
    worker.start()
    worker.join()


def test_a_cycle_is_collected_on_the_ui_thread_not_on_a_reading_s_thread(qtbot: Any) -> None:
    assert collecting_on_ui_thread()  # as the app, once its window shows (conftest)
    freed_on: list[str] = []
    kept = _garbage_cycle(freed_on)
    _allocate_on_a_worker()
    assert freed_on == []  # the worker's allocations collected nothing
    qtbot.waitUntil(lambda: freed_on != [], timeout=3 * garbage.INTERVAL_MS)
    assert freed_on == [threading.main_thread().name] and kept


def test_nothing_is_collected_while_heavy_work_holds_the_collector(qtbot: Any) -> None:
    freed_on: list[str] = []
    collector = garbage._COLLECTORS[0]
    with garbage_collector_held():
        kept = _garbage_cycle(freed_on)
        _allocate_on_a_worker()
        with qtbot.waitSignal(collector.timer.timeout, timeout=3 * garbage.INTERVAL_MS):
            pass
        assert freed_on == []
    assert not gc.isenabled()  # still off: the UI thread's collector runs on
    qtbot.waitUntil(lambda: freed_on != [], timeout=3 * garbage.INTERVAL_MS)
    assert freed_on == [threading.main_thread().name] and kept


def test_a_full_collection_waits_until_the_oldest_generation_grew_by_a_quarter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    collector = garbage._COLLECTORS[0]
    collected: list[int] = []
    oldest = [1100]
    monkeypatch.setattr(collector, "oldest", 1000)
    monkeypatch.setattr(gc, "get_count", lambda: (701, 11, 11))  # every threshold passed
    monkeypatch.setattr(gc, "get_objects", lambda generation=None: [None] * oldest[0])
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    collector.check()
    assert collected == [1]  # grown by a tenth: the middle generation only
    oldest[0] = 1251
    collector.check()
    assert collected == [1, 2] and collector.oldest == 1251  # by more than a quarter


def test_the_app_collects_on_the_ui_thread_once_its_window_shows(qtbot: Any) -> None:
    gc.enable()  # as a start-up would leave it if something turned it on
    _collect_from_now_on()
    assert collecting_on_ui_thread()
    assert len(garbage._COLLECTORS) == 1  # one a process, however often it is asked
