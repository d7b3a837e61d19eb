"""The one time zone of the app, without SQLAlchemy (the quick commands import it)."""

from typing import Final
from zoneinfo import ZoneInfo

#: The one time zone of the app: moments are stored in UTC and read, entered and shown
#: in Amsterdam time (dates of meetings, action numbers, reports, file names, the window).
AMSTERDAM: Final = ZoneInfo("Europe/Amsterdam")
