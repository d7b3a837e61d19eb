"""Bad exchange files refused for rules across records: ids, references, names, order, dates.

As in ``test_bad_input_records``: the database already holds the seed records, and a
refused file gives exit status 1, one line on stderr naming the JSON path, no traceback,
and an unchanged database. Also here: references to ids only in the database are
accepted, messages in Dutch and English, and a bad record deep in a big file.

On PostgreSQL too: every rule and every other test here; of the duplicate ids and unknown
references a subset by design (``ON_A_SERVER``): those that meet a stored record and one of
each kind of reference, 11 of their 44 cases; the others differ from these only in the
field's name and are checked in Python on the file alone.
"""

import copy
from typing import Any

import pytest

from tests.cli_database import on_engines
from tests.documents import small_document
from tests.exchange.bad_input_support import (
    DELETE,
    SEED,
    Importer,
    base_document,
    get_path,
    record,
    second_meeting,
    set_path,
)


def case(at: str, *changes: tuple[str, Any], says: tuple[str, ...] = (), id: str) -> Any:
    """Change the base document at each path; expect the problem at ``at``, saying ``says``."""
    return pytest.param(changes, at, says, id=id)


def check_refused(importer: Importer, changes: Any, at: str, says: tuple[str, ...]) -> None:
    document = base_document()
    for path, value in changes:
        set_path(document, path, value)
    problem = importer.refuse(importer.write(document), at)
    for fragment in says:
        assert fragment in problem


AGENDA = "meetings[0].agenda"
ITEM_9 = {"id": "ai-9", "position": 1, "title": "Opening"}
SEED_MEETING = copy.deepcopy(SEED["meetings"][0])

DUPLICATES = [
    case("organisations[1].id", ("organisations[1].id", "org-kion"), says=("org-kion",),
         id="duplicate organisation id"),
    case("people[2].id", ("people[2].id", "p-anna"), says=("p-anna",), id="duplicate person id"),
    case("themes[1].id", ("themes[1]", {"id": "th-geweld", "name": "Andere naam"}),
         id="duplicate theme id"),
    case("tables[1].id", ("tables[1]", {"id": "tafel-1", "title": "Nog een tafel"}),
         id="duplicate table id"),
    case("meetings[1].id", ("meetings[1]", {**second_meeting(), "id": "m-1"}),
         id="duplicate meeting id"),
    case("concerns[1].id", ("concerns[1]", {"id": "c-1", "title": "Nog een"}),
         id="duplicate concern id"),
    case("practices[1].id", ("practices[1]", {"id": "pr-consulent", "title": "Nog een"}),
         id="duplicate practice id"),
    case("development_points[1].id", ("development_points[1]", {"id": "dp-1", "title": "Nog"}),
         id="duplicate development point id"),
    case("actions[1].id", ("actions[1].id", "a-1"), says=("a-1",), id="duplicate action id"),
    case(f"{AGENDA}[2].id", (f"{AGENDA}[2].id", "ai-1"), id="duplicate agenda item id"),
    case("meetings[1].agenda[0].id", ("meetings[1]", second_meeting({**ITEM_9, "id": "ai-1"})),
         says=("ai-1",), id="agenda item id in two meetings"),
    case(f"{AGENDA}[2].decisions[0].id", (f"{AGENDA}[2].decisions[0].id", "d-1"),
         says=("d-1",), id="duplicate decision id"),
    case("meetings[1].agenda[0].decisions[0].id",
         ("meetings[1]", second_meeting({**ITEM_9, "decisions": [{"id": "d-2", "text": "x"}]})),
         id="decision id in two meetings"),
    case(f"{AGENDA}[0].id", (f"{AGENDA}[0].id", "ai-seed"), says=("ai-seed",),
         id="agenda item id of a stored item of another meeting"),
    case(f"{AGENDA}[1].decisions[0].id", (f"{AGENDA}[1].decisions[0].id", "d-seed"),
         id="decision id of a stored decision of another item"),
    case("tables[0].theme_ids[1]", ("tables[0].theme_ids", ["th-geweld", "th-geweld"]),
         id="id twice in an id list"),
]  # fmt: skip

