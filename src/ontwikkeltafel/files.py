"""Writing a file so that a failure never leaves a partial one: beside it, then a rename."""

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from ontwikkeltafel.i18n import UserError


def write_atomically(path: Path, write: Callable[[IO[bytes]], object], error_key: str) -> None:
    """Let ``write`` fill a temporary file next to ``path``, then rename it into place.

    Any OSError becomes ``UserError(error_key, path=..., reason=...)``; on every failure
    the temporary file is removed and an existing file at ``path`` is left as it was.
    A ``path`` that is no regular file (``/dev/null``, a FIFO) is written into directly:
    renaming onto it would replace the device itself (as root, for every program).
    """
    if not is_regular_or_missing(path):
        try:
            with path.open("wb") as stream:
                write(stream)
        except OSError as exc:
            raise UserError(error_key, path=path, reason=exc.strerror or exc) from exc
        return
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise UserError(error_key, path=path, reason=exc.strerror or exc) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; ours are not
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserError(error_key, path=path, reason=exc.strerror or exc) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def is_regular_or_missing(path: Path) -> bool:
    """Whether ``path`` is a regular file (after links) or not there: a rename may replace it."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return True  # what cannot be looked at is left to the rename to say


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
