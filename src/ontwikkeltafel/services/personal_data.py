"""Finding likely personal data in a text (a BSN, a birth date, a phone number, ...), no Qt."""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ontwikkeltafel.i18n import fold

KINDS = ("bsn", "birth", "age", "phone", "email", "iban", "address", "street", "name")

_LABELS = {
    "bsn": "BSN",
    "birth": "geboortedatum",
    "age": "leeftijd",
    "phone": "telefoon",
    "email": "e-mail",
    "iban": "IBAN",
    "address": "adres",
    "street": "straat",
    "name": "naam",
}

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = (
    rf"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:\d{{4}}|\d{{2}})|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})"
)

# Nine digits, alone or written 123.456.782 / 123 456 782; not part of an amount or a number.
_BSN = re.compile(
    r"(?<![\d.,€$])(?<!€ )(\d{4}\.\d{2}\.\d{3}|\d{3}[. ]\d{3}[. ]\d{3}|\d{9})(?!\d|[.,]\d)"
)
_BIRTH = re.compile(
    rf"\b(?:geboren|geb\.|geboortedatum:?|geb\.\s*datum:?|geboortedatum\s+is)\s*(?:op\s+)?({_DATE})",
    re.IGNORECASE,
)
_AGE = re.compile(
    r"\b(\d{1,2})[-\s]jar(?:ig|ige)\b|\b\d{1,2}\s+jaar\s+oud\b"
    r"|(?:\b(?:van|is|was|wordt|werd|leeftijd:?)\s+|\()\d{1,2}\s+jaar\b(?!\s+(?:geleden|lang|later|"
    r"eerder|ervaring|terug|na|voor|in|op|aan|werkzaam|actief|bij|looptijd"
    r"|(?:en|of)\s+(?:ouder|jonger)))",  # "jongeren van 18 jaar en ouder": an age group
    re.IGNORECASE,
)
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+31|0031)[\s-]?(?:\(0\))?[\s-]?|0)"
    r"(?:6[\s-]?\d{8}|6[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}|[1-9]\d{1,2}[\s-]?\d{6,7}"
    r"|[1-9]\d{1,2}[\s-]?\d{3}[\s-]?\d{3,4}|[1-9]\d[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2})(?!\d)"
)
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}\b")
_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b")
_POSTCODE = re.compile(
    r"\b([1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})[,\s]+(\d{1,4}(?:\s?[a-zA-Z]\b|-\d+)?)\b"
)
_STREET_SUFFIX = (
    r"straat|laan|weg|plein|plateau|singel|gracht|kade|dijk|hof|dreef|pad|steeg|park|markt"
    r"|baan|ring|plantsoen|allee|wal|haven|erf|veld|straatweg|boulevard"
)
_STREET = re.compile(
    rf"\b([A-Z][a-zà-ÿ]+(?:[- ][A-Za-zà-ÿ]+)?(?:{_STREET_SUFFIX}))"
    r"\s+(\d{1,4}(?:\s?[a-z]\b|-\d+)?)\b"
)


@dataclass(frozen=True)
class Finding:
    """One likely piece of personal data: its kind, where it is and how to show it masked."""

    kind: str
    start: int
    end: int
    masked: str


def bsn_valid(digits: str) -> bool:
    """Whether nine digits pass the 11-proef of a burgerservicenummer."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def iban_valid(text: str) -> bool:
    """Whether an IBAN (spaces allowed) passes the mod-97 check."""
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def mask(kind: str, text: str) -> str:
    """The finding shown masked: its label and dots, with the last two characters of numbers."""
    shown = text.strip()
    keep = 2 if kind in ("bsn", "phone", "iban") else 0
    body = re.sub(r"\s", "", shown)
    dots = "•" * max(len(body) - keep, 3)
    return f"{_LABELS[kind]} {dots}{body[-keep:] if keep else ''}"


@functools.lru_cache(maxsize=16)
def _phrases(phrases: tuple[str, ...], least_words: int) -> re.Pattern[str] | None:
    """One pattern for every phrase of ``least_words`` words or more, longest first, any case."""
    words = {tuple(p.split()) for p in phrases if len(p.split()) >= max(least_words, 1)}
    if not words:
        return None
    ordered = sorted(words, key=lambda w: -len(" ".join(w)))
    either = "|".join(r"\s+".join(map(re.escape, w)) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)", re.IGNORECASE)


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=16)
def _name_index(names: tuple[str, ...]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """The full names of two words or more, by the fold of their last word, with all words."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name in set(names):
        words = tuple(fold(w) for w in _WORD.findall(name))
        if len(name.split()) >= 2 and words:  # a first name alone says too little
            index.setdefault(words[-1], []).append((name, words))
    return index


