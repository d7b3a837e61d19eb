"""What a person chose in Voorkeuren: their name, e-mail address and default retention.

Kept as JSON in the user config folder; a missing or unreadable file gives the defaults,
so a damaged file never stops the app. The name signs every history entry.
"""

import getpass
import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from ontwikkeltafel.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"

#: Years the records of a stand-alone consultation are kept unless a person chooses otherwise.
DEFAULT_RETENTION_YEARS = 7


def os_user_name() -> str:
    """The operating system's name of the person running the app ("" when it has none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


@dataclass(frozen=True)
class Preferences:
    """The choices of one person on this computer."""

    name: str = ""
    email: str = ""
    retention_years: int = DEFAULT_RETENTION_YEARS

    @property
    def author(self) -> str:
        """The name history entries are signed with: the chosen name, else the OS user."""
        return self.name.strip() or os_user_name()


#: An e-mail address as a mail program takes it: one @, no spaces, a domain with a dot.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")


def email_is_valid(address: str) -> bool:
    """Whether ``address`` is usable as an e-mail address ("" counts: none is given)."""
    address = address.strip()
    return not address or (len(address) <= 254 and _EMAIL.fullmatch(address) is not None)


#: A phone number as people write it: digits, spaces, -, ( and ), a + only in front.
_PHONE = re.compile(r"\+?[0-9 ()-]+")
DUTCH_PHONE_DIGITS = 10  # 030 123 45 67, 06 12 34 56 78
INTERNATIONAL_PHONE_DIGITS = 7  # after the +: a country code and a short number


def phone_is_valid(number: str) -> bool:
    """Whether ``number`` can be a phone number ("" counts: none is given); no letters.

    Lenient: a Dutch number has at least 10 digits, one with a leading + (international)
    at least 7; spaces, dashes and brackets may be anywhere.
    """
    number = number.strip()
    if not number:
        return True
    if _PHONE.fullmatch(number) is None:
        return False
    digits = sum(character.isdigit() for character in number)
    least = INTERNATIONAL_PHONE_DIGITS if number.startswith("+") else DUTCH_PHONE_DIGITS
    return digits >= least


def preferences_path() -> Path:
    """Where the preferences are kept."""
    return config_dir() / FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """The stored preferences, or the defaults where the file has none (or cannot be read)."""
    path = path or preferences_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("preferences %s not read: %s", path, exc)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    defaults = Preferences()
    values = {}
    for spec in fields(Preferences):
        value = raw.get(spec.name)
        expected = type(getattr(defaults, spec.name))
        if isinstance(value, expected) and not isinstance(value, bool):
            values[spec.name] = value
    preferences = Preferences(**values)
    if not 1 <= preferences.retention_years <= 100:
        preferences = Preferences(preferences.name, preferences.email)
    return preferences


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Store ``preferences`` whole or not at all (a temporary file, then a rename)."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".preferences-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(asdict(preferences), stream, ensure_ascii=False, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
