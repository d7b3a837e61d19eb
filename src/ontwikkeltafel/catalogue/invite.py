"""Texts of the invitation and of reports/format.py (times, marks), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    # Times and moments (ontwikkeltafel.reports.format).
    "format.clock": {"nl": "{time} uur", "en": "{time}"},
    "format.when": {"nl": "{date}, {times}", "en": "{date}, {times}"},
    "format.when_span": {
        "nl": "{start_date}, {start_time} tot {end_date}, {end_time}",
        "en": "{start_date}, {start_time} to {end_date}, {end_time}",
    },
    "format.mark_chair": {"nl": "{name} (voorzitter)", "en": "{name} (chair)"},
    "format.mark_secretary": {"nl": "{name} (verslag)", "en": "{name} (minutes)"},
    # The iCalendar invitation (ontwikkeltafel.reports.invite).
    "invite.summary_with_table": {"nl": "{title} ({table})", "en": "{title} ({table})"},
    "invite.when": {"nl": "Wanneer: {when}", "en": "When: {when}"},
    "invite.location": {"nl": "Locatie: {location}", "en": "Location: {location}"},
    "invite.chair": {"nl": "Voorzitter: {name}", "en": "Chair: {name}"},
    "invite.agenda": {"nl": "Agenda", "en": "Agenda"},
    "invite.presenter": {"nl": "{title} (door {name})", "en": "{title} (by {name})"},
    # Said by `invite` and the window once the invitation is written.
    "invite.without_email": {
        "nl": "Niet uitgenodigd, want zonder e-mailadres: {names}.",
        "en": "Not invited, as they have no e-mail address: {names}.",
    },
}
