"""Logging to a file in the user log folder: tracebacks go there, never to the user.

Every line written there, tracebacks included, goes through the password
redaction of store/location.py first: whatever a driver or SQLAlchemy puts into
an exception, a database password never reaches the file.
"""

import atexit
import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ontwikkeltafel.paths import log_dir

LOG_NAME = "ontwikkeltafel.log"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFormatter(logging.Formatter):
    """A formatter whose every record, its traceback included, goes through ``redact``."""

    def __init__(self, fmt: str, redact: Callable[[str], str]) -> None:
        """Format as ``fmt``, then mask what ``redact`` masks."""
        super().__init__(fmt)
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        """The formatted record with every password in it masked."""
        return self._redact(super().format(record))


class LogFile(logging.FileHandler):
    """The log file: one that cannot be opened or written never stops a command.

    Neither the delayed open nor a failed write (a full disk) raises or prints a
    traceback: the record is lost, the command goes on and says its one line.
    """

    def __init__(self, path: Path, wanted: Path) -> None:
        """Append to ``path`` (opened at the first record); ``wanted`` is the log's own path."""
        super().__init__(path, encoding="utf-8", delay=True)
        self.wanted = wanted

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, or lose it when the file cannot be opened."""
        try:
            super().emit(record)
        except Exception:  # the delayed open: FileHandler lets its OSError out
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Lose the record quietly: a log that cannot be written is no reason to stop."""


def _can_append(path: Path) -> bool:
    """Whether ``path`` can be the log file: a regular file (or none yet) this user may write.

    Asked without opening it (importing this module and starting a command stay cheap,
    and a FIFO in its place would block the open).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    if path.exists() or path.is_symlink():
        return path.is_file() and os.access(path, os.W_OK)
    return os.access(path.parent, os.W_OK | os.X_OK)


def _temporary_log() -> Path | None:
    """A new private log file in the temporary folder, removed at exit if nothing was logged."""
    try:
        handle, name = tempfile.mkstemp(prefix="ontwikkeltafel-", suffix=".log")
    except OSError:
        return None
    os.close(handle)
    path = Path(name)
    atexit.register(_remove_if_empty, path)
    return path


def _remove_if_empty(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


def setup_logging() -> Path:
    """Send log records to the log file; returns its path.

    A log file that cannot be written (its path a folder, its folder unwritable) gives
    way to a temporary one, whose path is returned; if none can be made either, the
    records are dropped and the log file's own path returned. Never an exception.
    """
    # Imported here, not at the top: importing this module stays cheap (no SQLAlchemy);
    # the command line has loaded the store by the time it sets up logging anyway.
    from ontwikkeltafel.store.location import redact

    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, LogFile) and existing.wanted == path:
            return Path(existing.baseFilename)
    target = path if _can_append(path) else _temporary_log()
    handler: logging.Handler = logging.NullHandler() if target is None else LogFile(target, path)
    handler.setFormatter(RedactingFormatter(LOG_FORMAT, redact))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path if target is None else target
