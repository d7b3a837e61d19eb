"""Hostile templates: big embedded parts, command fields, a DTD, a zip bomb, a FIFO."""

import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ontwikkeltafel.i18n import UserError
from ontwikkeltafel.reports.document import ReportDocument
from ontwikkeltafel.reports.template_package import PART_LIMIT
from tests.reports.word_templates import municipality_template

MB = 1024 * 1024
HEADER = "word/header1.xml"
RELS = "word/_rels/document.xml.rels"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _report(template: Path, out: Path) -> Path:
    report = ReportDocument.create(
        template,
        fields={"tafel": "Onderwijs en zorg"},
        title="Verslag",
        subject="Onderwerp",
        author="Bas Bakker",
        lang="nl",
        internal=False,
    )
    report.heading("Opening", 1)
    report.save(out)
    return out


def _variant(
    tmp_path: Path,
    change: Callable[[str, bytes], bytes] = lambda _name, data: data,
    extra: dict[str, bytes] | None = None,
    stored: bool = False,
) -> Path:
    """The municipality's letterhead with parts changed by ``change`` and ``extra`` added."""
    source = municipality_template(tmp_path / "briefpapier.docx")
    target = tmp_path / "sjabloon.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info.filename, change(info.filename, old.read(info)), zipfile.ZIP_DEFLATED)
        for name, data in (extra or {}).items():
            new.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    source.unlink()
    return target


def _refused(template: Path, out: Path) -> tuple[UserError, float]:
    before = sorted(out.parent.iterdir())
    start = time.perf_counter()
    with pytest.raises(UserError) as caught:
        _report(template, out)
    elapsed = time.perf_counter() - start
    assert sorted(out.parent.iterdir()) == before  # nothing written
    return caught.value, elapsed


def _add_rel(data: bytes, kind: str, target: str, rid: str) -> bytes:
    rel = (
        f'<Relationship Id="{rid}" Target="{target}" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/{kind}"/>'
    )
    return data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


OLE_TYPE = (
    b'<Default Extension="bin" '
    b'ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'
)


