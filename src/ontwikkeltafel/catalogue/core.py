"""Messages of the command line, the database and the exchange format, in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "db.bad_url": {
        "nl": "'{url}' is geen geldige database-URL. Geef een pad met --db of een "
        "SQLAlchemy-URL met --db-url.",
        "en": "'{url}' is not a valid database URL. Give a path with --db or a "
        "SQLAlchemy URL with --db-url.",
    },
    "db.is_folder": {
        "nl": "{path} is een map, geen databasebestand. Geef een bestandsnaam op met --db.",
        "en": "{path} is a folder, not a database file. Give a file name with --db.",
    },
    "db.not_a_file": {
        "nl": "{path} is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat) en "
        "dus geen database. Het is niet geopend; geef een databasebestand op met --db.",
        "en": "{path} is not a regular file (but a pipe or a device, say), so not a database. "
        "It was not opened; give a database file with --db.",
    },
    "db.cannot_read": {
        "nl": "Kan {path} niet lezen ({reason}). Controleer de rechten op het bestand.",
        "en": "Cannot read {path} ({reason}). Check the file's permissions.",
    },
    "db.not_a_database": {
        "nl": "{path} is geen Ontwikkeltafel-database (geen SQLite-bestand). Het bestand is "
        "niet aangeraakt; kies een ander bestand met --db.",
        "en": "{path} is not an Ontwikkeltafel database (not a SQLite file). The file was "
        "left untouched; choose another file with --db.",
    },
    "db.damaged": {
        "nl": "{path} is beschadigd en kan niet worden gelezen. Het bestand is niet "
        "aangeraakt; zet een reservekopie terug uit de map met back-ups.",
        "en": "{path} is damaged and cannot be read. The file was left untouched; "
        "restore a copy from the backups folder.",
    },
    "db.foreign": {
        "nl": "{path} is een database van een ander programma. Het bestand is niet "
        "aangeraakt; kies een ander bestand met --db.",
        "en": "{path} is a database of another program. The file was left untouched; "
        "choose another file with --db.",
    },
    "db.too_new": {
        "nl": "{path} is gemaakt door een nieuwere versie van Ontwikkeltafel (schema "
        "{revision}). Het bestand is niet aangeraakt; werk Ontwikkeltafel bij om het te openen.",
        "en": "{path} was made by a newer version of Ontwikkeltafel (schema {revision}). "
        "The file was left untouched; update Ontwikkeltafel to open it.",
    },
    "db.cannot_create": {
        "nl": "Kan de database {path} niet aanmaken ({reason}). Kies een map waarin u mag "
        "schrijven.",
        "en": "Cannot create the database {path} ({reason}). Choose a folder you can write to.",
    },
    "db.cannot_open": {
        "nl": "Kan de database {path} niet openen ({reason}).",
        "en": "Cannot open the database {path} ({reason}).",
    },
    "db.no_driver": {
        "nl": "Geen databasestuurprogramma voor {url} ({reason}). Voor PostgreSQL: installeer "
        "het extra 'postgres' en gebruik een URL die begint met postgresql+psycopg://.",
        "en": "No database driver for {url} ({reason}). For PostgreSQL: install the "
        "'postgres' extra and use a URL starting with postgresql+psycopg://.",
    },
    "db.cannot_connect": {
        "nl": "Kan geen verbinding maken met de database {url} ({reason}).",
        "en": "Cannot connect to the database {url} ({reason}).",
    },
    # The database cannot be used now (store/failures.py); never with record contents.
    "db.locked": {
        "nl": "De database {where} is bezet: een ander programma schrijft erin. Er is niets "
        "opgeslagen; probeer het over een ogenblik opnieuw.",
        "en": "The database {where} is busy: another program is writing to it. Nothing was "
        "stored; try again in a moment.",
    },
    "db.read_only": {
        "nl": "Kan niet schrijven in de database {where}: het bestand of de map is "
        "alleen-lezen. Er is niets opgeslagen; controleer de rechten op het bestand en de "
        "map, of kies een andere plek voor de database.",
        "en": "Cannot write to the database {where}: the file or its folder is read-only. "
        "Nothing was stored; check the permissions of the file and its folder, or choose "
        "another place for the database.",
    },
    "db.disk_full": {
        "nl": "De schijf van {where} is vol. Er is niets opgeslagen; maak ruimte vrij op die "
        "schijf en probeer het opnieuw.",
        "en": "The disk holding {where} is full. Nothing was stored; make room on that disk "
        "and try again.",
    },
    "db.damaged_page": {
        "nl": "De database {where} is beschadigd: een deel ervan kan niet worden gelezen. Er is "
        "niets opgeslagen of geschreven; zet een reservekopie terug uit de map met back-ups.",
        "en": "The database {where} is damaged: part of it cannot be read. Nothing was stored "
        "or written; restore a backup from the backups folder.",
    },
    "db.connection_lost": {
        "nl": "De databaseserver {where} is niet bereikbaar. Probeer het over een ogenblik "
        "opnieuw; blijft dit gebeuren, controleer dan de netwerkverbinding.",
        "en": "The database server {where} cannot be reached. Try again in a moment; if this "
        "keeps happening, check the network connection.",
    },
    # Exchange files: what is wrong at a JSON path.
    "exchange.not_a_document": {
        "nl": "het bestand is geen uitwisselbestand van Ontwikkeltafel",
        "en": "the file is not an exchange document (a JSON object was expected)",
    },
    "exchange.unknown_field": {"nl": "onbekend veld", "en": "unknown field"},
    "exchange.duplicate_key": {
        "nl": "dit veld staat twee keer in hetzelfde object",
        "en": "this field is given twice in the same object",
    },
    "exchange.missing": {"nl": "verplicht veld ontbreekt", "en": "required field is missing"},
    "exchange.bad_format": {
        "nl": "format moet '{expected}' zijn",
        "en": "format must be '{expected}'",
    },
    "exchange.bad_version": {
        "nl": "version moet een geheel getal vanaf 1 zijn",
        "en": "version must be a whole number from 1",
    },
    "exchange.too_new": {
        "nl": "dit bestand heeft versie {found}, deze Ontwikkeltafel kent alleen versie {known}; "
        "werk Ontwikkeltafel bij",
        "en": "this file is version {found}, this Ontwikkeltafel knows version {known} only; "
        "update Ontwikkeltafel",
    },
    "exchange.not_text": {"nl": "moet tekst zijn", "en": "must be text"},
    "exchange.bad_characters": {
        "nl": "bevat tekens die geen tekst zijn (NUL of een losse surrogaat)",
        "en": "contains characters that are not text (NUL or a lone surrogate)",
    },
    "exchange.empty": {"nl": "mag niet leeg zijn", "en": "must not be empty"},
    "exchange.bad_id": {
        "nl": "moet een niet-lege tekst (een id) zijn",
        "en": "must be a non-empty string (an id)",
    },
    "exchange.bad_int": {
        "nl": "moet een geheel getal van {low} tot en met {high} zijn",
        "en": "must be a whole number from {low} to {high}",
    },
    "exchange.bad_bool": {"nl": "moet true of false zijn", "en": "must be true or false"},
    "exchange.bad_date": {
        "nl": "{value!r} is geen datum (JJJJ-MM-DD, jaar 1900-2200)",
        "en": "{value!r} is not a date (YYYY-MM-DD, year 1900-2200)",
    },
    "exchange.bad_moment": {
        "nl": "{value!r} is geen tijdstip (ISO 8601, bijvoorbeeld 2018-01-18T15:00:00+01:00)",
        "en": "{value!r} is not a moment (ISO 8601, e.g. 2018-01-18T15:00:00+01:00)",
    },
    "exchange.bad_enum": {
        "nl": "{value!r} is geen geldige waarde; kies uit: {allowed}",
        "en": "{value!r} is not a valid value; choose from: {allowed}",
    },
    "exchange.not_list": {"nl": "moet een lijst zijn", "en": "must be a list"},
    "exchange.not_object": {"nl": "moet een object zijn", "en": "must be an object"},
    "exchange.duplicate_ref": {
        "nl": "{value!r} staat twee keer in deze lijst",
        "en": "{value!r} is in this list twice",
    },
    "exchange.duplicate_id": {
        "nl": "id {value!r} komt twee keer voor (ook bij {other})",
        "en": "duplicate id {value!r} (also at {other})",
    },
    "exchange.unknown_ref": {
        "nl": "{value!r} verwijst naar niets: geen {kind} met dit id in het bestand of de database",
        "en": "{value!r} refers to nothing: no {kind} with this id in the file or the database",
    },
    "exchange.duplicate_theme": {
        "nl": "er is al een thema {value!r} (hoofdletters tellen niet mee)",
        "en": "there is already a theme {value!r} (ignoring case)",
    },
    "exchange.duplicate_person": {
        "nl": "persoon {value!r} staat twee keer in deze lijst",
        "en": "person {value!r} is in this list twice",
    },
    "exchange.ends_before_start": {
        "nl": "het einde ligt voor het begin",
        "en": "the end is before the start",
    },
    "exchange.approved_on_without_status": {
        "nl": "een datum van vaststelling hoort alleen bij status minutes_approved",
        "en": "an adoption date belongs with status minutes_approved only",
    },
    "exchange.item_elsewhere": {
        "nl": "agendapunt {value!r} hoort in de database bij een andere bijeenkomst",
        "en": "agenda item {value!r} belongs to another meeting in the database",
    },
    "exchange.decision_elsewhere": {
        "nl": "besluit {value!r} hoort in de database bij een ander agendapunt",
        "en": "decision {value!r} belongs to another agenda item in the database",
    },
    "exchange.duplicate_position": {
        "nl": "positie {value} komt al voor in deze bijeenkomst",
        "en": "position {value} is taken in this meeting",
    },
    "exchange.item_not_in_meeting": {
        "nl": "agendapunt {value!r} hoort niet bij de bijeenkomst van dit actiepunt",
        "en": "agenda item {value!r} is not part of this action's meeting",
    },
    "exchange.duplicate_number": {
        "nl": "actienummer {value!r} bestaat al in deze tafel",
        "en": "action number {value!r} is taken in this table",
    },
    # Import and export of files.
    "import.missing_file": {
        "nl": "Het bestand {path} bestaat niet.",
        "en": "The file {path} does not exist.",
    },
    "import.is_folder": {
        "nl": "{path} is een map; geef een JSON-bestand op.",
        "en": "{path} is a folder; give a JSON file.",
    },
    "import.not_a_file": {
        "nl": "{path} is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat); "
        "geef een JSON-bestand op.",
        "en": "{path} is not a regular file (but a pipe or a device, say); give a JSON file.",
    },
    "import.too_large": {
        "nl": "{path} is groter dan {limit}, het maximum voor een uitwisselbestand. "
        "Niets geïmporteerd.",
        "en": "{path} is larger than {limit}, the most an exchange file may be. "
        "Nothing was imported.",
    },
    "import.cannot_read": {
        "nl": "Kan {path} niet lezen ({reason}).",
        "en": "Cannot read {path} ({reason}).",
    },
    "import.not_utf8": {
        "nl": "{path} is geen UTF-8-tekst; een uitwisselbestand is UTF-8-JSON.",
        "en": "{path} is not UTF-8 text; an exchange file is UTF-8 JSON.",
    },
    "import.bad_json": {
        "nl": "{path} is geen geldige JSON (regel {line}, kolom {column}: {reason:nl}).",
        "en": "{path} is not valid JSON (line {line}, column {column}: {reason:en}).",
    },
    "import.not_exchange": {  # the window's words for a JSON file of something else
        "nl": "{path} is geen uitwisselbestand van Ontwikkeltafel; er is niets geïmporteerd.",
        "en": "{path} is not an Ontwikkeltafel exchange file; nothing was imported.",
    },
    "import.rejected": {
        "nl": "Niets geïmporteerd uit {path}: {problem}",
        "en": "Nothing imported from {path}: {problem}",
    },
    "import.done": {
        "nl": "Geïmporteerd uit {path}:",
        "en": "Imported from {path}:",
    },
    "import.count": {  # one line per kind of record: i18n.import_count_lines
        "nl": "{kind}: {added} toegevoegd, {updated} bijgewerkt",
        "en": "{kind}: {added} added, {updated} updated",
    },
    "export.unknown_table": {
        "nl": "Er is geen tafel met id {table_id!r}.",
        "en": "There is no table with id {table_id!r}.",
    },
    "export.cannot_write": {
        "nl": "Kan {path} niet schrijven ({reason}). Kies een map waarin u mag schrijven.",
        "en": "Cannot write {path} ({reason}). Choose a folder you can write to.",
    },
    "export.done": {
        "nl": "Geëxporteerd naar {path}: {total} records.",
        "en": "Exported to {path}: {total} records.",
    },
    "report.unknown_meeting": {
        "nl": "Er is geen bijeenkomst met id {meeting_id!r}.",
        "en": "There is no meeting with id {meeting_id!r}.",
    },
    "report.unknown_table": {
        "nl": "Er is geen tafel met id {table_id!r}.",
        "en": "There is no table with id {table_id!r}.",
    },
    "report.done": {
        "nl": "Geschreven: {path}",
        "en": "Written: {path}",
    },
    "demo.done": {
        "nl": "Demogegevens geladen in {path}:",
        "en": "Demo data loaded into {path}:",
    },
    # Kinds of record, as counted after an import.
    "kind.organisations": {"nl": "organisaties", "en": "organisations"},
    "kind.people": {"nl": "personen", "en": "people"},
    "kind.themes": {"nl": "thema's", "en": "themes"},
    "kind.tables": {"nl": "tafels", "en": "tables"},
    "kind.practices": {"nl": "goede voorbeelden", "en": "good practices"},
    "kind.meetings": {"nl": "bijeenkomsten", "en": "meetings"},
    "kind.concerns": {"nl": "vragen, zorgen en knelpunten", "en": "concerns"},
    "kind.development_points": {"nl": "ontwikkelpunten", "en": "development points"},
    "kind.actions": {"nl": "actiepunten", "en": "actions"},
    "kind.agenda": {"nl": "agendapunten", "en": "agenda items"},
    "kind.agenda_items": {"nl": "agendapunten", "en": "agenda items"},
    "kind.decisions": {"nl": "besluiten", "en": "decisions"},
    # The command line itself.
    "cli.unexpected": {
        "nl": "Er ging iets onverwachts mis: {error}. Details staan in {log}.",
        "en": "Something unexpected went wrong: {error}. Details are in {log}.",
    },
    "cli.interrupted": {
        "nl": "Afgebroken; er is niets opgeslagen.",
        "en": "Interrupted; nothing was saved.",
    },
    "cli.no_display": {
        "nl": "Kan het venster niet openen: er is geen scherm ({error} is niet gezet). Start "
        "Ontwikkeltafel in een grafische sessie, of gebruik de opdrachtregel (import, export).",
        "en": "Cannot open the window: there is no screen ({error} is not set). Start "
        "Ontwikkeltafel in a graphical session, or use the command line (import, export).",
    },
}
