"""Messages of erasing and anonymising a person (``person erase``, ``person anonymise``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "person.needed": {
        "nl": "{name} kan niet worden verwijderd: nog nodig voor {needs}. Anonimiseer deze "
        "persoon in plaats daarvan (person anonymise). Er is niets veranderd.",
        "en": "{name} cannot be erased: still needed for {needs}. Anonymise this person "
        "instead (person anonymise). Nothing was changed.",
    },
    "person.need.attendance": {
        "nl": "aanwezigheid bij {count} bijeenkomst(en)",
        "en": "attendance at {count} meeting(s)",
    },
    "person.need.chair": {"nl": "{count} keer voorzitter", "en": "chair {count} time(s)"},
    "person.need.secretary": {"nl": "{count} keer secretaris", "en": "secretary {count} time(s)"},
    "person.need.presenter": {
        "nl": "{count} agendapunt(en) als inbrenger",
        "en": "{count} agenda item(s) as presenter",
    },
    "person.need.raised_by": {
        "nl": "{count} zorg(en) als inbrenger",
        "en": "{count} concern(s) as the one who raised it",
    },
    "person.need.contact": {
        "nl": "{count} goed(e) voorbeeld(en) als contactpersoon",
        "en": "{count} good practice(s) as contact",
    },
    "person.need.owner": {
        "nl": "{count} ontwikkelpunt(en) als eigenaar",
        "en": "{count} development point(s) as owner",
    },
    "person.need.actions": {"nl": "{count} actiepunt(en)", "en": "{count} action(s)"},
    "person.need.texts": {
        "nl": "{count} tekst(en) die de naam noemen",
        "en": "{count} text(s) naming them",
    },
    "person.plan.anonymise": {
        "nl": "{name} wordt overal vervangen door ‘{role}’: de persoonsgegevens, {texts} "
        "tekst(en) en {entries} regel(s) in de geschiedenis, ook in vastgestelde verslagen.",
        "en": "{name} will be replaced by ‘{role}’ everywhere: the personal details, {texts} "
        "text(s) and {entries} history entr(y/ies), adopted minutes included.",
    },
    "person.plan.erase": {
        "nl": "{name} wordt verwijderd, met de lidmaatschappen en de eigen geschiedenis; "
        "{entries} regel(s) in de geschiedenis worden herschreven.",
        "en": "{name} will be erased, with their memberships and own history; "
        "{entries} history entr(y/ies) will be rewritten.",
    },
    "person.plan.mention": {"nl": "  {where}: {before}", "en": "  {where}: {before}"},
    "person.plan.becomes": {"nl": "    wordt: {after}", "en": "    becomes: {after}"},
    "person.plan.shared": {
        "nl": "Niet vervangen (ook de naam van iemand anders): {forms}.",
        "en": "Not replaced (also the name of someone else): {forms}.",
    },
    "person.confirm": {"nl": "Doorgaan? [j/N] ", "en": "Go ahead? [y/N] "},
    "person.no_terminal": {
        "nl": "Dit verandert persoonsgegevens en vraagt om bevestiging. Geef --yes om het "
        "zonder vraag te doen. Er is niets veranderd.",
        "en": "This changes personal data and needs confirmation. Give --yes to do it "
        "without asking. Nothing was changed.",
    },
    "person.cancelled": {
        "nl": "Afgebroken. Er is niets veranderd.",
        "en": "Cancelled. Nothing was changed.",
    },
    "person.anonymised": {
        "nl": "{name} is geanonimiseerd als ‘{role}’ ({texts} tekst(en), {entries} regel(s) "
        "in de geschiedenis).",
        "en": "{name} was anonymised as ‘{role}’ ({texts} text(s), {entries} history entr(y/ies)).",
    },
    "person.erased": {
        "nl": "{name} is verwijderd ({entries} regel(s) in de geschiedenis herschreven).",
        "en": "{name} was erased ({entries} history entr(y/ies) rewritten).",
    },
    "person.log_busy": {
        "nl": "Let op: een ander programma had de database open; het logbestand (-wal) is "
        "niet leeggemaakt. Sluit het andere programma en doe het nog eens.",
        "en": "Note: another program had the database open; its log file (-wal) was not "
        "emptied. Close the other program and do it again.",
    },
    "person.backups_hold": {
        "nl": "{count} back-up(s) in {folder} bevatten deze persoon nog.",
        "en": "{count} backup(s) in {folder} still hold this person.",
    },
    "person.purge_question": {
        "nl": "Deze back-ups verwijderen? [j/N] ",
        "en": "Remove these backups? [y/N] ",
    },
    "person.purged": {"nl": "{count} back-up(s) verwijderd.", "en": "{count} backup(s) removed."},
}
