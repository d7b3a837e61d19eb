"""Suggested names of the files the app writes, in the language of the report (no Qt)."""

MESSAGES: dict[str, dict[str, str]] = {
    "file_name.minutes": {"nl": "Verslag {date} {name}", "en": "Minutes {date} {name}"},
    "file_name.agenda": {"nl": "Convocatie {date} {name}", "en": "Notice of meeting {date} {name}"},
    "file_name.actions": {
        "nl": "Besluiten- en actielijst {name} {date}",
        "en": "Decisions and actions {name} {date}",
    },
    "file_name.table": {"nl": "Tafelrapportage {name} {date}", "en": "Table report {name} {date}"},
    "file_name.invitation": {"nl": "Uitnodiging {date} {name}", "en": "Invitation {date} {name}"},
    "file_name.export": {"nl": "Export {name} {date}", "en": "Export {name} {date}"},
    "file_name.internal": {"nl": "{name} (intern)", "en": "{name} (internal)"},
    "file_name.everything": {"nl": "Ontwikkeltafel", "en": "Ontwikkeltafel"},
}
