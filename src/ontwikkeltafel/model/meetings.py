"""Meetings: attendance, the agenda items with their minutes, and the decisions taken."""

from datetime import date, datetime

from sqlalchemy import ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontwikkeltafel.model.base import Base, Versioned, enum_column, new_id, text_column
from ontwikkeltafel.model.enums import (
    AgendaItemKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
)
from ontwikkeltafel.model.parties import Person
from ontwikkeltafel.model.tables import Table


class Meeting(Versioned, Base):
    """One session of a table, or a stand-alone consultation (no table)."""

    __tablename__ = "meetings"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    table_id: Mapped[str | None] = mapped_column(
        ForeignKey("tables.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeetingKind] = enum_column(MeetingKind, MeetingKind.TABLE_SESSION)
    title: Mapped[str] = mapped_column()
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None] = mapped_column()
    location: Mapped[str] = text_column()
    chair_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    secretary_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, MeetingStatus.PLANNED)
    minutes_approved_on: Mapped[date | None] = mapped_column()
    notes: Mapped[str] = text_column()
    #: How the verslag was adopted: the corrections, and (JSON) what the adopted verslag
    #: is made from, so that it reads the same however the data changes afterwards.
    adoption_changes: Mapped[str] = text_column()
    adoption_document: Mapped[str | None] = mapped_column(Text)
    #: When the app made a document or mail draft of each kind for the meeting: JSON, a
    #: list of {"kind": DocumentKind code, "on": "YYYY-MM-DD"} (services/documents_sent.py).
    documents_sent: Mapped[str | None] = mapped_column(Text)

    table: Mapped[Table | None] = relationship()
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Person | None] = relationship(foreign_keys=[secretary_id])
    attendance: Mapped[list["Attendance"]] = relationship(
        cascade="all, delete-orphan", order_by="Attendance.position"
    )
    agenda: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )


class Attendance(Versioned, Base):
    """Whether one person was present, excused, absent or a guest at a meeting."""

    __tablename__ = "attendance"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[str] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus, AttendanceStatus.PRESENT)
    position: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship()


class AgendaItem(Versioned, Base):
    """An agenda item: what was prepared, what was said (minutes), what was decided."""

    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    title: Mapped[str] = mapped_column()
    kind: Mapped[AgendaItemKind] = enum_column(AgendaItemKind, AgendaItemKind.TOPIC)
    planned_minutes: Mapped[int | None] = mapped_column()
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    description: Mapped[str] = text_column()
    minutes: Mapped[str] = text_column()
    confidential: Mapped[bool] = mapped_column(default=False, server_default="0")
    #: When the item was really discussed (the chair's live mode records them).
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    presenter: Mapped[Person | None] = relationship()
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", order_by="Decision.position"
    )


class Decision(Versioned, Base):
    """A decision (besluit) taken under an agenda item; numbered per table when reported."""

    __tablename__ = "decisions"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    agenda_item_id: Mapped[str] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column()

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")
