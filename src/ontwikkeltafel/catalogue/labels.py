"""The labels of the domain's enums, in Dutch and English: one table for the window and the reports.

Keyed by the enum's class name and code (``ontwikkeltafel.model.enums``); the Dutch words
are GLOSSARY.md's, lower case as inside a sentence. The English follows the same words:
"vastgesteld" is "adopted" everywhere, "afwezig met bericht" is "absent with apologies".
Read them through :func:`ontwikkeltafel.i18n.enum_label`.
"""

from typing import Final

ENUM_LABELS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "TableStatus": {
        "active": ("actief", "active"),
        "closed": ("afgesloten", "closed"),
    },
    "MeetingKind": {
        "table_session": ("tafelbijeenkomst", "table session"),
        "work_visit": ("werkbezoek", "work visit"),
        "workshop": ("workshop", "workshop"),
        "theme_meeting": ("themabijeenkomst", "theme meeting"),
        "consultation": ("overleg", "consultation"),
    },
    "MeetingStatus": {
        "planned": ("gepland", "planned"),
        "held": ("gehouden", "held"),
        "minutes_draft": ("conceptverslag", "draft minutes"),
        "minutes_approved": ("vastgesteld verslag", "adopted minutes"),
    },
    "AgendaItemKind": {
        "opening": ("opening", "opening"),
        "announcements": ("mededelingen", "announcements"),
        "agenda": ("vaststellen agenda", "adoption of the agenda"),
        "previous_minutes": ("verslag vorige bijeenkomst", "minutes of the previous meeting"),
        "action_list": ("actielijst", "action list"),
        "topic": ("inhoudelijk punt", "topic"),
        "any_other_business": ("rondvraag", "any other business"),
        "closing": ("sluiting", "closing"),
    },
    "DocumentKind": {
        "agenda": ("uitnodiging", "invitation"),
        "minutes": ("verslag", "minutes"),
        "actions": ("actielijst", "action list"),
        "attendance": ("presentielijst", "attendance list"),
    },
    "AttendanceStatus": {
        "present": ("aanwezig", "present"),
        "excused": ("afwezig met bericht", "absent with apologies"),
        "absent": ("afwezig zonder bericht", "absent without apologies"),
        "guest": ("gast", "guest"),
    },
    "MemberRole": {
        "chair": ("voorzitter", "chair"),
        "secretary": ("secretaris", "secretary"),
        "member": ("deelnemer", "member"),
        "advisor": ("adviseur", "advisor"),
    },
    "Sector": {
        "education": ("onderwijs", "education"),
        "childcare": ("kinderopvang", "childcare"),
        "youth_care": ("jeugdhulp", "youth care"),
        "health": ("zorg", "health"),
        "welfare": ("welzijn", "welfare"),
        "safety": ("veiligheid", "safety"),
        "municipality": ("gemeente", "municipality"),
        "housing": ("wonen", "housing"),
        "knowledge": ("kennis en beleid", "knowledge and policy"),
        "other": ("overig", "other"),
    },
    "ConcernKind": {
        "question": ("vraag", "question"),
        "concern": ("zorg", "concern"),
        "bottleneck": ("knelpunt", "bottleneck"),
    },
    "ConcernStatus": {
        "open": ("open", "open"),
        "discussing": ("in bespreking", "under discussion"),
        "addressed": ("opgepakt", "addressed"),
        "resolved": ("opgelost", "resolved"),
        "parked": ("geparkeerd", "parked"),
    },
    "Priority": {
        "low": ("laag", "low"),
        "normal": ("normaal", "normal"),
        "high": ("hoog", "high"),
    },
    "DevelopmentPointStatus": {
        "proposed": ("voorgesteld", "proposed"),
        "in_progress": ("in uitvoering", "in progress"),
        "realised": ("gerealiseerd", "realised"),
        "dropped": ("vervallen", "dropped"),
    },
    "ActionStatus": {
        "open": ("open", "open"),
        "in_progress": ("in uitvoering", "in progress"),
        "done": ("afgerond", "done"),
        "cancelled": ("vervallen", "cancelled"),
    },
}