REFERENCE_PATHS = [
    "people[0].organisation_id",
    "tables[0].theme_ids[0]",
    "tables[0].members[0].person_id",
    "practices[0].organisation_ids[0]",
    "practices[0].contact_id",
    "practices[0].theme_ids[0]",
    "meetings[0].table_id",
    "meetings[0].chair_id",
    "meetings[0].secretary_id",
    "meetings[0].attendance[0].person_id",
    f"{AGENDA}[0].presenter_id",
    f"{AGENDA}[1].concern_ids[0]",
    f"{AGENDA}[1].practice_ids[0]",
    "concerns[0].table_id",
    "concerns[0].raised_by_id",
    "concerns[0].raised_in_meeting_id",
    "concerns[0].theme_ids[0]",
    "concerns[0].practice_ids[0]",
    "development_points[0].table_id",
    "development_points[0].owner_id",
    "development_points[0].concern_ids[0]",
    "actions[0].table_id",
    "actions[0].meeting_id",
    "actions[0].agenda_item_id",
    "actions[0].owner_id",
]
UNKNOWN_REFERENCES = [
    case(path, (path, "bestaat-niet"), says=("bestaat-niet",), id=f"unknown {path}")
    for path in REFERENCE_PATHS
] + [
    case("actions[0].owner_id", ("actions[0].owner_id", "org-kion"), says=("org-kion",),
         id="reference to an id of another kind"),
    case("actions[0].agenda_item_id", ("actions[0].agenda_item_id", "d-1"),
         id="agenda item reference to a decision id"),
    case("tables[0].theme_ids[1]", ("tables[0].theme_ids", ["th-geweld", "th-nieuw"]),
         says=("th-nieuw",), id="unknown second entry of an id list"),
]  # fmt: skip

RULES = [
    case("themes[1].name", ("themes[1]", {"id": "th-2", "name": "GEWELD IN GEZINNEN"}),
         id="theme names differ in case in the file"),
    case("themes[2].name",
         ("themes[1]", {"id": "th-a", "name": "Één gezin"}),
         ("themes[2]", {"id": "th-b", "name": "ÉÉN GEZIN"}),
         id="theme names differ in case, accented"),
    case("themes[1].name", ("themes[1]", {"id": "th-2", "name": "armoede"}),
         id="theme name of a stored theme in other case"),
    case(f"{AGENDA}[2].position", (f"{AGENDA}[2].position", 2), says=("2",),
         id="agenda position twice in a meeting"),
    case("meetings[1].agenda[0].position",
         ("meetings[1]", {**SEED_MEETING, "agenda": [{**ITEM_9, "id": "ai-nieuw"}]}),
         id="agenda position of a stored item"),
    case("actions[1].number", ("actions[1].number", "2018-01"), says=("2018-01",),
         id="action number twice in a table"),
    case("actions[2].number", ("actions[2]", {"id": "a-3", "number": "2019-01",
                                              "table_id": "tafel-seed", "description": "x"}),
         id="action number of a stored action"),
    case("actions[0].agenda_item_id", ("meetings[1]", second_meeting(ITEM_9)),
         ("actions[0].agenda_item_id", "ai-9"), id="action agenda item of another meeting"),
    case("actions[0].agenda_item_id", ("actions[0].agenda_item_id", "ai-seed"),
         id="action agenda item of a stored other meeting"),
    case("meetings[0].minutes_approved_on", ("meetings[0].status", "held"),
         id="minutes approved on with status held"),
    case("meetings[0].minutes_approved_on", ("meetings[0].status", "minutes_draft"),
         id="minutes approved on with status minutes_draft"),
    case("meetings[0].minutes_approved_on", ("meetings[0].status", DELETE),
         id="minutes approved on without status"),
    case("meetings[0].ends_at", ("meetings[0].ends_at", "2018-01-18T14:00:00+01:00"),
         id="ends before start"),
    case("meetings[0].ends_at", ("meetings[0].ends_at", "2018-01-17T17:00:00+01:00"),
         id="ends the day before"),
    case("meetings[0].ends_at", ("meetings[0].ends_at", "2018-01-18T15:00:00+02:00"),
         id="ends before start in another offset"),
    case("meetings[0].ends_at", ("meetings[0].starts_at", "2018-01-18T15:30:00"),
         ("meetings[0].ends_at", "2018-01-18T14:00:00Z"), id="ends before naive start"),
    case("tables[0].members[2].person_id", ("tables[0].members[2].person_id", "p-anna"),
         says=("p-anna",), id="person twice in members"),
    case("tables[0].members[3].person_id",
         ("tables[0].members[3]", {"person_id": "p-bas", "role": "advisor"}),
         id="person twice in members with another role"),
    case("meetings[0].attendance[1].person_id",
         ("meetings[0].attendance[1].person_id", "p-anna"), says=("p-anna",),
         id="person twice in attendance"),
]  # fmt: skip


