"""The command line's commands that change personal data: ``person erase|anonymise``.

They list what they will do and ask, unless ``--yes``; without a terminal and without
``--yes`` they refuse (``../shared/spec/cli.md``). What they print goes to standard output,
the question to the terminal; nothing of it goes to the log.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from ontwikkeltafel.services import SessionFactory
    from ontwikkeltafel.services.erasure import ErasurePlan, Outcome

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
    for mention in plan.mentions:
        where = f"{mention.table} {mention.record_id} ({mention.field})"
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
    from ontwikkeltafel.services.erasure import purge_backups

    if not outcome.scrubbed.log_truncated:
        print(message("person.log_busy", lang), file=sys.stderr)
    if not outcome.backups:
        return
    folder = outcome.backups[0].parent
    print(message("person.backups_hold", lang, count=len(outcome.backups), folder=folder))
    # Removing backups is asked for on its own, never implied by --yes.
    if not yes and sys.stdin.isatty() and ask(message("person.purge_question", lang), lang):
        removed = purge_backups(outcome.backups)
        print(message("person.purged", lang, count=removed))
