"""Build resources/templates/ontwikkeltafel.docx, the default Word template, deterministically."""

import io
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm

HERE = Path(__file__).resolve().parent
TARGET = HERE / "ontwikkeltafel.docx"
W = nsdecls("w")

DARK = "1F3864"  # headings, labels, table header text
ACCENT = "DCE5F0"  # table header fill
BAND = "F4F6F9"  # every other table row
RULE = "B4BCC8"  # thin table and footer lines
MUTED = "595959"  # subtitle, header and footer text
RED = "C00000"  # confidential marks
TEXT_WIDTH = 9070  # twips: A4 (11906) less two margins of 2.5 cm


TIGHT = 'w:before="0" w:after="0" w:line="240" w:lineRule="auto"'
LINE = f'w:val="single" w:sz="4" w:space="0" w:color="{RULE}"'
HEADINGS = "".join(
    f"""<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>
  <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before}" w:after="{after}"/>
    <w:outlineLvl w:val="{level - 1}"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>
  </w:rPr></w:style>"""
    for level, size, before, after, color in (
        (1, 28, 360, 120, DARK),
        (2, 24, 240, 80, DARK),
        (3, 22, 180, 40, "2E5395"),
    )
)
LISTS = "".join(
    f"""<w:style w:type="paragraph" w:styleId="List{kind}"><w:name w:val="List {kind}"/>
  <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr><w:spacing w:after="120"/>
    <w:contextualSpacing/></w:pPr>
</w:style>"""
    for kind, num_id in (("Bullet", 1), ("Number", 2))
)
# The house style: every style the reports name, defined here so Word shows them by name.
STYLES = f"""<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>
  <w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
  <w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="{DARK}"/><w:kern w:val="28"/><w:sz w:val="40"/>
    <w:szCs w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>
  <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="{DARK}"/>
    </w:pBdr><w:spacing w:before="0" w:after="240"/></w:pPr>
  <w:rPr><w:color w:val="{MUTED}"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
{HEADINGS}{LISTS}
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="center" w:pos="4535"/><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/>
    </w:tabs><w:spacing {TIGHT}/></w:pPr>
  <w:rPr><w:color w:val="{MUTED}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
  <w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="{RULE}"/></w:pBdr>
    <w:tabs><w:tab w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing {TIGHT}/></w:pPr>
  <w:rPr><w:color w:val="{MUTED}"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Tabeltekst">
  <w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
  <w:pPr><w:spacing {TIGHT}/></w:pPr><w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Label"><w:name w:val="Label"/>
  <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="20"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="{DARK}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Vertrouwelijk">
  <w:name w:val="Vertrouwelijk"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
  <w:uiPriority w:val="29"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="{RED}"/><w:spacing w:val="10"/>
    <w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>
<w:style w:type="table" w:customStyle="1" w:styleId="OntwikkeltafelTabel">
  <w:name w:val="Ontwikkeltafel Tabel"/><w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/><w:qFormat/><w:pPr><w:spacing {TIGHT}/></w:pPr>
  <w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblInd w:w="0" w:type="dxa"/>
    <w:tblBorders><w:top {LINE}/><w:left {LINE}/><w:bottom {LINE}/><w:right {LINE}/>
      <w:insideH {LINE}/><w:insideV {LINE}/></w:tblBorders>
    <w:tblCellMar><w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>
  <w:tblStylePr w:type="firstRow"><w:pPr><w:keepNext/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:color w:val="{DARK}"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="{DARK}"/>
      </w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="{ACCENT}"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz"><w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/></w:tcPr></w:tblStylePr>
</w:style>
</w:styles>"""

DOC_DEFAULTS = (
    f"<w:docDefaults {W}><w:rPrDefault><w:rPr>"
    '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
    '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="nl-NL" w:eastAsia="en-US" '
    'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
    '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    "</w:docDefaults>"
)


def _level(ilvl: int, fmt: str, text: str, indent: int) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr>'
        f'<w:ind w:left="{indent}" w:hanging="284"/></w:pPr>'
        + (f'<w:rPr><w:color w:val="{DARK}"/></w:rPr>' if fmt == "bullet" else "")
        + "</w:lvl>"
    )


