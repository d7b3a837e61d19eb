"""Texts of the verslag (report minutes), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
