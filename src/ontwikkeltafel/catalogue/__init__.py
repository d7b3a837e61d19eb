"""The one message catalogue of the command line, services and reports (Dutch and English).

Each module here holds the messages of one part of the app, keyed by a stable id;
they are merged into :data:`CATALOGUE`, and an id may be defined only once. The labels of
the domain's enums, for the window and the reports alike, are one table in :mod:`.labels`.
"""

from ontwikkeltafel.catalogue import (
    adoption,
    backups,
    core,
    editing,
    erasure,
    file_names,
    history,
    invite,
    mail,
    meetings,
    people,
    person,
    report_actions,
    report_agenda,
    report_attendance,
    report_minutes,
    report_table,
    reports,
    retention,
    shared_database,
)

CATALOGUE: dict[str, dict[str, str]] = {}
for _part in (
    core.MESSAGES,
    reports.MESSAGES,
    report_minutes.MESSAGES,
    report_agenda.MESSAGES,
    report_actions.MESSAGES,
    report_table.MESSAGES,
    report_attendance.MESSAGES,
    invite.MESSAGES,
    editing.MESSAGES,
    file_names.MESSAGES,
    meetings.MESSAGES,
    adoption.MESSAGES,
    history.MESSAGES,
    backups.MESSAGES,
    person.MESSAGES,
    erasure.MESSAGES,
    retention.MESSAGES,
    people.MESSAGES,
    mail.MESSAGES,
    shared_database.MESSAGES,
):
    _twice = CATALOGUE.keys() & _part.keys()
    if _twice:
        raise RuntimeError(f"message ids defined twice: {sorted(_twice)}")
    CATALOGUE.update(_part)
