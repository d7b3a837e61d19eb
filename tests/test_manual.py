"""The user's manual as a file: its images, its headings and its language (Dutch only)."""

import re
from pathlib import Path

from ontwikkeltafel import paths

MANUAL = paths.manual_file()
TEXT = MANUAL.read_text(encoding="utf-8")
SHOTS = MANUAL.parent / "screenshots" / "handleiding"
# Words that are English and never Dutch (not "open", "in", "is"): the manual is Dutch.
ENGLISH = {
    "the", "and", "with", "you", "your", "click", "button", "meeting", "minutes", "settings",
    "save", "delete", "shortcut", "shortcuts", "report", "which", "when", "this", "that", "for",
    "table", "tables", "page", "new", "file", "user", "manual", "participants",
}  # fmt: skip


def prose(text: str) -> str:
    """``text`` without code, links' targets and images' paths."""
    text = re.sub(r"`[^`]*`", " ", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def test_the_manual_starts_with_its_title() -> None:
    assert TEXT.splitlines()[0] == "# Handleiding Ontwikkeltafel"
    assert TEXT.count("\n# ") == 0  # one title; the rest are its sections


def test_every_image_it_links_exists_and_every_screenshot_is_used() -> None:
    images = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", TEXT)
    assert len(images) >= 15
    for alt, target in images:
        assert alt, target  # said in words too
        assert (MANUAL.parent / target).is_file(), target
    used = {Path(target).name for _alt, target in images}
    assert {path.name for path in SHOTS.glob("*.png")} == used


def test_its_sections_have_one_name_each() -> None:
    headings = [line for line in TEXT.splitlines() if line.startswith("## ")]
    assert len(headings) == len(set(headings)) >= 20


def test_nothing_in_it_is_english() -> None:
    words = re.findall(r"[A-Za-z]+", prose(TEXT))
    english = sorted({word for word in words if word.lower() in ENGLISH})
    assert english == []


def test_it_names_the_menus_as_the_app_does() -> None:
    for menu in ("Bestand", "Bewerken", "Beeld", "Help"):
        assert f"**{menu}" in TEXT
    assert "Bestand › Back-up maken" in TEXT and "Bestand › Bewaartermijnen…" in TEXT
