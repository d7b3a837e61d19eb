"""Messages of setting up a shared database: init, upgrade, the app's refusals (nl, en)."""

MESSAGES: dict[str, dict[str, str]] = {
    "shared.not_initialised": {
        "nl": "De database {url} is leeg: er staat nog geen Ontwikkeltafel-schema in. Er is "
        "niets veranderd. De rol die de database bezit ({owner}), maakt het schema één keer "
        "aan met: {command}",
        "en": "The database {url} is empty: it holds no Ontwikkeltafel schema yet. Nothing "
        "was changed. The role that owns the database ({owner}) creates the schema once "
        "with: {command}",
    },
    "shared.needs_upgrade": {
        "nl": "De database {url} heeft schemaversie {revision}; deze versie van Ontwikkeltafel "
        "heeft {newest} nodig. Er is niets veranderd. De rol die het schema bezit ({owner}) "
        "moet het bijwerken, na een back-up van de server: {command}",
        "en": "The database {url} has schema revision {revision}; this version of "
        "Ontwikkeltafel needs {newest}. Nothing was changed. The role that owns the schema "
        "({owner}) must upgrade it, after a backup of the server: {command}",
    },
    "shared.foreign": {
        "nl": "De database {path} bevat tabellen van een ander programma. Er is niets "
        "veranderd; geef met --db-url een lege database op, of een van Ontwikkeltafel.",
        "en": "The database {path} holds tables of another program. Nothing was changed; "
        "give an empty database, or one of Ontwikkeltafel, with --db-url.",
    },
    "shared.no_rights": {
        "nl": "De rol {role} mag de tabellen van {url} niet lezen. Er is niets veranderd. De "
        "eigenaar van het schema ({owner}) geeft die rechten (zie README, 'Een gedeelde "
        "database').",
        "en": "The role {role} may not read the tables of {url}. Nothing was changed. The "
        "schema's owner ({owner}) grants those rights (see README, 'Een gedeelde database').",
    },
    "shared.init_denied": {
        "nl": "De rol {role} mag geen tabellen maken in {url}. Er is niets veranderd. Voer "
        "init uit als de rol die de database bezit.",
        "en": "The role {role} may not create tables in {url}. Nothing was changed. Run init "
        "as the role that owns the database.",
    },
    "shared.upgrade_empty": {
        "nl": "In {url} staat nog geen Ontwikkeltafel-database, dus er valt niets bij te "
        "werken. Er is niets veranderd. Maak hem eerst aan met: {command}",
        "en": "{url} holds no Ontwikkeltafel database yet, so there is nothing to upgrade. "
        "Nothing was changed. Create it first with: {command}",
    },
    "shared.upgrade_not_owner": {
        "nl": "De rol {role} bezit het schema van {url} niet en mag het dus niet bijwerken. Er "
        "is niets veranderd. De eigenaar ({owner}) werkt het bij met: {command}",
        "en": "The role {role} does not own the schema of {url}, so it may not upgrade it. "
        "Nothing was changed. Its owner ({owner}) upgrades it with: {command}",
    },
    "shared.made": {
        "nl": "Schema aangemaakt in {url} (versie {revision}), eigendom van de rol {owner}. "
        "Geef de rol van de app nu alleen rechten op de gegevens (zie README).",
        "en": "Schema created in {url} (revision {revision}), owned by the role {owner}. "
        "Now give the app's role only the rights to the data (see README).",
    },
    "shared.made_file": {
        "nl": "Database aangemaakt: {url} (schemaversie {revision}).",
        "en": "Database created: {url} (schema revision {revision}).",
    },
    "shared.present": {
        "nl": "{url} heeft al een Ontwikkeltafel-schema (versie {revision}). Er is niets "
        "veranderd.",
        "en": "{url} already has an Ontwikkeltafel schema (revision {revision}). Nothing was "
        "changed.",
    },
    "shared.present_old": {
        "nl": "Het schema is niet de nieuwste versie ({newest}); werk het bij met: {command}",
        "en": "The schema is not the newest revision ({newest}); upgrade it with: {command}",
    },
    "shared.current": {
        "nl": "{url} heeft al de nieuwste schemaversie ({revision}). Er is niets veranderd.",
        "en": "{url} already has the newest schema revision ({revision}). Nothing was changed.",
    },
    "shared.backup_first_server": {
        "nl": "Het schema van {url} wordt bijgewerkt van versie {old} naar {new}. De back-up "
        "van de server maakt u zelf, vooraf: pg_dump --format=custom (zie README).",
        "en": "The schema of {url} is being upgraded from revision {old} to {new}. The "
        "server's backup is yours to make, beforehand: pg_dump --format=custom (see README).",
    },
    "shared.backup_first_file": {
        "nl": "{url} wordt bijgewerkt van schemaversie {old} naar {new}; eerst wordt er een "
        "back-up van gemaakt.",
        "en": "{url} is being upgraded from schema revision {old} to {new}; a backup of it is "
        "made first.",
    },
    "shared.upgraded": {
        "nl": "{url} bijgewerkt van schemaversie {old} naar {new}.",
        "en": "{url} upgraded from schema revision {old} to {new}.",
    },
    "shared.upgraded_file": {
        "nl": "{url} bijgewerkt van schemaversie {old} naar {new}; de back-up van daarvoor "
        "staat in {backup}.",
        "en": "{url} upgraded from schema revision {old} to {new}; the backup from before is "
        "{backup}.",
    },
}
