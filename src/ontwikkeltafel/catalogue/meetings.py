"""Messages of editing tables and meetings: refusals, and what a planned meeting starts with."""

MESSAGES: dict[str, dict[str, str]] = {
    "table.already_member": {
        "nl": "Deze persoon zit al aan deze tafel.",
        "en": "This person already sits at this table.",
    },
    "plan.title": {
        "nl": "Bijeenkomst {number}",
        "en": "Meeting {number}",
    },
    "plan.opening": {"nl": "Opening", "en": "Opening"},
    "plan.announcements": {"nl": "Mededelingen", "en": "Announcements"},
    "plan.agenda": {"nl": "Vaststellen agenda", "en": "Adoption of the agenda"},
    "plan.previous_minutes": {
        "nl": "Vaststellen verslag vorige bijeenkomst",
        "en": "Adoption of the minutes of the previous meeting",
    },
    "plan.previous_minutes.description": {
        "nl": "Conceptverslag van {title} van {date}.",
        "en": "Draft minutes of {title} of {date}.",
    },
    "plan.action_list": {"nl": "Actielijst", "en": "Action list"},
    "plan.any_other_business": {"nl": "Rondvraag", "en": "Any other business"},
    "plan.closing": {"nl": "Sluiting", "en": "Closing"},
}
