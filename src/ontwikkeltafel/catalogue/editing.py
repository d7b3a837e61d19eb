"""Messages of editing in the window: what must be filled in, what cannot be stored, a conflict."""

MESSAGES: dict[str, dict[str, str]] = {
    "edit.not_stored": {
        "nl": "Niet opgeslagen: de database gaf een fout ({kind}). Uw invoer blijft staan; "
        "probeer het opnieuw, en kijk in het logbestand als het blijft gebeuren.",
        "en": "Not saved: the database reported an error ({kind}). Your input stays; "
        "try again, and look in the log file if it keeps happening.",
    },
    "edit.required.title": {
        "nl": "Een titel is verplicht; zonder titel wordt niets bewaard.",
        "en": "A title is required; nothing is stored without one.",
    },
    "edit.required.name": {
        "nl": "Een naam is verplicht; zonder naam wordt niets bewaard.",
        "en": "A name is required; nothing is stored without one.",
    },
    "edit.required.last_name": {
        "nl": "Een achternaam is verplicht; zonder achternaam wordt niets bewaard.",
        "en": "A surname is required; nothing is stored without one.",
    },
    "edit.required.description": {
        "nl": "Een omschrijving is verplicht; zonder omschrijving wordt niets bewaard.",
        "en": "A description is required; nothing is stored without one.",
    },
    "edit.required.text": {
        "nl": "Een besluit heeft een tekst nodig; zonder tekst wordt niets bewaard.",
        "en": "A decision needs a text; nothing is stored without one.",
    },
    "edit.theme_exists": {
        "nl": "Er is al een thema '{name}'. Kies een andere naam of gebruik dat thema.",
        "en": "There already is a theme '{name}'. Choose another name or use that theme.",
    },
    "edit.invalid.email": {
        "nl": "'{value}' is geen geldig e-mailadres en is niet bewaard; het vorige blijft "
        "staan. Bijvoorbeeld: naam@organisatie.nl (of laat het veld leeg).",
        "en": "'{value}' is not a valid e-mail address and was not stored; the previous one "
        "stays. For example: name@organisation.nl (or leave the field empty).",
    },
    "edit.invalid.phone": {
        "nl": "'{value}' is geen geldig telefoonnummer en is niet bewaard; het vorige blijft "
        "staan. Gebruik cijfers (minstens 10, of een + ervoor), spaties, - en haakjes; "
        "bijvoorbeeld 030 123 45 67 of +32 2 123 45 67.",
        "en": "'{value}' is not a valid phone number and was not stored; the previous one "
        "stays. Use digits (at least 10, or a + in front), spaces, - and brackets; "
        "for example 030 123 45 67 or +32 2 123 45 67.",
    },
    "edit.gone": {
        "nl": "Dit record bestaat niet meer; misschien heeft iemand anders het verwijderd.",
        "en": "This record no longer exists; someone else may have deleted it.",
    },
    "edit.clash": {
        "nl": "Dit kan niet worden bewaard: het botst met een ander record (bijvoorbeeld "
        "een actienummer dat al bestaat).",
        "en": "This cannot be stored: it clashes with another record (for example an "
        "action number that already exists).",
    },
    "edit.conflict": {
        "nl": "Niet bewaard: {by} heeft dit intussen gewijzigd ({at}). Uw versie is niet "
        "verloren en niets is overschreven; kies welke versie blijft.",
        "en": "Not saved: {by} changed this in the meantime ({at}). Your version is not "
        "lost and nothing was overwritten; choose which version stays.",
    },
    "edit.undo_conflict": {
        "nl": "Niet ongedaan gemaakt: {by} heeft dit intussen gewijzigd ({at}). Er is niets "
        "overschreven; wat {by} opsloeg blijft staan.",
        "en": "Not undone: {by} changed this in the meantime ({at}). Nothing was "
        "overwritten; what {by} stored stays.",
    },
    "edit.delete_conflict": {
        "nl": "{by} heeft dit intussen gewijzigd ({at}); niet verwijderd. Bekijk de wijziging "
        "en verwijder dan opnieuw als dat nog steeds de bedoeling is.",
        "en": "{by} changed this in the meantime ({at}); not deleted. Look at the change "
        "and delete again if that is still what you want.",
    },
    "edit.move_conflict": {
        "nl": "Niet verplaatst: {by} heeft de volgorde intussen gewijzigd ({at}). De lijst "
        "toont nu de volgorde zoals die is opgeslagen.",
        "en": "Not moved: {by} changed the order in the meantime ({at}). The list now shows "
        "the order as it is stored.",
    },
    "edit.conflict.someone": {
        "nl": "iemand anders",
        "en": "someone else",
    },
}
