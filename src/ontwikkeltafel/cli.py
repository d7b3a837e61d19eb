"""The command line of spec/cli.md; with no sub-command it opens the desktop app."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ontwikkeltafel import version

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from ontwikkeltafel.i18n import UserError
    from ontwikkeltafel.store.database import Database
    from ontwikkeltafel.store.location import DatabaseLocation

# Each sub-command imports only what it uses: ``--version`` and ``--help`` end inside the
# parser, before the catalogue, the logging set-up or SQLAlchemy are imported at all.
# The same two codes as ontwikkeltafel.i18n.LANGUAGES (tests/test_cli_startup.py checks).
LANGUAGES = ("nl", "en")
# The global options that take a value (the next argument when not written --db=PATH).
VALUED_OPTIONS = ("--db", "--db-url", "--lang")


def one_line(text: str) -> str:
    """A message as the one line the command line promises (driver errors span several)."""
    return " ".join(text.split())


class ShowVersion(argparse.Action):
    """``--version``: the package metadata's version, read only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        """A flag without a value, as argparse's own version action."""
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kw: object) -> None:
        """Print ``ontwikkeltafel <version>`` and end."""
        print(f"ontwikkeltafel {version()}")
        parser.exit()


def offered_file(argv: Sequence[str]) -> tuple[list[str], Path | None]:
    """``ontwikkeltafel [OPTIONS] FILE.json``: the arguments without the file, and the file.

    A path ending in ``.json`` as the only argument besides the global options (no
    sub-command) opens the app, which offers to import it (the desktop file's ``%f``).
    Anything else is left to the parser as it is.
    """
    positional: list[int] = []
    value_next = False
    for index, token in enumerate(argv):
        if value_next:
            value_next = False
        elif token in VALUED_OPTIONS:
            value_next = True
        elif not token.startswith("-"):
            positional.append(index)
    if len(positional) != 1 or not argv[positional[0]].lower().endswith(".json"):
        return list(argv), None
    index = positional[0]
    return [*argv[:index], *argv[index + 1 :]], Path(argv[index])


def build_parser() -> argparse.ArgumentParser:
    """The argument parser: global options before the sub-command."""
    parser = argparse.ArgumentParser(
        prog="ontwikkeltafel",
        description="Ontwikkeltafel: agendas, minutes, decisions and actions of tables.",
    )
    parser.add_argument("--version", action=ShowVersion, help="show the version and exit")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--db", metavar="PATH", help="a SQLite database file")
    where.add_argument("--db-url", metavar="URL", help="any SQLAlchemy database URL")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages and reports")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    importer = commands.add_parser("import", help="import an exchange file (format v1)")
    importer.add_argument("file", metavar="FILE.json", type=Path)
    exporter = commands.add_parser("export", help="export to an exchange file (format v1)")
    exporter.add_argument("-o", "--output", required=True, metavar="FILE.json", type=Path)
    exporter.add_argument("--table", metavar="TABLE_ID", help="export one table only")
    report = commands.add_parser("report", help="write a Word report")
    report.add_argument("kind", choices=("minutes", "table", "agenda", "actions", "attendance"))
    report.add_argument("record_id", metavar="ID", help="MEETING_ID or TABLE_ID")
    report.add_argument("-o", "--output", required=True, metavar="OUT.docx", type=Path)
    report.add_argument("--internal", action="store_true", help="include confidential parts")
    report.add_argument("--template", metavar="T.docx", type=Path, help="a Word letterhead")
    invite = commands.add_parser("invite", help="write an iCalendar invitation")
    invite.add_argument("meeting_id", metavar="MEETING_ID")
    invite.add_argument("-o", "--output", required=True, metavar="OUT.ics", type=Path)
    mail = commands.add_parser("mail", help="write a mail draft (.eml) of a meeting")
    mail.add_argument("kind", choices=("agenda", "minutes", "actions"))
    mail.add_argument("meeting_id", metavar="ID", help="MEETING_ID (actions: its table's list)")
    mail.add_argument("-o", "--output", required=True, metavar="OUT.eml", type=Path)
    mail.add_argument("--internal", action="store_true", help="internal: chair and secretary only")
    commands.add_parser("demo", help="load the demo data")
    adopt = commands.add_parser("adopt", help="adopt the minutes of a meeting (vaststellen)")
    adopt.add_argument("meeting_id", metavar="MEETING_ID")
    adopt.add_argument("--on", metavar="YYYY-MM-DD", help="the date of adoption (default today)")
    adopt.add_argument("--changes", metavar="TEXT", default="", help="the corrections made")
    reopen = commands.add_parser("reopen", help="make adopted minutes a draft again")
    reopen.add_argument("meeting_id", metavar="MEETING_ID")
    reopen.add_argument("--reason", required=True, metavar="TEXT", help="kept in the history")
    person = commands.add_parser("person", help="a person's data (AVG)")
    person_commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    person_export = person_commands.add_parser("export", help="everything held on a person")
    person_export.add_argument("person_id", metavar="PERSON_ID")
    person_export.add_argument(
        "-o", "--output", required=True, metavar="OUT.docx|OUT.json", type=Path
    )
    erase = person_commands.add_parser("erase", help="remove a person nothing needs")
    erase.add_argument("person_id", metavar="PERSON_ID")
    erase.add_argument("--yes", action="store_true", help="do it without asking")
    anonymise = person_commands.add_parser("anonymise", help="replace a person by a role")
    anonymise.add_argument("person_id", metavar="PERSON_ID")
    anonymise.add_argument("--as", dest="role", metavar="ROLE", help='e.g. "medewerker KION"')
    anonymise.add_argument("--yes", action="store_true", help="do it without asking")
    retention = commands.add_parser("retention", help="records past their retention period")
    retention.add_argument("--apply", action="store_true", help="remove them (else only list)")
    retention.add_argument("--yes", action="store_true", help="with --apply: without asking")
    people = commands.add_parser("people", help="people from and to spreadsheets, vCards")
    people_commands = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    people_import = people_commands.add_parser("import", help="import a .xlsx, .csv or .vcf")
    people_import.add_argument("file", metavar="FILE", type=Path)
    people_import.add_argument("--table", metavar="TABLE_ID", help="seat them at this table")
    people_import.add_argument("--role", metavar="ROLE", default="member", help="their role")
    people_import.add_argument("--sheet", metavar="NAME", help="the Excel sheet to read")
    people_import.add_argument(
        "--merge-close", action="store_true", help="update people with a close name too"
    )
    people_import.add_argument("--dry-run", action="store_true", help="only show the preview")
    people_export = people_commands.add_parser("export", help="a table's members to a file")
    people_export.add_argument("table_id", metavar="TABLE_ID")
    people_export.add_argument(
        "-o", "--output", required=True, metavar="OUT.xlsx|OUT.vcf", type=Path
    )
    backup = commands.add_parser("backup", help="make a backup of the database")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="where to write it")
    restore = commands.add_parser("restore", help="put a backup back (SQLite)")
    restore.add_argument("file", metavar="FILE", type=Path)
    commands.add_parser("init", help="create the schema on a shared database (as its owner)")
    commands.add_parser("upgrade", help="migrate the schema to this version (as its owner)")
    return parser


def parse_day(text: str) -> date:
    """A date given as YYYY-MM-DD, else a UserError that says how to write it."""
    from datetime import date

    from ontwikkeltafel.i18n import UserError

    try:
        if len(text) == 10 and text[4] == text[7] == "-":
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UserError("adoption.bad_date", value=text)


def _adoption(args: argparse.Namespace, database: Database, lang: str) -> None:
    """``adopt`` and ``reopen``: one line saying what was done."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.services.adoption import adopt, adoption_state, reopen
    from ontwikkeltafel.services.editing import read_record
    from ontwikkeltafel.services.meeting_status import Day

    sessions = database.session_factory
    if args.command == "adopt":
        on = None if args.on is None else parse_day(args.on)
        adopt(sessions, args.meeting_id, on, args.changes)
        state = adoption_state(sessions, args.meeting_id)
        assert state.approved_on is not None
        key = "adoption.adopted_with_changes" if state.changes else "adoption.adopted"
        day = Day.of(state.approved_on)
    else:
        reopen(sessions, args.meeting_id, args.reason)
        key, day = "adoption.reopened", None
    values = read_record(sessions, "meetings", args.meeting_id) or {}
    title = str(values.get("title", "")).strip()
    print(message(key, lang, title=title, date=day))


def _backups(args: argparse.Namespace, database: Database, lang: str) -> None:
    """``backup`` and ``restore``: one line saying what was done."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.services.backups import make_backup, restore_backup

    if args.command == "backup":
        path = make_backup(database, args.output)
        server = database.location.sqlite_path is None
        print(message("backup.done_server" if server else "backup.done", lang, path=path))
        return
    restored = restore_backup(database, args.file)
    where = database.location.display
    print(message("backup.restored", lang, database=where, source=args.file, kept=restored.kept))


def _print_counts(counts: object, lang: str) -> None:
    from ontwikkeltafel.exchange.importer import ImportCounts
    from ontwikkeltafel.i18n import import_count_lines

    assert isinstance(counts, ImportCounts)
    for line in import_count_lines(counts.added, counts.updated, lang):
        print(f"  {line}")


def _warn_about_template(template: Path | None, lang: str) -> None:
    """Say on standard error, in one line, that a template has US Letter pages, not A4."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.reports.docx_parts import template_on_us_letter

    if template is not None and template_on_us_letter(template):
        print(message("report.us_letter", lang, path=template), file=sys.stderr)


def _people(args: argparse.Namespace, database: Database, lang: str) -> None:
    """``people import`` (the preview as a table, then what was done) and ``people export``."""
    from ontwikkeltafel.i18n import enum_label, message

    sessions = database.session_factory
    if args.people_command == "export":
        from ontwikkeltafel.services.people_export import export_members

        count = export_members(sessions, args.table_id, args.output)
        print(message("people.exported", lang, count=count, path=args.output))
        return
    from ontwikkeltafel.services.people_apply import apply_preview, member_role, preview_lines
    from ontwikkeltafel.services.people_files import read_people_file
    from ontwikkeltafel.services.people_import import make_preview

    role = member_role(args.role)
    source = read_people_file(args.file, args.sheet)
    preview = make_preview(
        sessions, source, merge_close=args.merge_close, table_id=args.table, role=role
    )
    for line in preview_lines(preview, lang):
        print(line)
    close = sum(1 for row in preview.rows if row.reason == "close" and row.action.value == "skip")
    if close:
        print(message("people.close_hint", lang, count=close))
    if args.dry_run:
        print(message("people.dry_run", lang))
        return
    done = apply_preview(sessions, preview)
    print(
        message(
            "people.done",
            lang,
            path=args.file,
            added=done.added,
            updated=done.updated,
            skipped=done.skipped,
            organisations=done.organisations,
        )
    )
    if args.table is not None:
        label = enum_label(role, lang)
        print(message("people.seated", lang, members=done.members, table=args.table, role=label))


def _mail(args: argparse.Namespace, database: Database, lang: str) -> None:
    """``mail``: write the draft, say where and to how many; name who has no e-mail address."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.services.mail_drafts import write_mail

    draft = write_mail(
        database.session_factory,
        args.kind,
        args.meeting_id,
        args.output,
        internal=args.internal,
        lang=args.lang or "nl",  # like reports: Dutch unless --lang en
    )
    count = len(draft.addressees.recipients)
    print(message("mail.done", lang, path=args.output, count=count))
    if draft.addressees.without_email:
        names = ", ".join(draft.addressees.without_email)
        print(message("mail.without_email", lang, names=names), file=sys.stderr)


def _set_up(command: str, location: DatabaseLocation, lang: str) -> int:
    """``init`` and ``upgrade`` (store.shared_setup): what was found or done, in a line or two."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.store.revision import SCHEMA_REVISION
    from ontwikkeltafel.store.shared_setup import (
        CURRENT,
        MADE,
        command_for,
        init_database,
        upgrade_database,
    )

    where, server = location.display, location.sqlite_path is None
    if command == "init":
        done = init_database(location)
        if done.outcome == MADE:
            key = "shared.made" if server else "shared.made_file"
            print(message(key, lang, url=where, revision=done.revision, owner=done.owner))
            return 0
        print(message("shared.present", lang, url=where, revision=done.revision))
        if done.revision != SCHEMA_REVISION:
            upgrade = command_for(location, "upgrade", done.owner)
            print(message("shared.present_old", lang, newest=SCHEMA_REVISION, command=upgrade))
        return 0

    def remind(old: str, new: str) -> None:
        key = "shared.backup_first_server" if server else "shared.backup_first_file"
        print(message(key, lang, url=where, old=old, new=new), flush=True)

    done = upgrade_database(location, before=remind)
    if done.outcome == CURRENT:
        print(message("shared.current", lang, url=where, revision=done.revision))
    elif server:
        print(message("shared.upgraded", lang, url=where, old=done.before, new=done.revision))
    else:
        old, new, backup = done.before, done.revision, done.backup_path
        print(message("shared.upgraded_file", lang, url=where, old=old, new=new, backup=backup))
    return 0


def _quick_command(args: argparse.Namespace, database: Database, lang: str) -> int:
    """Import, export or a report: given the database itself, they read it without SQLAlchemy."""
    from ontwikkeltafel.i18n import UserError, message

    if args.command == "import":
        from ontwikkeltafel.services.exchange_files import import_file

        try:
            counts = import_file(database, args.file)
        except UserError as exc:
            if exc.key.startswith("exchange."):
                problem = exc.render(lang)
                raise UserError("import.rejected", path=args.file, problem=problem) from exc
            raise
        print(message("import.done", lang, path=args.file))
        _print_counts(counts, lang)
    elif args.command == "export":
        from ontwikkeltafel.services.exchange_files import export_file

        summary = export_file(database, args.output, args.table)
        total = sum(summary.counts.values())
        print(message("export.done", lang, path=summary.path, total=total))
    elif args.command == "report":
        from ontwikkeltafel.services.personal_data import ReportFinding, finding_lines
        from ontwikkeltafel.services.report_files import write_report

        found: list[ReportFinding] = []
        path = write_report(
            database,
            args.kind,
            args.record_id,
            args.output,
            internal=args.internal,
            template=args.template,
            lang=args.lang or "nl",  # spec/cli.md: reports are Dutch unless --lang en
            findings=found,
        )
        print(message("report.done", lang, path=path))
        for line in finding_lines(found, lang):  # standard error only, never the log
            print(line, file=sys.stderr)
        _warn_about_template(args.template, lang)
    return 0


def run_command(args: argparse.Namespace, database: Database, lang: str) -> int:
    """Carry out one sub-command on an open database."""
    from ontwikkeltafel.i18n import message

    if args.command in ("import", "export", "report"):
        # Plain SQL on a file, without SQLAlchemy (store.plain): these are start-up mostly.
        return _quick_command(args, database, lang)
    if args.command == "invite":  # plain SQL too: the Database itself, not its sessions
        from ontwikkeltafel.services.report_files import write_invitation

        left_out: list[str] = []
        path = write_invitation(
            database, args.meeting_id, args.output, args.lang or "nl", unreachable=left_out
        )
        print(message("report.done", lang, path=path))
        if left_out:
            print(message("invite.without_email", lang, names=", ".join(left_out)), file=sys.stderr)
        return 0
    sessions = database.session_factory
    if args.command == "mail":
        _mail(args, database, lang)
    elif args.command in ("adopt", "reopen"):
        _adoption(args, database, lang)
    elif args.command == "person" and args.person_command != "export":
        from ontwikkeltafel.cli_personal import person_change

        return person_change(args, sessions, lang)
    elif args.command == "person":
        from ontwikkeltafel.services.person_data import export_person

        name = export_person(sessions, args.person_id, args.output, args.lang or "nl")
        print(message("person.exported", lang, name=name, path=args.output))
    elif args.command == "retention":
        from ontwikkeltafel.cli_personal import retention

        return retention(args, sessions, lang)
    elif args.command == "people":
        _people(args, database, lang)
    elif args.command in ("backup", "restore"):
        _backups(args, database, lang)
    elif args.command == "demo":
        from ontwikkeltafel.services.demo import load_demo

        counts = load_demo(sessions)
        print(message("demo.done", lang, path=database.location.display))
        _print_counts(counts, lang)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit status."""
    # Start-up and a large import or export allocate a million objects and no garbage
    # cycles worth collecting; the cyclic collector would rescan them again and again.
    # A command runs to its end without it; the app turns it back on once it shows.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if argv is None:
            # The process ends next: the collector turned back on (and the interpreter's
            # exit) would scan every object the command made, 0.1 s at a small database.
            gc.freeze()
        if collecting:
            gc.enable()


def _classify(exc: BaseException, where: str) -> UserError | None:
    """A database failure worded for the user (None: a fault of the program)."""
    from ontwikkeltafel.store.failures import classify

    return classify(exc, where)


def _names_a_url(db: str | None, db_url: str | None, environ: os._Environ[str]) -> bool:
    """Whether the options (or ONTWIKKELTAFEL_DB) name a database URL rather than a file."""
    if db:
        return False
    return bool(db_url) or "://" in environ.get("ONTWIKKELTAFEL_DB", "")


def _drop_output() -> None:
    """Point standard output at the null device, so the final flush at exit cannot fail."""
    try:
        target = sys.stdout.fileno()
    except (OSError, ValueError):  # no file behind it (captured in a test): nothing to flush
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, target)
    os.close(null)


def _run(argv: Sequence[str] | None) -> int:
    argv, offered = offered_file(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    # Past the parser: what every sub-command needs (and the app, without a sub-command).
    import logging

    from ontwikkeltafel.i18n import UserError, message, system_language, ui_language
    from ontwikkeltafel.logs import setup_logging

    lang = args.lang or system_language()
    log_file = setup_logging()
    log = logging.getLogger(__name__)
    database: Database | None = None
    location: DatabaseLocation | None = None

    def open_here() -> Database:
        """The database the options name, opened (the app's: after its first paint)."""
        nonlocal database, location
        from ontwikkeltafel.store.database import open_database
        from ontwikkeltafel.store.location import resolve_location

        if location is None:
            location = resolve_location(args.db, args.db_url, os.environ)
        path = location.sqlite_path
        existed = path is not None and path.exists()
        database = open_database(location)
        if existed:
            from ontwikkeltafel.services.backups import daily_backup

            assert path is not None
            daily_backup(path)  # the first start of the day; else one stat
        return database

    def failure_line(exc: BaseException) -> str:
        """The one line the handlers below print for ``exc`` (the app's box says it too)."""
        if isinstance(exc, UserError):
            return one_line(exc.render(lang))
        failure = None if location is None else _classify(exc, location.display)
        if failure is not None:
            return one_line(failure.render(lang))
        return one_line(message("cli.unexpected", lang, error=type(exc).__name__, log=log_file))

    try:
        if args.command is None:
            from ontwikkeltafel.app import check_display, run_app

            if _names_a_url(args.db, args.db_url, os.environ):
                # A URL that cannot be right is said even where no screen is: resolved first
                # (a path waits until the window has painted: resolving it loads SQLAlchemy).
                from ontwikkeltafel.store.location import resolve_location

                location = resolve_location(args.db, args.db_url, os.environ)
            check_display(os.environ)
            return run_app(open_here, args.lang or ui_language(), failure_line, offered)
        if args.command in ("init", "upgrade"):
            # The owner's work on the schema: never through opening, which refuses it.
            from ontwikkeltafel.store.location import resolve_location

            location = resolve_location(args.db, args.db_url, os.environ)
            return _set_up(args.command, location, lang)
        opened = open_here()
        from ontwikkeltafel.preferences import load_preferences

        opened.set_author(load_preferences().author)
        return run_command(args, opened, lang)
    except UserError as exc:
        log.info("refused: %s", exc)
        print(one_line(exc.render(lang)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(message("cli.interrupted", lang), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of the output left (``| head -1``): the work is done, the rest of the
        # output has nowhere to go. Quiet, as other tools end then; exit 1 (not all said).
        _drop_output()
        return 1
    except Exception as exc:
        # Never the exception's text: a driver error quotes what it was writing.
        failure = None if location is None else _classify(exc, location.display)
        if failure is not None:
            log.exception("refused: %s", failure)
            print(one_line(failure.render(lang)), file=sys.stderr)
            return 1
        log.exception("unexpected failure")
        text = message("cli.unexpected", lang, error=type(exc).__name__, log=log_file)
        print(one_line(text), file=sys.stderr)
        return 1
    finally:
        if database is not None:
            database.close()
