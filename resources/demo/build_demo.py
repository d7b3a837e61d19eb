"""Write demo.json, the demo data set in exchange format v1, from the content_*.py modules."""

import json
import sys
from pathlib import Path

import content_allin
import content_common
import content_tafel
import content_tafel_acties
import content_tafel_bijeenkomsten_1
import content_tafel_bijeenkomsten_2
import content_tafel_bijeenkomsten_3
import content_themabijeenkomsten
import content_themabijeenkomsten_opbrengst
import content_verkenning
import content_werkbezoeken
import demo_model

# How to change the demo: edit the content_*.py modules (they refer to each other by short
# readable keys, such as "hverbeek" or "oz3"), then run `python build_demo.py` and
# `python check_demo.py`. Ids are derived from the keys, so they stay the same between runs.

EXPORTED_AT = "2024-01-08T09:00:00+01:00"

KINDS = (
    "organisations",
    "people",
    "themes",
    "tables",
    "meetings",
    "concerns",
    "practices",
    "development_points",
    "actions",
)

MODULES = (
    content_common,
    content_tafel,
    content_tafel_bijeenkomsten_1,
    content_tafel_bijeenkomsten_2,
    content_tafel_bijeenkomsten_3,
    content_tafel_acties,
    content_verkenning,
    content_werkbezoeken,
    content_allin,
    content_themabijeenkomsten,
    content_themabijeenkomsten_opbrengst,
)


def build() -> dict:
    """Return the whole exchange document."""
    document: dict = {
        "format": "ontwikkeltafel-exchange",
        "version": 1,
        "exported_at": EXPORTED_AT,
    }
    for kind in KINDS:
        document[kind] = [
            record for module in MODULES for record in getattr(module, kind.upper(), [])
        ]
    return document


def main() -> int:
    """Build the document, refuse dangling references, and write demo.json next to this file."""
    document = build()
    missing = demo_model.dangling()
    if missing:
        print("references to records that do not exist:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    target = Path(__file__).with_name("demo.json")
    target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    counts = ", ".join(f"{len(document[kind])} {kind}" for kind in KINDS)
    print(f"wrote {target.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
