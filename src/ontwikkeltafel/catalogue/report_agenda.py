"""Texts of the convocatie (report agenda), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "agenda.subject": {"nl": "Convocatie {table}", "en": "Notice of meeting {table}"},
    "agenda.kind": {"nl": "Uitnodiging en agenda", "en": "Invitation and agenda"},
    "agenda.salutation": {"nl": "Beste deelnemers,", "en": "Dear members,"},
    "agenda.invite_table": {
        "nl": "Hierbij nodigen wij u van harte uit voor de volgende bijeenkomst van ‘{table}’. "
        "Hieronder vindt u de agenda en wat u ter voorbereiding kunt lezen.",
        "en": "You are warmly invited to the next meeting of ‘{table}’. Below you will find "
        "the agenda and what to read beforehand.",
    },
    "agenda.invite_meeting": {
        "nl": "Hierbij nodigen wij u van harte uit voor ‘{title}’. Hieronder vindt u de agenda "
        "en wat u ter voorbereiding kunt lezen.",
        "en": "You are warmly invited to ‘{title}’. Below you will find the agenda and what to "
        "read beforehand.",
    },
    "agenda.apologies": {
        "nl": "Bent u verhinderd? Laat het dan weten aan {name}.",
        "en": "Unable to attend? Please let {name} know.",
    },
    "agenda.apologies_email": {
        "nl": "Bent u verhinderd? Laat het dan weten aan {name} ({email}).",
        "en": "Unable to attend? Please let {name} know ({email}).",
    },
    "agenda.closing": {
        "nl": "Wij zien u graag op de bijeenkomst.",
        "en": "We look forward to seeing you.",
    },
    "agenda.regards": {"nl": "Met vriendelijke groet,", "en": "Kind regards,"},
    "agenda.agenda": {"nl": "Agenda", "en": "Agenda"},
    "agenda.col_time": {"nl": "Tijd", "en": "Time"},
    "agenda.col_subject": {"nl": "Onderwerp", "en": "Item"},
    "agenda.col_by": {"nl": "Door", "en": "By"},
    "agenda.col_minutes": {"nl": "Min.", "en": "Min."},
    "agenda.reading": {"nl": "Ter voorbereiding", "en": "To read beforehand"},
    "agenda.previous_minutes": {
        "nl": "Conceptverslag van {title} van {date}, ter vaststelling.",
        "en": "Draft minutes of {title} on {date}, for adoption.",
    },
    "agenda.open_actions": {
        "nl": "De openstaande acties van de actielijst:",
        "en": "The open actions on the action list:",
    },
}
