"""The declarative base, column types shared by all records, and naming conventions."""

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Text, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapper, mapped_column
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


@event.listens_for(Mapper, "before_configured")
def _every_record_known() -> None:
    """Every ORM module imported before the mappers are set up (they name each other).

    The package imports its ORM classes only when one is asked for (the quick commands
    use the enums alone), so a module imported on its own still finds its relations.
    """
    from ontwikkeltafel.model import load_records

    load_records()
