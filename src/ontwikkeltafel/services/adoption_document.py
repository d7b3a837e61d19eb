"""What an adopted verslag is made from, kept with the adoption so it never changes afterwards."""

from typing import Any

from sqlalchemy.orm import Session


def minutes_document(session: Session, meeting_id: str) -> dict[str, Any]:
    """The internal verslag of ``meeting_id`` as it stands now, as a JSON object.

    A placeholder until the documents-as-they-stood work lands: an empty object.
    """
    return {}
