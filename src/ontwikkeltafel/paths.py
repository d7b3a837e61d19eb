"""Where the app keeps its files: user data, logs, config, backups, and the bundled resources."""

import sys
from pathlib import Path

import platformdirs

APP_NAME = "ontwikkeltafel"
DEFAULT_DB_NAME = "ontwikkeltafel.sqlite3"


def data_dir() -> Path:
    """The user data folder (databases, backups)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database used when no --db, --db-url or ONTWIKKELTAFEL_DB is given."""
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    """The user log folder; tracebacks go here, never to the user."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user config folder (window geometry, last page)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The bundled resources: in the PyInstaller bundle, the installed package, or the checkout."""
    if getattr(sys, "frozen", False):  # the bundle keeps them as the wheel does (packaging/)
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / APP_NAME / "resources"
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def demo_file() -> Path:
    """The exchange file the demo database is made from."""
    return resources_dir() / "demo" / "demo.json"


def manual_file() -> Path:
    """The user's manual, docs/handleiding.md (its screenshots beside it in docs/screenshots/).

    Installed or bundled it lies in the package's docs/ folder, else in the checkout's.
    """
    if getattr(sys, "frozen", False):  # the bundle: beside resources/ (packaging/)
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        return bundle / APP_NAME / "docs" / "handleiding.md"
    packaged = Path(__file__).resolve().parent / "docs" / "handleiding.md"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "docs" / "handleiding.md"