NUMBERING = (
    f"<w:numbering {W}>"
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A0B7C01"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    + "".join(_level(i, "bullet", "•–◦"[i % 3], 284 * (i + 1)) for i in range(9))
    + '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:nsid w:val="5A0B7C02"/>'
    '<w:multiLevelType w:val="hybridMultilevel"/>'
    + "".join(_level(i, "decimal", f"%{i + 1}.", 340 * (i + 1)) for i in range(9))
    + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'
)


def _field(code: str) -> str:
    """A complex field with a cached result, so the number shows before any update."""
    run = '<w:r><w:fldChar w:fldCharType="{}"/></w:r>'
    return (
        run.format("begin")
        + f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
        + run.format("separate")
        + "<w:r><w:t>1</w:t></w:r>"
        + run.format("end")
    )


FOOTER = (
    f'<w:p {W}><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t>{{tafel}}</w:t></w:r>'
    '<w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{pagina} </w:t></w:r>'
    + _field("PAGE")
    + '<w:r><w:t xml:space="preserve"> {van} </w:t></w:r>'
    + _field("NUMPAGES")
    + "</w:p>"
)

APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
    "<Application>Ontwikkeltafel</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)


def _styles(document: Document) -> None:
    root = document.styles.element
    root.replace(root.find(qn("w:docDefaults")), parse_xml(DOC_DEFAULTS))
    ours = list(parse_xml(STYLES))
    replaced = {style.get(qn("w:styleId")) for style in ours}
    for style in list(root.findall(qn("w:style"))):
        style_id = style.get(qn("w:styleId"))
        unused_table = style.get(qn("w:type")) == "table" and style_id != "TableNormal"
        if style_id in replaced or unused_table or style_id in {f"{s}Char" for s in replaced}:
            root.remove(style)
    root.extend(ours)


def _settings(document: Document) -> None:
    settings = document.settings.element
    for tag in ("w:proofState", "w:rsids", "w:attachedTemplate"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), "nl-NL")
    settings.find(qn("w:decimalSymbol")).set(qn("w:val"), ",")
    settings.find(qn("w:listSeparator")).set(qn("w:val"), ";")


def build() -> bytes:
    """The template as bytes: the same bytes on every run."""
    document = docx.Document()
    for rels, unwanted in (
        (document.part.package.rels, {RT.THUMBNAIL}),
        (
            document.part.rels,
            {
                RT.CUSTOM_XML,
                "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
            },
        ),
    ):
        for rId in [rId for rId, rel in rels.items() if rel.reltype in unwanted]:
            del rels[rId]
    _styles(document)
    _settings(document)
    numbering = document.part.numbering_part.element
    numbering.clear()
    numbering.extend(parse_xml(NUMBERING))
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("top", "bottom", "left", "right"):
        setattr(section, f"{side}_margin", Cm(2.5))
    section.header_distance = section.footer_distance = Cm(1.25)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].style = document.styles["Header"]
    footer = section.footer
    footer.is_linked_to_previous = False
    footer.part.element.clear()  # the footer holds only our paragraph
    footer.part.element.append(parse_xml(FOOTER))
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    properties = document.core_properties
    properties.title, properties.author, properties.comments = "Ontwikkeltafel", "", ""
    properties.last_modified_by, properties.language = "", "nl-NL"
    properties.created = properties.modified = datetime(2024, 1, 1, tzinfo=UTC)
    properties.revision = 1
    raw = io.BytesIO()
    document.save(raw)
    return _normalised_zip(raw.getvalue())


def _normalised_zip(data: bytes) -> bytes:
    """Fixed timestamps and our own app.xml, so two builds give identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            blob = APP_XML.encode() if info.filename == "docProps/app.xml" else source.read(info)
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            target.writestr(fixed, blob)
    return out.getvalue()


if __name__ == "__main__":
    TARGET.write_bytes(build())
    print(f"wrote {TARGET}", file=sys.stderr)
