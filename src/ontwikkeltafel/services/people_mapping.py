"""Guessing what a participant list means: its columns, the parts of a name, a sector.

Pure functions on text (no database, no Qt). Headers are recognised in Dutch and
English, as Excel lists, Outlook's and Google's CSV exports write them; names are split
the Dutch way (first name, tussenvoegsel, last name); an organisation's sector is guessed
from words in its name, onto the codes of :class:`~ontwikkeltafel.model.enums.Sector`.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ontwikkeltafel.i18n import fold
from ontwikkeltafel.model.enums import Sector

#: The fields a column can hold; None: a column left out.
FIELDS = (
    "first_name",
    "prefix",
    "last_name",
    "full_name",
    "organisation",
    "function",
    "email",
    "phone",
    "mobile",
)

#: Headers (folded, only letters and digits kept) -> field.
_HEADERS: dict[str, str] = {}
for _field, _names in {
    "first_name": "voornaam voornamen roepnaam firstname givenname first given name",
    "prefix": "tussenvoegsel tussenvoegsels voorvoegsel tussenv middlename middle prefix",
    "last_name": "achternaam familienaam geslachtsnaam lastname surname familyname last",
    "full_name": "naam volledigenaam volledigename name fullname displayname weergavenaam "
    "contactpersoon deelnemer",
    "organisation": "organisatie organisation organization bedrijf company instelling "
    "werkgever organisatienaam companyname",
    "function": "functie jobtitle functietitel position beroep",
    "email": "email emailadres mail emailaddress email1 emailaddress1 email1value "
    "emailvalue e1value mailadres",
    "phone": "telefoon telefoonnummer tel phone telephone businessphone telefoonwerk "
    "werktelefoon phonenumber phone1value",
    "mobile": "mobiel mobielnummer mobiele mobieletelefoon gsm mobile mobilephone "
    "cellphone cell mobielenummer 06",
}.items():
    for _name in _names.split():
        _HEADERS[_name] = _field


def _header_key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def header_field(text: str) -> str | None:
    """The field a header names ("E-mailadres" -> "email"), or None."""
    return _HEADERS.get(_header_key(text))


def known_headers(row: Sequence[str]) -> int:
    """How many cells of ``row`` are known headers (to find the header row)."""
    return sum(1 for cell in row if cell and header_field(cell) is not None)


def guess_mapping(header: Sequence[str]) -> tuple[str | None, ...]:
    """A field per column, each field at most once (the first column naming it)."""
    used: set[str] = set()
    mapping: list[str | None] = []
    for cell in header:
        field = header_field(cell)
        if field is None or field in used:
            mapping.append(None)
        else:
            used.add(field)
            mapping.append(field)
    return tuple(mapping)


# Tussenvoegsels, longest first so that "van der" wins over "van".
PREFIXES: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(p.split())
            for p in (
                "van",
                "van der",
                "van den",
                "van de",
                "van het",
                "van 't",
                "van ter",
                "van ten",
                "de",
                "den",
                "der",
                "het",
                "ter",
                "ten",
                "te",
                "'t",
                "in 't",
                "in de",
                "in den",
                "in het",
                "op de",
                "op den",
                "op het",
                "op 't",
                "op ten",
                "uit de",
                "uit den",
                "uit het",
                "aan de",
                "aan den",
                "aan het",
                "bij de",
                "onder de",
                "over de",
                "voor de",
                "d'",
                "von",
                "von der",
                "la",
                "le",
                "du",
                "da",
                "del",
                "di",
                "dos",
                # Not "el" or "al": "El Amrani" is one surname in Dutch registers.
            )
        ),
        key=len,
        reverse=True,
    )
)
_PREFIX_WORDS = {word for prefix in PREFIXES for word in prefix}

#: Titles and forms of address dropped (people have no title field).
_TITLE_WORDS = "dr drs mr ir ing prof ds bc ba msc ma mba phd dhr mevr mw mevrouw meneer heer"
TITLES = frozenset(word + dot for word in _TITLE_WORDS.split(" ") for dot in ("", "."))


@dataclass(frozen=True)
class NameParts:
    """A name split the Dutch way."""

    first_name: str = ""
    prefix: str = ""
    last_name: str = ""


def _normal(word: str) -> str:
    return word.lower().replace("\u2019", "'")


def _drop_titles(words: list[str]) -> list[str]:
    """Words without titles: in front ("dr.", "de heer"), and after a comma ("PhD")."""
    while words and _normal(words[0]) in TITLES:
        words = words[1:]
    if len(words) > 1 and _normal(words[0]) == "de" and _normal(words[1]) == "heer":
        words = words[2:]
    while words and _normal(words[-1]) in TITLES - {"heer"}:
        words = words[:-1]
    return words


def _prefix_at(words: list[str], index: int) -> int:
    """How many words from ``index`` form a tussenvoegsel (0: none); a last name follows."""
    lowered = [_normal(w) for w in words]
    for prefix in PREFIXES:
        end = index + len(prefix)
        if end < len(words) and tuple(lowered[index:end]) == prefix:
            return len(prefix)
    return 0


def _glued(words: list[str]) -> list[str]:
    """``d'Ancona`` as ``d'`` and ``Ancona``; ``'t Hart`` stays two words."""
    out: list[str] = []
    for word in words:
        low = _normal(word)
        if low.startswith("d'") and len(word) > 2:
            out.extend((word[:2], word[2:]))
        else:
            out.append(word)
    return out


