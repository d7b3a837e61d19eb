"""Logging to a file in the user log folder: tracebacks go there, never to the user."""

import logging
from pathlib import Path

from ontwikkeltafel.paths import log_dir

LOG_NAME = "ontwikkeltafel.log"


def setup_logging() -> Path:
    """Send log records to the log file; returns its path (even if it cannot be written)."""
    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
