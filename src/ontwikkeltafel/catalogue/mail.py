"""Texts of the mail drafts (.eml) and of the ``mail`` command, in Dutch and English."""

_NL_GREETING = "\n\nBijlagen:\n{bijlagen}\n\nMet vriendelijke groet,\n{naam}\n"
_EN_GREETING = "\n\nAttachments:\n{bijlagen}\n\nKind regards,\n{naam}\n"

MESSAGES: dict[str, dict[str, str]] = {
    # Refusals (services/mail_drafts.py): nothing is written.
    "mail.no_sender": {
        "nl": "Geen afzender: vul eerst uw e-mailadres in bij Bewerken > Voorkeuren…; "
        "de concept-e-mail komt van dat adres.",
        "en": "No sender: first fill in your e-mail address under Bewerken > Voorkeuren… "
        "(Edit > Preferences); the draft is sent from that address.",
    },
    "mail.bad_sender": {
        "nl": "Het e-mailadres in Voorkeuren ({email}) is geen geldig adres; "
        "verbeter het bij Bewerken > Voorkeuren….",
        "en": "The e-mail address in Voorkeuren ({email}) is not a valid address; "
        "correct it under Bewerken > Voorkeuren… (Edit > Preferences).",
    },
    "mail.no_table": {
        "nl": "Bijeenkomst ‘{title}’ hoort bij geen tafel, dus heeft geen besluiten- en "
        "actielijst om te mailen.",
        "en": "Meeting ‘{title}’ belongs to no table, so it has no list of decisions and "
        "actions to mail.",
    },
    # The placeholders' values.
    "mail.no_place": {"nl": "nog niet bekend", "en": "not yet known"},
    "mail.no_agenda": {"nl": "(nog geen agendapunten)", "en": "(no agenda items yet)"},
    "mail.agenda_line": {"nl": "{number}. {title}", "en": "{number}. {title}"},
    "mail.confidential_line": {
        "nl": "{number}. {title} (vertrouwelijk)",
        "en": "{number}. {title} (confidential)",
    },
    "mail.attachment_line": {"nl": "- {name}", "en": "- {name}"},
    # The command line, once the draft is written.
    "mail.done": {
        "nl": "Concept-e-mail geschreven: {path} (aan {count} ontvanger(s), niets verzonden). "
        "Open het bestand in uw mailprogramma om het te versturen.",
        "en": "Draft e-mail written: {path} (to {count} recipient(s), nothing sent). "
        "Open the file in your mail program to send it.",
    },
    "mail.without_email": {
        "nl": "Niet geadresseerd, want zonder e-mailadres: {names}.",
        "en": "Not addressed, as they have no e-mail address: {names}.",
    },
    # The mails' subjects and bodies by default (Voorkeuren > Mailteksten edits them; an
    # English mail made from an unchanged Dutch default takes the English one).
    "mail.default.agenda.subject": {
        "nl": "Uitnodiging {bijeenkomst}, {datum}",
        "en": "Invitation {bijeenkomst}, {datum}",
    },
    "mail.default.minutes.subject": {
        "nl": "Conceptverslag {bijeenkomst}, {datum}",
        "en": "Draft minutes {bijeenkomst}, {datum}",
    },
    "mail.default.approved.subject": {
        "nl": "Vastgesteld verslag {bijeenkomst}, {datum}",
        "en": "Adopted minutes {bijeenkomst}, {datum}",
    },
    "mail.default.actions.subject": {
        "nl": "Besluiten- en actielijst {tafel}",
        "en": "Decisions and actions {tafel}",
    },
    "mail.default.agenda.body": {
        "nl": "Beste deelnemers,\n\nHierbij nodig ik u uit voor {bijeenkomst}.\n\n"
        "Datum: {datum}\nTijd: {tijd}\nPlaats: {plaats}\n\nAgenda:\n{agenda}\n\n"
        "Met de uitnodiging (.ics) zet u de bijeenkomst in uw agenda. "
        "Bent u verhinderd, laat het mij dan weten." + _NL_GREETING,
        "en": "Dear participants,\n\nYou are invited to {bijeenkomst}.\n\n"
        "Date: {datum}\nTime: {tijd}\nPlace: {plaats}\n\nAgenda:\n{agenda}\n\n"
        "Open the invitation (.ics) to put the meeting in your calendar. "
        "If you cannot come, please let me know." + _EN_GREETING,
    },
    "mail.default.minutes.body": {
        "nl": "Beste deelnemers,\n\nHierbij ontvangt u het conceptverslag van {bijeenkomst} "
        "van {datum}. Uw opmerkingen en correcties ontvang ik graag voor de volgende "
        "bijeenkomst; daar wordt het verslag vastgesteld.\n\nBesproken:\n{agenda}" + _NL_GREETING,
        "en": "Dear participants,\n\nPlease find the draft minutes of {bijeenkomst} of "
        "{datum} attached. I would welcome your comments and corrections before the next "
        "meeting, where the minutes are adopted.\n\nDiscussed:\n{agenda}" + _EN_GREETING,
    },
    "mail.default.approved.body": {
        "nl": "Beste deelnemers,\n\nHierbij ontvangt u het vastgestelde verslag van "
        "{bijeenkomst} van {datum}.\n\nBesproken:\n{agenda}" + _NL_GREETING,
        "en": "Dear participants,\n\nPlease find the adopted minutes of {bijeenkomst} of "
        "{datum} attached.\n\nDiscussed:\n{agenda}" + _EN_GREETING,
    },
    "mail.default.actions.body": {
        "nl": "Beste deelnemers,\n\nHierbij ontvangt u de besluiten- en actielijst van {tafel}, "
        "bijgewerkt na {bijeenkomst} van {datum}. Wilt u de acties op uw naam nakijken en mij "
        "laten weten hoe ze ervoor staan?" + _NL_GREETING,
        "en": "Dear participants,\n\nPlease find the list of decisions and actions of {tafel} "
        "attached, brought up to date after {bijeenkomst} of {datum}. Would you check the "
        "actions in your name and let me know how they stand?" + _EN_GREETING,
    },
}
