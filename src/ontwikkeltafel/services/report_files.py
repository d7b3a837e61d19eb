"""Writing reports and invitations to files, as user actions (no Qt)."""

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.services import Source, plain_of
from ontwikkeltafel.services.progress import Meter, Progress

if TYPE_CHECKING:
    from ontwikkeltafel.services.personal_data import ReportFinding
    from ontwikkeltafel.store.plain import Plain

REPORT_KINDS = ("minutes", "table", "agenda", "actions", "attendance")

Builder = tuple[Callable[..., Any], Callable[..., None]]


def report_builder(kind: str) -> Builder:
    """The query service and the writer of one kind of report, importing only those two.

    A command line process writes one report: it should not pay for the others (the
    convocatie imports icalendar, the table report matplotlib).
    """
    if kind == "minutes":
        from ontwikkeltafel.reports.minutes import write_minutes
        from ontwikkeltafel.services.report_data import minutes_data

        return minutes_data, write_minutes
    if kind == "agenda":
        from ontwikkeltafel.reports.convocation import write_convocation
        from ontwikkeltafel.services.report_agenda_data import agenda_data

        return agenda_data, write_convocation
    if kind == "actions":
        from ontwikkeltafel.reports.actions_list import write_actions_list
        from ontwikkeltafel.services.report_data import actions_data

        return actions_data, write_actions_list
    if kind == "attendance":
        from ontwikkeltafel.reports.attendance_list import write_attendance_list
        from ontwikkeltafel.services.report_attendance_data import attendance_data

        return attendance_data, write_attendance_list
    if kind == "table":
        from ontwikkeltafel.reports.table_report import write_table_report
        from ontwikkeltafel.services.report_table_data import table_report_data

        return table_report_data, write_table_report
    raise ValueError(f"unknown kind of report: {kind!r}")


def report_builders() -> dict[str, Builder]:
    """Per kind of report: the query service and the writer (all of them imported)."""
    return {kind: report_builder(kind) for kind in REPORT_KINDS}


def write_report(
    source: Source,
    kind: str,
    record_id: str,
    output: Path,
    *,
    internal: bool,
    template: Path | None,
    lang: str,
    progress: Progress | None = None,
    findings: "list[ReportFinding] | None" = None,
) -> Path:
    """Write one report (a meeting's or a table's) as a Word file; returns its path.

    ``progress`` is told how far it is until the file is put in place; when it raises
    (:class:`~ontwikkeltafel.services.progress.Cancelled`) no file is left behind.
    ``findings`` is given the likely personal data in a participants' version (not internal).
    """
    meter = Meter(progress)
    meter.reach(0)
    gather, write = report_builder(kind)
    data = gather(source, record_id, internal)
    if findings is not None and not internal:
        findings.extend(personal_data_in(source, data))
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


def personal_data_of_report(source: Source, kind: str, record_id: str) -> "list[ReportFinding]":
    """The likely personal data a participants' version of this report would hold."""
    gather, _write = report_builder(kind)
    return personal_data_in(source, gather(source, record_id, False))


def personal_data_in(source: Source, data: object) -> "list[ReportFinding]":
    """The likely personal data in a report's data; names: people who are no member of its table.

    The people the report itself names (attendees, owners, members) are not counted as strangers.
    """
    from ontwikkeltafel.services.personal_data import report_findings

    table_id = getattr(data, "table_id", None) or getattr(
        getattr(data, "meeting", None), "table_id", None
    )
    with plain_of(source) as db:
        strangers = strangers_of(db, table_id, _people_named(data))
        organisations = organisation_names_of(db)
    return report_findings(data, strangers, organisations)


def organisation_names(source: Source) -> list[str]:
    """The names (and short names) of every organisation: a street in one is no address."""
    with plain_of(source) as db:
        return organisation_names_of(db)


def organisation_names_of(db: "Plain") -> list[str]:
    """:func:`organisation_names` on an open transaction."""
    rows = db.rows("SELECT name, short_name FROM organisations")
    return [
        name for row in rows for name in (row["name"], row["short_name"]) if name and name.strip()
    ]


def stranger_names(source: Source, table_id: str | None, named: Iterable[str] = ()) -> list[str]:
    """The full names of the people who are no member of the table ``table_id``.

    ``named`` are ids of people left out too (those a report names: they belong in it).
    A text of the table that names one of them likely holds personal data.
    """
    with plain_of(source) as db:
        return strangers_of(db, table_id, named)


def strangers_of(db: "Plain", table_id: str | None, named: Iterable[str] = ()) -> list[str]:
    """:func:`stranger_names` on an open transaction."""
    left_out = set(named)
    members = {
        row["person_id"]
        for row in db.rows(
            "SELECT person_id FROM table_members WHERE table_id = :table", {"table": table_id}
        )
    }
    people = db.rows("SELECT id, first_name, prefix, last_name FROM people")
    return [
        " ".join(part for part in (row["first_name"], row["prefix"], row["last_name"]) if part)
        for row in people
        if row["id"] not in members and row["id"] not in left_out
    ]


def _people_named(data: object) -> set[str]:
    """The ids of the people a report's data names."""
    from ontwikkeltafel.reports.data import Person

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, Person):
            found.add(value.id)
        elif isinstance(value, (tuple, list)):
            for part in value:
                walk(part)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name))

    walk(data)
    return found


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
    source: Source,
    meeting_id: str,
    output: Path,
    lang: str,
    progress: Progress | None = None,
    unreachable: list[str] | None = None,
) -> Path:
    """Write the iCalendar invitation of a meeting; returns its path.

    ``progress`` may cancel (raise) until the file is written; then nothing is.
    ``unreachable`` is given the names of the invitees left out: they have no e-mail address.
    """
    from ontwikkeltafel.files import write_atomically
    from ontwikkeltafel.reports import invite
    from ontwikkeltafel.reports.invite import invite_bytes
    from ontwikkeltafel.services.report_agenda_data import invite_data

    meter = Meter(progress)
    meter.reach(0)
    data = invite_data(source, meeting_id)
    if unreachable is not None:
        unreachable.extend(invite.unreachable(data))
    meter.reach(50)
    content = invite_bytes(data, lang)
    meter.reach(90)  # the last moment to cancel: the file is written next
    write_atomically(output, lambda stream: stream.write(content), "export.cannot_write")
    return output
