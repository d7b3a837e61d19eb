"""Messages of the history: its entries in the exchange file and what the window shows of it."""

MESSAGES: dict[str, dict[str, str]] = {
    "exchange.bad_number": {
        "nl": "een getal dat geen JSON-getal kan zijn (te lang of oneindig)",
        "en": "a number that cannot be a JSON number (too long or infinite)",
    },
    "exchange.adoption_without_status": {
        "nl": "een vaststelling hoort alleen bij status minutes_approved",
        "en": "an adoption belongs with status minutes_approved only",
    },
    "exchange.adoption_date_differs": {
        "nl": "vastgesteld op {on}, maar minutes_approved_on zegt {approved_on}",
        "en": "adopted on {on}, but minutes_approved_on says {approved_on}",
    },
}
