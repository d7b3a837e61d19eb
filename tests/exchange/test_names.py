"""exchange/names.py (what plain SQL reads and writes) names the tables the ORM model has."""

from ontwikkeltafel.exchange import names
from ontwikkeltafel.exchange.schema import TOP_LEVEL
from ontwikkeltafel.model import (
    Action,
    AgendaItem,
    AgendaTemplateItem,
    Attendance,
    Base,
    Concern,
    Decision,
    DevelopmentPoint,
    Meeting,
    Organisation,
    Person,
    Practice,
    Table,
    TableMember,
    Theme,
)

ORM = {
    "organisations": Organisation,
    "people": Person,
    "themes": Theme,
    "tables": Table,
    "practices": Practice,
    "meetings": Meeting,
    "concerns": Concern,
    "development_points": DevelopmentPoint,
    "actions": Action,
    "agenda": AgendaItem,
    "decisions": Decision,
    "members": TableMember,
    "agenda_template": AgendaTemplateItem,
    "attendance": Attendance,
}


def test_every_list_names_the_table_of_its_records() -> None:
    assert {name: cls.__tablename__ for name, cls in ORM.items()} == names.TABLES
    assert {spec.name for spec in TOP_LEVEL} <= set(names.TABLES)


def test_every_id_list_names_its_link_table_and_columns() -> None:
    fields = {(spec.name, f.name) for spec in TOP_LEVEL for f in spec.ref_fields}
    for link in names.LINKS:
        table = Base.metadata.tables[link.table]
        assert set(table.columns.keys()) == {link.owner, link.target}
        (owner_key,) = table.columns[link.owner].foreign_keys
        assert owner_key.column.table.name == names.TABLES[link.record]
        if link.record != "agenda":
            assert (link.record, link.field) in fields
