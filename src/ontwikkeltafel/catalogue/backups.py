"""Messages of backups: making one, putting one back (restore), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "backup.done": {
        "nl": "Back-up gemaakt: {path}",
        "en": "Backup made: {path}",
    },
    "backup.done_server": {
        "nl": "Back-up gemaakt als uitwisselbestand: {path}. Maak een volledige back-up van "
        "de server met pg_dump.",
        "en": "Backup made as an exchange file: {path}. Make a full backup of the server "
        "with pg_dump.",
    },
    "backup.restored": {
        "nl": "{database} teruggezet uit {source}; de database zoals hij was staat in {kept}.",
        "en": "{database} restored from {source}; the database as it was is kept in {kept}.",
    },
    "backup.restore_server": {
        "nl": "Terugzetten kan alleen bij een SQLite-bestand, niet bij {url}. Gebruik de "
        "eigen hulpmiddelen van de server: pg_dump om een back-up te maken en pg_restore "
        "om hem terug te zetten (zie README). Er is niets veranderd.",
        "en": "Restoring works on a SQLite file only, not on {url}. Use the server's own "
        "tools: pg_dump to make a backup and pg_restore to put it back (see README). "
        "Nothing was changed.",
    },
    "backup.not_found": {
        "nl": "{path} bestaat niet of is geen gewoon bestand. Er is niets teruggezet.",
        "en": "{path} does not exist or is not a regular file. Nothing was restored.",
    },
    "backup.not_ours": {
        "nl": "{path} is geen back-up van een Ontwikkeltafel-database. Er is niets "
        "teruggezet; de huidige database is niet aangeraakt.",
        "en": "{path} is not a backup of an Ontwikkeltafel database. Nothing was restored; "
        "the current database was left untouched.",
    },
    "backup.too_new": {
        "nl": "{path} is gemaakt door een nieuwere versie van Ontwikkeltafel (schemaversie "
        "{revision}). Er is niets teruggezet; werk Ontwikkeltafel eerst bij.",
        "en": "{path} was made by a newer version of Ontwikkeltafel (schema revision "
        "{revision}). Nothing was restored; update Ontwikkeltafel first.",
    },
    "backup.onto_itself": {
        "nl": "{path} is de database zelf. Kies een ander bestand; er is niets geschreven.",
        "en": "{path} is the database itself. Choose another file; nothing was written.",
    },
    "backup.cannot_write": {
        "nl": "Kan de back-up {path} niet schrijven ({reason}). Er is niets geschreven.",
        "en": "Cannot write the backup {path} ({reason}). Nothing was written.",
    },
}
