"""Messages of ``retention [--apply]``: what is past its retention, and what was removed."""

MESSAGES: dict[str, dict[str, str]] = {
    "retention.none": {
        "nl": "Niets is over de bewaartermijn (standaard {years} jaar voor losse "
        "bijeenkomsten). Er is niets verwijderd.",
        "en": "Nothing is past its retention period (default {years} years for stand-alone "
        "meetings). Nothing was removed.",
    },
    "retention.table": {
        "nl": "Tafel ‘{title}’ ({id}), gesloten op {day}, bewaren tot {until} ({years} jaar): "
        "{holds}",
        "en": "Table ‘{title}’ ({id}), closed on {day}, kept until {until} ({years} years): "
        "{holds}",
    },
    "retention.meeting": {
        "nl": "Losse bijeenkomst ‘{title}’ ({id}) van {day}, bewaren tot {until} "
        "({years} jaar): {holds}",
        "en": "Stand-alone meeting ‘{title}’ ({id}) of {day}, kept until {until} "
        "({years} years): {holds}",
    },
    "retention.count.meetings": {"nl": "{count} bijeenkomst(en)", "en": "{count} meeting(s)"},
    "retention.count.agenda_items": {
        "nl": "{count} agendapunt(en)",
        "en": "{count} agenda item(s)",
    },
    "retention.count.decisions": {"nl": "{count} besluit(en)", "en": "{count} decision(s)"},
    "retention.count.actions": {"nl": "{count} actiepunt(en)", "en": "{count} action(s)"},
    "retention.count.attendance": {
        "nl": "{count} aanwezigheidsregel(s)",
        "en": "{count} attendance record(s)",
    },
    "retention.count.members": {"nl": "{count} tafellid/-leden", "en": "{count} member(s)"},
    "retention.count.concerns": {
        "nl": "{count} vraag/vragen of zorg(en)",
        "en": "{count} question(s) or concern(s)",
    },
    "retention.count.development_points": {
        "nl": "{count} ontwikkelpunt(en)",
        "en": "{count} development point(s)",
    },
    "retention.empty": {"nl": "verder leeg", "en": "nothing else"},
    "retention.total": {
        "nl": "Totaal: {tables} tafel(s) en {alone} losse bijeenkomst(en), met {holds}.",
        "en": "Total: {tables} table(s) and {alone} stand-alone meeting(s), with {holds}.",
    },
    "retention.undated": {
        "nl": "Gesloten zonder einddatum, niet beoordeeld (vul de einddatum in): "
        "tafel ‘{title}’ ({id}).",
        "en": "Closed without an end date, not judged (fill in the end date): "
        "table ‘{title}’ ({id}).",
    },
    "retention.dry_run": {
        "nl": "Niets verwijderd; geef --apply om dit te doen.",
        "en": "Nothing removed; give --apply to do this.",
    },
    "retention.would_leave": {
        "nl": "Daarna staan deze personen in geen enkel gegeven meer: {people}.",
        "en": "Afterwards these people are in no record any more: {people}.",
    },
    "retention.removed": {
        "nl": "Verwijderd: {tables} tafel(s) en {alone} losse bijeenkomst(en), met {holds}; "
        "{entries} regel(s) uit de geschiedenis verwijderd.",
        "en": "Removed: {tables} table(s) and {alone} stand-alone meeting(s), with {holds}; "
        "{entries} history entr(y/ies) removed.",
    },
    "retention.left": {
        "nl": "Deze personen staan nu in geen enkel gegeven meer: {people}. Ze zijn niet "
        "verwijderd; doe dat zo nodig met: ontwikkeltafel person erase PERSON_ID.",
        "en": "These people are in no record any more: {people}. They were not erased; do "
        "that if needed with: ontwikkeltafel person erase PERSON_ID.",
    },
    "retention.backups_hold": {
        "nl": "{count} back-up(s) in {folder} bevatten deze gegevens nog.",
        "en": "{count} backup(s) in {folder} still hold this data.",
    },
}
