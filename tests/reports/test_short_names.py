"""Never nested brackets: an organisation's short name in a name's brackets, else its name
without a bracketed part of its own ("H. Verbeek (KUS, programmaleider ...) (voorzitter)")."""

from collections.abc import Callable
from pathlib import Path

import docx
from sqlalchemy import select

from ontwikkeltafel.model import Organisation
from ontwikkeltafel.reports.data import Person
from ontwikkeltafel.reports.format import with_affiliation
from ontwikkeltafel.services import editing
from tests.cli_database import CliDatabase
from tests.conftest import CliResult
from tests.reports.page_headers import meeting_id

KUS = "Kennisplatform Utrecht Sociaal (KUS)"
VERBEEK = Person("p1", "Hanneke", "", "Verbeek", KUS, None, "programmaleider")


def test_a_short_name_stands_in_the_brackets() -> None:
    person = Person(**{**VERBEEK.__dict__, "organisation_short": "KUS"})
    assert with_affiliation(person) == "H. Verbeek (KUS, programmaleider)"


def test_without_a_short_name_the_organisations_own_brackets_are_left_out() -> None:
    assert (
        with_affiliation(VERBEEK) == "H. Verbeek (Kennisplatform Utrecht Sociaal, programmaleider)"
    )
    nested = Person("p2", "Anna", "de", "Vries", "Stichting (Jeugd (Oost)) Utrecht", None, "")
    assert with_affiliation(nested) == "A. de Vries (Stichting Utrecht)"
    function = Person("p3", "Bas", "", "Bakker", "GGD", None, "arts (JGZ)")
    assert with_affiliation(function) == "B. Bakker (GGD, arts)"
    only_brackets = Person("p4", "Cor", "", "Berg", "(KUS)", None, "")
    assert with_affiliation(only_brackets) == "C. Berg (KUS)"
    plain = Person("p5", "Dewi", "", "Smit", "KION", None, "pedagogisch coach")
    assert with_affiliation(plain) == "D. Smit (KION, pedagogisch coach)"


def _present(path: Path) -> str:
    lines = [p.text for p in docx.Document(str(path)).paragraphs]
    return next(line for line in lines if line.startswith(("Aanwezig", "Present")))


def test_the_demo_verslag_names_the_chair_by_the_short_name(
    cli: Callable[..., CliResult], demo_cli_database: CliDatabase, tmp_path: Path
) -> None:
    db = demo_cli_database.where
    meeting = meeting_id(demo_cli_database, "Startbijeenkomst")
    out = tmp_path / "verslag.docx"
    for lang in ("nl", "en"):
        assert cli(*db, "--lang", lang, "report", "minutes", meeting, "-o", out).code == 0
        chair = "(voorzitter)" if lang == "nl" else "(chair)"
        line = _present(out)
        assert f"H. Verbeek (KUS, programmaleider geweld in gezinnen) {chair}" in line
        assert "((" not in line and "))" not in line
    database = demo_cli_database.open()
    try:
        with database.session_factory() as session:
            kus = session.scalars(select(Organisation).where(Organisation.name == KUS)).one()
            kus_id = kus.id
        editing.update_record(database.session_factory, "organisations", kus_id, {"short_name": ""})
    finally:
        database.close()
    # A concept verslag names the organisation as it is now: without a short name.
    concept = meeting_id(demo_cli_database, "Bijeenkomst 6: werkvisie en vooruitblik")
    assert cli(*db, "report", "minutes", concept, "-o", out).code == 0
    expected = "H. Verbeek (Kennisplatform Utrecht Sociaal, programmaleider geweld in gezinnen)"
    assert f"{expected} (voorzitter)" in _present(out)
    # The adopted verslag stays as it stood when it was adopted.
    assert cli(*db, "report", "minutes", meeting, "-o", out).code == 0
    assert "H. Verbeek (KUS, programmaleider geweld in gezinnen) (voorzitter)" in _present(out)
