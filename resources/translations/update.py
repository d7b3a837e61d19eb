"""Re-run pyside6-lupdate over ui/ and app.py into ontwikkeltafel_en.ts, keeping translations.

Untranslated messages are filled from ``en/*.tsv`` (one ``Dutch<TAB>English`` per line,
``\\n`` for a line break), so that people working on separate pages never edit one file.
"""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = ROOT / "src" / "ontwikkeltafel"
TS_FILE = HERE / "ontwikkeltafel_en.ts"
TSV_DIR = HERE / "en"
# A module may wrap QCoreApplication.translate("context", text) in a helper `_tr(text)`
# (ui/labels.py does); lupdate cannot see the context through it, so such modules get a
# second pass that reads `_tr` as `tr` and files the strings under that context.
WRAPPED = re.compile(r"def _tr\(.*?\n\s+return QCoreApplication\.translate\(\"(\w+)\"", re.S)


def lupdate() -> list[str]:
    """The lupdate command: next to this Python, else the one inside the PySide6 package."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool:
        return [tool]
    import PySide6

    return [str(Path(PySide6.__file__).parent / "lupdate")]


def sources() -> list[Path]:
    """The files whose strings are translated: ui/*.py and app.py."""
    return [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]


def tsv_translations() -> dict[str, str]:
    """Dutch source text -> English, from every ``en/*.tsv``."""
    found: dict[str, str] = {}
    for path in sorted(TSV_DIR.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                dutch, english = line.split("\t", 1)
                found[dutch.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return found


def scan(files: list[Path], target: Path, *options: str) -> ET.Element:
    """Run lupdate over ``files`` into a fresh ``target`` and return its root element."""
    target.unlink(missing_ok=True)
    command = [*lupdate(), *options, "-target-language", "en", *map(str, files), "-ts"]
    subprocess.run([*command, str(target)], check=True, capture_output=True)
    return ET.parse(target).getroot()


def key(message: ET.Element, context: str) -> tuple[str, str, str]:
    """What identifies a message: its context, source text and disambiguation comment."""
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def contexts(root: ET.Element) -> dict[str, ET.Element]:
    """The context elements of a .ts root, by name."""
    return {ctx.findtext("name", ""): ctx for ctx in root.iter("context")}


def fresh_catalogue(work: Path) -> ET.Element:
    """All messages found in the sources now, untranslated; locations relative to HERE."""
    root = scan(sources(), work)
    by_name = contexts(root)
    for path in sources():
        match = WRAPPED.search(path.read_text(encoding="utf-8"))
        if not match:
            continue
        extra = scan([path], work, "-tr-function-alias", "tr+=_tr")
        for context in extra.iter("context"):
            if context.findtext("name", ""):
                continue  # strings with a real context were already found by the first pass
            name = match.group(1)
            if name not in by_name:
                by_name[name] = ET.SubElement(root, "context")
                ET.SubElement(by_name[name], "name").text = name
            by_name[name].extend(context.findall("message"))
    return root


def main() -> int:
    """Update TS_FILE and say what changed."""
    old: dict[tuple[str, str, str], ET.Element] = {}
    if TS_FILE.exists():
        for name, context in contexts(ET.parse(TS_FILE).getroot()).items():
            for message in context.findall("message"):
                old[key(message, name)] = message
    work = HERE / ".lupdate-scan.ts"  # beside TS_FILE, so locations read the same
    try:
        root = fresh_catalogue(work)
    finally:
        work.unlink(missing_ok=True)
    root.set("language", "en")
    root.set("sourcelanguage", "nl")
    new = missing = 0
    seen = set()
    from_tsv = tsv_translations()
    for name, context in contexts(root).items():
        for message in context.findall("message"):
            seen.add(key(message, name))
            previous = old.get(key(message, name))
            if previous is None:
                new += 1
            else:
                message.remove(message.find("translation"))  # type: ignore[arg-type]
                message.append(previous.find("translation"))  # type: ignore[arg-type]
            translation = message.find("translation")
            source = message.findtext("source", "")
            if (
                translation is not None
                and translation.get("type") == "unfinished"
                and message.get("numerus") != "yes"
                and source in from_tsv
            ):
                translation.text = from_tsv[source]
                del translation.attrib["type"]
            if translation is not None and translation.get("type") == "unfinished":
                missing += 1
                print(f"to translate: {name}: {source!r}")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    TS_FILE.write_text(header + body + "\n", encoding="utf-8")
    gone = len(set(old) - seen)
    print(
        f"{TS_FILE.name}: {len(seen)} messages, {new} new, {gone} dropped, {missing} to translate"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
