"""The benchmark runner judges scale 0.05 (a real table's size) as well as scale 1."""

from benchmarks.processes import Outcome
from benchmarks.report import Figure, table
from benchmarks.targets import apply_targets


def figures(ratio: float) -> list[Figure]:
    """Import, export, window and the four reports, each measured once at ``ratio``."""
    made = [
        Figure("import", "<= 5x floor and < 10 s", 5.0, 10.0),
        Figure("export", "<= 3x floor and < 3 s", 3.0, 3.0),
        Figure("window start-up", "< 1 s from launch", None, 1.0),
    ]
    made += [
        Figure(f"report {kind}", "(for information)", None, None, applies=False)
        for kind in ("minutes", "agenda", "actions", "table")
    ]
    for figure in made:
        figure.record(Outcome(0.2 * ratio), Outcome(0.2))
    return made


def verdicts(made: list[Figure], applies: bool) -> dict[str, str]:
    return {f.name: f.verdict(applies) for f in made}


def test_at_scale_005_import_export_and_reports_are_judged_against_their_floors() -> None:
    made = figures(2.5)
    applies = apply_targets(made, 0.05)
    assert applies
    assert verdicts(made, applies) == {
        "import": "PASS",
        "export": "PASS",
        "window start-up": "n/a",
        "report minutes": "FAIL",  # the verslag: within 2x
        "report agenda": "PASS",
        "report actions": "PASS",
        "report table": "PASS",
    }
    slower = figures(3.2)
    apply_targets(slower, 0.05)
    assert set(verdicts(slower, True).values()) == {"FAIL", "n/a"}
    assert "<= 3x floor" in table(slower, True)


def test_at_scale_1_the_targets_stay_and_the_verslag_gets_its_own() -> None:
    made = figures(1.9)
    applies = apply_targets(made, 1.0)
    assert [(f.name, f.target) for f in made[:3]] == [
        ("import", "<= 5x floor and < 10 s"),
        ("export", "<= 3x floor and < 3 s"),
        ("window start-up", "< 1 s from launch"),
    ]
    assert verdicts(made, applies)["report minutes"] == "PASS"
    assert verdicts(made, applies)["report agenda"] == "n/a"


def test_other_scales_are_not_judged() -> None:
    made = figures(9.0)
    applies = apply_targets(made, 0.2)
    assert not applies
    assert set(verdicts(made, applies).values()) == {"n/a"}
