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
    "report.template_not_file": {
        "nl": "Het sjabloon {path} is geen gewoon bestand (maar een apparaat of pijp). "
        "Er is geen document gemaakt; kies een Word-bestand (.docx of .dotx).",
        "en": "The template {path} is not a regular file (but a device or pipe). "
        "No document was made; choose a Word file (.docx or .dotx).",
    },
    "report.template_too_large": {
        "nl": "Het sjabloon {path} is uitgepakt te groot (meer dan {part_mb} MB in een onderdeel "
        "of {total_mb} MB in totaal). Er is geen document gemaakt; kies een ander sjabloon.",
        "en": "The template {path} is too large unpacked (over {part_mb} MB in one part or "
        "{total_mb} MB in all). No document was made; choose another template.",
    },
    "report.template_dtd": {
        "nl": "Het sjabloon {path} bevat een DTD (<!DOCTYPE>), die Word niet toestaat. Er is geen "
        "document gemaakt; sla het sjabloon opnieuw op in Word of kies een ander.",
        "en": "The template {path} contains a DTD (<!DOCTYPE>), which Word does not allow. No "
        "document was made; save the template again in Word or choose another.",
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
    # The personal-data guard: one line on standard error per finding in a participants' version.
    "report.personal_data": {
        "nl": "Mogelijk persoonsgegeven in {where} ({kind}): {words}",
        "en": "Possible personal data in {where} ({kind}): {words}",
    },
    "report.pd_item": {"nl": "agendapunt {number}", "en": "agenda item {number}"},
    "report.pd_decisions": {"nl": "de besluitenlijst", "en": "the list of decisions"},
    "report.pd_actions": {"nl": "de actielijst", "en": "the list of actions"},
    "report.pd_document": {"nl": "het document", "en": "the document"},
    "report.pd_kind_bsn": {"nl": "BSN", "en": "citizen service number (BSN)"},
    "report.pd_kind_birth": {"nl": "geboortedatum", "en": "date of birth"},
    "report.pd_kind_age": {"nl": "leeftijd", "en": "age"},
    "report.pd_kind_phone": {"nl": "telefoonnummer", "en": "phone number"},
    "report.pd_kind_email": {"nl": "e-mailadres", "en": "e-mail address"},
    "report.pd_kind_iban": {"nl": "IBAN", "en": "IBAN"},
    "report.pd_kind_address": {"nl": "postcode en huisnummer", "en": "postcode and house number"},
    "report.pd_kind_street": {"nl": "straat en huisnummer", "en": "street and house number"},
    "report.pd_kind_name": {"nl": "naam van een niet-lid", "en": "name of a non-member"},
}
