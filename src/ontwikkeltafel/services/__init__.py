"""One function per user action; each opens its own session and transaction; no Qt here."""

from sqlalchemy.orm import Session, sessionmaker

SessionFactory = sessionmaker[Session]
