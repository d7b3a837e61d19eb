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
    "person.anonymise_conflict": {
        "nl": "{by} heeft dit intussen gewijzigd ({at}); niet geanonimiseerd. Bekijk de "
        "wijziging en anonimiseer dan opnieuw als dat nog steeds de bedoeling is.",
        "en": "{by} changed this in the meantime ({at}); not anonymised. Look at the change "
        "and anonymise again if that is still what you want.",
    },
    "person.erase_changed": {
        "nl": "‘{name}’ is intussen gewijzigd {by}; niet verwijderd.",
        "en": "‘{name}’ was changed in the meantime {by}; not erased.",
    },
    "person.changed_by": {"nl": "door {by} ({at})", "en": "by {by} ({at})"},
    "person.role_names": {
        "nl": "De rol ‘{role}’ noemt de persoon zelf; kies een rol zonder naam, e-mailadres of "
        "telefoonnummer. Er is niets veranderd.",
        "en": "The role ‘{role}’ names the person; choose a role without a name, e-mail "
        "address or phone number. Nothing was changed.",
    },
    "person.scrub_incomplete": {
        "nl": "Let op: de oude gegevens konden niet uit het databasebestand worden gewist "
        "({reason}); de wijziging zelf is wel opgeslagen. Doe het nog eens als niemand "
        "anders de database gebruikt.",
        "en": "Note: the old data could not be wiped from the database file ({reason}); the "
        "change itself is stored. Do it again when nobody else uses the database.",
    },
    "person.scrub_needs_owner": {
        "nl": "Let op: de wijziging is opgeslagen, maar de oude gegevens staan nog in de "
        "bestanden van de databaseserver: alleen de eigenaar van de tabellen ({owner}) mag "
        "ze wissen. Vraag die om uit te voeren: VACUUM (FULL) {tables};",
        "en": "Note: the change is stored, but the old data is still in the database server's "
        "files: only the owner of the tables ({owner}) may wipe it. Ask them to run: "
        "VACUUM (FULL) {tables};",
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

#: Where a mention stands, as the command line names it: a list, a field ("agendapunt …
#: (verslag)"). A field without a label here is shown by its name.
PLACES: dict[str, dict[str, str]] = {
    "organisations": {"nl": "organisatie", "en": "organisation"},
    "people": {"nl": "persoon", "en": "person"},
    "themes": {"nl": "thema", "en": "theme"},
    "tables": {"nl": "tafel", "en": "table"},
    "meetings": {"nl": "bijeenkomst", "en": "meeting"},
    "agenda_items": {"nl": "agendapunt", "en": "agenda item"},
    "agenda_template_items": {"nl": "agendasjabloon", "en": "agenda template"},
    "decisions": {"nl": "besluit", "en": "decision"},
    "actions": {"nl": "actiepunt", "en": "action"},
    "concerns": {"nl": "vraag of zorg", "en": "question or concern"},
    "practices": {"nl": "goed voorbeeld", "en": "good practice"},
    "development_points": {"nl": "ontwikkelpunt", "en": "development point"},
}
FIELDS: dict[str, dict[str, str]] = {
    "title": {"nl": "titel", "en": "title"},
    "description": {"nl": "toelichting", "en": "description"},
    "minutes": {"nl": "verslag", "en": "minutes"},
    "notes": {"nl": "notities", "en": "notes"},
    "goal": {"nl": "doel", "en": "goal"},
    "text": {"nl": "tekst", "en": "text"},
    "location": {"nl": "plaats", "en": "location"},
    "adoption_changes": {"nl": "wijzigingen bij vaststelling", "en": "changes on adoption"},
    "adoption_document": {"nl": "vastgesteld verslag", "en": "adopted minutes"},
    "resolution": {"nl": "oplossing", "en": "resolution"},
    "summary": {"nl": "samenvatting", "en": "summary"},
    "name": {"nl": "naam", "en": "name"},
}
