"""Word reports, iCalendar invitations and charts, from plain data; no Qt, no database sessions."""
