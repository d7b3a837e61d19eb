"""The command line's commands that change personal data: ``person erase|anonymise``, retention.

They list what they will do and ask, unless ``--yes``; without a terminal and without
``--yes`` they refuse (``../shared/spec/cli.md``). ``retention`` alone lists and changes
nothing; ``retention --apply`` asks as the others do. What they print goes to standard
output, the question to the terminal; nothing of it goes to the log.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from datetime import date

    from ontwikkeltafel.services import SessionFactory
    from ontwikkeltafel.services.erasure import ErasurePlan, Outcome
    from ontwikkeltafel.services.retention import Expired

YES = {"nl": ("j", "ja", "y", "yes"), "en": ("y", "yes", "j", "ja")}


def ask(question: str, lang: str) -> bool:
    """Whether the person at the terminal answers yes to ``question``."""
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in YES.get(lang, YES["en"])


def confirmed(yes: bool, lang: str) -> bool:
    """Go ahead: with ``--yes``, or asked at a terminal; refused without either."""
    from ontwikkeltafel.i18n import UserError, message

    if yes:
        return True
    if not sys.stdin.isatty():
        raise UserError("person.no_terminal")
    if ask(message("person.confirm", lang), lang):
        return True
    print(message("person.cancelled", lang))
    return False


def print_plan(plan: ErasurePlan, erase: bool, lang: str) -> None:
    """What an erasure or anonymisation will do, each text it rewrites shown."""
    from ontwikkeltafel.i18n import message

    if erase:
        print(message("person.plan.erase", lang, name=plan.name, entries=plan.history_entries))
        return
    texts = len({(m.table, m.record_id, m.field) for m in plan.mentions})
    print(
        message(
            "person.plan.anonymise",
            lang,
            name=plan.name,
            role=plan.role,
            texts=texts,
            entries=plan.history_entries,
        )
    )
    from ontwikkeltafel.catalogue.erasure import FIELDS, PLACES

    for mention in plan.mentions:
        what = PLACES.get(mention.table, {}).get(lang, mention.table)
        field = FIELDS.get(mention.field, {}).get(lang, mention.field)
        where = f"{what} {mention.record_id} ({field})"
        print(message("person.plan.mention", lang, where=where, before=mention.before))
        print(message("person.plan.becomes", lang, after=mention.after))
    if plan.shared_forms:
        print(message("person.plan.shared", lang, forms=", ".join(plan.shared_forms)))


def person_change(args: argparse.Namespace, sessions: SessionFactory, lang: str) -> int:
    """``person erase`` and ``person anonymise``; returns the exit status."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.services.erasure import (
        PersonNeeded,
        anonymise_person,
        erase_person,
        erasure_plan,
    )

    erase = args.person_command == "erase"
    plan = erasure_plan(sessions, args.person_id, None if erase else args.role)
    if erase and not plan.erasable:
        raise PersonNeeded(plan.name, list(plan.needs))
    print_plan(plan, erase, lang)
    if not confirmed(args.yes, lang):
        return 1
    if erase:
        outcome = erase_person(sessions, args.person_id)
        print(message("person.erased", lang, name=outcome.name, entries=outcome.history_entries))
    else:
        outcome = anonymise_person(sessions, args.person_id, plan.role)
        texts, entries = outcome.texts, outcome.history_entries
        print(
            message(
                "person.anonymised",
                lang,
                name=outcome.name,
                role=outcome.role,
                texts=texts,
                entries=entries,
            )
        )
    _after(outcome, args.yes, lang)
    return 0


def _after(outcome: Outcome, yes: bool, lang: str) -> None:
    """Say what the scrub could not do, and that the backups still hold the person."""
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.services.erasure import purge_backups, scrub_note

    note = scrub_note(outcome.scrubbed, lang)
    if note:
        print(note, file=sys.stderr)
    if not outcome.backups:
        return
    folder = outcome.backups[0].parent
    print(message("person.backups_hold", lang, count=len(outcome.backups), folder=folder))
    # Removing backups is asked for on its own, never implied by --yes.
    if not yes and sys.stdin.isatty() and ask(message("person.purge_question", lang), lang):
        removed = purge_backups(outcome.backups)
        print(message("person.purged", lang, count=removed))


def _holds(counts: list[tuple[str, int]], lang: str) -> str:
    """What records hold, in ``lang``: "2 bijeenkomst(en), 5 agendapunt(en)"."""
    from ontwikkeltafel.i18n import message

    parts = [message(f"retention.count.{name}", lang, count=n) for name, n in counts if n]
    return ", ".join(parts) or message("retention.empty", lang)


def _totals(records: tuple[Expired, ...], lang: str) -> dict[str, object]:
    """The parameters of the total and removed lines."""
    from ontwikkeltafel.services.retention import COUNTED

    counts = [(name, sum(r.count(name) for r in records)) for name, _table in COUNTED]
    return {
        "tables": sum(r.kind == "table" for r in records),
        "alone": sum(r.kind == "meeting" for r in records),
        "holds": _holds(counts, lang),
    }


def _today() -> date:
    """Today in Amsterdam."""
    from datetime import datetime

    from ontwikkeltafel.model import AMSTERDAM

    return datetime.now(AMSTERDAM).date()


def _people(people: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{name} ({person_id})" for person_id, name in people)


def retention(args: argparse.Namespace, sessions: SessionFactory, lang: str) -> int:
    """``retention [--apply [--yes]]``: list what is past its retention; ``--apply`` removes it.

    As the spec's rule for commands that remove personal data says, ``--apply`` lists, then
    asks unless ``--yes`` (and refuses without a terminal); without it nothing changes.
    """
    from ontwikkeltafel.i18n import message
    from ontwikkeltafel.preferences import load_preferences
    from ontwikkeltafel.reports.format import short_date
    from ontwikkeltafel.services.erasure import scrub_note
    from ontwikkeltafel.services.retention import apply_retention, retention_overview

    years = load_preferences().retention_years
    today = _today()
    overview = retention_overview(sessions, years, today)
    for table_id, title in overview.undated:
        print(message("retention.undated", lang, title=title, id=table_id))
    if not overview.records:
        print(message("retention.none", lang, years=years))
        return 0
    for record in overview.records:
        print(
            message(
                f"retention.{record.kind}",
                lang,
                title=record.title,
                id=record.record_id,
                day=short_date(record.day),
                until=short_date(record.until),
                years=record.years,
                holds=_holds(list(record.counts), lang),
            )
        )
    print(message("retention.total", lang, **_totals(overview.records, lang)))
    if not args.apply:
        if overview.people_left:
            print(message("retention.would_leave", lang, people=_people(overview.people_left)))
        print(message("retention.dry_run", lang))
        return 0
    if overview.people_left:
        print(message("retention.would_leave", lang, people=_people(overview.people_left)))
    if not confirmed(args.yes, lang):
        return 1
    applied = apply_retention(sessions, years, today)
    totals = _totals(applied.records, lang)
    print(message("retention.removed", lang, entries=applied.history_entries, **totals))
    if applied.people_left:
        print(message("retention.left", lang, people=_people(applied.people_left)))
    note = scrub_note(applied.scrubbed, lang)
    if note:
        print(note, file=sys.stderr)
    if applied.backups:
        folder = applied.backups[0].parent
        print(message("retention.backups_hold", lang, count=len(applied.backups), folder=folder))
    return 0
