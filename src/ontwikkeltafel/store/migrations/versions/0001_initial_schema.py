"""Initial schema: every record of exchange format v1.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 16:12:50.321316
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


#: The codes of each enumeration, as the app wrote them at this revision.
ENUMS = {
    "sector": "education childcare youth_care health welfare "
    "safety municipality housing knowledge other",
    "tablestatus": "active closed",
    "agendaitemkind": "opening announcements agenda previous_minutes "
    "action_list topic any_other_business closing",
    "developmentpointstatus": "proposed in_progress realised dropped",
    "meetingkind": "table_session work_visit workshop theme_meeting consultation",
    "meetingstatus": "planned held minutes_draft minutes_approved",
    "memberrole": "chair secretary member advisor",
    "attendancestatus": "present excused absent guest",
    "concernkind": "question concern bottleneck",
    "concernstatus": "open discussing addressed resolved parked",
    "priority": "low normal high",
    "actionstatus": "open in_progress done cancelled",
}


def _enum(name: str) -> sa.Enum:
    """A non-native enum stored as its English code, checked by a constraint."""
    return sa.Enum(*ENUMS[name].split(), name=name, native_enum=False, create_constraint=True)


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    """A foreign key named by the metadata's naming convention."""
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def _text(name: str) -> sa.Column[str]:
    """A text column that is never null and defaults to the empty string."""
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("sector", _enum("sector"), nullable=False),
        _text("website"),
        _text("notes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    op.create_index("ix_organisations_name", "organisations", ["name"], unique=False)

    op.create_table(
        "tables",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        _text("goal"),
        _text("description"),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("status", _enum("tablestatus"), nullable=False),
        sa.Column("retention_years", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tables")),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
    )
    op.create_index("uq_themes_name_nocase", "themes", [sa.text("lower(name)")], unique=True)
    op.create_table(
        "agenda_template_items",
        sa.Column("table_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", _enum("agendaitemkind"), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        _fk("agenda_template_items", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("table_id", "position", name=op.f("pk_agenda_template_items")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(), nullable=False),
        _text("first_name"),
        _text("prefix"),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=True),
        _text("function"),
        _text("email"),
        _text("phone"),
        _text("notes"),
        _fk("people", "organisation_id", "organisations", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    op.create_index("ix_people_organisation_id", "people", ["organisation_id"], unique=False)
    op.create_index("ix_people_sort", "people", ["last_name", "prefix", "first_name"], unique=False)

    op.create_table(
        "table_themes",
        sa.Column("table_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        _fk("table_themes", "table_id", "tables", "CASCADE"),
        _fk("table_themes", "theme_id", "themes", "CASCADE"),
        sa.PrimaryKeyConstraint("table_id", "theme_id", name=op.f("pk_table_themes")),
    )
    op.create_index("ix_table_themes_theme_id", "table_themes", ["theme_id"], unique=False)

    op.create_table(
        "development_points",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        _text("description"),
        sa.Column("status", _enum("developmentpointstatus"), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        _fk("development_points", "owner_id", "people", "SET NULL"),
        _fk("development_points", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_points")),
    )
    op.create_index(
        "ix_development_points_table_id", "development_points", ["table_id"], unique=False
    )

    op.create_table(
        "meetings",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column("kind", _enum("meetingkind"), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        _text("location"),
        sa.Column("chair_id", sa.String(), nullable=True),
        sa.Column("secretary_id", sa.String(), nullable=True),
        sa.Column("status", _enum("meetingstatus"), nullable=False),
        sa.Column("minutes_approved_on", sa.Date(), nullable=True),
        _text("notes"),
        _fk("meetings", "chair_id", "people", "SET NULL"),
        _fk("meetings", "secretary_id", "people", "SET NULL"),
        _fk("meetings", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index("ix_meetings_starts_at", "meetings", ["starts_at"], unique=False)
    op.create_index("ix_meetings_table_id", "meetings", ["table_id"], unique=False)

    op.create_table(
        "practices",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        _text("summary"),
        _text("description"),
        sa.Column("contact_id", sa.String(), nullable=True),
        _text("region"),
        _text("source"),
        _text("success_factors"),
        _fk("practices", "contact_id", "people", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
    )
    op.create_table(
        "table_members",
        sa.Column("table_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("role", _enum("memberrole"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("table_members", "person_id", "people", "CASCADE"),
        _fk("table_members", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("table_id", "person_id", name=op.f("pk_table_members")),
    )
    op.create_index("ix_table_members_person_id", "table_members", ["person_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", _enum("agendaitemkind"), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("presenter_id", sa.String(), nullable=True),
        _text("description"),
        _text("minutes"),
        sa.Column("confidential", sa.Boolean(), server_default="0", nullable=False),
        _fk("agenda_items", "meeting_id", "meetings", "CASCADE"),
        _fk("agenda_items", "presenter_id", "people", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint(
            "meeting_id", "position", name=op.f("uq_agenda_items_meeting_id_position")
        ),
    )
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column("status", _enum("attendancestatus"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk("attendance", "meeting_id", "meetings", "CASCADE"),
        _fk("attendance", "person_id", "people", "CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_attendance")),
    )
    op.create_index("ix_attendance_person_id", "attendance", ["person_id"], unique=False)

    op.create_table(
        "concerns",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column("kind", _enum("concernkind"), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        _text("description"),
        sa.Column("raised_by_id", sa.String(), nullable=True),
        sa.Column("raised_in_meeting_id", sa.String(), nullable=True),
        sa.Column("status", _enum("concernstatus"), nullable=False),
        sa.Column("priority", _enum("priority"), nullable=False),
        _text("resolution"),
        _fk("concerns", "raised_by_id", "people", "SET NULL"),
        _fk("concerns", "raised_in_meeting_id", "meetings", "SET NULL"),
        _fk("concerns", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
    )
    op.create_index("ix_concerns_table_id", "concerns", ["table_id"], unique=False)

    op.create_table(
        "practice_organisations",
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=False),
        _fk("practice_organisations", "organisation_id", "organisations", "CASCADE"),
        _fk("practice_organisations", "practice_id", "practices", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "practice_id", "organisation_id", name=op.f("pk_practice_organisations")
        ),
    )
    op.create_index(
        "ix_practice_organisations_organisation_id",
        "practice_organisations",
        ["organisation_id"],
        unique=False,
    )

    op.create_table(
        "practice_themes",
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        _fk("practice_themes", "practice_id", "practices", "CASCADE"),
        _fk("practice_themes", "theme_id", "themes", "CASCADE"),
        sa.PrimaryKeyConstraint("practice_id", "theme_id", name=op.f("pk_practice_themes")),
    )
    op.create_index("ix_practice_themes_theme_id", "practice_themes", ["theme_id"], unique=False)

    op.create_table(
        "actions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column("meeting_id", sa.String(), nullable=True),
        sa.Column("agenda_item_id", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", _enum("actionstatus"), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        _text("notes"),
        _fk("actions", "agenda_item_id", "agenda_items", "SET NULL"),
        _fk("actions", "meeting_id", "meetings", "SET NULL"),
        _fk("actions", "owner_id", "people", "SET NULL"),
        _fk("actions", "table_id", "tables", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
        sa.UniqueConstraint("table_id", "number", name=op.f("uq_actions_table_id_number")),
    )
    op.create_index("ix_actions_agenda_item_id", "actions", ["agenda_item_id"], unique=False)
    op.create_index("ix_actions_meeting_id", "actions", ["meeting_id"], unique=False)
    op.create_index("ix_actions_owner_id", "actions", ["owner_id"], unique=False)

    op.create_table(
        "agenda_item_concerns",
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("concern_id", sa.String(), nullable=False),
        _fk("agenda_item_concerns", "agenda_item_id", "agenda_items", "CASCADE"),
        _fk("agenda_item_concerns", "concern_id", "concerns", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "agenda_item_id", "concern_id", name=op.f("pk_agenda_item_concerns")
        ),
    )
    op.create_index(
        "ix_agenda_item_concerns_concern_id", "agenda_item_concerns", ["concern_id"], unique=False
    )

    op.create_table(
        "agenda_item_practices",
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("practice_id", sa.String(), nullable=False),
        _fk("agenda_item_practices", "agenda_item_id", "agenda_items", "CASCADE"),
        _fk("agenda_item_practices", "practice_id", "practices", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "agenda_item_id", "practice_id", name=op.f("pk_agenda_item_practices")
        ),
    )
    op.create_index(
        "ix_agenda_item_practices_practice_id",
        "agenda_item_practices",
        ["practice_id"],
        unique=False,
    )

    op.create_table(
        "concern_practices",
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.Column("practice_id", sa.String(), nullable=False),
        _fk("concern_practices", "concern_id", "concerns", "CASCADE"),
        _fk("concern_practices", "practice_id", "practices", "CASCADE"),
        sa.PrimaryKeyConstraint("concern_id", "practice_id", name=op.f("pk_concern_practices")),
    )
    op.create_index(
        "ix_concern_practices_practice_id", "concern_practices", ["practice_id"], unique=False
    )

    op.create_table(
        "concern_themes",
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        _fk("concern_themes", "concern_id", "concerns", "CASCADE"),
        _fk("concern_themes", "theme_id", "themes", "CASCADE"),
        sa.PrimaryKeyConstraint("concern_id", "theme_id", name=op.f("pk_concern_themes")),
    )
    op.create_index("ix_concern_themes_theme_id", "concern_themes", ["theme_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        _fk("decisions", "agenda_item_id", "agenda_items", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    op.create_index("ix_decisions_agenda_item_id", "decisions", ["agenda_item_id"], unique=False)

    op.create_table(
        "development_point_concerns",
        sa.Column("development_point_id", sa.String(), nullable=False),
        sa.Column("concern_id", sa.String(), nullable=False),
        _fk("development_point_concerns", "concern_id", "concerns", "CASCADE"),
        _fk("development_point_concerns", "development_point_id", "development_points", "CASCADE"),
        sa.PrimaryKeyConstraint(
            "development_point_id", "concern_id", name=op.f("pk_development_point_concerns")
        ),
    )
    op.create_index(
        "ix_development_point_concerns_concern_id",
        "development_point_concerns",
        ["concern_id"],
        unique=False,
    )


def downgrade() -> None:
    """Revert this revision (dropping a table drops its indexes)."""
    op.drop_table("development_point_concerns")
    op.drop_table("decisions")
    op.drop_table("concern_themes")
    op.drop_table("concern_practices")
    op.drop_table("agenda_item_practices")
    op.drop_table("agenda_item_concerns")
    op.drop_table("actions")
    op.drop_table("practice_themes")
    op.drop_table("practice_organisations")
    op.drop_table("concerns")
    op.drop_table("attendance")
    op.drop_table("agenda_items")
    op.drop_table("table_members")
    op.drop_table("practices")
    op.drop_table("meetings")
    op.drop_table("development_points")
    op.drop_table("table_themes")
    op.drop_table("people")
    op.drop_table("agenda_template_items")
    op.drop_table("themes")
    op.drop_table("tables")
    op.drop_table("organisations")
