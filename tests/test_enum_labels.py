"""The one table of enum labels: every value of every enum, Dutch from the glossary, English."""

import inspect
from enum import StrEnum

import pytest

from ontwikkeltafel.catalogue.labels import ENUM_LABELS
from ontwikkeltafel.i18n import enum_label
from ontwikkeltafel.model import enums

ENUMS = [
    cls
    for _, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, StrEnum) and cls is not StrEnum
]
ALL_VALUES = [value for enum in ENUMS for value in enum]

# GLOSSARY.md, code -> Dutch label (the first word where it gives two).
GLOSSARY = {
    "MeetingKind": {
        "table_session": "tafelbijeenkomst",
        "work_visit": "werkbezoek",
        "workshop": "workshop",
        "theme_meeting": "themabijeenkomst",
        "consultation": "overleg",
    },
    "AgendaItemKind": {
        "opening": "opening",
        "announcements": "mededelingen",
        "agenda": "vaststellen agenda",
        "previous_minutes": "verslag vorige bijeenkomst",
        "action_list": "actielijst",
        "topic": "inhoudelijk punt",
        "any_other_business": "rondvraag",
        "closing": "sluiting",
    },
    "MeetingStatus": {"minutes_draft": "conceptverslag", "minutes_approved": "vastgesteld verslag"},
    "ActionStatus": {
        "open": "open",
        "in_progress": "in uitvoering",
        "done": "afgerond",
        "cancelled": "vervallen",
    },
    "AttendanceStatus": {
        "present": "aanwezig",
        "excused": "afwezig met bericht",
        "absent": "afwezig zonder bericht",
        "guest": "gast",
    },
    "MemberRole": {
        "chair": "voorzitter",
        "secretary": "secretaris",
        "member": "deelnemer",
        "advisor": "adviseur",
    },
    "Sector": {
        "education": "onderwijs",
        "childcare": "kinderopvang",
        "youth_care": "jeugdhulp",
        "health": "zorg",
        "welfare": "welzijn",
        "safety": "veiligheid",
        "municipality": "gemeente",
        "housing": "wonen",
        "knowledge": "kennis en beleid",
        "other": "overig",
    },
    "ConcernKind": {"question": "vraag", "concern": "zorg", "bottleneck": "knelpunt"},
    "ConcernStatus": {
        "open": "open",
        "discussing": "in bespreking",
        "addressed": "opgepakt",
        "resolved": "opgelost",
        "parked": "geparkeerd",
    },
    "DevelopmentPointStatus": {
        "proposed": "voorgesteld",
        "in_progress": "in uitvoering",
        "realised": "gerealiseerd",
        "dropped": "vervallen",
    },
}


def test_the_table_has_every_enum_value_and_nothing_else() -> None:
    assert {enum.__name__: [v.value for v in enum] for enum in ENUMS} == {
        name: list(codes) for name, codes in ENUM_LABELS.items()
    }


@pytest.mark.parametrize("value", ALL_VALUES, ids=lambda v: f"{type(v).__name__}.{v.value}")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_enum_value_has_a_label(value: StrEnum, lang: str) -> None:
    text = enum_label(value, lang)
    assert text.strip()
    assert text == text.lower()  # labels are written as inside a sentence


def test_the_dutch_labels_are_the_glossary_words() -> None:
    for name, words in GLOSSARY.items():
        for code, dutch in words.items():
            assert ENUM_LABELS[name][code][0] == dutch, (name, code)


def test_english_labels() -> None:
    assert enum_label(enums.MeetingKind.TABLE_SESSION, "en") == "table session"
    assert enum_label(enums.MeetingStatus.MINUTES_APPROVED, "en") == "adopted minutes"
    assert enum_label(enums.AttendanceStatus.EXCUSED, "en") == "absent with apologies"
    assert enum_label(enums.AttendanceStatus.ABSENT, "en") == "absent without apologies"


def test_one_dutch_word_for_two_ideas_keeps_two_english_words() -> None:
    assert enum_label(enums.Sector.HEALTH, "nl") == enum_label(enums.ConcernKind.CONCERN, "nl")
    assert enum_label(enums.Sector.HEALTH, "en") == "health"
    assert enum_label(enums.ConcernKind.CONCERN, "en") == "concern"
    assert enum_label(enums.DevelopmentPointStatus.DROPPED, "en") == "dropped"
    assert enum_label(enums.ActionStatus.CANCELLED, "en") == "cancelled"


def test_another_language_gets_english() -> None:
    assert enum_label(enums.Priority.HIGH, "fr") == "high"


def test_unknown_enum_is_refused() -> None:
    class Colour(StrEnum):
        RED = "red"

    with pytest.raises(TypeError):
        enum_label(Colour.RED, "nl")
