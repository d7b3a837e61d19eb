"""Bad exchange files refused record by record: the file, the envelope, fields and values.

Each case imports a file with one problem into a database that already holds data and
expects exit status 1, one line on stderr naming the JSON path of the problem (no
traceback), and the database unchanged; see ``bad_input_support``. The rules across
records (ids, references, positions, numbers) are in ``test_bad_input_rules``.

Every case runs on SQLite; on PostgreSQL a subset by design: the cases named in each
``on_engines(CASES, {...})`` below, one or two of each kind, and every value a server would
choke on if it got through (NUL, a lone surrogate, numbers too large for a column). Every
problem here is found by ``read_document``, in Python, before the database is read or
written, so the engine cannot change the outcome; the picked cases show the refusal on a
server (a write transaction opened and rolled back, every table's rows the same): 23 runs
there instead of 158, which took twice as long there as all of them on SQLite. The rules,
which read the stored records, all run on both engines (``test_bad_input_rules``).
"""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli_database import on_engines
from tests.exchange.bad_input_support import (
    DELETE,
    Importer,
    base_document,
    get_path,
    setting,
)


def refused_change(importer: Importer, change: Callable[[dict[str, Any]], None], at: str) -> str:
    """Apply ``change`` to the base document, check it is refused at ``at``; the problem."""
    document = base_document()
    change(document)
    return importer.refuse(importer.write(document), at)


def bad(path: str, value: Any, *says: str, at: str | None = None, id: str) -> Any:
    """A case: set ``path`` to ``value``; expect ``at`` (default ``path``) and ``says``."""
    return pytest.param(setting(path, value), at or path, says, id=id)


# --- The file itself -----------------------------------------------------------------

NOT_JSON = b'{\n  "format": "ontwikkeltafel-exchange",\n  "version": 1\n  "people": []\n}\n'
LATIN_1 = '{"format": "ontwikkeltafel-exchange", "version": 1, "themes": [{"name": "Café"}]}'


@pytest.mark.parametrize(
    ("cli_engine", "content", "says"),
    on_engines(
        [
            pytest.param(NOT_JSON, ("line 4", "column 3"), id="not JSON: missing comma"),
            pytest.param(b"", ("line 1", "column 1"), id="not JSON: empty file"),
            pytest.param(
                b'{"format": "x",}', ("line 1", "column 16"), id="not JSON: trailing comma"
            ),
            pytest.param(b"[" * 100_000, (), id="not JSON: nested too deep"),
            pytest.param(LATIN_1.encode("latin-1"), ("UTF-8",), id="not UTF-8: Latin-1"),
            pytest.param(LATIN_1.encode("utf-16"), ("UTF-8",), id="not UTF-8: UTF-16"),
        ],
        {"not JSON: missing comma"},
    ),
)
def test_file_that_is_not_utf8_json(importer: Importer, content: bytes, says: tuple[str]) -> None:
    path = importer.write_bytes(content, "kapot.json")
    line = importer.refuse(path, None)
    assert "kapot.json" in line
    for fragment in says:
        assert fragment in line


@pytest.mark.parametrize(
    ("cli_engine", "path"),
    on_engines(
        ["version", "meetings[0].agenda[0].position", "tables[0].retention_years"],
        {"meetings[0].agenda[0].position"},
    ),
)
def test_number_with_5000_digits(importer: Importer, path: str) -> None:
    document = base_document()
    setting(path, "HUGE")(document)
    text = json.dumps(document).replace('"HUGE"', "9" * 5000)
    importer.refuse(importer.write_bytes(text.encode()), path)


def test_missing_file(importer: Importer, tmp_path: Path) -> None:
    line = importer.refuse(tmp_path / "bestaat-niet.json", None)
    assert "bestaat-niet.json" in line


def test_folder_instead_of_file(importer: Importer, tmp_path: Path) -> None:
    folder = tmp_path / "een-map.json"
    folder.mkdir()
    line = importer.refuse(folder, None)
    assert "een-map.json" in line


@pytest.mark.parametrize(
    ("cli_engine", "top"),
    on_engines(
        [[], None, "ontwikkeltafel-exchange", 1], {"list"}, ["list", "null", "string", "number"]
    ),
)
def test_top_level_not_an_object(importer: Importer, top: Any) -> None:
    line = importer.refuse(importer.write(top), None)
    assert "object" in line


# --- The envelope ------------------------------------------------------------------