def test_a_big_embedded_part_stays_out_of_the_report(tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name == RELS:
            data = _add_rel(data, "oleObject", "embeddings/oleObject1.bin", "rIdOle")
            data = _add_rel(data, "customXml", "../customXml/item9.xml", "rIdXml")
        if name == "[Content_Types].xml":
            data = data.replace(b"</Types>", OLE_TYPE + b"</Types>")
        return data

    extra = {
        "word/embeddings/oleObject1.bin": os.urandom(50 * MB),
        "customXml/item9.xml": b"<geheim>interne gegevens</geheim>",
        "word/vbaProject.bin": b"macro",
    }
    template = _variant(tmp_path, change, extra, stored=True)
    assert template.stat().st_size > 50 * MB
    report = _report(template, tmp_path / "verslag.docx")
    assert report.stat().st_size < MB
    with zipfile.ZipFile(report) as package:
        names = package.namelist()
        rels = package.read(RELS).decode()
    assert not [n for n in names if "embeddings" in n or "customXml" in n or "vba" in n]
    assert "oleObject" not in rels and "customXml" not in rels
    assert any(n.startswith("word/media/") for n in names)  # the logo the header uses stays


DDE = (
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe '
    '"/k calc.exe" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>Bijgewerkt</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;http://example.org/x&quot; ">'
    "<w:r><w:t>Ingevoegd</w:t></w:r></w:fldSimple></w:p>"
    # the field name made by a field inside it, as DDE is hidden
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> QUOTE 68 68 69 </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> c:\\\\cmd.exe </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Verborgen</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    '<w:p><w:r><w:t xml:space="preserve">Pagina </w:t></w:r>'
    '<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
)


def test_fields_that_run_commands_are_dropped_page_numbers_stay(tmp_path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        return data.replace(b"</w:hdr>", DDE.encode() + b"</w:hdr>") if name == HEADER else data

    template = _variant(tmp_path, change)
    assert b"DDEAUTO" in zipfile.ZipFile(template).read(HEADER)
    with zipfile.ZipFile(_report(template, tmp_path / "verslag.docx")) as package:
        header = package.read(HEADER).decode()
    for gone in ("DDEAUTO", "calc.exe", "Bijgewerkt", "INCLUDETEXT", "Ingevoegd", "cmd.exe"):
        assert gone not in header
    assert "Verborgen" not in header
    assert 'w:instr=" PAGE "' in header and "Pagina " in header
    assert "Onderwijs en zorg" in header  # the letterhead's own text is filled in


@pytest.mark.parametrize("part", [HEADER, "customXml/item9.xml"])
def test_a_dtd_is_refused(tmp_path: Path, part: str) -> None:
    doctype = b'<!DOCTYPE w:hdr [<!ENTITY x "y">]>'

    def change(name: str, data: bytes) -> bytes:
        if name == part:
            head, _, rest = data.partition(b"?>")
            return head + b"?>" + doctype + rest
        return data

    extra = {} if part == HEADER else {part: b'<?xml version="1.0"?>' + doctype + b"<a/>"}
    error, _ = _refused(_variant(tmp_path, change, extra), tmp_path / "verslag.docx")
    assert error.key == "report.template_dtd"
    assert "DTD" in error.render("nl") and "DTD" in error.render("en")


def test_a_zip_bomb_is_refused_within_a_second(tmp_path: Path) -> None:
    source = municipality_template(tmp_path / "bron.docx")
    template = tmp_path / "bom.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(template, "w") as bomb:
        for info in old.infolist():
            data = old.read(info)
            if info.filename != "word/document.xml":
                bomb.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
                continue
            head, body, tail = data.partition(b"<w:body>")
            entry = zipfile.ZipInfo(info.filename)
            entry.compress_type = zipfile.ZIP_DEFLATED
            with bomb.open(entry, "w", force_zip64=True) as part:  # 500 MB of spaces in it
                part.write(head + body)
                for _ in range(500):
                    part.write(b" " * MB)
                part.write(tail)
    source.unlink()
    assert template.stat().st_size < 2 * MB
    error, elapsed = _refused(template, tmp_path / "verslag.docx")
    assert error.key == "report.template_too_large"
    assert elapsed < 1.0
    assert "20 MB" in error.render("nl") and "50 MB" in error.render("en")


def test_parts_over_the_total_are_refused_and_a_lying_size_is_not_believed(
    tmp_path: Path,
) -> None:
    comments = b"<!--" + b" " * (MB - 7) + b"-->"
    header = b"<w:hdr " + W.encode() + b"><w:p/>" + comments * (PART_LIMIT // MB - 1) + b"</w:hdr>"

    def change(name: str, data: bytes) -> bytes:  # three headers of 19 MB: 57 MB in all
        if name == RELS:
            for number in (7, 8):
                data = _add_rel(data, "header", f"header{number}.xml", f"rIdH{number}")
        return header if name == HEADER else data

    extra = {"word/header7.xml": header, "word/header8.xml": header}
    error, elapsed = _refused(_variant(tmp_path, change, extra), tmp_path / "verslag.docx")
    assert error.key == "report.template_too_large" and elapsed < 1.0
    # A part whose zip entry claims 1 KB but unpacks to far more is cut off and refused.
    template = _variant(tmp_path, lambda name, data: header * 2 if name == HEADER else data)
    _lie_about_size(template, HEADER, 1024)
    error, elapsed = _refused(template, tmp_path / "verslag.docx")
    assert error.key in ("report.template_too_large", "report.bad_template") and elapsed < 1.0


def _lie_about_size(path: Path, name: str, size: int) -> None:
    """Make the zip's central directory declare ``size`` bytes for the part ``name``."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo(name)
        real = info.file_size
    position = data.find(name.encode())
    while position != -1:
        entry = data.rfind(b"PK\x01\x02", 0, position)
        if entry != -1 and entry + 46 == position:
            assert int.from_bytes(data[entry + 24 : entry + 28], "little") == real
            data[entry + 24 : entry + 28] = size.to_bytes(4, "little")
            break
        position = data.find(name.encode(), position + 1)
    local = info.header_offset
    data[local + 22 : local + 26] = size.to_bytes(4, "little")
    path.write_bytes(bytes(data))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_or_a_device_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "sjabloon.docx"
    os.mkfifo(fifo)
    error, elapsed = _refused(fifo, tmp_path / "verslag.docx")
    assert error.key == "report.template_not_file" and elapsed < 1.0
    assert str(fifo) in error.render("nl")
    error, elapsed = _refused(Path("/dev/zero"), tmp_path / "verslag.docx")
    assert error.key == "report.template_not_file" and elapsed < 1.0
