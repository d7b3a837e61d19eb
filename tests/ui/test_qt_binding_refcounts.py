"""The Qt binding keeps Python's None alive: a long session of calls must not abort the app.

PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt
method that returns nothing (setText, setObjectName, ...); None is not immortal before
Python 3.12, so after a few thousand such calls the interpreter aborts ("Fatal Python
error: none_dealloc"): the window simply vanishes. pyproject.toml keeps PySide6 below 6.12.
"""

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
calls = sys.getrefcount(None) + 2000  # more than None's references at the start
for _ in range(calls):
    label.setText("x")
print("survived", calls)
"""


def test_many_calls_of_qt_methods_returning_nothing_do_not_abort_python() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert "none_dealloc" not in done.stderr
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("survived")