ENVELOPE = [
    bad("format", "ontwikkeltafel", "ontwikkeltafel-exchange", id="format wrong"),
    bad("format", "Ontwikkeltafel-Exchange", id="format in other case"),
    bad("format", DELETE, id="format missing"),
    bad("version", "1", id="version a string"),
    bad("version", 1.5, id="version a fraction"),
    bad("version", True, id="version a boolean"),
    bad("version", None, id="version null"),
    bad("version", DELETE, id="version missing"),
    bad("version", 0, id="version zero"),
    bad("exported_at", 20261122, id="exported_at a number"),
    bad("exported_at", "gisteren", "gisteren", id="exported_at not a moment"),
    bad("meeting", [], "unknown field", id="unknown top-level key"),
    bad("people", "Anna de Vries", id="people a string"),
    bad("meetings", {"id": "m-1"}, id="meetings an object"),
]


@pytest.mark.parametrize(
    ("cli_engine", "change", "at", "says"),
    on_engines(ENVELOPE, {"format wrong", "meetings an object"}),
)
def test_bad_envelope(importer: Importer, change: Any, at: str, says: tuple[str]) -> None:
    problem = refused_change(importer, change, at)
    for fragment in says:
        assert fragment in problem


def test_version_too_new_names_both_versions(importer: Importer) -> None:
    problem = refused_change(importer, setting("version", 7), "version")
    assert {"7", "1"} <= set(problem.replace(",", " ").replace(";", " ").split())


# --- Unknown fields --------------------------------------------------------------

UNKNOWN = [
    "meetings[0].agenda[0].titel",
    "organisations[0].naam",
    "people[0].tussenvoegsel",
    "themes[0].title",
    "tables[0].members[0].rol",
    "tables[0].agenda_template[0].duration",
    "tables[0].retention",
    "meetings[0].attendance[0].state",
    "meetings[0].agenda[1].decisions[0].tekst",
    "meetings[0].eind",
    "concerns[0].prioriteit",
    "practices[0].url",
    "development_points[0].owner",
    "actions[0].Description",
]


@pytest.mark.parametrize(("cli_engine", "path"), on_engines(UNKNOWN, {UNKNOWN[0]}))
def test_unknown_field(importer: Importer, path: str) -> None:
    assert refused_change(importer, setting(path, "x"), path) == "unknown field"


@pytest.mark.parametrize(
    ("cli_engine", "parent", "shown"),
    on_engines(
        [("meetings[0].agenda[0]", "meetings[0].agenda[0]"), ("", "")],
        {"nested"},
        ["nested", "top level"],
    ),
)
def test_unknown_field_with_a_line_break_in_its_name(
    importer: Importer, parent: str, shown: str
) -> None:
    """Still one line: the name is shown escaped, so stderr does not break."""
    document = base_document()
    get_path(document, parent)["ti\ntel"] = "x"
    line = importer.refuse(importer.write(document), None)
    assert shown in line
    assert line.endswith("unknown field")


@pytest.mark.parametrize(
    ("cli_engine", "text", "json_path"),
    on_engines(
        [
            (
                '"people": [{"id": "p", "last_name": "Vries", "last_name": "Visser"}]',
                "people[0].last_name",
            ),
            ('"version": 1', "version"),
        ],
        {"in a record"},
        ["in a record", "at the top level"],
    ),
)
def test_a_key_given_twice_is_refused(importer: Importer, text: str, json_path: str) -> None:
    """JSON keeps the last of two equal keys; that would silently drop the first value."""
    body = '{"format": "ontwikkeltafel-exchange", "version": 1, ' + text + "}"
    path = importer.write_bytes(body.encode())
    line = importer.refuse(path, json_path)
    assert line.endswith("this field is given twice in the same object")


def test_unknown_field_names_the_first_one(importer: Importer) -> None:
    def change(document: dict[str, Any]) -> None:
        document["organisations"][1]["naam"] = "GGD"
        document["meetings"][0]["agenda"][0]["titel"] = "Opening"

    assert refused_change(importer, change, "organisations[1].naam") == "unknown field"


# --- Missing required fields --------------------------------------------------------

REQUIRED = [
    "organisations[0].name",
    "people[0].last_name",
    "themes[0].name",
    "tables[0].title",
    "tables[0].members[1].person_id",
    "tables[0].agenda_template[0].title",
    "meetings[0].title",
    "meetings[0].starts_at",
    "meetings[0].attendance[2].person_id",
    "meetings[0].agenda[0].title",
    "meetings[0].agenda[1].position",
    "meetings[0].agenda[1].decisions[0].text",
    "concerns[0].title",
    "practices[0].title",
    "development_points[0].title",
    "actions[1].description",
]


