"""Writing reports and invitations to files, as user actions (no Qt)."""

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.exchange_files import write_file_atomically
from ontwikkeltafel.services.progress import Meter, Progress
from ontwikkeltafel.services.report_agenda_data import agenda_data, invite_data
from ontwikkeltafel.services.report_data import actions_data, minutes_data
from ontwikkeltafel.services.report_table_data import table_report_data

REPORT_KINDS = ("minutes", "table", "agenda", "actions")


def report_builders() -> dict[str, tuple[Callable[..., Any], Callable[..., None]]]:
    """Per kind of report: the query service and the writer (imported only when needed)."""
    from ontwikkeltafel.reports.actions_list import write_actions_list
    from ontwikkeltafel.reports.convocation import write_convocation
    from ontwikkeltafel.reports.minutes import write_minutes
    from ontwikkeltafel.reports.table_report import write_table_report

    return {
        "minutes": (minutes_data, write_minutes),
        "agenda": (agenda_data, write_convocation),
        "actions": (actions_data, write_actions_list),
        "table": (table_report_data, write_table_report),
    }


def write_report(
    sessions: SessionFactory,
    kind: str,
    record_id: str,
    output: Path,
    *,
    internal: bool,
    template: Path | None,
    lang: str,
    progress: Progress | None = None,
) -> Path:
    """Write one report (a meeting's or a table's) as a Word file; returns its path.

    ``progress`` is told how far it is until the file is put in place; when it raises
    (:class:`~ontwikkeltafel.services.progress.Cancelled`) no file is left behind.
    """
    meter = Meter(progress)
    meter.reach(0)
    gather, write = report_builders()[kind]
    data = gather(sessions, record_id, internal)
    meter.reach(25)
    if progress is None:
        write(data, output, lang=lang, template=template)
        return output
    # Written aside first, so that a cancel while the document was made leaves nothing.
    temporary = _reserve_beside(output)
    try:
        try:
            write(data, temporary, lang=lang, template=template)
        except UserError as exc:
            if exc.params.get("path") == temporary:  # name the file the user chose
                raise UserError(exc.key, **{**exc.params, "path": output}) from exc
            raise
        meter.reach(96)  # the last moment to cancel: the file is put in place next
        os.replace(temporary, output)
    except OSError as exc:
        raise UserError("report.cannot_write", path=output, reason=exc.strerror or exc) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return output


def _reserve_beside(output: Path) -> Path:
    """A fresh, hidden file name in the folder of ``output``, to write the report to first."""
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{output.name}.", suffix=".part", dir=output.parent
        )
    except OSError as exc:
        raise UserError("report.cannot_write", path=output, reason=exc.strerror or exc) from exc
    os.close(handle)
    return Path(name)


def write_invitation(
    sessions: SessionFactory,
    meeting_id: str,
    output: Path,
    lang: str,
    progress: Progress | None = None,
) -> Path:
    """Write the iCalendar invitation of a meeting; returns its path.

    ``progress`` may cancel (raise) until the file is written; then nothing is.
    """
    from ontwikkeltafel.reports.invite import invite_bytes

    meter = Meter(progress)
    meter.reach(0)
    data = invite_data(sessions, meeting_id)
    meter.reach(50)
    content = invite_bytes(data, lang)
    meter.reach(90)  # the last moment to cancel: the file is written next
    write_file_atomically(output, content)
    return output
