"""Styles by name, each resolved once; a style a template lacks is taken from the default one.

python-docx looks a style name up through every style on each use, and even a
style object costs a search for the default style; in a long report that is
most of the time. A :class:`StyleBook` finds each style once and hands out its
id, which is set on the paragraph or table directly.
"""

import copy
from typing import cast

import docx
from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.styles import CT_Style
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.numbering import NumberingPart

from ontwikkeltafel.reports.docx_parts import default_template

_NUMBERING_SUCCESSORS = ("w:num", "w:numIdMacAtCleanup")
# Styles of lines that introduce what follows: never alone at the foot of a page.
KEEP_WITH_NEXT = frozenset(
    ("Title", "Subtitle", "Label", "Vertrouwelijk", *(f"Heading {n}" for n in range(1, 10)))
)


class StyleBook:
    """The style ids of one document, by style name and kind, found once and kept."""

    def __init__(self, document: Document) -> None:
        """Resolve names against ``document``'s styles."""
        self._document = document
        self._styles = cast(BaseOxmlElement, document.styles.element)
        self._ids: dict[tuple[str, str], str | None] = {}
        self._source: Document | None = None

    def paragraph(self, name: str) -> str | None:
        """The id of paragraph style ``name``; None for the default paragraph style."""
        return self._resolve(name, "paragraph")

    def table(self, name: str) -> str | None:
        """The id of table style ``name``; None for the default table style."""
        return self._resolve(name, "table")

    def _resolve(self, name: str, kind: str) -> str | None:
        key = (name, kind)
        if key not in self._ids:
            style = _find(self._styles, name, kind)
            if style is None:  # not `or`: an lxml element without children is false
                style = self._import(name, kind)
            if style is None or style.get(qn("w:default")) in ("1", "true", "on"):
                self._ids[key] = None
            else:
                self._ids[key] = style.get(qn("w:styleId"))
                if kind == "paragraph" and name in KEEP_WITH_NEXT:
                    cast(CT_Style, style).get_or_add_pPr().keepNext_val = True
        return self._ids[key]

    def _import(self, name: str, kind: str) -> BaseOxmlElement | None:
        """Copy style ``name`` from the default template, with what it is based on."""
        if self._source is None:
            self._source = docx.Document(str(default_template()))
        source_styles = cast(BaseOxmlElement, self._source.styles.element)
        original = _find(source_styles, name, kind)
        if original is None:
            return None
        style = copy.deepcopy(original)
        taken = {s.get(qn("w:styleId")) for s in self._styles.iterfind(qn("w:style"))}
        style_id, number = style.get(qn("w:styleId")), 1
        while style_id in taken:
            style_id, number = f"{original.get(qn('w:styleId'))}{number}", number + 1
        style.set(qn("w:styleId"), style_id)
        for tag in ("w:link", "w:rsid"):
            for element in style.findall(qn(tag)):
                style.remove(element)
        for tag, add in (("w:basedOn", True), ("w:next", False)):
            element = style.find(qn(tag))
            if element is not None:
                target = self._counterpart(source_styles, element.get(qn("w:val")), add)
                if target is None:
                    style.remove(element)
                else:
                    element.set(qn("w:val"), target)
        num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            num_id.set(qn("w:val"), self._import_numbering(num_id.get(qn("w:val"))))
        self._styles.append(style)
        return style

    def _counterpart(self, source: BaseOxmlElement, source_id: str, add: bool) -> str | None:
        """The id, in our document, of the style that has ``source_id`` in the source."""
        source_style = next(
            (s for s in source.iterfind(qn("w:style")) if s.get(qn("w:styleId")) == source_id),
            None,
        )
        if source_style is None:
            return None
        name = _name(source_style)
        kind = source_style.get(qn("w:type"), "paragraph")
        style = _find(self._styles, name, kind)
        if style is None and add:
            style = self._import(name, kind)
        return None if style is None else style.get(qn("w:styleId"))

    def _import_numbering(self, source_num_id: str) -> str:
        """Copy a list definition from the default template; the id of the new list."""
        assert self._source is not None
        source = cast(BaseOxmlElement, self._source.part.numbering_part.element)
        num = _child(source, "w:num", "w:numId", source_num_id)
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = copy.deepcopy(_child(source, "w:abstractNum", "w:abstractNumId", abstract_id))
        target = self._numbering()
        new_abstract = _next_id(target, "w:abstractNum", "w:abstractNumId")
        abstract.set(qn("w:abstractNumId"), new_abstract)
        target.insert_element_before(abstract, *_NUMBERING_SUCCESSORS)
        new_num = _next_id(target, "w:num", "w:numId")
        target.insert_element_before(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{new_num}">'
                f'<w:abstractNumId w:val="{new_abstract}"/></w:num>'
            ),
            "w:numIdMacAtCleanup",
        )
        return new_num

    def _numbering(self) -> BaseOxmlElement:
        """The document's numbering definitions, made when the template has none."""
        part = self._document.part
        try:
            numbering = part.part_related_by(RT.NUMBERING)
        except KeyError:
            name = part.package.next_partname("/word/numbering%d.xml")
            blob = f"<w:numbering {nsdecls('w')}/>".encode()
            numbering = NumberingPart.load(name, CT.WML_NUMBERING, blob, part.package)
            part.relate_to(numbering, RT.NUMBERING)
        return cast(BaseOxmlElement, cast(XmlPart, numbering).element)


def _name(style: BaseOxmlElement) -> str:
    name = style.find(qn("w:name"))
    return "" if name is None else str(name.get(qn("w:val"), ""))


def _find(styles: BaseOxmlElement, name: str, kind: str) -> BaseOxmlElement | None:
    """The style called ``name`` (Word writes built-in names in lower case) of ``kind``."""
    wanted = name.lower()
    for style in styles.iterfind(qn("w:style")):
        if style.get(qn("w:type"), "paragraph") == kind and _name(style).lower() == wanted:
            return cast(BaseOxmlElement, style)
    return None


def _child(root: BaseOxmlElement, tag: str, attribute: str, value: str) -> BaseOxmlElement:
    for element in root.iterfind(qn(tag)):
        if element.get(qn(attribute)) == value:
            return cast(BaseOxmlElement, element)
    raise KeyError(f"{tag} {value}")


def _next_id(root: BaseOxmlElement, tag: str, attribute: str) -> str:
    used = [str(e.get(qn(attribute), "")) for e in root.iterfind(qn(tag))]
    return str(max((int(u) for u in used if u.isdigit()), default=0) + 1)
