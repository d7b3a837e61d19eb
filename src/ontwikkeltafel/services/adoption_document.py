"""What an adopted verslag is made from, kept with the adoption so it never changes afterwards."""

from typing import Any

from sqlalchemy.orm import Session

from ontwikkeltafel.reports.data_json import to_json
from ontwikkeltafel.services.report_data import build_minutes, load_meeting


def minutes_document(session: Session, meeting_id: str) -> dict[str, Any]:
    """The internal verslag of ``meeting_id`` as it stands now, as a JSON object.

    It is the concept as ``report minutes --internal`` makes it (actions as they stood at
    the meeting), whatever is kept already: the data of a reports.data.MinutesData, read
    back by services.report_data.adopted_minutes. The participant version is made from it
    by leaving out the confidential parts.
    """
    meeting = load_meeting(session, meeting_id)
    document: dict[str, Any] = to_json(build_minutes(session, meeting, internal=True))
    return document
