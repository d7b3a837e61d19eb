"""Import and export of exchange files (spec/exchange-v1.md) as user actions."""

import errno
import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ontwikkeltafel.catalogue.json_reasons import JsonReason
from ontwikkeltafel.exchange.importer import (
    COUNTED,
    IMPORT_STEPS,
    ImportCounts,
    import_document,
)
from ontwikkeltafel.exchange.parsing import loads_exchange
from ontwikkeltafel.files import write_atomically
from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.progress import Meter, Progress, Tick
from ontwikkeltafel.store.announce import EVERYTHING, announce, engine_of
from ontwikkeltafel.store.bulk import BULK_MIN_RECORDS, INDEX_STEPS, bulk_indexing
from ontwikkeltafel.store.planner_statistics import refresh_statistics

# The largest exchange file an import reads (README, "Importeren"): far above the largest
# a network of tables makes (the benchmark's scale 1 with its history: about 82 MB).
MAX_EXCHANGE_BYTES = 512 * 1024 * 1024
READ_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: the file and the number of records per list."""

    path: Path
    counts: dict[str, int]


def size_text(limit: int) -> str:
    """A limit as a person reads it: whole megabytes, or bytes below one."""
    mb = 1024 * 1024
    return f"{limit // mb} MB" if limit >= mb else f"{limit} bytes"


def read_bounded(path: Path) -> bytes:
    """The bytes of the regular file ``path``, refused if it holds more than the limit.

    Opened without waiting (a FIFO nobody writes to would block the open or the read),
    then looked at through its descriptor: a pipe, a device or a socket is refused
    before a byte is read, a file larger than :data:`MAX_EXCHANGE_BYTES` from its size,
    and one that turns out larger while read (a file stat gives no size of) at the limit.
    """
    limit = MAX_EXCHANGE_BYTES
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise UserError("import.not_a_file", path=path)
        if info.st_size > limit:
            raise UserError("import.too_large", path=path, limit=size_text(limit))
        chunks: list[bytes] = []
        left = limit + 1
        want = info.st_size + 1 if info.st_size else READ_CHUNK  # the whole file, then EOF
        with os.fdopen(descriptor, "rb", buffering=0, closefd=False) as stream:
            while left > 0 and (chunk := stream.read(min(want, left))):
                chunks.append(chunk)
                left -= len(chunk)
                want = READ_CHUNK
    finally:
        os.close(descriptor)
    if left <= 0:
        raise UserError("import.too_large", path=path, limit=size_text(limit))
    return b"".join(chunks)


def read_exchange_file(path: Path) -> Any:
    """Parse a file as JSON, with a clear message for a missing, unreadable or bad file.

    Only a regular file of at most :data:`MAX_EXCHANGE_BYTES` is read (README).
    """
    try:
        data = read_bounded(path)
    except FileNotFoundError as exc:
        raise UserError("import.missing_file", path=path) from exc
    except IsADirectoryError as exc:
        raise UserError("import.is_folder", path=path) from exc
    except OSError as exc:
        raise UserError("import.cannot_read", path=path, reason=exc.strerror or exc) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError("import.not_utf8", path=path) from exc
    try:
        return loads_exchange(text)
    except json.JSONDecodeError as exc:
        reason = JsonReason(exc.msg)  # Dutch or English, as the message is rendered
        raise UserError(
            "import.bad_json", path=path, line=exc.lineno, column=exc.colno, reason=reason
        ) from exc
    except RecursionError as exc:
        deep = JsonReason("too deep")
        raise UserError("import.bad_json", path=path, line=1, column=1, reason=deep) from exc


def import_file(
    source: Source,
    path: Path,
    today: date | None = None,
    progress: Progress | None = None,
) -> ImportCounts:
    """Import ``path`` in one transaction: all of it, or on any error nothing.

    A file without history is entered in the history as the author's change (the
    database's, or the session's), noted "import <file name>". Plain SQL: on the command
    line's SQLite file ``sqlite3`` itself, without SQLAlchemy.

    ``progress`` is told how far it is until just before the commit; when it raises
    (:class:`~ontwikkeltafel.services.progress.Cancelled`) everything is rolled back.
    """
    meter = Meter(progress)
    meter.reach(0)
    raw = read_exchange_file(path)
    meter.reach(8)
    records = (
        sum(len(v) for k, v in raw.items() if isinstance(v, list) and k != "history")
        if isinstance(raw, dict)
        else 0
    )
    with plain_of(source, write=True) as plain:
        if plain.dialect == "postgresql":
            # Committed to disk before "imported" is said, whatever the server's default
            # (synchronous_commit = off loses the last commits in a crash); and only then
            # may the VACUUM that follows a large import mark its rows visible to all,
            # which the lists' index-only scans need (else they sort: 22 ms, not 4).
            plain.run("SELECT set_config('synchronous_commit', 'on', true)")
        with bulk_indexing(plain, records, meter.ticks(50, 88, INDEX_STEPS)):
            counts = import_document(
                plain,
                raw,
                today or date.today(),
                meter.ticks(8, 50, IMPORT_STEPS),
                source=path.name,
            )
        announce(plain, [EVERYTHING])  # PostgreSQL: other windows read every list again
        meter.reach(88)  # the last moment to cancel: the commit follows
    if records >= BULK_MIN_RECORDS:
        _refresh_statistics(source)
    return counts


def _refresh_statistics(source: Source) -> None:
    """After a large import on a server: the planner's statistics (store.planner_statistics)."""
    location = getattr(source, "location", None)
    if location is not None and location.sqlite_path is not None:
        return  # a file: nothing to do, and no SQLAlchemy loaded for it
    engine = getattr(source, "engine", None) or engine_of(source)
    if engine is not None:
        refresh_statistics(engine)