@pytest.mark.parametrize("value", [DELETE, None], ids=["absent", "null"])
@pytest.mark.parametrize(("cli_engine", "path"), on_engines(REQUIRED, {"meetings[0].starts_at"}))
def test_missing_required_field(importer: Importer, path: str, value: Any) -> None:
    assert "missing" in refused_change(importer, setting(path, value), path)


# --- Enumerations -------------------------------------------------------------------

ENUMS = [
    ("organisations[0].sector", "kinderopvang", "education childcare youth_care health welfare"
     " safety municipality housing knowledge other"),
    ("tables[0].status", "Active", "active closed"),
    ("tables[0].members[0].role", "voorzitter", "chair secretary member advisor"),
    ("tables[0].agenda_template[0].kind", "rondvraag", "opening announcements agenda"
     " previous_minutes action_list topic any_other_business closing"),
    ("meetings[0].kind", "session", "table_session work_visit workshop theme_meeting consultation"),
    ("meetings[0].status", "approved", "planned held minutes_draft minutes_approved"),
    ("meetings[0].attendance[2].status", "afgemeld", "present excused absent guest"),
    ("meetings[0].agenda[0].kind", "Opening", "opening announcements agenda previous_minutes"
     " action_list topic any_other_business closing"),
    ("concerns[0].kind", "vraag", "question concern bottleneck"),
    ("concerns[0].status", "closed", "open discussing addressed resolved parked"),
    ("concerns[0].priority", "urgent", "low normal high"),
    ("development_points[0].status", "realized", "proposed in_progress realised dropped"),
    ("actions[0].status", "gereed", "open in_progress done cancelled"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cli_engine", "path", "value", "codes"),
    on_engines(ENUMS, {"meetings[0].status"}, [e[0] for e in ENUMS]),
)
def test_bad_enum_value_lists_the_codes(
    importer: Importer, path: str, value: str, codes: str
) -> None:
    problem = refused_change(importer, setting(path, value), path)
    assert value in problem
    for code in codes.split():
        assert code in problem


# --- Dates and moments ----------------------------------------------------------------

DATES_AND_MOMENTS = [
    bad("tables[0].started_on", "14-05-2024", "14-05-2024", id="date day first"),
    bad("tables[0].started_on", "2024-02-30", "2024-02-30", id="date 30 February"),
    bad("tables[0].started_on", "20240514", "20240514", id="date without dashes"),
    bad("tables[0].ended_on", "2024-5-14", "2024-5-14", id="date one-digit month"),
    bad("meetings[0].minutes_approved_on", "15 maart 2018", "15 maart 2018", id="date in words"),
    bad("actions[0].due_on", 20240514, "20240514", id="date a number"),
    bad("actions[0].done_on", "2018-03-01T10:00:00+01:00", id="date given a moment"),
    bad("meetings[0].starts_at", "18-01-2018 15:30", "18-01-2018 15:30", id="moment day first"),
    bad("meetings[0].starts_at", "2018-01-18", "2018-01-18", id="moment date only"),
    bad("meetings[0].starts_at", "2018-01-18T25:00:00+01:00", id="moment hour 25"),
    bad("meetings[0].starts_at", "2018-02-30T15:00:00+01:00", id="moment 30 February"),
    bad("meetings[0].starts_at", 1516285800, "1516285800", id="moment a number"),
    bad("meetings[0].ends_at", "morgen", "morgen", id="moment in words"),
    bad("meetings[0].ends_at", "2018-01-18T17:00:00+1", id="moment bad offset"),
]


@pytest.mark.parametrize(
    ("cli_engine", "change", "at", "says"),
    on_engines(DATES_AND_MOMENTS, {"date 30 February", "moment hour 25"}),
)
def test_bad_date_or_moment(importer: Importer, change: Any, at: str, says: tuple[str]) -> None:
    problem = refused_change(importer, change, at)
    for fragment in says:
        assert fragment in problem


# --- Values of the wrong type or shape ---------------------------------------------------

AGENDA = "meetings[0].agenda"
WRONG_VALUES = [
    bad("organisations[0].name", 42, id="text given a number"),
    bad("people[0].email", 42, id="optional text given a number"),
    bad("meetings[0].location", ["Utrecht"], id="text given a list"),
    bad(f"{AGENDA}[1].minutes", {"nl": "tekst"}, id="long text given an object"),
    bad(f"{AGENDA}[1].decisions[0].text", True, id="decision text given a boolean"),
    bad("actions[0].number", 201801, id="action number given a number"),
    bad("tables[0].theme_ids", "th-geweld", id="id list given a string"),
    bad("practices[0].organisation_ids", {"id": "org-ggd"}, id="id list given an object"),
    bad("development_points[0].concern_ids", "c-1", id="concern_ids given a string"),
    bad("tables[0].members", "p-anna", id="members given a string"),
    bad("tables[0].agenda_template", "Opening", id="agenda_template given a string"),
    bad("meetings[0].attendance", "p-anna", id="attendance given a string"),
    bad(AGENDA, "Opening", id="agenda given a string"),
    bad(f"{AGENDA}[1].decisions", "Besluit", id="decisions given a string"),
    bad("people[0]", "Anna de Vries", id="record given a string"),
    bad("tables[0].members[0]", "p-anna", id="member given a string"),
    bad(f"{AGENDA}[1].decisions[0]", ["d-1"], id="decision given a list"),
    bad("people[0].notes", "voor\x00na", id="NUL in a text"),
    bad(f"{AGENDA}[1].minutes", "\x00", id="NUL in minutes"),
    bad("themes[0].name", "Geweld\x00", id="NUL in a required text"),
    bad("organisations[0].notes", "\ud800", id="lone surrogate in a text"),
    bad("organisations[0].name", "  ", id="required text only spaces"),
    bad("tables[0].title", "", id="required text empty"),
    bad(f"{AGENDA}[1].decisions[0].text", "\n\t ", id="decision text whitespace"),
    bad("actions[1].description", "", id="action description empty"),
    bad("organisations[0].id", "", id="id empty"),
    bad(f"{AGENDA}[0].id", "  ", id="agenda item id spaces"),
    bad(f"{AGENDA}[1].decisions[0].id", "", id="decision id empty"),
    bad("people[0].id", 7, id="id a number"),
    bad("actions[0].owner_id", "", id="reference empty"),
    bad("tables[0].theme_ids[0]", "", id="id list entry empty"),
    bad("tables[0].theme_ids[0]", None, id="id list entry null"),
    bad("tables[0].members[0].person_id", 3, id="member person a number"),
    bad(f"{AGENDA}[2].confidential", "true", id="boolean as string true"),
    bad(f"{AGENDA}[2].confidential", "false", id="boolean as string false"),
    bad(f"{AGENDA}[2].confidential", "ja", id="boolean as string ja"),
    bad(f"{AGENDA}[2].confidential", 1, id="boolean as 1"),
    bad(f"{AGENDA}[0].position", 0, id="position zero"),
    bad(f"{AGENDA}[0].position", -1, id="position negative"),
    bad(f"{AGENDA}[0].position", "1", id="position a string"),
    bad(f"{AGENDA}[0].position", 1.5, id="position a fraction"),
    bad(f"{AGENDA}[0].position", True, id="position a boolean"),
    bad(f"{AGENDA}[0].position", 10**20, id="position huge"),
    bad(f"{AGENDA}[0].planned_minutes", -5, id="planned minutes negative"),
    bad(f"{AGENDA}[0].planned_minutes", 10**9, id="planned minutes too large"),
    bad("tables[0].agenda_template[0].planned_minutes", "5", id="template minutes a string"),
    bad("tables[0].agenda_template[1].planned_minutes", True, id="template minutes a boolean"),
    bad("tables[0].retention_years", -1, id="retention negative"),
    bad("tables[0].retention_years", "7", id="retention a string"),
    bad("tables[0].retention_years", False, id="retention a boolean"),
]


#: The wrong values that run on PostgreSQL too: what a server would choke on, and one blank.
WRONG_ON_A_SERVER = {
    "NUL in a text",
    "NUL in minutes",
    "lone surrogate in a text",
    "position huge",
    "planned minutes too large",
    "required text only spaces",
}


@pytest.mark.parametrize(
    ("cli_engine", "change", "at", "says"), on_engines(WRONG_VALUES, WRONG_ON_A_SERVER)
)
def test_wrong_value(importer: Importer, change: Any, at: str, says: tuple[str]) -> None:
    problem = refused_change(importer, change, at)
    for fragment in says:
        assert fragment in problem
