"""Logging to a file in the user log folder: tracebacks go there, never to the user.

Every line written there, tracebacks included, goes through the password
redaction of store/location.py first: whatever a driver or SQLAlchemy puts into
an exception, a database password never reaches the file.
"""

import logging
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


def setup_logging() -> Path:
    """Send log records to the log file; returns its path (even if it cannot be written)."""
    # Imported here, not at the top: importing this module stays cheap (no SQLAlchemy);
    # the command line has loaded the store by the time it sets up logging anyway.
    from ontwikkeltafel.store.location import redact

    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter(LOG_FORMAT, redact))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
