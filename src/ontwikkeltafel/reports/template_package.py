"""A template's Word package cut down to a letterhead: read bounded, no DTD, no command fields.

From a template only what a letterhead needs reaches a report: the main part with its
body emptied (the page set-up stays), the styles, numbering, settings, theme, fonts
table, the headers and footers and the images they use. Embedded objects, macros,
glossaries, custom XML, comments, foot- and endnotes, printer settings and the like are
left behind; so are fields that fetch or run something (DDE, INCLUDETEXT, ...).
"""

import io
import os
import posixpath
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote

from lxml import etree

from ontwikkeltafel.i18n import UserError

PART_LIMIT = 20 * 1024 * 1024  # bytes of one part, uncompressed
TOTAL_LIMIT = 50 * 1024 * 1024  # bytes of all the parts read, uncompressed
ENTRY_LIMIT = 10_000  # parts in the package
_PEEK = 4096  # bytes of a part that is left behind, read to find a DTD

_WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
MAIN_TYPE = f"{_WORDML}.document.main+xml"
# A template or a macro-enabled file is read as a plain document (its macros are dropped).
_MAIN_TYPES = {
    MAIN_TYPE,
    f"{_WORDML}.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}",
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PACKAGE_RELS = "_rels/.rels"
# The relationships kept, by the last part of their type: from the main part ...
_MAIN_KEEPS = {
    "styles",
    "stylesWithEffects",
    "numbering",
    "settings",
    "webSettings",
    "fontTable",
    "theme",
    "header",
    "footer",
}
# ... and from every other part kept (a header's logo, a picture bullet, a link).
_PART_KEEPS = {"image"}
_EXTERNAL_KEEPS = {"hyperlink"}
# Fields that fetch a file, talk to another program or ask a question when updated.
_UNSAFE_FIELDS = {
    "DDE",
    "DDEAUTO",
    "INCLUDE",
    "INCLUDETEXT",
    "INCLUDEPICTURE",
    "IMPORT",
    "LINK",
    "DATABASE",
    "MACROBUTTON",
    "PRINT",
    "RD",
    "ASK",
    "FILLIN",
}
_MADE_NAME = "\x00"  # in a field's code: its name is made by a field inside it
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def read_template(path: Path) -> bytes:
    """The letterhead of the template at ``path`` as a Word package (.docx), in bytes.

    Raises ``UserError`` when ``path`` is missing, no regular file, no Word file, too
    large when unpacked, or has a DTD in its XML.
    """
    with _open_regular(path) as file:
        try:
            package = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise UserError("report.bad_template", path=path) from exc
        with package:
            try:
                return _Letterhead(package, path).build()
            except UserError:
                raise
            except Exception as exc:  # a damaged package fails in many ways, all "not Word"
                raise UserError("report.bad_template", path=path) from exc


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file (a FIFO must not block us)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise UserError("report.template_missing", path=path) from exc
    except IsADirectoryError as exc:
        raise UserError("report.bad_template", path=path) from exc
    except OSError as exc:
        raise UserError(
            "report.cannot_read_template", path=path, reason=exc.strerror or exc
        ) from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        key = "report.bad_template" if stat.S_ISDIR(mode) else "report.template_not_file"
        raise UserError(key, path=path)
    return os.fdopen(fd, "rb")


class _Letterhead:
    """The parts of one template package that a letterhead needs, read within the limits."""

    def __init__(self, package: zipfile.ZipFile, path: Path) -> None:
        self._package = package
        self._path = path
        infos = package.infolist()
        if len(infos) > ENTRY_LIMIT:
            raise UserError("report.template_too_large", path=path, **_limits())
        self._infos = {info.filename.lower(): info for info in infos}
        self._read = 0

    def build(self) -> bytes:
        """The new package: kept parts, their rels filtered, fields and dangling links gone."""
        types = self._xml("[Content_Types].xml")
        main = self._main_part(types)
        kept: dict[str, etree._Element] = {}  # part name -> its XML
        rels: dict[str, etree._Element] = {}  # part name -> its relationships, filtered
        media: dict[str, bytes] = {}
        pending = [main]
        while pending:
            name = pending.pop()
            if name in kept:
                continue
            kept[name] = self._xml(name)
            rels[name], targets = self._relationships(name, main)
            for target, is_xml in targets:
                if is_xml:
                    pending.append(target)
                elif target not in media:
                    media[target] = self._bytes(target)
        self._check_left_behind(set(kept) | set(media))
        for name, root in kept.items():
            if name == main:
                _empty_body(root)
            elif root.tag == f"{_W}settings":
                _forget_notes(root)
            _drop_unsafe_fields(root)
            _drop_dangling(root, {r.get("Id") for r in rels[name]})
        return self._write(types, main, kept, rels, media)

    def _main_part(self, types: etree._Element) -> str:
        mains = [o for o in types.iter(f"{_CT}Override") if o.get("ContentType") in _MAIN_TYPES]
        if len(mains) != 1:
            raise ValueError("no main document part")
        mains[0].set("ContentType", MAIN_TYPE)
        return self._name(mains[0].get("PartName", ""))

    def _relationships(self, name: str, main: str) -> tuple[etree._Element, list[tuple[str, bool]]]:
        """The relationships of part ``name`` that are kept, and the parts they lead to."""
        folder, base = posixpath.split(name)
        rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
        root = self._xml(rels_name) if rels_name.lower() in self._infos else None
        kept = etree.Element(f"{_PR}Relationships", nsmap={None: _PR[1:-1]})
        targets: list[tuple[str, bool]] = []
        for rel in [] if root is None else root.iter(f"{_PR}Relationship"):
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            if rel.get("TargetMode") == "External":
                if kind in _EXTERNAL_KEEPS and name != main:
                    kept.append(rel)
                continue
            if kind not in (_MAIN_KEEPS if name == main else _PART_KEEPS):
                continue
            target = posixpath.join("/" + folder, unquote(rel.get("Target") or ""))
            info = self._infos.get(posixpath.normpath(target).lstrip("/").lower())
            if info is None:  # a part that is not there: what points at it goes too
                continue
            kept.append(rel)
            targets.append((info.filename, kind != "image"))
        return kept, targets

    def _name(self, part_name: str) -> str:
        """The zip entry of a part name such as ``/word/document.xml``."""
        name = posixpath.normpath("/" + part_name.lstrip("/")).lstrip("/")
        info = self._infos.get(name.lower())
        if info is None:
            raise ValueError(f"no part {part_name}")
        return info.filename

    def _bytes(self, name: str) -> bytes:
        """The part ``name``, refused once it or all parts read pass their limit.

        Both the sizes the zip declares and the bytes it really unpacks are checked.
        """
        info = self._infos[name.lower()]
        if info.file_size > PART_LIMIT or self._read + info.file_size > TOTAL_LIMIT:
            raise UserError("report.template_too_large", path=self._path, **_limits())
        with self._package.open(info) as part:
            data = part.read(PART_LIMIT + 1)
        self._read += len(data)
        if len(data) > PART_LIMIT:
            raise UserError("report.template_too_large", path=self._path, **_limits())
        if self._read > TOTAL_LIMIT:
            raise UserError("report.template_too_large", path=self._path, **_limits())
        return data

    def _xml(self, name: str) -> etree._Element:
        """The part ``name`` parsed; a DTD in it is refused."""
        tree = etree.ElementTree(etree.fromstring(self._bytes(self._name(name)), _PARSER))
        if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
            raise UserError("report.template_dtd", path=self._path)
        return tree.getroot()

    def _check_left_behind(self, kept: set[str]) -> None:
        """A DTD in an XML part left behind is refused too (the start of it is read)."""
        for info in self._infos.values():
            if info.filename in kept or not info.filename.lower().endswith((".xml", ".rels")):
                continue
            with self._package.open(info) as part:
                start = part.read(_PEEK)
            if _has_doctype(start):
                raise UserError("report.template_dtd", path=self._path)

    def _write(
        self,
        types: etree._Element,
        main: str,
        kept: dict[str, etree._Element],
        rels: dict[str, etree._Element],
        media: dict[str, bytes],
    ) -> bytes:
        names = {n.lower() for n in (*kept, *media)}
        for override in list(types.iter(f"{_CT}Override")):
            if override.get("PartName", "").lstrip("/").lower() not in names:
                types.remove(override)
        package_rels = etree.Element(f"{_PR}Relationships", nsmap={None: _PR[1:-1]})
        etree.SubElement(
            package_rels,
            f"{_PR}Relationship",
            Id="rId1",
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "officeDocument",
            Target="/" + main,
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
            copy.writestr("[Content_Types].xml", _serialise(types))
            copy.writestr(_PACKAGE_RELS, _serialise(package_rels))
            for name, root in kept.items():
                copy.writestr(name, _serialise(root))
                folder, base = posixpath.split(name)
                copy.writestr(
                    posixpath.join(folder, "_rels", f"{base}.rels"), _serialise(rels[name])
                )
            for name, data in media.items():
                copy.writestr(name, data)
        return out.getvalue()


def _limits() -> dict[str, int]:
    return {"part_mb": PART_LIMIT // (1024 * 1024), "total_mb": TOTAL_LIMIT // (1024 * 1024)}


def _serialise(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _has_doctype(start: bytes) -> bool:
    """Whether the first bytes of an XML part declare a DTD (UTF-8 or UTF-16)."""
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        if "<!DOCTYPE".encode(encoding) in start:
            return True
    return False


def _empty_body(root: etree._Element) -> None:
    """Only the page set-up (the last section's) stays of the template's body."""
    body = root.find(f"{_W}body")
    if body is None:
        return
    section = body.find(f"{_W}sectPr")
    for child in list(body):
        if child is not section:
            body.remove(child)


def _forget_notes(settings: etree._Element) -> None:
    """The foot- and endnote separators the settings name live in parts left behind."""
    for kind in ("footnote", "endnote"):
        for properties in settings.iter(f"{_W}{kind}Pr"):
            for note in properties.findall(f"{_W}{kind}"):
                properties.remove(note)


def _unsafe(instruction: str) -> bool:
    """Whether a field with ``instruction`` fetches or runs something.

    A field whose name is itself made by a field inside it (how DDE is hidden) counts too.
    """
    words = instruction.split()
    return not words or words[0] == _MADE_NAME or words[0].upper() in _UNSAFE_FIELDS


def _drop_unsafe_fields(root: etree._Element) -> None:
    """Remove every unsafe field, instruction and shown result alike."""
    for simple in list(root.iter(f"{_W}fldSimple")):
        if _unsafe(simple.get(f"{_W}instr", "")) and simple.getparent() is not None:
            simple.getparent().remove(simple)
    for runs in list(_unsafe_field_runs(root)):
        for run in runs:
            if run.getparent() is not None:
                run.getparent().remove(run)


def _unsafe_field_runs(root: etree._Element) -> Iterator[list[etree._Element]]:
    """The runs of each unsafe complex field, from its begin to its end, nested ones too."""
    open_fields: list[tuple[list[str], list[etree._Element], bool]] = []  # code, runs, in code
    for run in list(root.iter(f"{_W}r")):
        for field in open_fields:
            field[1].append(run)
        for child in run:
            if child.tag == f"{_W}fldChar":
                kind = child.get(f"{_W}fldCharType")
                if kind == "begin":
                    if (
                        open_fields
                        and open_fields[-1][2]
                        and not "".join(open_fields[-1][0]).strip()
                    ):
                        open_fields[-1][0].append(_MADE_NAME)  # its name comes from this field
                    open_fields.append(([], [run], True))
                elif kind == "separate" and open_fields:
                    code, runs, _ = open_fields[-1]
                    open_fields[-1] = (code, runs, False)
                elif kind == "end" and open_fields:
                    code, runs, _ = open_fields.pop()
                    if _unsafe("".join(code)):
                        yield runs
            elif child.tag in (f"{_W}instrText", f"{_W}delInstrText") and open_fields:
                code, _runs, in_code = open_fields[-1]
                if in_code:
                    code.append(child.text or "")
    for code, runs, _ in open_fields:  # a field never ended: removed when unsafe
        if _unsafe("".join(code)):
            yield runs


def _drop_dangling(root: etree._Element, ids: set[str | None]) -> None:
    """What points at a relationship left behind goes: its run, or the element itself."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        for attribute, value in list(element.attrib.items()):
            if not attribute.startswith(_R) or value in ids:
                continue
            if attribute.endswith("}link"):  # a linked picture: its embedded copy stays
                del element.attrib[attribute]
                continue
            run = next((a for a in element.iterancestors(f"{_W}r")), None)
            doomed = run if run is not None else element
            if doomed.getparent() is not None:
                doomed.getparent().remove(doomed)
            break
