"""The history: one entry per changed field, created or deleted record, oldest first."""

from datetime import datetime

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from ontwikkeltafel.model.base import Base, new_id, text_column


class HistoryEntry(Base):
    """Which record (by exchange list and id), which field, old and new value, when, by whom.

    ``field`` is None for a whole record: created (``old`` None) or deleted (``new`` None).
    ``old`` and ``new`` are JSON texts. ``seq`` keeps the order entries were written in,
    also among entries of one moment.
    """

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_record", "list", "record_id", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(index=True)
    by: Mapped[str] = text_column()
    list: Mapped[str] = mapped_column()
    record_id: Mapped[str] = mapped_column()
    field: Mapped[str | None] = mapped_column()
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str] = text_column()
