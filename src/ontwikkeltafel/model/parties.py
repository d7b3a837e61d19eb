"""Who sits at the tables: organisations, people, and the themes they work on."""

from sqlalchemy import ForeignKey, Index, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ontwikkeltafel.model.base import Base, Versioned, enum_column, new_id, text_column
from ontwikkeltafel.model.enums import Sector


class Organisation(Versioned, Base):
    """An organisation around the table, with its sector."""

    __tablename__ = "organisations"

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(index=True)
    sector: Mapped[Sector] = enum_column(Sector, Sector.OTHER)
    website: Mapped[str] = text_column()
    notes: Mapped[str] = text_column()
    # A short form for reports ("KUS"); "" when it has none (last: migration 0006 added it).
    short_name: Mapped[str] = text_column()

    people: Mapped[list["Person"]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    """A person: first name, tussenvoegsel (prefix) and surname kept apart."""

    __tablename__ = "people"
    __table_args__ = (Index("ix_people_sort", "last_name", "prefix", "first_name"),)

    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    first_name: Mapped[str] = text_column()
    prefix: Mapped[str] = text_column()
    last_name: Mapped[str] = mapped_column()
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str] = text_column()
    email: Mapped[str] = text_column()
    phone: Mapped[str] = text_column()
    notes: Mapped[str] = text_column()

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")


class Theme(Versioned, Base):
    """A theme such as geweld in gezinnen or warme overdracht; names unique ignoring case."""

    __tablename__ = "themes"
    id: Mapped[str] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column()


Index("uq_themes_name_nocase", func.lower(Theme.name), unique=True)
