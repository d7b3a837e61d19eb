"""Texts of the besluiten- en actielijst (report actions), in Dutch and English."""

MESSAGES: dict[str, dict[str, str]] = {}
