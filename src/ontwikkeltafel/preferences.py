"""What a person chose in Voorkeuren: their name, e-mail address, default retention, mail texts.

Kept as JSON in the user config folder; a missing or unreadable file gives the defaults,
so a damaged file never stops the app. The name signs every history entry.
"""

import getpass
import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from ontwikkeltafel.catalogue.mail import MESSAGES as MAIL_MESSAGES
from ontwikkeltafel.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"

#: Years the records of a stand-alone consultation are kept unless a person chooses otherwise.
DEFAULT_RETENTION_YEARS = 7

#: The mail drafts' texts (Mailteksten): which mail; their Dutch defaults are in the catalogue.
#: Placeholders: {tafel} {bijeenkomst} {datum} {tijd} {plaats} {agenda} {bijlagen} {naam}.
MAIL_TEXTS = ("agenda", "minutes", "approved", "actions")
DEFAULT_MAIL_SUBJECTS = {m: MAIL_MESSAGES[f"mail.default.{m}.subject"]["nl"] for m in MAIL_TEXTS}
DEFAULT_MAIL_BODIES = {m: MAIL_MESSAGES[f"mail.default.{m}.body"]["nl"] for m in MAIL_TEXTS}


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
    mail_agenda_subject: str = DEFAULT_MAIL_SUBJECTS["agenda"]
    mail_agenda_body: str = DEFAULT_MAIL_BODIES["agenda"]
    mail_minutes_subject: str = DEFAULT_MAIL_SUBJECTS["minutes"]
    mail_minutes_body: str = DEFAULT_MAIL_BODIES["minutes"]
    mail_approved_subject: str = DEFAULT_MAIL_SUBJECTS["approved"]
    mail_approved_body: str = DEFAULT_MAIL_BODIES["approved"]
    mail_actions_subject: str = DEFAULT_MAIL_SUBJECTS["actions"]
    mail_actions_body: str = DEFAULT_MAIL_BODIES["actions"]

    @property
    def author(self) -> str:
        """The name history entries are signed with: the chosen name, else the OS user."""
        return self.name.strip() or os_user_name()

    def mail_text(self, mail: str) -> tuple[str, str]:
        """The subject and body template of a mail in MAIL_TEXTS (a blank one: the default)."""
        subject = getattr(self, f"mail_{mail}_subject").strip() or DEFAULT_MAIL_SUBJECTS[mail]
        body = getattr(self, f"mail_{mail}_body")
        return subject, body if body.strip() else DEFAULT_MAIL_BODIES[mail]


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
        preferences = replace(preferences, retention_years=DEFAULT_RETENTION_YEARS)
    return preferences


def _changed_texts(preferences: Preferences) -> dict[str, object]:
    """The preferences to store: a mail text only when changed, so a better default reaches it."""
    defaults = asdict(Preferences())
    return {
        name: value
        for name, value in asdict(preferences).items()
        if not name.startswith("mail_") or value != defaults[name]
    }


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Store ``preferences`` whole or not at all (a temporary file, then a rename)."""
    path = path or preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".preferences-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(_changed_texts(preferences), stream, ensure_ascii=False, indent=2)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
