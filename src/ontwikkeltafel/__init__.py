"""Ontwikkeltafel: agendas, minutes, decisions and actions of Dutch development tables."""

import os
import sys
from functools import cache

#: The distribution whose metadata holds the version (pyproject.toml ``version``).
DISTRIBUTION = "ontwikkeltafel"
#: What the version reads where no metadata was installed (a bare source tree).
UNKNOWN_VERSION = "0+unknown"


def _dist_info_version() -> str | None:
    """The ``Version:`` of ``ontwikkeltafel-*.dist-info/METADATA`` first found on sys.path.

    The same file, looked up the same way, as :func:`importlib.metadata.version` reads,
    without the 30-40 ms of importing importlib.metadata (and email, zipfile, csv).
    """
    prefix = f"{DISTRIBUTION}-"
    for entry in sys.path:
        try:
            names = sorted(os.listdir(entry or "."))
        except OSError:
            continue
        for name in names:
            if not (name.startswith(prefix) and name.endswith(".dist-info")):
                continue
            try:
                with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as file:
                    for line in file:
                        if not line.strip():
                            break  # the headers end at the first empty line
                        if line.startswith("Version:"):
                            return line.partition(":")[2].strip()
            except OSError:
                continue
    return None


@cache
def version() -> str:
    """The version, from the one place it is written: the installed package's metadata.

    Read when first asked (``--version``, the About dialog), never at start-up.
    """
    found = _dist_info_version()
    if found is not None:
        return found
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:  # metadata elsewhere than a dist-info folder (an egg, a zip)
        return installed_version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION


def __getattr__(name: str) -> str:
    """``ontwikkeltafel.__version__``, read lazily through :func:`version`."""
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
