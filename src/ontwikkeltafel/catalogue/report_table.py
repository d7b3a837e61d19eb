"""Texts of the table report (report table), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
