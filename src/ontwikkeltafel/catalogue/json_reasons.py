"""Why a file is not valid JSON, in Dutch and English: Python's parser says it in English only.

A catalogue message names the reason as ``{reason:nl}`` or ``{reason:en}``; the value is a
:class:`JsonReason`, which renders itself in the language its format spec names.
"""

#: Python's json messages (the start of ``JSONDecodeError.msg``) in Dutch and English.
REASONS: dict[str, tuple[str, str]] = {
    "Expecting value": ("hier werd een waarde verwacht", "Expecting value"),
    "Expecting property name enclosed in double quotes": (
        "hier werd een veldnaam tussen dubbele aanhalingstekens verwacht",
        "Expecting property name enclosed in double quotes",
    ),
    "Expecting ',' delimiter": ("hier werd een komma verwacht", "Expecting ',' delimiter"),
    "Expecting ':' delimiter": ("hier werd een dubbele punt verwacht", "Expecting ':' delimiter"),
    "Extra data": ("na het einde van de gegevens staat nog meer", "Extra data"),
    "Unterminated string starting at": (
        "een tekst zonder afsluitend aanhalingsteken begint hier",
        "Unterminated string starting at",
    ),
    "Invalid control character at": ("een ongeldig stuurteken", "Invalid control character at"),
    "Invalid \\escape": ("een ongeldige backslash-code", "Invalid \\escape"),
    "Invalid \\uXXXX escape": ("een ongeldige \\u-code", "Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": (
        "een komma voor het einde van een object",
        "Illegal trailing comma before end of object",
    ),
    "Illegal trailing comma before end of array": (
        "een komma voor het einde van een lijst",
        "Illegal trailing comma before end of array",
    ),
    "too deep": ("de gegevens zijn te diep genest", "too deep"),
}

#: The Dutch for a reason not in :data:`REASONS` (English keeps Python's own words).
OTHER_NL = "de opbouw klopt hier niet"


class JsonReason:
    """The parser's reason, rendered in Dutch (``{reason:nl}``) or English (otherwise)."""

    def __init__(self, text: str) -> None:
        """Keep Python's own (English) ``text``."""
        self.text = text

    def __format__(self, spec: str) -> str:
        """Dutch for ``nl`` (a known reason, or a plain general one), else the English."""
        known = next((pair for start, pair in REASONS.items() if self.text.startswith(start)), None)
        if spec == "nl":
            return known[0] if known else OTHER_NL
        return self.text

    def __str__(self) -> str:
        """English, for logs."""
        return self.text
