"""Messages of a meeting's status, adopting a verslag and reopening it."""

MESSAGES: dict[str, dict[str, str]] = {}