def _names_in(text: str, names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The pattern of the names whose every word ``text`` holds (in any case or accent).

    Of the thousands of people of a database a text names a few: one pattern of them all
    took most of a large verslag's time (compiled, then run over every text). The words
    are folded more loosely than the pattern matches, so no name it would find is left out.
    """
    index = _name_index(names)
    if not index:
        return None
    words = {fold(w) for w in _WORD.findall(text)}
    present = tuple(
        sorted(
            name
            for last in words.intersection(index)
            for name, parts in index[last]
            if all(part in words for part in parts)
        )
    )
    return _phrases(present, 2) if present else None


def scan(text: str, names: Iterable[str] = (), known: Iterable[str] = ()) -> list[Finding]:
    """The likely personal data in ``text``, in order, overlapping findings reduced to the first.

    ``names`` are full names of people the text should not mention (the caller chooses them,
    e.g. people in the database who are no member of the table). ``known`` are names of
    organisations: a street or an address inside one ("Huisartsenpraktijk Zwanenveld 2") is
    the organisation's name, not a person's address.
    """
    found: list[tuple[str, int, int]] = []
    for m in _EMAIL.finditer(text):
        found.append(("email", m.start(), m.end()))
    if _DIGIT.search(text):  # every pattern here asks for a digit: most texts have none
        for m in _IBAN.finditer(text):
            if iban_valid(m.group(1)):
                found.append(("iban", m.start(1), m.end(1)))
        for m in _BIRTH.finditer(text):
            found.append(("birth", m.start(1), m.end(1)))
        for m in _BSN.finditer(text):
            if bsn_valid(re.sub(r"\D", "", m.group(1))):
                found.append(("bsn", m.start(1), m.end(1)))
        for m in _PHONE.finditer(text):
            found.append(("phone", m.start(), m.end()))
        for m in _POSTCODE.finditer(text):
            found.append(("address", m.start(), m.end()))
        for m in _STREET.finditer(text):
            found.append(("street", m.start(), m.end()))
        for m in _AGE.finditer(text):
            digit = re.search(r"\d", m.group())
            found.append(("age", m.start() + (digit.start() if digit else 0), m.end()))
    pattern = _names_in(text, tuple(names))
    if pattern is not None:
        for m in pattern.finditer(text):
            found.append(("name", m.start(), m.end()))
    found = _outside_known(text, found, tuple(known))
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    result: list[Finding] = []
    end = -1
    for kind, start, stop in found:
        if start < end:
            continue
        result.append(Finding(kind, start, stop, mask(kind, text[start:stop])))
        end = stop
    return result


def _outside_known(
    text: str, found: list[tuple[str, int, int]], known: tuple[str, ...]
) -> list[tuple[str, int, int]]:
    """``found`` less the streets and addresses that lie inside an organisation's name."""
    pattern = _phrases(known, 1)
    if pattern is None or not any(kind in ("street", "address") for kind, _s, _e in found):
        return found
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [
        (kind, start, end)
        for kind, start, end in found
        if kind not in ("street", "address") or not any(a <= start and end <= b for a, b in spans)
    ]


def context(text: str, findings: list[Finding], index: int, width: int = 30) -> str:
    """The words around ``findings[index]`` on one line, with every finding in it masked."""
    finding = findings[index]
    low, high = max(finding.start - width, 0), min(finding.end + width, len(text))
    if low > 0:  # whole words only
        space = text.find(" ", low, finding.start)
        low = space + 1 if space >= 0 else low
    if high < len(text):
        space = text.rfind(" ", finding.end, high)
        high = space if space >= 0 else high
    parts = ["…" if low > 0 else ""]
    at = low
    for other in findings:
        if other.end <= low or other.start >= high:
            continue
        parts.append(text[at : max(other.start, at)])
        parts.append(other.masked.split(" ", 1)[1])  # the dots; the line names the kind
        at = max(other.end, at)
    parts.append(text[at:high] if at < high else "")
    parts.append("…" if high < len(text) else "")
    return " ".join("".join(parts).split())


@dataclass(frozen=True)
class ReportFinding:
    """A finding in a report: where (an agenda item's number, or a list), its kind, the words."""

    where: str  # "item", "decisions", "actions" or "document"
    number: int  # the agenda item's number in the report; 0 elsewhere
    kind: str
    words: str  # the words around it, every finding in them masked


_LISTS = {"decisions": "decisions", "actions": "actions", "open_actions": "actions"}


def report_findings(
    data: object, names: Iterable[str] = (), known: Iterable[str] = ()
) -> list[ReportFinding]:
    """The likely personal data in the texts of a report's data, each place and text once.

    The people named in the report (attendees, owners, members) are not scanned: their names
    belong in it. Agenda items are numbered 1, 2, 3, ... in order of position, as the report
    numbers them.
    """
    from ontwikkeltafel.reports.data import AgendaEntry, Person

    names, known = tuple(names), tuple(known)
    result: list[ReportFinding] = []
    seen: set[str] = set()

    def text(value: str, where: str, number: int) -> None:
        if value in seen:  # a decision under its item and again in the list: said once
            return
        seen.add(value)
        findings = scan(value, names, known)
        for index, finding in enumerate(findings):
            words = context(value, findings, index)
            result.append(ReportFinding(where, number, finding.kind, words))

    def walk(value: object, where: str, number: int) -> None:
        if isinstance(value, str):
            if value.strip():
                text(value, where, number)
        elif isinstance(value, Person) or not hasattr(value, "__dataclass_fields__"):
            if isinstance(value, (tuple, list)):
                for part in value:
                    walk(part, where, number)
        else:
            for name in value.__dataclass_fields__:
                part = getattr(value, name)
                if name == "agenda" and isinstance(part, tuple):
                    entries = sorted(
                        (e for e in part if isinstance(e, AgendaEntry)), key=lambda e: e.position
                    )
                    for count, entry in enumerate(entries, start=1):
                        walk(entry, "item", count)
                elif name in _LISTS and where == "document":
                    walk(part, _LISTS[name], 0)
                elif name not in ("id", "table_id", "number"):
                    walk(part, where, number)

    walk(data, "document", 0)
    return result


def finding_lines(found: Iterable[ReportFinding], lang: str) -> list[str]:
    """One line per finding, as ``report`` prints them on standard error (never logged)."""
    from ontwikkeltafel.i18n import message

    lines = []
    for finding in found:
        if finding.where == "item":
            where = message("report.pd_item", lang, number=finding.number)
        else:
            where = message(f"report.pd_{finding.where}", lang)
        kind = message(f"report.pd_kind_{finding.kind}", lang)
        lines.append(
            message("report.personal_data", lang, where=where, kind=kind, words=finding.words)
        )
    return lines