#: The duplicates and unknown references that run on PostgreSQL too (every rule does): those
#: that meet a stored record, and one of each kind of reference; the rest differ from these
#: only in the field's name, checked in Python on the file alone.
ON_A_SERVER = {
    "duplicate organisation id",
    "agenda item id of a stored item of another meeting",
    "decision id of a stored decision of another item",
    "id twice in an id list",
    "unknown people[0].organisation_id",
    "unknown tables[0].theme_ids[0]",
    "unknown meetings[0].attendance[0].person_id",
    "unknown actions[0].agenda_item_id",
    "reference to an id of another kind",
    "agenda item reference to a decision id",
    "unknown second entry of an id list",
}


@pytest.mark.parametrize(
    ("cli_engine", "changes", "at", "says"),
    on_engines(
        DUPLICATES + UNKNOWN_REFERENCES + RULES,
        ON_A_SERVER | {str(rule.id) for rule in RULES},
    ),
)
def test_rule_broken(importer: Importer, changes: Any, at: str, says: tuple[str, ...]) -> None:
    check_refused(importer, changes, at, says)


ACCEPTED = [
    ("people[0].organisation_id", "org-seed", "people", "p-anna", "organisation_id"),
    ("actions[0].owner_id", "p-seed", "actions", "a-1", "owner_id"),
    ("tables[0].theme_ids", ["th-geweld", "th-seed"], "tables", "tafel-1", "theme_ids"),
    ("concerns[0].table_id", "tafel-seed", "concerns", "c-1", "table_id"),
    ("concerns[0].raised_in_meeting_id", "m-seed", "concerns", "c-1", "raised_in_meeting_id"),
    ("concerns[0].practice_ids", ["pr-consulent", "pr-seed"], "concerns", "c-1", "practice_ids"),
    ("development_points[0].concern_ids", ["c-1", "c-seed"], "development_points", "dp-1",
     "concern_ids"),
    ("meetings[0].attendance[3]", {"person_id": "p-seed", "status": "guest"}, "meetings", "m-1",
     "attendance[3]"),
    ("themes[1]", {"id": "th-seed", "name": "ARMOEDE"}, "themes", "th-seed", ""),
]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "value", "kind", "record_id", "field"), ACCEPTED, ids=[a[0] for a in ACCEPTED]
)
def test_reference_to_stored_record_accepted(
    importer: Importer, path: str, value: Any, kind: str, record_id: str, field: str
) -> None:
    document = small_document()
    set_path(document, path, value)
    export = importer.accept(importer.write(document))
    assert get_path(record(export, kind, record_id), field) == value


