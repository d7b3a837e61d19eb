"""Messages of the history: its entries in the exchange file and what the window shows of it."""

MESSAGES: dict[str, dict[str, str]] = {}
