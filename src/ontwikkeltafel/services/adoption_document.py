"""What an adopted verslag is made from, kept with the adoption so it never changes afterwards."""

from typing import TYPE_CHECKING, Any

from ontwikkeltafel.reports.data_json import to_json
from ontwikkeltafel.services.report_data import build_minutes
from ontwikkeltafel.services.report_stood import meeting_record
from ontwikkeltafel.store.plain import plain_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def minutes_document(session: "Session", meeting_id: str) -> dict[str, Any]:
    """The internal verslag of ``meeting_id`` as it stands now, as a JSON object.

    It is the concept as ``report minutes --internal`` makes it (actions as they stood at
    the meeting), whatever is kept already: the data of a reports.data.MinutesData, read
    back by services.report_data.adopted_minutes. The participant version is made from it
    by leaving out the confidential parts. It is read in the adoption's own transaction
    (what the session changed is flushed first).
    """
    session.flush()
    db = plain_in(session)
    document: dict[str, Any] = to_json(build_minutes(db, meeting_record(db, meeting_id), True))
    return document