def dumps_document(document: dict[str, Any], tick: Tick | None = None) -> str:
    """The document as JSON text with one record per line: readable, and fast to write.

    A list given as :class:`JsonLines` is written as it is. ``tick`` is called after
    each list of records.
    """
    from ontwikkeltafel.exchange.history_export import JsonLines

    parts = ["{\n"]
    head = [k for k in document if not isinstance(document[k], list)]
    lists = [k for k in document if isinstance(document[k], list)]
    parts.append(",\n".join(f"{json.dumps(k)}: {json.dumps(document[k])}" for k in head))
    for key in lists:
        value = document[key]
        if isinstance(value, JsonLines):
            records = ",\n".join(value)
        else:
            records = ",\n".join(json.dumps(r, ensure_ascii=False) for r in value)
        parts.append(
            f",\n{json.dumps(key)}: [\n{records}\n]" if records else f",\n{json.dumps(key)}: []"
        )
        if tick is not None:
            tick()
    parts.append("\n}\n")
    return "".join(parts)


def write_file_atomically(path: Path, content: str | bytes) -> None:
    """Write next to ``path`` and rename, so a failure never leaves a partial file."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    write_atomically(path, lambda stream: stream.write(data), "export.cannot_write")


def export_file(
    source: Source,
    path: Path,
    table_id: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Export everything, or one table with all it refers to, to ``path``.

    ``progress`` is told how far it is until the file is written; when it raises
    (:class:`~ontwikkeltafel.services.progress.Cancelled`) nothing is written.
    """
    # The exporter is imported here: an import (or a report) does not need it.
    from ontwikkeltafel.exchange.exporter import EXPORT_STEPS, export_document
    from ontwikkeltafel.exchange.schema import TOP_LEVEL

    meter = Meter(progress)
    meter.reach(0)
    with plain_of(source) as plain:
        document = export_document(
            plain,
            datetime.now(UTC),
            table_id,
            meter.ticks(0, 48, EXPORT_STEPS),
            history_as_text=True,
        )
    text = dumps_document(document, meter.ticks(48, 92, len(TOP_LEVEL) + 1))
    meter.reach(92)  # the last moment to cancel: the file is written next
    write_file_atomically(path, text)
    return ExportSummary(path, {spec.name: len(document[spec.name]) for spec in TOP_LEVEL})


__all__ = ["COUNTED", "ExportSummary", "ImportCounts", "export_file", "import_file"]
