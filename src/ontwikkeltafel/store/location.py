"""Which database to open: --db PATH, --db-url URL, ONTWIKKELTAFEL_DB, or the user data folder.

A URL's password is a secret: it is never part of a message or a log line.
:func:`location_from_url` understands a password with ``@ : / ? #`` in it even
unescaped: the user info ends at the last ``@`` before the host, as urllib splits
it (an ``@`` in the query stays in the query). ``display`` masks the password and
a ``password`` given in the query string; :func:`redact` masks both in any text:
a URL that cannot be parsed, and every line of the log file whatever wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, quote_plus, unquote

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.paths import default_db_path

if TYPE_CHECKING:  # SQLAlchemy is imported when a URL is made: redact (the log) needs none
    from sqlalchemy.engine import URL

ENV_VAR = "ONTWIKKELTAFEL_DB"
MASK = "***"

_SCHEME = re.compile(r"(?P<scheme>[\w+]+)://(?P<rest>.*)\Z", re.DOTALL)
# "@host[:port]/database?name=" (or "host[:port]/database?name=" at the start) inside
# what the last "@" made the user info: that "@" was in the query (?application_name=a@b,
# ?password=p@ss), not in the password.
_HOST_PATH_QUERY = re.compile(
    r"(?:@[^@/?#]*|\A(?:\[[^\]@]*\]|[^@/?#:]*)(?::\d*)?)/[^@?#]*\?[A-Za-z_][\w.-]*="
)
# What redact() masks: from "scheme://user:" (or "user:x" opening the text) to the last
# "@" of its line; the value of password=, passwd=, pwd=, sslpassword=, ... (not one
# already masked); and 'password': '...' as a mapping shows it.
_URL_USER = re.compile(r"\b[A-Za-z][\w+.-]{0,39}://[^\s:/?#]*:")
_BARE_USER = re.compile(r"(?![^\s:/?#]*://)[^\s:/?#]*:(?!\s)")
_KEY = r"\w*pass(?:word|wd)|pwd"


def _letters(word: str) -> str:
    """A pattern for ``word`` with any of its letters percent-encoded (``pass%77ord``)."""
    return "".join(f"(?:{c}|%{ord(c):02x}|%{ord(c.upper()):02x})" for c in word)


# _KEY as a URL's query may spell it: any letter percent-encoded, as url_display decodes it.
_TEXT_KEY = (
    rf"(?:\w|%[0-9a-f]{{2}})*{_letters('pass')}(?:{_letters('word')}|{_letters('wd')})"
    rf"|{_letters('pwd')}"
)
_QUERY_VALUE = re.compile(
    rf"(?i)(?P<head>(?<![\w%])(?:{_TEXT_KEY})\s*=\s*)(?!\*\*\*(?:[&\s'\")]|\Z))[^&\n]*"
)
# A mapping's repr: the value str or bytes (b'...'), with backslash-escaped quotes in it.
_MAPPING_VALUE = re.compile(
    rf"""(?i)(?P<head>(?P<q>['"])(?:{_KEY})(?P=q)\s*:\s*(?P<b>b?)(?P<v>['"]))"""
    r"""(?:\\.|(?!(?P=v))[^\\\n])*(?P=v)"""
)


def is_secret_key(name: str) -> bool:
    """Whether a query argument holds a password (password, passwd, pwd, sslpassword, ...)."""
    return re.fullmatch(_KEY, name, re.IGNORECASE) is not None


def _mask_user_info(line: str, opens_text: bool) -> str:
    last_at = line.rfind("@")
    if last_at < 0:
        return line
    user = _BARE_USER.match(line, 0, last_at) if opens_text else None
    user = user or _URL_USER.search(line, 0, last_at)
    if user is None:
        return line
    return f"{line[: user.end()]}{MASK}{line[last_at:]}"


def redact(text: str) -> str:
    """``text`` with every password in it masked: safe to print or log.

    For a URL that cannot be parsed, and for every line of the log file. In a URL,
    everything between ``scheme://user:`` and the last ``@`` of its line becomes
    ``***``, as does the value of a ``password=`` (``passwd=``, ``pwd=``,
    ``sslpassword=``) argument, up to the next ``&`` or the end of the line.
    """
    lines = text.split("\n")
    text = "\n".join(_mask_user_info(line, i == 0) for i, line in enumerate(lines))
    text = _QUERY_VALUE.sub(lambda m: f"{m['head']}{MASK}", text)
    return _MAPPING_VALUE.sub(lambda m: f"{m['head']}{MASK}{m['v']}", text)


@dataclass(frozen=True)
class DatabaseLocation:
    """A database to open: a SQLAlchemy URL, plus the file when it is SQLite on disk.

    A file's URL is made when first asked for: the quick commands read a SQLite file
    without SQLAlchemy (store.plain), so they never load it to name the file.
    """

    server_url: URL | None
    sqlite_path: Path | None

    @property
    def url(self) -> URL:
        """The SQLAlchemy URL of the database."""
        if self.server_url is not None:
            return self.server_url
        from sqlalchemy.engine import URL

        return URL.create("sqlite+pysqlite", database=str(self.sqlite_path))

    @property
    def display(self) -> str:
        """How to name the database to a person: the file path, or the URL without secrets."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return url_display(self.url)


def url_display(url: URL) -> str:
    """``url`` as a person may see it: its password and any password in its query ``***``."""
    shown = url.set(query={}).render_as_string(hide_password=True)
    arguments = [
        f"{quote_plus(name)}={MASK if is_secret_key(name) else quote_plus(value)}"
        for name in sorted(url.query)
        for value in url.normalized_query[name]
    ]
    return f"{shown}?{'&'.join(arguments)}" if arguments else shown


def location_from_path(path: str | Path) -> DatabaseLocation:
    """A SQLite file on disk."""
    return DatabaseLocation(None, Path(path).expanduser().absolute())


def _split_user_info(rest: str) -> tuple[str | None, str]:
    """What follows ``scheme://``, split into the user info (None if none) and the rest."""
    at = rest.rfind("@")
    if at < 0:
        return None, rest
    in_query = _HOST_PATH_QUERY.search(rest, 0, at)
    if in_query:
        if not in_query[0].startswith("@"):
            return None, rest
        at = in_query.start()
    if any(char in rest[:at].partition(":")[0] for char in "/?#"):
        # A user name has no unescaped / ? #: this "@" is in the path or the query,
        # so the user info ends where urllib ends it, before the first / ? #.
        ends = [i for i in (rest.find(char) for char in "/?#") if i >= 0]
        at = rest.rfind("@", 0, min(ends))
        if at < 0:
            return None, rest
    return rest[:at], rest[at + 1 :]


def _escaped_user_info(url: str) -> str:
    """The URL with its user name and password percent-encoded, as SQLAlchemy parses it."""
    match = _SCHEME.match(url)
    if match is None:
        return url
    user_info, rest = _split_user_info(match["rest"])
    # An "@" left in the database name or the query would start SQLAlchemy's user info.
    rest = rest.replace("@", "%40")
    if user_info is None:
        return f"{match['scheme']}://{rest}"
    user, colon, password = user_info.partition(":")
    escaped = quote(unquote(user), safe="")
    if colon:
        escaped += ":" + quote(unquote(password), safe="")
    return f"{match['scheme']}://{escaped}@{rest}"


def location_from_url(url: str) -> DatabaseLocation:
    """Any SQLAlchemy URL; a SQLite URL with a file is treated as that file."""
    from sqlalchemy.engine import make_url

    try:
        parsed = make_url(_escaped_user_info(url))
    except Exception:
        # Not chained: the parser's exception may quote the URL, password and all.
        raise UserError("db.bad_url", url=redact(url)) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        return location_from_path(str(parsed.database))
    return DatabaseLocation(parsed, None)


def resolve_location(
    db_path: str | None, db_url: str | None, environ: Mapping[str, str]
) -> DatabaseLocation:
    """Apply the order of spec/cli.md: --db, --db-url, ONTWIKKELTAFEL_DB, the default."""
    if db_path:
        return location_from_path(db_path)
    if db_url:
        return location_from_url(db_url)
    from_env = environ.get(ENV_VAR, "").strip()
    if from_env:
        return location_from_url(from_env) if "://" in from_env else location_from_path(from_env)
    return location_from_path(default_db_path())
