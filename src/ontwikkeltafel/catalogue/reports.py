"""Texts of the Word reports and invitations, in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "report.bad_template": {
        "nl": "Het sjabloon {path} is geen Word-bestand (.docx of .dotx). Er is geen document "
        "gemaakt; kies een ander sjabloon.",
        "en": "The template {path} is not a Word file (.docx or .dotx). No document was made; "
        "choose another template.",
    },
    "report.template_missing": {
        "nl": "Het sjabloon {path} bestaat niet. Er is geen document gemaakt.",
        "en": "The template {path} does not exist. No document was made.",
    },
    "report.cannot_read_template": {
        "nl": "Kan het sjabloon {path} niet lezen ({reason}). Er is geen document gemaakt.",
        "en": "Cannot read the template {path} ({reason}). No document was made.",
    },
    "report.cannot_write": {
        "nl": "Kan {path} niet schrijven ({reason}). Kies een map waarin u mag schrijven, en "
        "sluit het bestand als het in Word of LibreOffice openstaat.",
        "en": "Cannot write {path} ({reason}). Choose a folder you can write to, and close "
        "the file if it is open in Word or LibreOffice.",
    },
    "report.internal_header": {
        "nl": "INTERN — bevat vertrouwelijke onderdelen",
        "en": "INTERNAL — contains confidential parts",
    },
    "report.internal_title": {"nl": "{title} (intern)", "en": "{title} (internal)"},
    "report.internal_keywords": {"nl": "intern, vertrouwelijk", "en": "internal, confidential"},
    "report.us_letter": {
        "nl": "Let op: het sjabloon {path} heeft het papierformaat US Letter, niet A4; "
        "het document krijgt dat formaat ook.",
        "en": "Note: the template {path} has US Letter pages, not A4; so has the document.",
    },
    "report.confidential": {
        "nl": "Vertrouwelijk",
        "en": "Confidential",
    },
    "report.page": {
        "nl": "pagina",
        "en": "page",
    },
    "report.page_of": {
        "nl": "van",
        "en": "of",
    },
}
