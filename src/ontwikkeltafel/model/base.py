"""The declarative base, column types shared by all records, and naming conventions."""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Text, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, object_session
from sqlalchemy.types import TypeDecorator

from ontwikkeltafel.model.zone import AMSTERDAM as AMSTERDAM

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A fresh record id: a UUID4 string, as the exchange format expects."""
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC and always read back timezone-aware (UTC).

    SQLite keeps no offset, so every moment is normalised to UTC on the way in;
    presentation converts to :data:`AMSTERDAM`.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Normalise an aware moment to naive UTC; naive input is refused."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UtcDateTime column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Mark the stored naive UTC moment as UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


def enum_column(enum_cls: type[StrEnum], default: StrEnum | None = None) -> Any:
    """A non-native enum column storing the English code, checked by a constraint."""
    return mapped_column(
        Enum(
            enum_cls,
            native_enum=False,
            create_constraint=True,
            length=max(len(m.value) for m in enum_cls),
            values_callable=lambda cls: [m.value for m in cls],
            name=enum_cls.__name__.lower(),
            validate_strings=True,
        ),
        default=default,
        nullable=False,
    )


def text_column() -> Any:
    """A long or short text that defaults to the empty string, never null."""
    return mapped_column(Text, nullable=False, default="", server_default="")


class Base(DeclarativeBase):
    """Base of every ORM class; ids are strings (UUID4 when the app makes them)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {str: String(), datetime: UtcDateTime()}


class Versioned:
    """A record edited in forms: ``version`` counts its stored changes (1 when made).

    Every UPDATE the ORM's unit of work makes of the record raises it by one
    (:func:`_next_version`); a save given the version its form loaded refuses when the
    stored one differs (services.conflicts). Writes that bypass the unit of work (Core, an
    ORM bulk UPDATE) leave it as it is. Last among the columns: migration 0009 added it to
    tables that had the others. Neither the history nor the exchange keep it.
    """

    # No Python-side default: Core inserts (the import, a restore) leave it to the server,
    # and so do the ORM's.
    version: Mapped[int] = mapped_column(nullable=False, server_default="1", sort_order=1000)


@event.listens_for(Versioned, "before_update", propagate=True)
def _next_version(_mapper: Mapper[Any], _connection: Any, record: Versioned) -> None:
    """A record whose values the flush changes gets the next version in the same UPDATE.

    (Not SQLAlchemy's ``version_id_col``: that makes every ORM bulk UPDATE bring the
    version of each row, which the import's do not.)
    """
    session = object_session(record)
    if session is not None and session.is_modified(record, include_collections=False):
        record.version = (record.version or 0) + 1


@event.listens_for(Mapper, "before_configured")
def _every_record_known() -> None:
    """Every ORM module imported before the mappers are set up (they name each other).

    The package imports its ORM classes only when one is asked for (the quick commands
    use the enums alone), so a module imported on its own still finds its relations.
    """
    from ontwikkeltafel.model import load_records

    load_records()
