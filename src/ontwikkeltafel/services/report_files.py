"""Writing reports and invitations to files, as user actions (no Qt)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ontwikkeltafel.services import SessionFactory
from ontwikkeltafel.services.exchange_files import write_file_atomically
from ontwikkeltafel.services.report_data import (
    actions_data,
    agenda_data,
    invite_data,
    minutes_data,
)
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
) -> Path:
    """Write one report (a meeting's or a table's) as a Word file; returns its path."""
    gather, write = report_builders()[kind]
    data = gather(sessions, record_id, internal)
    write(data, output, lang=lang, template=template)
    return output


def write_invitation(sessions: SessionFactory, meeting_id: str, output: Path, lang: str) -> Path:
    """Write the iCalendar invitation of a meeting; returns its path."""
    from ontwikkeltafel.reports.invite import invite_bytes

    content = invite_bytes(invite_data(sessions, meeting_id), lang)
    write_file_atomically(output, content)
    return output
