"""The Linux desktop files validate and agree with the changelog; the icons are current."""

import configparser
import hashlib
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ontwikkeltafel import version
from tests.conftest import STRICT_ENVIRONMENT, unavailable

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "nl.ontwikkeltafel.Ontwikkeltafel"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        unavailable(f"no {name} here")
    assert found is not None
    return found


@pytest.mark.parametrize("needed", [_tool, lambda _name: _pillow()])
def test_what_is_missing_fails_where_ci_runs(
    needed: Callable[[str], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing validator or Pillow skips here, but fails in the strict environment (CI)."""
    monkeypatch.setenv(STRICT_ENVIRONMENT, "1")
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setitem(sys.modules, "PIL", None)  # import PIL raises ImportError
    with pytest.raises(pytest.fail.Exception, match="CI provides"):
        needed("appstreamcli")


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_validates() -> None:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip() == "", done.stdout  # no warnings nor hints either


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def test_the_desktop_entry_opens_the_app_in_dutch_and_english_and_claims_no_files() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "ontwikkeltafel %f"  # a .json given offers its import
    assert entry["Categories"] == "Office;"
    assert "MimeType" not in entry  # .json and .docx belong to other programs
    for key in ("GenericName", "Comment", "Keywords"):
        assert entry[key] and entry[f"{key}[nl]"] and entry[key] != entry[f"{key}[nl]"], key
    assert entry["Icon"] == "ontwikkeltafel"
    assert (ICONS / "hicolor" / "48x48" / "apps" / "ontwikkeltafel.png").is_file()


def test_the_metainfo_names_the_desktop_file_and_speaks_both_languages() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == _entry()["Icon"]
    summaries = {element.get(LANG, "en") for element in root.findall("summary")}
    assert summaries == {"en", "nl"}
    paragraphs = {element.get(LANG, "en") for element in root.findall("description/p")}
    assert paragraphs == {"en", "nl"}
    assert root.find("content_rating") is not None


def _changelog_releases() -> list[tuple[str, str]]:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d\d-\d\d)$", text, re.MULTILINE)


def test_the_releases_are_the_changelogs_and_the_newest_is_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = [(r.get("version"), r.get("date")) for r in root.findall("releases/release")]
    assert releases == _changelog_releases()
    assert releases[0][0] == version()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icons_are_drawn_from_the_svg_as_it_is() -> None:
    """resources/icons/build_icons.py was run after the SVG last changed."""
    recorded = (ICONS / "hicolor" / "SOURCE.sha256").read_text(encoding="utf-8").split()
    digest = hashlib.sha256((ICONS / "ontwikkeltafel.svg").read_bytes()).hexdigest()
    assert recorded == [digest, "ontwikkeltafel.svg"], "run resources/icons/build_icons.py"
    for size in SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "ontwikkeltafel.png"
        assert _png_size(png) == (size, size)
    drawn = sorted(path.parts[-3] for path in (ICONS / "hicolor").glob("*/apps/*.png"))
    assert drawn == sorted(f"{size}x{size}" for size in SIZES)


def _pillow() -> Any:
    """Pillow's Image module (it comes with matplotlib); a missing one as a missing tool."""
    try:
        from PIL import Image
    except ImportError:
        unavailable("no Pillow here")
    return Image


def test_the_windows_and_macos_icons_hold_every_size() -> None:
    image = _pillow()
    with image.open(ROOT / "packaging" / "windows" / "ontwikkeltafel.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
    with image.open(ROOT / "packaging" / "macos" / "ontwikkeltafel.icns") as icns:
        assert icns.size == (1024, 1024)
        assert {size[:2] for size in icns.info["sizes"]} >= {(16, 16), (32, 32), (512, 512)}


def test_the_app_goes_by_the_desktop_files_id() -> None:
    from ontwikkeltafel.app import DESKTOP_ID

    assert DESKTOP_ID == APP_ID


def test_the_window_icon_has_every_drawn_size(qapp: object) -> None:
    from ontwikkeltafel.ui.window.icon import app_icon

    sizes = {(size.width(), size.height()) for size in app_icon().availableSizes()}
    assert sizes == {(size, size) for size in SIZES}
