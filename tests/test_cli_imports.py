"""Each sub-command imports only what it uses: a real process per command, its sys.modules read.

A tiny database is made once; then each command runs in a fresh ``python -c`` that calls
the command line's ``main`` in-process and prints the modules it loaded.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.documents import small_document

PROBE = """
import sys
from ontwikkeltafel.cli import main
code = main({args!r})
print("exit", code)
print("modules", ",".join(sorted(sys.modules)))
"""

NEVER = ("PySide6", "alembic", "openpyxl")  # no command of these needs Qt or a migration
EXPORTER = "ontwikkeltafel.exchange.exporter"
IMPORTER = "ontwikkeltafel.exchange.importer"
WRITERS = {
    "minutes": "ontwikkeltafel.reports.minutes",
    "agenda": "ontwikkeltafel.reports.convocation",
    "actions": "ontwikkeltafel.reports.actions_list",
    "table": "ontwikkeltafel.reports.table_report",
    "attendance": "ontwikkeltafel.reports.attendance_list",
}
INVITE = ("icalendar", "ontwikkeltafel.reports.invite")


def others(*kinds: str) -> tuple[str, ...]:
    """The report writers other than those of ``kinds``."""
    return tuple(module for kind, module in WRITERS.items() if kind not in kinds)


# command (after --db) -> (modules it must load, modules it must not load)
COMMANDS: dict[str, tuple[list[str], tuple[str, ...], tuple[str, ...]]] = {
    "report minutes": (
        ["report", "minutes", "m-1", "-o", "{out}/verslag.docx"],
        ("docx", WRITERS["minutes"]),
        ("sqlalchemy", *INVITE, "matplotlib", EXPORTER, IMPORTER, *others("minutes")),
    ),
    "report agenda": (
        ["report", "agenda", "m-1", "-o", "{out}/convocatie.docx"],
        ("docx", WRITERS["agenda"]),
        ("sqlalchemy", "icalendar", "matplotlib", EXPORTER, IMPORTER, *others("agenda")),
    ),
    "report actions": (
        ["report", "actions", "tafel-1", "-o", "{out}/actielijst.docx"],
        ("docx", WRITERS["actions"]),
        ("sqlalchemy", *INVITE, "matplotlib", EXPORTER, IMPORTER, *others("actions")),
    ),
    "report table": (
        ["report", "table", "tafel-1", "-o", "{out}/tafel.docx"],
        ("docx", WRITERS["table"], "matplotlib"),
        ("sqlalchemy", *INVITE, EXPORTER, IMPORTER, WRITERS["minutes"], WRITERS["agenda"]),
    ),
    "report attendance": (
        ["report", "attendance", "m-1", "-o", "{out}/presentielijst.docx"],
        ("docx", WRITERS["attendance"]),
        ("sqlalchemy", *INVITE, "matplotlib", EXPORTER, IMPORTER, *others("attendance")),
    ),
    "invite": (
        ["invite", "m-1", "-o", "{out}/uitnodiging.ics"],
        INVITE,
        ("sqlalchemy", "docx", "matplotlib", EXPORTER, IMPORTER, *WRITERS.values()),
    ),
    "mail": (
        ["mail", "agenda", "m-1", "-o", "{out}/uitnodiging.eml"],
        ("ontwikkeltafel.services.mail_drafts", "docx", WRITERS["agenda"], *INVITE),
        ("matplotlib", EXPORTER, IMPORTER, *others("agenda")),
    ),
    "export": (
        ["export", "-o", "{out}/export.json"],
        (EXPORTER,),
        ("sqlalchemy", "docx", "matplotlib", "icalendar", "ontwikkeltafel.reports"),
    ),
    "import": (
        ["import", "{out}/input.json"],
        (IMPORTER,),
        # (the exporter's row reading is used: it keeps the values an import updates)
        ("sqlalchemy", "docx", "matplotlib", "icalendar", "ontwikkeltafel.reports"),
    ),
    "import into a new file": (
        ["import", "{out}/input.json"],
        (IMPORTER,),
        ("sqlalchemy", "docx", "matplotlib", "icalendar", "ontwikkeltafel.reports"),
    ),
    "adopt": (
        ["adopt", "m-1", "--on", "2024-03-01"],
        ("ontwikkeltafel.services.adoption",),
        ("docx", "matplotlib", "icalendar", EXPORTER, IMPORTER, *WRITERS.values()),
    ),
    "reopen": (
        ["reopen", "m-1", "--reason", "typfout"],
        ("ontwikkeltafel.services.adoption",),
        ("docx", "matplotlib", "icalendar", EXPORTER, IMPORTER, *WRITERS.values()),
    ),
    "people import": (
        ["people", "import", "{out}/input.csv", "--table", "tafel-1"],
        ("ontwikkeltafel.services.people_apply", "rapidfuzz"),
        ("docx", "matplotlib", "icalendar", EXPORTER, IMPORTER, "ontwikkeltafel.reports"),
    ),
    "people export": (
        ["people", "export", "tafel-1", "-o", "{out}/leden.vcf"],
        ("ontwikkeltafel.services.people_export",),
        ("docx", "rapidfuzz", "icalendar", EXPORTER, IMPORTER, *WRITERS.values()),
    ),
    "demo": (
        ["demo"],
        (IMPORTER,),
        ("docx", "matplotlib", "icalendar", "ontwikkeltafel.reports"),
    ),
}


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ONTWIKKELTAFEL_DB"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["LANG"] = "C.UTF-8"
    return env


def _run(args: list[str], env: dict[str, str]) -> tuple[int, set[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(args=args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    modules = set(lines.get("modules", "").split(","))
    return int(lines.get("exit", "-1")), modules, done.stderr


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A folder with the small document, imported once (its meeting adopted: tiny.sqlite3)
    and with that meeting's minutes reopened (reopened.sqlite3); and the env."""
    folder = tmp_path_factory.mktemp("imports")
    (folder / "input.json").write_text(json.dumps(small_document()), encoding="utf-8")
    (folder / "input.csv").write_text("Naam;E-mail\nZoë de Groot;zoe@x.nl\n", encoding="utf-8")
    env = _env(folder / "home")
    preferences = folder / "home" / "xdg_config_home" / "ontwikkeltafel" / "preferences.json"
    preferences.parent.mkdir(parents=True)  # the mail draft's sender
    preferences.write_text('{"email": "sanne@tafel.nl"}', encoding="utf-8")
    tiny = folder / "tiny.sqlite3"
    code, _, err = _run(["--db", str(tiny), "import", str(folder / "input.json")], env)
    assert code == 0, err
    (folder / "reopened.sqlite3").write_bytes(tiny.read_bytes())
    reopen = ["--db", str(folder / "reopened.sqlite3"), "reopen", "m-1", "--reason", "typfout"]
    code, _, err = _run(reopen, env)
    assert code == 0, err
    return folder, env


