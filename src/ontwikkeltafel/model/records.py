"""What a table works with: concerns, good practices, development points and actions."""

from datetime import date

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontwikkeltafel.model.base import Base, Versioned, enum_column, new_id, text_column
from ontwikkeltafel.model.enums import (
    ActionStatus,
    ConcernKind,
    ConcernStatus,
    DevelopmentPointStatus,
    Priority,
)
from ontwikkeltafel.model.links import (
    concern_practices,
    concern_themes,
    development_point_concerns,
    practice_organisations,
    practice_themes,
)
from ontwikkeltafel.model.parties import Organisation, Person, Theme


class Practice(Versioned, Base):
    """A good practice (goed voorbeeld): a way of working that works elsewhere."""

    __tablename__ = "practices"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column()
    summary: Mapped[str] = text_column()
    description: Mapped[str] = text_column()
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    region: Mapped[str] = text_column()
    source: Mapped[str] = text_column()
    success_factors: Mapped[str] = text_column()

    organisations: Mapped[list[Organisation]] = relationship(secondary=practice_organisations)
    themes: Mapped[list[Theme]] = relationship(secondary=practice_themes)


class Concern(Versioned, Base):
    """A question, concern or bottleneck that participants bring to the table."""

    __tablename__ = "concerns"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    table_id: Mapped[str | None] = mapped_column(
        ForeignKey("tables.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[ConcernKind] = enum_column(ConcernKind, ConcernKind.CONCERN)
    title: Mapped[str] = mapped_column()
    description: Mapped[str] = text_column()
    raised_by_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    raised_in_meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )
    status: Mapped[ConcernStatus] = enum_column(ConcernStatus, ConcernStatus.OPEN)
    priority: Mapped[Priority] = enum_column(Priority, Priority.NORMAL)
    resolution: Mapped[str] = text_column()

    themes: Mapped[list[Theme]] = relationship(secondary=concern_themes)
    practices: Mapped[list[Practice]] = relationship(secondary=concern_practices)


class DevelopmentPoint(Versioned, Base):
    """A development point (ontwikkelpunt): what the table wants to improve."""

    __tablename__ = "development_points"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    table_id: Mapped[str | None] = mapped_column(
        ForeignKey("tables.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column()
    description: Mapped[str] = text_column()
    status: Mapped[DevelopmentPointStatus] = enum_column(
        DevelopmentPointStatus, DevelopmentPointStatus.PROPOSED
    )
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))

    owner: Mapped[Person | None] = relationship()
    concerns: Mapped[list[Concern]] = relationship(secondary=development_point_concerns)


class Action(Versioned, Base):
    """An action (actiepunt): who does what by when; numbered per table ("2018-03")."""

    __tablename__ = "actions"
    __table_args__ = (
        UniqueConstraint("table_id", "number"),
        Index("ix_actions_number", "number", "id"),  # the order the action list opens in
    )

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column()
    table_id: Mapped[str | None] = mapped_column(ForeignKey("tables.id", ondelete="CASCADE"))
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column()
    owner_id: Mapped[str | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column()
    status: Mapped[ActionStatus] = enum_column(ActionStatus, ActionStatus.OPEN)
    done_on: Mapped[date | None] = mapped_column()
    notes: Mapped[str] = text_column()

    owner: Mapped[Person | None] = relationship()