def name_of(first_name: str, prefix: str, last_name: str) -> str:
    """A full name; a prefix ending in an apostrophe sticks to the last name: "d'Ancona"."""
    last = f"{prefix}{last_name}" if prefix.endswith("'") else f"{prefix} {last_name}"
    return " ".join(part for part in (first_name, last.strip()) if part)


def split_last_name(text: str) -> tuple[str, str]:
    """A last name that holds its tussenvoegsel ("van der Berg") as (prefix, last name)."""
    words = _glued(text.split())
    size = _prefix_at(words, 0) if len(words) > 1 else 0
    return " ".join(words[:size]).lower(), " ".join(words[size:])


def split_name(text: str) -> NameParts:
    """A full name in its parts; "Berg, A. van der" (last name first) as well.

    "Anna van der Berg" -> Anna / van der / Berg; "dr. J.P. de Vries-Bakker" -> J.P. /
    de / Vries-Bakker; "IJsbrand ten Hove" -> IJsbrand / ten / Hove; one word is a last name.
    """
    text = " ".join(text.replace("\u2019", "'").split())
    if "," in text:
        last_part, _, rest = text.partition(",")
        rest_words = _drop_titles(_glued(rest.replace(",", " ").split()))
        prefix_words: list[str] = []
        while rest_words and _normal(rest_words[-1]) in _PREFIX_WORDS:
            prefix_words.insert(0, rest_words.pop())
        prefix, last = split_last_name(" ".join(_drop_titles(last_part.split())))
        prefix = " ".join(filter(None, (" ".join(prefix_words).lower(), prefix)))
        if last:
            return NameParts(" ".join(rest_words), prefix, last)
    words = _drop_titles(_glued(text.split()))
    if not words:
        return NameParts()
    if len(words) == 1:
        return NameParts("", "", words[0])
    for index in range(1, len(words) - 1):
        size = _prefix_at(words, index)
        if size:
            return NameParts(
                " ".join(words[:index]),
                " ".join(words[index : index + size]).lower(),
                " ".join(words[index + size :]),
            )
        if _normal(words[index]) in _SURNAME_PARTICLES:  # "Ahmed El Amrani"
            return NameParts(" ".join(words[:index]), "", " ".join(words[index:]))
    return NameParts(" ".join(words[:-1]), "", words[-1])


#: Particles that begin a surname they belong to (no tussenvoegsel: "El Amrani" is sorted
#: under E in Dutch registers).
_SURNAME_PARTICLES = frozenset({"el", "al", "abu", "bin", "ould"})


# Words in an organisation's name -> the sector, checked in this order (the list
# onto the Sector codes: onderwijs = education, kinderopvang = childcare, zorg = health,
# jeugdhulp = youth_care, veiligheid = safety, wonen = housing, gemeente = municipality;
# "kennis" words = knowledge). A word holding a key of five letters or more counts too
# ("Huisartsenpraktijk"), so childcare goes before education ("buitenschoolse opvang").
_SECTOR_WORDS: tuple[tuple[Sector, tuple[str, ...]], ...] = (
    (Sector.KNOWLEDGE, ("hogeschool", "universiteit", "kenniscentrum", "lectoraat", "nji")),
    (
        Sector.CHILDCARE,
        ("kinderopvang", "peuterspeelzaal", "kinderdagverblijf", "buitenschoolse", "bso"),
    ),
    (
        Sector.YOUTH_CARE,
        ("wijkteam", "jeugdteam", "veilig thuis", "jeugdhulp", "jeugdzorg", "jeugdbescherming"),
    ),
    (
        Sector.HEALTH,
        ("ggd", "huisarts", "jeugdarts", "consultatiebureau", "ziekenhuis", "jgz", "ggz"),
    ),
    (Sector.SAFETY, ("politie", "veiligheidshuis", "brandweer", "veiligheidsregio")),
    (
        Sector.HOUSING,
        ("woningcorporatie", "woningbouw", "woonstichting", "wonen", "woningstichting"),
    ),
    (Sector.EDUCATION, ("basisschool", "school", "roc", "obs", "cbs", "onderwijs", "college")),
    (Sector.WELFARE, ("welzijn", "buurtwerk", "maatschappelijk werk")),
    (Sector.MUNICIPALITY, ("gemeente", "gem")),
)


def guess_sector(name: str) -> Sector:
    """The sector an organisation's name suggests ("ROC Midden" -> education), else other."""
    text = " " + re.sub(r"[^a-z0-9]+", " ", fold(name)) + " "
    words = text.split()
    for sector, keys in _SECTOR_WORDS:
        for key in keys:
            if " " in key:
                if f" {key} " in text:
                    return sector
            elif any(word == key or (len(key) > 4 and key in word) for word in words):
                return sector
    return Sector.OTHER


_ABBREVIATIONS = {"gem": "gemeente", "st": "stichting", "stg": "stichting", "ver": "vereniging"}


def organisation_key(name: str) -> str:
    """An organisation's name for matching: case, accents, dots and "Gem." aside.

    "Gemeente Utrecht", "gemeente utrecht" and "Gem. Utrecht" give the same key.
    """
    words = re.sub(r"[^a-z0-9]+", " ", fold(name)).split()
    words = [_ABBREVIATIONS.get(word, word) for word in words]
    return re.sub(r"\b(\w) (?=\w\b)", r"\1", " ".join(words))  # "K.I.O.N." as "kion"
