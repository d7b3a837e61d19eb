"""People import benchmark: 2,000 rows of a spreadsheet against 2,000 people already there.

    python -m benchmarks.people_import [--rows 2000] [--existing 2000]

A SQLite database gets ``--existing`` people at 60 organisations (through the exchange
import); a CSV file of ``--rows`` rows holds half of them again (same e-mail: updates;
one in ten of those without e-mail and with a typo in the name: close matches) and new
people at those and new organisations. Timed: reading the file, the preview (mapping,
name splitting, matching) and the apply (one transaction with its history), seated at a
table. Target: under 3 s for 2,000 against 2,000 (issue 16).
"""

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from ontwikkeltafel.model import MemberRole
from ontwikkeltafel.services.exchange_files import import_file
from ontwikkeltafel.services.people_apply import apply_preview
from ontwikkeltafel.services.people_files import read_people_file
from ontwikkeltafel.services.people_import import Action, make_preview
from ontwikkeltafel.store.database import open_database
from ontwikkeltafel.store.location import location_from_path

TARGET_S = 3.0
FIRST = ("Anna", "Bas", "Kees", "Fatma", "Mohamed", "Sanne", "Lieke", "Daan", "Noor", "Ruben")
LAST = ("Vries", "Jong", "Bakker", "Visser", "Smit", "Meijer", "Bos", "Dijk", "Hove", "Yılmaz")
PREFIXES = ["", "", "", "de", "van", "van der", "ten", "in 't"]
KINDS = ["Gemeente", "Basisschool", "GGD", "Kinderopvang", "Wijkteam", "Stichting"]


def _person(rng: random.Random, index: int) -> tuple[str, str, str]:
    last = f"{rng.choice(LAST)}{index}"
    return rng.choice(FIRST), rng.choice(PREFIXES), last


def _database(folder: Path, existing: int) -> Path:
    organisations = [
        {"id": f"o-{i}", "name": f"{KINDS[i % len(KINDS)]} Plaats{i}"} for i in range(60)
    ]
    people = []
    for i in range(existing):
        first, prefix, last = _person(random.Random(i), i)  # as the sheet repeats them
        people.append(
            {
                "id": f"p-{i}",
                "first_name": first,
                "prefix": prefix,
                "last_name": last,
                "organisation_id": f"o-{i % 60}",
                "email": f"p{i}@voorbeeld.nl",
            }
        )
    document = {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "exported_at": "2026-12-01T10:00:00+01:00",
        "organisations": organisations,
        "people": people,
        "tables": [{"id": "t-1", "title": "Tafel", "status": "active"}],
    }
    source = folder / "bestaand.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    path = folder / "bench.sqlite3"
    database = open_database(location_from_path(path))
    import_file(database.session_factory, source)
    database.close()
    return path


def _sheet(folder: Path, rows: int, existing: int, rng: random.Random) -> Path:
    path = folder / "deelnemers.csv"
    with path.open("w", encoding="cp1252", errors="replace", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Naam", "Organisatie", "Functie", "E-mailadres", "Telefoon"])
        for n in range(rows):
            if n % 2 == 0 and n // 2 < existing:  # someone already there
                i = n // 2
                first, prefix, last = _person(random.Random(i), i)
                email = f"p{i}@voorbeeld.nl"
                if n % 20 == 0:  # no e-mail, a typo: a close match
                    email, last = "", last + "s"
                organisation = f"{KINDS[i % 60 % len(KINDS)]} Plaats{i % 60}"
            else:
                first, prefix, last = _person(rng, 10_000 + n)
                email = f"nieuw{n}@voorbeeld.nl"
                organisation = f"Gemeente Nieuwdorp{n % 30}"
            name = " ".join(filter(None, (first, prefix, last)))
            writer.writerow([name, organisation, "medewerker", email, "030 123 45 67"])
    return path


def main(argv: list[str] | None = None) -> int:
    """Run once, print the figures; exit 1 over the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--existing", type=int, default=2000)
    args = parser.parse_args(argv)
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = _database(folder, args.existing)
        sheet = _sheet(folder, args.rows, args.existing, rng)
        database = open_database(location_from_path(path))
        sessions = database.session_factory
        started = time.perf_counter()
        source = read_people_file(sheet)
        read = time.perf_counter()
        preview = make_preview(sessions, source, table_id="t-1", role=MemberRole.MEMBER)
        previewed = time.perf_counter()
        done = apply_preview(sessions, preview)
        applied = time.perf_counter()
        database.close()
    total = applied - started
    print(
        f"people import: {args.rows} rows against {args.existing} people: "
        f"{total:.2f} s (read {read - started:.2f}, preview {previewed - read:.2f}, "
        f"apply {applied - previewed:.2f}); {done.added} new, {done.updated} updated, "
        f"{preview.count(Action.SKIP)} skipped, {done.organisations} organisations, "
        f"{done.members} seated; target {TARGET_S:.1f} s"
    )
    return 0 if total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
