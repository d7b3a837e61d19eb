"""Development tables: their members with roles and the agenda template new meetings start from."""

from datetime import date

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontwikkeltafel.model.base import Base, Versioned, enum_column, new_id, text_column
from ontwikkeltafel.model.enums import AgendaItemKind, MemberRole, TableStatus
from ontwikkeltafel.model.links import table_themes
from ontwikkeltafel.model.parties import Person, Theme


class Table(Versioned, Base):
    """A standing group that meets around one theme over months (an ontwikkeltafel)."""

    __tablename__ = "tables"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column()
    goal: Mapped[str] = text_column()
    description: Mapped[str] = text_column()
    started_on: Mapped[date | None] = mapped_column()
    ended_on: Mapped[date | None] = mapped_column()
    status: Mapped[TableStatus] = enum_column(TableStatus, TableStatus.ACTIVE)
    retention_years: Mapped[int | None] = mapped_column()

    themes: Mapped[list[Theme]] = relationship(secondary=table_themes)
    members: Mapped[list["TableMember"]] = relationship(
        back_populates="table", cascade="all, delete-orphan", order_by="TableMember.position"
    )
    agenda_template: Mapped[list["AgendaTemplateItem"]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaTemplateItem.position"
    )


class TableMember(Versioned, Base):
    """A person's seat at a table, with their role."""

    __tablename__ = "table_members"

    table_id: Mapped[str] = mapped_column(
        ForeignKey("tables.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[MemberRole] = enum_column(MemberRole, MemberRole.MEMBER)
    position: Mapped[int] = mapped_column(default=0)

    table: Mapped[Table] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class AgendaTemplateItem(Versioned, Base):
    """One item every new meeting of the table starts with."""

    __tablename__ = "agenda_template_items"

    table_id: Mapped[str] = mapped_column(
        ForeignKey("tables.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column()
    kind: Mapped[AgendaItemKind] = enum_column(AgendaItemKind, AgendaItemKind.TOPIC)
    planned_minutes: Mapped[int | None] = mapped_column()
