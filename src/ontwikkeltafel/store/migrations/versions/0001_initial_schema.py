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


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column(
            "sector",
            sa.Enum(
                "education",
                "childcare",
                "youth_care",
                "health",
                "welfare",
                "safety",
                "municipality",
                "housing",
                "knowledge",
                "other",
                name="sector",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("website", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)

    op.create_table(
        "tables",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("goal", sa.Text(), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "active", "closed", name="tablestatus", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
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
        sa.Column(
            "kind",
            sa.Enum(
                "opening",
                "announcements",
                "agenda",
                "previous_minutes",
                "action_list",
                "topic",
                "any_other_business",
                "closing",
                name="agendaitemkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_agenda_template_items_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_id", "position", name=op.f("pk_agenda_template_items")),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("first_name", sa.Text(), server_default="", nullable=False),
        sa.Column("prefix", sa.Text(), server_default="", nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=True),
        sa.Column("function", sa.Text(), server_default="", nullable=False),
        sa.Column("email", sa.Text(), server_default="", nullable=False),
        sa.Column("phone", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_people_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_people_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index("ix_people_sort", ["last_name", "prefix", "first_name"], unique=False)

    op.create_table(
        "table_themes",
        sa.Column("table_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_table_themes_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_table_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_id", "theme_id", name=op.f("pk_table_themes")),
    )
    with op.batch_alter_table("table_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_table_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "development_points",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "in_progress",
                "realised",
                "dropped",
                name="developmentpointstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_development_points_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_development_points_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_points")),
    )
    with op.batch_alter_table("development_points", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_points_table_id"), ["table_id"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "table_session",
                "work_visit",
                "workshop",
                "theme_meeting",
                "consultation",
                name="meetingkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=True),
        sa.Column("location", sa.Text(), server_default="", nullable=False),
        sa.Column("chair_id", sa.String(), nullable=True),
        sa.Column("secretary_id", sa.String(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "minutes_draft",
                "minutes_approved",
                name="meetingstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("minutes_approved_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["chair_id"],
            ["people.id"],
            name=op.f("fk_meetings_chair_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["secretary_id"],
            ["people.id"],
            name=op.f("fk_meetings_secretary_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_meetings_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_table_id"), ["table_id"], unique=False)

    op.create_table(
        "practices",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("summary", sa.Text(), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_id", sa.String(), nullable=True),
        sa.Column("region", sa.Text(), server_default="", nullable=False),
        sa.Column("source", sa.Text(), server_default="", nullable=False),
        sa.Column("success_factors", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["people.id"],
            name=op.f("fk_practices_contact_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
    )
    op.create_table(
        "table_members",
        sa.Column("table_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "secretary",
                "member",
                "advisor",
                name="memberrole",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_table_members_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_table_members_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("table_id", "person_id", name=op.f("pk_table_members")),
    )
    with op.batch_alter_table("table_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_table_members_person_id"), ["person_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "opening",
                "announcements",
                "agenda",
                "previous_minutes",
                "action_list",
                "topic",
                "any_other_business",
                "closing",
                name="agendaitemkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("planned_minutes", sa.Integer(), nullable=True),
        sa.Column("presenter_id", sa.String(), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("minutes", sa.Text(), server_default="", nullable=False),
        sa.Column("confidential", sa.Boolean(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["presenter_id"],
            ["people.id"],
            name=op.f("fk_agenda_items_presenter_id_people"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint(
            "meeting_id", "position", name=op.f("uq_agenda_items_meeting_id_position")
        ),
    )
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.String(), nullable=False),
        sa.Column("person_id", sa.String(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "excused",
                "absent",
                "guest",
                name="attendancestatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_attendance_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "person_id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "concerns",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("table_id", sa.String(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "question",
                "concern",
                "bottleneck",
                name="concernkind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("raised_by_id", sa.String(), nullable=True),
        sa.Column("raised_in_meeting_id", sa.String(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "discussing",
                "addressed",
                "resolved",
                "parked",
                name="concernstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "low", "normal", "high", name="priority", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("resolution", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["people.id"],
            name=op.f("fk_concerns_raised_by_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["raised_in_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_concerns_raised_in_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["tables.id"],
            name=op.f("fk_concerns_table_id_tables"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
    )
    with op.batch_alter_table("concerns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concerns_table_id"), ["table_id"], unique=False)

    op.create_table(
        "practice_organisations",
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.Column("organisation_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_practice_organisations_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_organisations_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "practice_id", "organisation_id", name=op.f("pk_practice_organisations")
        ),
    )
    with op.batch_alter_table("practice_organisations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_practice_organisations_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    op.create_table(
        "practice_themes",
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_themes_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_practice_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("practice_id", "theme_id", name=op.f("pk_practice_themes")),
    )
    with op.batch_alter_table("practice_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_themes_theme_id"), ["theme_id"], unique=False)

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
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "cancelled",
                name="actionstatus",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_actions_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_actions_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["people.id"],
            name=op.f("fk_actions_owner_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["table_id"], ["tables.id"], name=op.f("fk_actions_table_id_tables"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actions")),
        sa.UniqueConstraint("table_id", "number", name=op.f("uq_actions_table_id_number")),
    )
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_actions_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_actions_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actions_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "agenda_item_concerns",
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_agenda_item_concerns_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_agenda_item_concerns_concern_id_concerns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "agenda_item_id", "concern_id", name=op.f("pk_agenda_item_concerns")
        ),
    )
    with op.batch_alter_table("agenda_item_concerns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_concerns_concern_id"), ["concern_id"], unique=False
        )

    op.create_table(
        "agenda_item_practices",
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_agenda_item_practices_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_agenda_item_practices_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "agenda_item_id", "practice_id", name=op.f("pk_agenda_item_practices")
        ),
    )
    with op.batch_alter_table("agenda_item_practices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_practices_practice_id"), ["practice_id"], unique=False
        )

    op.create_table(
        "concern_practices",
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.Column("practice_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_concern_practices_concern_id_concerns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_concern_practices_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("concern_id", "practice_id", name=op.f("pk_concern_practices")),
    )
    with op.batch_alter_table("concern_practices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_concern_practices_practice_id"), ["practice_id"], unique=False
        )

    op.create_table(
        "concern_themes",
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.Column("theme_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_concern_themes_concern_id_concerns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_concern_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("concern_id", "theme_id", name=op.f("pk_concern_themes")),
    )
    with op.batch_alter_table("concern_themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concern_themes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("agenda_item_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_decisions_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decisions_agenda_item_id"), ["agenda_item_id"], unique=False
        )

    op.create_table(
        "development_point_concerns",
        sa.Column("development_point_id", sa.String(), nullable=False),
        sa.Column("concern_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_development_point_concerns_concern_id_concerns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["development_point_id"],
            ["development_points.id"],
            name=op.f("fk_development_point_concerns_development_point_id_development_points"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "development_point_id", "concern_id", name=op.f("pk_development_point_concerns")
        ),
    )
    with op.batch_alter_table("development_point_concerns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_point_concerns_concern_id"), ["concern_id"], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("development_point_concerns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_point_concerns_concern_id"))

    op.drop_table("development_point_concerns")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_agenda_item_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("concern_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_themes_theme_id"))

    op.drop_table("concern_themes")
    with op.batch_alter_table("concern_practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_practices_practice_id"))

    op.drop_table("concern_practices")
    with op.batch_alter_table("agenda_item_practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_practices_practice_id"))

    op.drop_table("agenda_item_practices")
    with op.batch_alter_table("agenda_item_concerns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_concerns_concern_id"))

    op.drop_table("agenda_item_concerns")
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_owner_id"))
        batch_op.drop_index(batch_op.f("ix_actions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_actions_agenda_item_id"))

    op.drop_table("actions")
    with op.batch_alter_table("practice_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_themes_theme_id"))

    op.drop_table("practice_themes")
    with op.batch_alter_table("practice_organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_organisations_organisation_id"))

    op.drop_table("practice_organisations")
    with op.batch_alter_table("concerns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concerns_table_id"))

    op.drop_table("concerns")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))

    op.drop_table("attendance")
    op.drop_table("agenda_items")
    with op.batch_alter_table("table_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_table_members_person_id"))

    op.drop_table("table_members")
    op.drop_table("practices")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_table_id"))
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))

    op.drop_table("meetings")
    with op.batch_alter_table("development_points", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_points_table_id"))

    op.drop_table("development_points")
    with op.batch_alter_table("table_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_table_themes_theme_id"))

    op.drop_table("table_themes")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_sort")
        batch_op.drop_index(batch_op.f("ix_people_organisation_id"))

    op.drop_table("people")
    op.drop_table("agenda_template_items")
    op.drop_table("themes")
    op.drop_table("tables")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_name"))

    op.drop_table("organisations")
