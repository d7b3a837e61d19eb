"""Texts of the invitation and of reports/format.py (labels, times), in Dutch and English."""

_LABELS: dict[str, tuple[str, str]] = {
    # The labels of the domain's enums, read by ontwikkeltafel.reports.format.label.
    "meeting_kind.table_session": ("tafelbijeenkomst", "table session"),
    "meeting_kind.work_visit": ("werkbezoek", "work visit"),
    "meeting_kind.workshop": ("workshop", "workshop"),
    "meeting_kind.theme_meeting": ("themabijeenkomst", "theme meeting"),
    "meeting_kind.consultation": ("overleg", "consultation"),
    "meeting_status.planned": ("gepland", "planned"),
    "meeting_status.held": ("gehouden", "held"),
    "meeting_status.minutes_draft": ("conceptverslag", "draft minutes"),
    "meeting_status.minutes_approved": ("vastgesteld verslag", "adopted minutes"),
    "agenda_item_kind.opening": ("opening", "opening"),
    "agenda_item_kind.announcements": ("mededelingen", "announcements"),
    "agenda_item_kind.agenda": ("vaststellen agenda", "adoption of the agenda"),
    "agenda_item_kind.previous_minutes": (
        "verslag vorige bijeenkomst",
        "minutes of the previous meeting",
    ),
    "agenda_item_kind.action_list": ("actielijst", "action list"),
    "agenda_item_kind.topic": ("inhoudelijk punt", "topic"),
    "agenda_item_kind.any_other_business": ("rondvraag", "any other business"),
    "agenda_item_kind.closing": ("sluiting", "closing"),
    "action_status.open": ("open", "open"),
    "action_status.in_progress": ("in uitvoering", "in progress"),
    "action_status.done": ("afgerond", "done"),
    "action_status.cancelled": ("vervallen", "cancelled"),
    "attendance_status.present": ("aanwezig", "present"),
    "attendance_status.excused": ("afwezig met bericht", "absent with apologies"),
    "attendance_status.absent": ("afwezig zonder bericht", "absent without apologies"),
    "attendance_status.guest": ("gast", "guest"),
    "concern_kind.question": ("vraag", "question"),
    "concern_kind.concern": ("zorg", "concern"),
    "concern_kind.bottleneck": ("knelpunt", "bottleneck"),
    "concern_status.open": ("open", "open"),
    "concern_status.discussing": ("in bespreking", "under discussion"),
    "concern_status.addressed": ("opgepakt", "addressed"),
    "concern_status.resolved": ("opgelost", "resolved"),
    "concern_status.parked": ("geparkeerd", "parked"),
    "development_point_status.proposed": ("voorgesteld", "proposed"),
    "development_point_status.in_progress": ("in uitvoering", "in progress"),
    "development_point_status.realised": ("gerealiseerd", "realised"),
    "development_point_status.dropped": ("vervallen", "dropped"),
    "member_role.chair": ("voorzitter", "chair"),
    "member_role.secretary": ("secretaris", "secretary"),
    "member_role.member": ("deelnemer", "member"),
    "member_role.advisor": ("adviseur", "advisor"),
    "sector.education": ("onderwijs", "education"),
    "sector.childcare": ("kinderopvang", "childcare"),
    "sector.youth_care": ("jeugdhulp", "youth care"),
    "sector.health": ("zorg", "health care"),
    "sector.welfare": ("welzijn", "welfare"),
    "sector.safety": ("veiligheid", "safety"),
    "sector.municipality": ("gemeente", "municipality"),
    "sector.housing": ("wonen", "housing"),
    "sector.knowledge": ("kennis en beleid", "knowledge and policy"),
    "sector.other": ("overig", "other"),
    "priority.low": ("laag", "low"),
    "priority.normal": ("normaal", "normal"),
    "priority.high": ("hoog", "high"),
    "table_status.active": ("actief", "active"),
    "table_status.closed": ("afgesloten", "closed"),
}

MESSAGES: dict[str, dict[str, str]] = {
    f"label.{key}": {"nl": nl, "en": en} for key, (nl, en) in _LABELS.items()
}

MESSAGES.update(
    {
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
    }
)
