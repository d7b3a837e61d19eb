"""The raw SQLite layout of the floors: one table per record kind, link tables, FTS5 index."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kind:
    """A record kind: its SQLite table, its fields in exchange order and how each is stored.

    Scalar fields are columns; `links` (`*_ids` lists) go to a link table `{table}_{field}`
    (owner_id, target_id); `children` (nested lists) are kinds of their own whose rows carry
    the owner's id in `owner_id`. `search` names the title and body fields for FTS5.
    """

    table: str
    fields: tuple[str, ...]
    links: tuple[str, ...] = ()
    children: dict[str, "Kind"] = field(default_factory=dict)
    bools: tuple[str, ...] = ()
    search: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    nested: bool = False

    @property
    def columns(self) -> tuple[str, ...]:
        """The fields stored as columns, in order."""
        return tuple(f for f in self.fields if f not in self.links and f not in self.children)

    def create_statements(self) -> list[str]:
        """CREATE TABLE statements for this kind, its link tables and its children."""
        columns = [f"{c} PRIMARY KEY" if c == "id" else c for c in self.columns]
        columns = ["owner_id", *columns] if self.nested else columns
        statements = [f"CREATE TABLE {self.table} ({', '.join(columns)})"]
        statements += [f"CREATE TABLE {self.table}_{f} (owner_id, target_id)" for f in self.links]
        for child in self.children.values():
            statements += child.create_statements()
        return statements


def split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


DECISION = Kind("decision", split("id text"), nested=True, search=(("text",), ()))
AGENDA_ITEM = Kind(
    "agenda_item",
    split("""id position title kind planned_minutes presenter_id description minutes
             confidential decisions concern_ids practice_ids"""),
    links=("concern_ids", "practice_ids"),
    children={"decisions": DECISION},
    bools=("confidential",),
    search=(("title",), ("description", "minutes")),
    nested=True,
)

KINDS: dict[str, Kind] = {
    "organisations": Kind(
        "organisation", split("id name sector website notes"), search=(("name",), ("notes",))
    ),
    "people": Kind(
        "person",
        split("id first_name prefix last_name organisation_id function email phone notes"),
        search=(("first_name", "prefix", "last_name"), ("function", "notes")),
    ),
    "themes": Kind("theme", ("id", "name"), search=(("name",), ())),
    "tables": Kind(
        "dev_table",
        split("""id title goal description theme_ids started_on ended_on status members
                 agenda_template retention_years"""),
        links=("theme_ids",),
        children={
            "members": Kind("table_member", ("person_id", "role"), nested=True),
            "agenda_template": Kind(
                "template_item", ("title", "kind", "planned_minutes"), nested=True
            ),
        },
        search=(("title",), ("goal", "description")),
    ),
    "meetings": Kind(
        "meeting",
        split("""id table_id kind title starts_at ends_at location chair_id secretary_id status
                 minutes_approved_on notes attendance agenda"""),
        children={
            "attendance": Kind("attendance", ("person_id", "status"), nested=True),
            "agenda": AGENDA_ITEM,
        },
        search=(("title",), ("location", "notes")),
    ),
    "concerns": Kind(
        "concern",
        split("""id table_id kind title description raised_by_id raised_in_meeting_id status
                 priority resolution theme_ids practice_ids"""),
        links=("theme_ids", "practice_ids"),
        search=(("title",), ("description", "resolution")),
    ),
    "practices": Kind(
        "practice",
        split("""id title summary description organisation_ids contact_id region source
                 success_factors theme_ids"""),
        links=("organisation_ids", "theme_ids"),
        search=(("title",), ("summary", "description", "success_factors")),
    ),
    "development_points": Kind(
        "development_point",
        split("id table_id title description status owner_id concern_ids"),
        links=("concern_ids",),
        search=(("title",), ("description",)),
    ),
    "actions": Kind(
        "action",
        split("""id number table_id meeting_id agenda_item_id description owner_id due_on
                 status done_on notes"""),
        search=(("number",), ("description", "notes")),
    ),
}

META = ("format", "version", "exported_at")
SCHEMA = [
    "CREATE TABLE meta (key PRIMARY KEY, value)",
    "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, record_id UNINDEXED, title, body)",
    *(statement for kind in KINDS.values() for statement in kind.create_statements()),
]
