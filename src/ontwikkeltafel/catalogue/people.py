"""Messages of importing people from spreadsheets and address books, and exporting them."""

_NOTHING = {"nl": " Er is niets geïmporteerd.", "en": " Nothing was imported."}


def _refusal(nl: str, en: str) -> dict[str, str]:
    return {"nl": nl + _NOTHING["nl"], "en": en + _NOTHING["en"]}


MESSAGES: dict[str, dict[str, str]] = {
    "people.unknown_kind": _refusal(
        "{path} is geen .xlsx-, .csv- of .vcf-bestand.",
        "{path} is not an .xlsx, .csv or .vcf file.",
    ),
    "people.missing": _refusal("{path} bestaat niet.", "{path} does not exist."),
    "people.unreadable": _refusal(
        "{path} kan niet gelezen worden: {reason}.", "{path} cannot be read: {reason}."
    ),
    "people.not_a_file": _refusal(
        "{path} is geen gewoon bestand (maar bijvoorbeeld een map, pipe of apparaat).",
        "{path} is not a regular file (but a folder, pipe or device, say).",
    ),
    "people.too_large": _refusal(
        "{path} is groter dan {limit}, het maximum voor een deelnemerslijst.",
        "{path} is larger than {limit}, the most a list of people may be.",
    ),
    "people.empty": _refusal("{path} is leeg.", "{path} is empty."),
    "people.not_xlsx": _refusal(
        "{path} is geen leesbaar Excel-bestand (.xlsx); sla het in Excel opnieuw op als "
        "Excel-werkmap.",
        "{path} is not a readable Excel file (.xlsx); save it again in Excel as an Excel workbook.",
    ),
    "people.zip_bomb": _refusal(
        "{path} zou uitgepakt groter worden dan {limit}; zo'n Excel-bestand wordt niet gelezen.",
        "{path} would unpack to more than {limit}; such an Excel file is not read.",
    ),
    "people.no_sheet": _refusal(
        "{path} heeft geen werkblad {sheet!r}; wel: {sheets}.",
        "{path} has no sheet {sheet!r}; it has: {sheets}.",
    ),
    "people.not_csv": _refusal(
        "{path} is geen tekstbestand met kolommen (CSV).",
        "{path} is not a text file with columns (CSV).",
    ),
    "people.not_vcf": _refusal(
        "{path} is geen vCard-bestand (het begint niet met BEGIN:VCARD).",
        "{path} is not a vCard file (it does not begin with BEGIN:VCARD).",
    ),
    "people.no_name_column": _refusal(
        "Er is geen kolom met een (achter)naam gevonden; kolommen: {columns}.",
        "No column with a (last) name was found; columns: {columns}.",
    ),
    "people.no_table": {
        "nl": "Er is geen tafel met id {table!r}. Er is niets geschreven.",
        "en": "There is no table with id {table!r}. Nothing was written.",
    },
    "people.bad_role": {
        "nl": "Onbekende rol {role!r}; kies uit: {roles}. Er is niets geïmporteerd.",
        "en": "Unknown role {role!r}; choose from: {roles}. Nothing was imported.",
    },
    "people.changed": {
        "nl": "Een persoon die bijgewerkt zou worden is intussen verwijderd. Er is niets "
        "geïmporteerd; begin opnieuw.",
        "en": "A person to be updated has been removed meanwhile. Nothing was imported; "
        "start again.",
    },
    "people.column.row": {"nl": "Rij", "en": "Row"},
    "people.column.action": {"nl": "Wat", "en": "What"},
    "people.column.name": {"nl": "Naam", "en": "Name"},
    "people.column.organisation": {"nl": "Organisatie", "en": "Organisation"},
    "people.column.email": {"nl": "E-mail", "en": "E-mail"},
    "people.action.new": {"nl": "nieuw", "en": "new"},
    "people.action.update": {"nl": "bijwerken", "en": "update"},
    "people.action.skip": {"nl": "overslaan: {reason}", "en": "skip: {reason}"},
    "people.reason.no_last_name": {"nl": "geen achternaam", "en": "no last name"},
    "people.reason.bad_email": {
        "nl": "ongeldig e-mailadres ({detail})",
        "en": "invalid e-mail address ({detail})",
    },
    "people.reason.duplicate": {
        "nl": "dubbel in het bestand (rij {detail})",
        "en": "duplicate in the file (row {detail})",
    },
    "people.reason.close": {
        "nl": "mogelijk dubbel ({detail})",
        "en": "possible duplicate ({detail})",
    },
    "people.organisation_new": {
        "nl": "{name} (nieuw, {sector})",
        "en": "{name} (new, {sector})",
    },
    "people.done": {
        "nl": "Geïmporteerd uit {path}: {added} nieuw, {updated} bijgewerkt, {skipped} "
        "overgeslagen; {organisations} nieuwe organisatie(s).",
        "en": "Imported from {path}: {added} new, {updated} updated, {skipped} skipped; "
        "{organisations} new organisation(s).",
    },
    "people.seated": {
        "nl": "{members} persoon/personen aan tafel {table} toegevoegd als {role}.",
        "en": "{members} person(s) added to table {table} as {role}.",
    },
    "people.dry_run": {
        "nl": "Proefdraai (--dry-run): er is niets opgeslagen.",
        "en": "Dry run (--dry-run): nothing was stored.",
    },
    "people.close_hint": {
        "nl": "{count} rij(en) overgeslagen als mogelijk dubbel; met --merge-close worden "
        "ze bijgewerkt.",
        "en": "{count} row(s) skipped as possible duplicates; with --merge-close they are updated.",
    },
    "people.export_kind": {
        "nl": "{path} moet eindigen op .xlsx of .vcf. Er is niets geschreven.",
        "en": "{path} must end in .xlsx or .vcf. Nothing was written.",
    },
    "people.write_failed": {
        "nl": "{path} kan niet geschreven worden: {reason}.",
        "en": "{path} cannot be written: {reason}.",
    },
    "people.exported": {
        "nl": "{count} deelnemer(s) geschreven naar {path}.",
        "en": "{count} member(s) written to {path}.",
    },
}
