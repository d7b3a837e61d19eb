r"""Re-run pyside6-lupdate over ui/ and app.py into ontwikkeltafel_en.ts, keeping translations.

Untranslated messages are filled from ``en/*.tsv`` (one ``Dutch<TAB>English`` per line,
``\n`` for a line break), so that people working on separate pages never edit one file.
Like Qt's own lupdate, one context holds one message per source text (and disambiguation
comment), with a location for every place it occurs; lrelease would drop the others.
Two different English texts for one such message stop the update with a message.
"""

import os
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


class Conflict(Exception):
    """Two different English texts offered for one message: the update stops."""


def tsv_translations() -> dict[str, dict[str, list[str]]]:
    """Dutch source text -> each English text for it -> the ``en/*.tsv`` files giving it."""
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(TSV_DIR.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line and not line.startswith("#"):
                dutch, english = line.split("\t", 1)
                options = found.setdefault(dutch.replace("\\n", "\n"), {})
                options.setdefault(english.replace("\\n", "\n"), []).append(path.name)
    return found


def tsv_text(from_tsv: dict[str, dict[str, list[str]]], context: str, source: str) -> str | None:
    """The one English text the ``en/*.tsv`` files give for ``source``; Conflict if several."""
    options = from_tsv.get(source, {})
    if len(options) > 1:
        given = "; ".join(f"{text!r} in {', '.join(files)}" for text, files in options.items())
        raise Conflict(
            f"{context}: {source!r} is untranslated and en/*.tsv gives it several English "
            f"texts: {given}. Make them one, or translate it in {TS_FILE.name}."
        )
    return next(iter(options), None)


def scan(files: list[Path], target: Path, *options: str) -> ET.Element:
    """Run lupdate over ``files`` into a fresh ``target`` and return its root element."""
    target.unlink(missing_ok=True)
    command = [*lupdate(), *options, "-target-language", "en", *map(str, files), "-ts"]
    subprocess.run([*command, str(target)], check=True, capture_output=True)
    return ET.parse(target).getroot()


def key(message: ET.Element, context: str) -> tuple[str, str, str]:
    """What identifies a message: its context, source text and disambiguation comment."""
    return (context, message.findtext("source", ""), message.findtext("comment", ""))


def translated(message: ET.Element) -> tuple[str, ...]:
    """A message's English text(s): one, or one per plural form; empty when there is none."""
    translation = message.find("translation")
    if translation is None:
        return ()
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return tuple(texts) if any(texts) else ()


def places(message: ET.Element) -> str:
    """Where a message occurs, as ``file:line, ...`` for a message to the user."""
    found = [f"{loc.get('filename')}:{loc.get('line')}" for loc in message.iter("location")]
    return ", ".join(found) or "no location"


def merge_duplicates(root: ET.Element, where: str) -> None:
    """Make one message of those in a context with the same source and comment, as lupdate does.

    The one kept is the first; it gets every location of the others. A finished translation
    wins over an unfinished one; two different English texts raise Conflict (``where`` names
    the file they come from).
    """
    by_name: dict[str, ET.Element] = {}
    for context in list(root.findall("context")):
        name = context.findtext("name", "")
        if name in by_name:  # a second <context> of the same name: one, like lupdate writes
            by_name[name].extend(context.findall("message"))
            root.remove(context)
        else:
            by_name[name] = context
    for name, context in by_name.items():
        kept: dict[tuple[str, str, str], ET.Element] = {}
        for message in list(context.findall("message")):
            first = kept.setdefault(key(message, name), message)
            if first is message:
                continue
            ours, theirs = translated(first), translated(message)
            plural_or_not = first.get("numerus") != message.get("numerus")
            if (ours and theirs and ours != theirs) or plural_or_not:
                raise Conflict(
                    f"{where}: context {name!r} has two English texts for "
                    f"{message.findtext('source', '')!r}: {' / '.join(ours)!r} ({places(first)}) "
                    f"and {' / '.join(theirs)!r} ({places(message)}). Keep one and run again."
                )
            first_translation = first.find("translation")
            if theirs and not ours and first_translation is not None:
                first.remove(first_translation)
                first.append(message.find("translation"))  # type: ignore[arg-type]
            # locations come before <source>, as lupdate writes them
            at = list(first).index(first.find("source"))  # type: ignore[arg-type]
            for offset, location in enumerate(message.findall("location")):
                first.insert(at + offset, location)
            context.remove(message)


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
    merge_duplicates(root, "the sources")
    return root


def main() -> int:
    """Update TS_FILE and say what changed; on a Conflict, say so and write nothing."""
    try:
        return update()
    except Conflict as conflict:
        print(f"{TS_FILE.name} not updated: {conflict}", file=sys.stderr)
        return 1


def update() -> int:
    """Update TS_FILE and say what changed."""
    old: dict[tuple[str, str, str], ET.Element] = {}
    if TS_FILE.exists():
        previous_root = ET.parse(TS_FILE).getroot()
        merge_duplicates(previous_root, TS_FILE.name)
        for name, context in contexts(previous_root).items():
            for message in context.findall("message"):
                old[key(message, name)] = message
    # Beside TS_FILE, so locations read the same; one per run, so two runs never share it.
    work = HERE / f".lupdate-scan-{os.getpid()}.ts"
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
                and (english := tsv_text(from_tsv, name, source)) is not None
            ):
                translation.text = english
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
