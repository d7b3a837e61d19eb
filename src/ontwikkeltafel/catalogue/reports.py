"""Texts of the Word reports and invitations, in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
