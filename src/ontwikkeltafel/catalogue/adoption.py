"""Messages of a meeting's status, adopting a verslag and reopening it."""

MESSAGES: dict[str, dict[str, str]] = {
    "adoption.frozen": {
        "nl": "Het verslag van deze bijeenkomst is vastgesteld op {date:nl}; "
        "heropen het om iets te wijzigen.",
        "en": "The minutes of this meeting were adopted on {date:en}; "
        "reopen them to change anything.",
    },
    "adoption.frozen.undated": {
        "nl": "Het verslag van deze bijeenkomst is vastgesteld; heropen het om iets te wijzigen.",
        "en": "The minutes of this meeting have been adopted; reopen them to change anything.",
    },
    "adoption.by_adopt_only": {
        "nl": "Een verslag wordt vastgesteld met 'Vaststellen', niet door de status te kiezen; "
        "de status is niet gewijzigd.",
        "en": "Minutes are adopted with 'Adopt', not by choosing the status; "
        "the status was not changed.",
    },
    "adoption.unknown_meeting": {
        "nl": "Er is geen bijeenkomst met id {meeting_id!r}. Controleer het id "
        "(het staat in de export).",
        "en": "There is no meeting with id {meeting_id!r}. Check the id (the export lists it).",
    },
    "adoption.no_minutes": {
        "nl": "Bijeenkomst '{title}' heeft nog geen verslag: schrijf eerst het verslag "
        "bij de agendapunten, stel het daarna vast.",
        "en": "Meeting '{title}' has no minutes yet: write the minutes of its agenda items "
        "first, then adopt them.",
    },
    "adoption.not_adopted": {
        "nl": "Het verslag van deze bijeenkomst is niet vastgesteld; er is niets te heropenen.",
        "en": "The minutes of this meeting have not been adopted; there is nothing to reopen.",
    },
    "adoption.reason_required": {
        "nl": "Geef een reden om het verslag te heropenen; die blijft in de geschiedenis bewaard.",
        "en": "Give a reason to reopen the minutes; it is kept in the history.",
    },
    "adoption.future": {
        "nl": "Een verslag kan niet worden vastgesteld op {date:nl}: die datum ligt in de "
        "toekomst. Geef de datum waarop het is vastgesteld.",
        "en": "Minutes cannot be adopted on {date:en}: that date is in the future. "
        "Give the date they were adopted.",
    },
    "adoption.before_meeting": {
        "nl": "Een verslag kan niet worden vastgesteld op {date:nl}, vóór de bijeenkomst zelf "
        "({held:nl}). Geef de datum waarop het is vastgesteld.",
        "en": "Minutes cannot be adopted on {date:en}, before the meeting itself ({held:en}). "
        "Give the date they were adopted.",
    },
    "adoption.bad_date": {
        "nl": "{value!r} is geen datum; geef de datum van vaststelling als JJJJ-MM-DD "
        "(bijvoorbeeld 2024-05-14).",
        "en": "{value!r} is not a date; give the date of adoption as YYYY-MM-DD "
        "(for example 2024-05-14).",
    },
    "adoption.wrong_item": {
        "nl": "Dit agendapunt stelt het verslag van een andere bijeenkomst vast; "
        "er is niets vastgesteld.",
        "en": "This agenda item adopts the minutes of another meeting; nothing was adopted.",
    },
    "adoption.adopted": {
        "nl": "Verslag van '{title}' vastgesteld op {date:nl}.",
        "en": "Minutes of '{title}' adopted on {date:en}.",
    },
    "adoption.adopted_with_changes": {
        "nl": "Verslag van '{title}' vastgesteld op {date:nl}, met wijzigingen.",
        "en": "Minutes of '{title}' adopted on {date:en}, with changes.",
    },
    "adoption.reopened": {
        "nl": "Verslag van '{title}' heropend: het is weer een conceptverslag.",
        "en": "Minutes of '{title}' reopened: they are draft minutes again.",
    },
}