def loaded(modules: set[str], name: str) -> bool:
    """Whether the package or module ``name`` (or anything under it) was imported."""
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_each_command_imports_only_what_it_uses(
    command: str, tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, env = tiny
    args, needed, unneeded = COMMANDS[command]
    database = tmp_path / "tiny.sqlite3"  # each command its own copy; the demo a new one
    if command not in ("demo", "import into a new file"):
        source = folder / ("reopened.sqlite3" if command == "adopt" else "tiny.sqlite3")
        database.write_bytes(source.read_bytes())
    filled = [a.format(out=tmp_path if "{out}/input" not in a else folder) for a in args]
    code, modules, err = _run(["--db", str(database), "--lang", "en", *filled], env)
    assert code == 0, err
    for name in needed:  # the probe sees the command's real imports
        assert loaded(modules, name), f"{command} should have imported {name}"
    extra = [name for name in (*NEVER, *unneeded) if loaded(modules, name)]
    assert extra == [], f"{command} imported what it does not use: {extra}"
    outputs = [Path(a) for a in filled if a.startswith(str(tmp_path)) and "." in Path(a).name]
    for output in outputs:
        assert output.stat().st_size > 0


EXIT_PROBE = """
import gc, sys
from ontwikkeltafel.cli import main
sys.argv = ["ontwikkeltafel", *{args!r}]
code = main()
print("exit", code)
print("unscanned", gc.get_count()[0])
print("frozen", gc.get_freeze_count())
"""


def test_a_finished_command_leaves_its_objects_out_of_the_collector(
    tiny: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    """The collector is off while a command runs; turned on again at the end it would scan
    every object the command made (and the interpreter's exit would too): they are frozen."""
    folder, env = tiny
    database = tmp_path / "tiny.sqlite3"
    database.write_bytes((folder / "tiny.sqlite3").read_bytes())
    args = ["--db", str(database), "export", "-o", str(tmp_path / "export.json")]
    done = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE.format(args=args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert lines.get("exit") == "0", done.stderr
    assert int(lines["unscanned"]) < 2000  # gen0 holds what came after, not the command's
    # The command's objects are frozen: without SQLAlchemy an export of the tiny database
    # holds about 24,000, a bare interpreter 5,000-10,000.
    assert int(lines["frozen"]) > 15_000
