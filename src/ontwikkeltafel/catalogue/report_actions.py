"""Texts of the besluiten- en actielijst (report actions), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {
    "actions_list.title": {"nl": "Besluiten- en actielijst", "en": "Decisions and actions"},
    "actions_list.subject": {"nl": "Besluiten- en actielijst", "en": "Decisions and actions"},
    "actions_list.document_title": {
        "nl": "Besluiten- en actielijst {table}",
        "en": "Decisions and actions {table}",
    },
    "actions_list.as_of": {"nl": "Stand van {date}", "en": "As of {date}"},
    "actions_list.dated_title": {
        "nl": "Besluiten- en actielijst per {date}",
        "en": "Decisions and actions as of {date}",
    },
    "actions_list.decisions": {"nl": "Besluitenlijst", "en": "Decisions"},
    "actions_list.actions": {"nl": "Actielijst", "en": "Open actions"},
    "actions_list.decisions_intro": {
        "nl": "Alle besluiten van de tafel, doorlopend genummerd over de bijeenkomsten.",
        "en": "Every decision of the table, numbered continuously across its meetings.",
    },
    "actions_list.actions_intro": {
        "nl": "De acties die nog open of in uitvoering zijn, op nummer. Is de datum voorbij, "
        "dan staat de actie als verlopen gemarkeerd.",
        "en": "The actions still open or in progress, by number. An action whose date has "
        "passed is marked overdue.",
    },
    "actions_list.no_decisions": {
        "nl": "De tafel heeft nog geen besluiten genomen.",
        "en": "The table has not taken any decisions yet.",
    },
    "actions_list.no_actions": {
        "nl": "Er staan geen acties open.",
        "en": "There are no open actions.",
    },
    "actions_list.col_number": {"nl": "Nr", "en": "No."},
    "actions_list.col_date": {"nl": "Datum", "en": "Date"},
    "actions_list.col_decision": {"nl": "Besluit", "en": "Decision"},
    "actions_list.col_who": {"nl": "Wie", "en": "Who"},
    "actions_list.col_what": {"nl": "Wat", "en": "What"},
    "actions_list.col_when": {"nl": "Wanneer", "en": "When"},
    "actions_list.col_status": {"nl": "Status", "en": "Status"},
    "actions_list.col_organisation": {"nl": "Organisatie", "en": "Organisation"},
    "actions_list.overdue": {"nl": "verlopen", "en": "overdue"},
    "actions_list.no_owner": {"nl": "nog niet belegd", "en": "not yet assigned"},
    "actions_list.no_due_date": {"nl": "n.t.b.", "en": "to be set"},
}
