"""Texts of the iCalendar invitation (invite), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
