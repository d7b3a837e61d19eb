"""Texts of the convocatie (report agenda), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
