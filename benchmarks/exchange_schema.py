"""The fields of every exchange-v1 record kind (spec/exchange-v1.md), for the checker."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    """One field: its kind (text, id, int, bool, enum, date, moment, ref, refs, list)."""

    kind: str
    required: bool = False
    target: str = ""
    values: tuple[str, ...] = ()


TEXT, INT, BOOL, DATE, MOMENT = (
    Field("text"),
    Field("int"),
    Field("bool"),
    Field("date"),
    Field("moment"),
)
ID, TITLE = Field("id", required=True), Field("text", required=True)


def ref(target: str, required: bool = False) -> Field:
    return Field("ref", required=required, target=target)


def refs(target: str) -> Field:
    return Field("refs", target=target)


def enum(*values: str) -> Field:
    return Field("enum", values=values)


def sub(name: str) -> Field:
    return Field("list", target=name)


AGENDA_KINDS = ("opening", "announcements", "agenda", "previous_minutes", "action_list", "topic",
                "any_other_business", "closing")  # fmt: skip
SECTORS = ("education", "childcare", "youth_care", "health", "welfare", "safety", "municipality",
           "housing", "knowledge", "other")  # fmt: skip

SUB_RECORDS: dict[str, dict[str, Field]] = {
    "member": {
        "person_id": ref("people", True), "role": enum("chair", "secretary", "member", "advisor"),
    },
    "template": {"title": TEXT, "kind": enum(*AGENDA_KINDS), "planned_minutes": INT},
    "attendance": {
        "person_id": ref("people", True), "status": enum("present", "excused", "absent", "guest"),
    },
    "decision": {"id": ID, "text": TEXT},
    "agenda_item": {
        "id": ID, "position": Field("int", required=True), "title": TITLE,
        "kind": enum(*AGENDA_KINDS), "planned_minutes": INT, "presenter_id": ref("people"),
        "description": TEXT, "minutes": TEXT,
        "confidential": BOOL, "decisions": sub("decision"), "concern_ids": refs("concerns"),
        "practice_ids": refs("practices"),
    },
}  # fmt: skip

RECORDS: dict[str, dict[str, Field]] = {
    "organisations": {
        "id": ID, "name": TITLE, "sector": enum(*SECTORS), "website": TEXT, "notes": TEXT,
    },
    "people": {
        "id": ID, "first_name": TEXT, "prefix": TEXT, "last_name": TITLE,
        "organisation_id": ref("organisations"), "function": TEXT, "email": TEXT, "phone": TEXT,
        "notes": TEXT,
    },
    "themes": {"id": ID, "name": TITLE},
    "tables": {
        "id": ID, "title": TITLE, "goal": TEXT, "description": TEXT, "theme_ids": refs("themes"),
        "started_on": DATE, "ended_on": DATE, "status": enum("active", "closed"),
        "members": sub("member"), "agenda_template": sub("template"), "retention_years": INT,
    },
    "meetings": {
        "id": ID, "table_id": ref("tables"),
        "kind": enum("table_session", "work_visit", "workshop", "theme_meeting", "consultation"),
        "title": TITLE, "starts_at": Field("moment", required=True), "ends_at": MOMENT,
        "location": TEXT, "chair_id": ref("people"), "secretary_id": ref("people"),
        "status": enum("planned", "held", "minutes_draft", "minutes_approved"),
        "minutes_approved_on": DATE, "notes": TEXT, "attendance": sub("attendance"),
        "agenda": sub("agenda_item"),
    },
    "concerns": {
        "id": ID, "table_id": ref("tables"), "kind": enum("question", "concern", "bottleneck"),
        "title": TITLE, "description": TEXT, "raised_by_id": ref("people"),
        "raised_in_meeting_id": ref("meetings"),
        "status": enum("open", "discussing", "addressed", "resolved", "parked"),
        "priority": enum("low", "normal", "high"), "resolution": TEXT, "theme_ids": refs("themes"),
        "practice_ids": refs("practices"),
    },
    "practices": {
        "id": ID, "title": TITLE, "summary": TEXT, "description": TEXT,
        "organisation_ids": refs("organisations"), "contact_id": ref("people"), "region": TEXT,
        "source": TEXT, "success_factors": TEXT, "theme_ids": refs("themes"),
    },
    "development_points": {
        "id": ID, "table_id": ref("tables"), "title": TITLE, "description": TEXT,
        "status": enum("proposed", "in_progress", "realised", "dropped"), "owner_id": ref("people"),
        "concern_ids": refs("concerns"),
    },
    "actions": {
        "id": ID, "number": TEXT, "table_id": ref("tables"), "meeting_id": ref("meetings"),
        "agenda_item_id": ref("agenda_items"), "description": TITLE, "owner_id": ref("people"),
        "due_on": DATE, "status": enum("open", "in_progress", "done", "cancelled"), "done_on": DATE,
        "notes": TEXT,
    },
}  # fmt: skip
