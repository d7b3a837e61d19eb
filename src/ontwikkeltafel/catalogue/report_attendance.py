"""Texts of the presentielijst (report attendance), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "attendance_list.kind": {"nl": "Presentielijst", "en": "Attendance list"},
    "attendance_list.subject": {"nl": "Presentielijst {table}", "en": "Attendance list {table}"},
    "attendance_list.intro": {
        "nl": "Wilt u bij binnenkomst tekenen? Staat uw naam er niet bij, "
        "vul dan een lege regel onderaan in.",
        "en": "Please sign when you arrive. If your name is not listed, "
        "use an empty line at the bottom.",
    },
    "attendance_list.col_name": {"nl": "Naam", "en": "Name"},
    "attendance_list.col_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "attendance_list.col_function": {"nl": "Functie", "en": "Position"},
    "attendance_list.col_signature": {"nl": "Handtekening", "en": "Signature"},
    "attendance_list.excused": {"nl": "afgemeld", "en": "sent apologies"},
    "file_name.attendance": {
        "nl": "Presentielijst {date} {name}",
        "en": "Attendance list {date} {name}",
    },
}
