"""Texts of the table report (report table), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "table_report.title": {"nl": "Tafelrapportage", "en": "Table report"},
    "table_report.subject": {"nl": "Tafelrapportage", "en": "Table report"},
    "table_report.document_title": {
        "nl": "Tafelrapportage {table}",
        "en": "Table report {table}",
    },
    # The opening chapter: goal, background, period, themes.
    "table_report.about": {"nl": "Doel en aanleiding", "en": "Goal and background"},
    "table_report.goal": {"nl": "Doel", "en": "Goal"},
    "table_report.background": {"nl": "Aanleiding", "en": "Background"},
    "table_report.period": {"nl": "Looptijd:", "en": "Period:"},
    "table_report.period_open": {"nl": "vanaf {start}", "en": "from {start}"},
    "table_report.period_closed": {
        "nl": "{start} tot en met {end}",
        "en": "{start} to {end}",
    },
    "table_report.themes": {"nl": "Thema's:", "en": "Themes:"},
    "table_report.in_figures": {"nl": "In cijfers:", "en": "In figures:"},
    "table_report.count_meetings": {"nl": "bijeenkomst", "en": "meeting"},
    "table_report.count_meetings_other": {"nl": "bijeenkomsten", "en": "meetings"},
    "table_report.count_members": {"nl": "deelnemer", "en": "member"},
    "table_report.count_members_other": {"nl": "deelnemers", "en": "members"},
    "table_report.count_concerns": {
        "nl": "vraag, zorg of knelpunt",
        "en": "question, concern or bottleneck",
    },
    "table_report.count_concerns_other": {
        "nl": "vragen, zorgen en knelpunten",
        "en": "questions, concerns and bottlenecks",
    },
    "table_report.count_practices": {"nl": "goed voorbeeld", "en": "good practice"},
    "table_report.count_practices_other": {"nl": "goede voorbeelden", "en": "good practices"},
    "table_report.count_development_points": {"nl": "ontwikkelpunt", "en": "development point"},
    "table_report.count_development_points_other": {
        "nl": "ontwikkelpunten",
        "en": "development points",
    },
    "table_report.count_decisions": {"nl": "besluit", "en": "decision"},
    "table_report.count_decisions_other": {"nl": "besluiten", "en": "decisions"},
    # Members.
    "table_report.members": {"nl": "Deelnemers", "en": "Members"},
    "table_report.members_intro": {
        "nl": "Wie aan tafel zit, per sector en organisatie.",
        "en": "Who sits at the table, by sector and organisation.",
    },
    "table_report.no_members": {
        "nl": "Er zijn nog geen deelnemers aan de tafel gekoppeld.",
        "en": "No members have been added to the table yet.",
    },
    "table_report.col_sector": {"nl": "Sector", "en": "Sector"},
    "table_report.col_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "table_report.col_member": {"nl": "Deelnemer", "en": "Member"},
    "table_report.col_role": {"nl": "Rol", "en": "Role"},
    "table_report.no_organisation": {"nl": "Zonder organisatie", "en": "No organisation"},
    # Meetings and the attendance chart.
    "table_report.meetings": {"nl": "Bijeenkomsten", "en": "Meetings"},
    "table_report.no_meetings": {
        "nl": "De tafel heeft nog geen bijeenkomsten.",
        "en": "The table has no meetings yet.",
    },
    "table_report.col_date": {"nl": "Datum", "en": "Date"},
    "table_report.col_meeting": {"nl": "Bijeenkomst", "en": "Meeting"},
    "table_report.col_kind": {"nl": "Soort", "en": "Kind"},
    "table_report.col_status": {"nl": "Status", "en": "Status"},
    "table_report.item_times": {
        "nl": "Tijd per agendapunt: gepland en werkelijk",
        "en": "Time per agenda item: planned and real",
    },
    "table_report.item_times_intro": {
        "nl": "Van de agendapunten die met ‘Vergadering leiden’ zijn besproken, in minuten.",
        "en": "Of the agenda items discussed with ‘Lead the meeting’, in minutes.",
    },
    "table_report.col_item": {"nl": "Agendapunt", "en": "Agenda item"},
    "table_report.col_planned": {"nl": "Gepland", "en": "Planned"},
    "table_report.col_taken": {"nl": "Werkelijk", "en": "Real"},
    "table_report.col_difference": {"nl": "Verschil", "en": "Difference"},
    "table_report.attendance": {"nl": "Aanwezigheid per sector", "en": "Attendance by sector"},
    "table_report.attendance_caption": {
        "nl": "Aantal aanwezigen (ook gasten) per gehouden bijeenkomst, naar sector van hun "
        "organisatie.",
        "en": "People present (guests included) at each meeting held, by the sector of their "
        "organisation.",
    },
    "table_report.attendance_empty": {
        "nl": "Er is nog geen aanwezigheid vastgelegd; daarom is er geen grafiek.",
        "en": "No attendance has been recorded yet, so there is no chart.",
    },
    # Concerns and the status chart.
    "table_report.concerns": {
        "nl": "Vragen, zorgen en knelpunten",
        "en": "Questions, concerns and bottlenecks",
    },
    "table_report.no_concerns": {
        "nl": "Er zijn nog geen vragen, zorgen of knelpunten ingebracht.",
        "en": "No questions, concerns or bottlenecks have been raised yet.",
    },
    "table_report.concerns_summary": {
        "nl": "{count}, naar status: {statuses}.",
        "en": "{count}, by status: {statuses}.",
    },
    "table_report.concern_history": {"nl": "Verloop per status", "en": "Progress by status"},
    "table_report.concern_history_caption": {
        "nl": "Per bijeenkomst: de vragen, zorgen en knelpunten die tot dan waren ingebracht, "
        "met de status die ze nu hebben.",
        "en": "At each meeting: the questions, concerns and bottlenecks raised by then, with "
        "the status they have now.",
    },
    "table_report.concern_history_empty": {
        "nl": "Er is nog niets om in een grafiek te tonen.",
        "en": "There is nothing to chart yet.",
    },
    "table_report.status_group": {"nl": "{status} ({count})", "en": "{status} ({count})"},
    "table_report.raised_on": {"nl": "ingebracht op {date}", "en": "raised on {date}"},
    "table_report.concern_themes": {"nl": "thema's: {themes}", "en": "themes: {themes}"},
    "table_report.resolution": {"nl": "Uitkomst", "en": "Outcome"},
    "table_report.answered_by": {"nl": "Goede voorbeelden:", "en": "Good practices:"},
    # Good practices.
    "table_report.practices": {"nl": "Goede voorbeelden", "en": "Good practices"},
    "table_report.no_practices": {
        "nl": "Er zijn nog geen goede voorbeelden vastgelegd.",
        "en": "No good practices have been recorded yet.",
    },
    "table_report.organisations": {"nl": "Organisaties:", "en": "Organisations:"},
    "table_report.region": {"nl": "Regio:", "en": "Region:"},
    "table_report.success_factors": {"nl": "Succesfactoren", "en": "Success factors"},
    "table_report.source": {"nl": "Bron:", "en": "Source:"},
    # Development points.
    "table_report.development_points": {"nl": "Ontwikkelpunten", "en": "Development points"},
    "table_report.no_development_points": {
        "nl": "Er zijn nog geen ontwikkelpunten vastgesteld.",
        "en": "No development points have been agreed yet.",
    },
    "table_report.status": {"nl": "Status: {status}", "en": "Status: {status}"},
    "table_report.owner": {"nl": "trekker: {name}", "en": "lead: {name}"},
    "table_report.answers": {"nl": "Antwoord op", "en": "Answers"},
    # Decisions and actions (their tables come from the besluiten- en actielijst).
    "table_report.decisions": {"nl": "Besluiten", "en": "Decisions"},
    "table_report.actions": {"nl": "Openstaande acties", "en": "Open actions"},
    # The charts (ontwikkeltafel.reports.charts).
    "chart.concerns_axis": {"nl": "Aantal", "en": "Number"},
    "chart.attendance_axis": {"nl": "Aanwezigen", "en": "People present"},
}