def test_action_with_stored_meeting_and_item_accepted(importer: Importer) -> None:
    document = small_document()
    document["actions"][1].update(
        table_id="tafel-seed", meeting_id="m-seed", agenda_item_id="ai-seed"
    )
    action = record(importer.accept(importer.write(document)), "actions", "a-2")
    assert (action["meeting_id"], action["agenda_item_id"]) == ("m-seed", "ai-seed")


@pytest.mark.parametrize(
    "themes",
    [
        pytest.param(
            [{"id": "th-geweld", "name": "Armoede"}, {"id": "th-seed", "name": "Geweld"}],
            id="stored theme renamed, its name given to a new theme",
        ),
        pytest.param(
            [{"id": "th-geweld", "name": "Geweld"}, {"id": "th-seed", "name": "Schulden"},
             {"id": "th-nieuw", "name": "ARMOEDE"}],
            id="stored theme renamed, its name in other case to a new theme",
        ),
    ],
)  # fmt: skip
def test_theme_name_freed_in_the_same_file_accepted(
    importer: Importer, themes: list[dict[str, str]]
) -> None:
    document = small_document()
    document["themes"] = themes
    exported = importer.accept(importer.write(document))["themes"]
    for theme in themes:
        assert theme in exported


LANGUAGE_CASES = [
    case(f"{AGENDA}[0].titel", (f"{AGENDA}[0].titel", "Opening"), id="unknown field"),
    case("organisations[0].name", ("organisations[0].name", DELETE), id="missing field"),
    case("meetings[0].status", ("meetings[0].status", "klaar"), id="bad enum"),
    case("actions[0].owner_id", ("actions[0].owner_id", "p-x"), id="unknown reference"),
    case("tables[0].started_on", ("tables[0].started_on", "14-05-2024"), id="bad date"),
    case("people[2].id", ("people[2].id", "p-anna"), id="duplicate id"),
]


@pytest.mark.parametrize(("changes", "at", "says"), LANGUAGE_CASES)
def test_dutch_and_english_messages(
    importer: Importer, changes: Any, at: str, says: tuple[str, ...]
) -> None:
    document = base_document()
    for path, value in changes:
        set_path(document, path, value)
    bad = importer.write(document)
    dutch = importer.refuse(bad, at, lang="nl")
    english = importer.refuse(bad, at, lang="en")
    assert dutch != english


def test_spec_example_message(importer: Importer) -> None:
    document = base_document()
    document["meetings"][0]["agenda"][0]["titel"] = "Opening"
    line = importer.refuse(importer.write(document), None, lang="en")
    assert line.endswith("meetings[0].agenda[0].titel: unknown field")


def big_document(bad_person: dict[str, Any]) -> dict[str, Any]:
    """A thousand people (the last one ``bad_person``) and themes to go with them."""
    people = [{"id": f"p-{i:04}", "last_name": f"Achternaam {i}"} for i in range(999)]
    themes = [{"id": f"th-{i:04}", "name": f"Thema {i}"} for i in range(1000)]
    return {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "organisations": [{"id": "org-groot", "name": "Grote organisatie"}],
        "people": [*people, {"id": "p-0999", "last_name": "Laatste", **bad_person}],
        "themes": themes,
    }


@pytest.mark.parametrize(
    ("bad_person", "at"),
    [
        pytest.param({"last_name": " "}, "people[999].last_name", id="empty last name"),
        pytest.param({"sector": "x"}, "people[999].sector", id="unknown field"),
        pytest.param({"organisation_id": "org-x"}, "people[999].organisation_id", id="reference"),
        pytest.param({"id": "p-0000"}, "people[999].id", id="duplicate id"),
    ],
)
def test_bad_thousandth_record_writes_nothing(
    importer: Importer, bad_person: dict[str, Any], at: str
) -> None:
    document = big_document(bad_person)
    assert len(document["people"]) == 1000
    importer.refuse(importer.write(document), at)
