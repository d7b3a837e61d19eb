"""Python's cycle collector runs on the UI thread only, between events (calibre's way).

Left automatic, it runs on whichever thread's allocation crosses its threshold: a list's
reading on a worker thread too. Collecting a cycle that holds a Qt object there deletes
that object off the UI thread while the UI thread may be painting it (seen: a header
view painting a model just deleted, a crash). So once the window runs, automatic
collection is off and a timer on the UI thread collects what the thresholds ask for.
It also keeps the collector out of a list's reading of 20,000 ids (some 25 collections
of the youngest generation each).
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


class _Collector(QObject):
    """Checks the collector's counts every INTERVAL_MS and collects as CPython would have."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.held = 0  # heavy work runs (an import): nothing collected meanwhile
        self.oldest = len(gc.get_objects(generation=2))  # after the last full collection
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as gc itself does."""
        if self.held:
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        generation = -1
        for level in range(3):
            if counts[level] <= thresholds[level]:
                break
            generation = level
        if generation == 2 and not self._full_due():
            generation = 1
        if generation >= 0:
            gc.collect(generation)
        if generation == 2:
            self.oldest = len(gc.get_objects(generation=2))

    def _full_due(self) -> bool:
        """Whether a full collection is due, as CPython decides it.

        Once the objects that reached the oldest generation since the last one are a
        quarter of those it kept: each scans them all (in a large heap a pause of most of
        a second, seen in the UI tests when every tenth collection of the middle one was).
        """
        return len(gc.get_objects(generation=2)) - self.oldest > self.oldest // 4


_COLLECTORS: list[_Collector] = []


def collect_on_ui_thread() -> None:
    """Turn automatic collection off; collect on the UI thread from now on (once a process).

    Call it in the UI thread, with the application made; the collector lives with it.
    """
    gc.disable()
    app = QCoreApplication.instance()
    if _COLLECTORS or app is None:
        return
    _COLLECTORS.append(_Collector(app))


def collecting_on_ui_thread() -> bool:
    """Whether the UI thread's collector runs (and automatic collection is off)."""
    return bool(_COLLECTORS) and not gc.isenabled()


@contextmanager
def garbage_collector_held() -> Iterator[None]:
    """Hold the cyclic garbage collector while heavy work makes a million short-lived objects.

    A big import or export makes no cycles worth collecting, and rescanning its objects
    again and again makes it slower (the command line does the same). Tasks run one at
    a time, so nothing else turns it back on early.
    """
    enabled = gc.isenabled()
    gc.disable()
    for collector in _COLLECTORS:
        collector.held += 1
    try:
        yield
    finally:
        for collector in _COLLECTORS:
            collector.held -= 1
        if enabled:
            gc.enable()
