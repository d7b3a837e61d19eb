"""Texts of the verslag (report minutes) and of the parts it shares with the convocatie."""

MESSAGES: dict[str, dict[str, str]] = {
    # Shared with the convocatie (ontwikkeltafel.reports.meeting_parts).
    "meeting.date": {"nl": "Datum:", "en": "Date:"},
    "meeting.place": {"nl": "Plaats:", "en": "Place:"},
    "meeting.chair": {"nl": "Voorzitter:", "en": "Chair:"},
    "meeting.col_number": {"nl": "Nr", "en": "No."},
    "meeting.col_who": {"nl": "Wie", "en": "Who"},
    "meeting.col_what": {"nl": "Wat", "en": "What"},
    "meeting.col_due": {"nl": "Wanneer", "en": "When"},
    "meeting.col_status": {"nl": "Status", "en": "Status"},
    "meeting.no_open_actions": {
        "nl": "Er staan geen acties open.",
        "en": "There are no open actions.",
    },
    # The verslag (ontwikkeltafel.reports.minutes).
    "minutes.subject": {"nl": "Verslag {table}", "en": "Minutes {table}"},
    "minutes.draft": {"nl": "Conceptverslag", "en": "Draft minutes"},
    "minutes.approved": {
        "nl": "Verslag vastgesteld op {date}",
        "en": "Minutes adopted on {date}",
    },
    "minutes.approved_undated": {"nl": "Vastgesteld verslag", "en": "Adopted minutes"},
    "minutes.draft_mark": {"nl": "CONCEPT", "en": "DRAFT"},
    "minutes.adopted_in": {
        "nl": "Vastgesteld in de bijeenkomst van {date}.",
        "en": "Adopted at the meeting of {date}.",
    },
    "minutes.adopted_on": {"nl": "Vastgesteld op {date}.", "en": "Adopted on {date}."},
    "minutes.present": {"nl": "Aanwezig:", "en": "Present:"},
    "minutes.excused": {"nl": "Afgemeld:", "en": "Apologies:"},
    "minutes.absent": {"nl": "Afwezig:", "en": "Absent:"},
    "minutes.guests": {"nl": "Gasten:", "en": "Guests:"},
    "minutes.decision": {"nl": "Besluit {number}:", "en": "Decision {number}:"},
    "minutes.discussed": {"nl": "besproken {times}", "en": "discussed {times}"},
    "minutes.action": {"nl": "Actie {number}:", "en": "Action {number}:"},
    "minutes.action_due": {"nl": "uiterlijk {date}", "en": "by {date}"},
    "minutes.decisions": {"nl": "Besluitenlijst", "en": "Decisions"},
    "minutes.actions": {"nl": "Actielijst", "en": "Action list"},
    "minutes.col_date": {"nl": "Datum", "en": "Date"},
    "minutes.col_decision": {"nl": "Besluit", "en": "Decision"},
    "minutes.next_meeting": {"nl": "Volgende bijeenkomst:", "en": "Next meeting:"},
    "minutes.no_minutes": {"nl": "Geen verslag", "en": "No minutes"},
    "minutes.no_decisions": {
        "nl": "In deze bijeenkomst zijn geen besluiten genomen.",
        "en": "No decisions were taken at this meeting.",
    },
}
