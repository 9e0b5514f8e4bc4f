"""The packet renderer: pages, index, fonts, Burmese, metadata, attachments (invented people)."""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject
from reportlab.pdfgen.canvas import Canvas

from asylum_desk.packets.document import (
    Fields,
    Heading,
    PacketDocument,
    Paragraph,
    Picture,
    Section,
    SignatureBoxes,
    Table,
)
from asylum_desk.packets.render import PacketRenderError, render_packet

CASE = "MM-2024-0173"
OFFICE = "Northern Field Office"
CONFIDENTIAL = "Confidential: not to be shared with the authorities of the country of origin"
DECLARATION = "ကျွန်ုပ်သည် အထက်ပါ အချက်အလက်များ မှန်ကန်ကြောင်း ဝန်ခံပါသည်။"
MIXED = "The applicant's mother, ဒေါ်ခင်မြ, was questioned."
LOREM = "On the morning of 28 February the unit was ordered to the junction near the market. " * 5
STANDARD_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
MYANMAR = re.compile("[\u1000-\u109f]")


def make_png(width: int = 120, height: int = 80) -> bytes:
    """A striped RGB PNG, built by hand."""
    rows = b"".join(
        b"\x00" + bytes((40, 90, 160) if (y // 10) % 2 else (230, 230, 230)) * width
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def one_page_pdf(text: str = "Medical letter of Dr. Imaginary") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(one_page_pdf())))
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def packet(
    appended: tuple[tuple[str, bytes], ...] = (), statement_paragraphs: int = 10
) -> PacketDocument:
    """A typical packet for an invented police officer."""
    statement = [Paragraph(LOREM) for _ in range(statement_paragraphs)]
    statement += [
        Paragraph(MIXED),
        Paragraph('"We will not shoot our own people."', style="quote"),
        Paragraph(DECLARATION, language="my"),
        Paragraph("Read back in Burmese and understood before signing.", style="small"),
        SignatureBoxes(("Signature", "Right thumbprint", "Date")),
    ]
    sections = (
        Section(
            "Cover letter",
            (
                Paragraph("To the Refugee Status Determination Unit,"),
                Paragraph(LOREM),
                Paragraph("Do not disclose to the country of origin.", style="notice"),
            ),
        ),
        Section(
            "Application data sheet",
            (
                Heading("Personal data"),
                Fields((("Name", "Thura Example"), ("Name (Burmese)", "သူရ"), ("Alias", ""))),
                Table(("Relation", "Country", "Situation"), (("Mother", "Myanmar", "at risk"),)),
            ),
        ),
        Section("Statement of the applicant", tuple(statement)),
        Section("Identity documents", (Picture(make_png(), "Service card (copy)"),)),
        Section("Preparer's declaration", (Paragraph(LOREM), SignatureBoxes(("Signature",)))),
    )
    return PacketDocument(
        case_number=CASE,
        packet_date=date(2024, 5, 6),
        office_name=OFFICE,
        recipient_label="UNHCR",
        confidentiality_line=CONFIDENTIAL,
        index_title="Index of documents",
        sections=sections,
        appended_pdfs=appended,
    )


@pytest.fixture(scope="module")
def rendered() -> bytes:
    return render_packet(packet(appended=(("Medical letter", one_page_pdf()),)))


@pytest.fixture(scope="module")
def reader(rendered: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(rendered))


def texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def index_entries(reader: PdfReader, titles: list[str]) -> dict[str, int]:
    """Read "title / page" pairs off the index page (page 2)."""
    lines = [line.strip() for line in reader.pages[1].extract_text().splitlines()]
    return {title: int(lines[lines.index(title) + 1]) for title in titles}


def fonts_of(resources: Any) -> Iterator[DictionaryObject]:
    """Every font dictionary reachable from a resources dictionary, forms included."""
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or DictionaryObject()).get_object().values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or DictionaryObject()).get_object().values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            yield from fonts_of(xobject.get("/Resources"))


def font_names(page: Any) -> set[str]:
    return {str(font["/BaseFont"]).split("+")[-1] for font in fonts_of(page.get("/Resources"))}


def test_every_page_is_numbered_out_of_the_total(reader: PdfReader) -> None:
    pages = texts(reader)
    last = re.search(r"page (\d+) of (\d+)", pages[-1])
    assert last is not None
    assert int(last.group(2)) == len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text
        assert CASE in text
        assert CONFIDENTIAL in " ".join(text.split())


def test_each_section_starts_a_page_and_the_index_gives_it(reader: PdfReader) -> None:
    titles = [section.title for section in packet().sections]
    entries = index_entries(reader, [*titles, "Medical letter"])
    assert entries["Cover letter"] == 1
    assert entries["Application data sheet"] == 3  # the index sits on page 2
    pages = texts(reader)
    frame = {OFFICE, f"Case {CASE}", CONFIDENTIAL}
    for title in titles:
        lines = [line.strip() for line in pages[entries[title] - 1].splitlines()]
        body = [
            line for line in lines if line not in frame and not line.startswith(f"Case {CASE} ·")
        ]
        assert body[0] == title, f"{title!r} does not open page {entries[title]}: {body[:3]}"
    assert entries["Medical letter"] == len(pages)
    assert "Medical letter of Dr. Imaginary" in pages[-1]
    assert pages[1].splitlines()[4].strip() == "Index of documents"


def test_first_page_carries_the_qr_code(reader: PdfReader) -> None:
    def rectangles(page_number: int) -> int:
        data = reader.pages[page_number].get_contents()
        assert data is not None
        return data.get_data().count(b" re")

    assert rectangles(0) > 100  # the QR modules
    assert rectangles(2) < 50


def test_all_fonts_are_embedded_and_none_is_standard(reader: PdfReader) -> None:
    seen = 0
    for page in reader.pages:
        for font in fonts_of(page.get("/Resources")):
            seen += 1
            base = str(font["/BaseFont"]).lstrip("/")
            if page is reader.pages[-1] and base == "Helvetica":
                continue  # the invented attachment's own font, not the renderer's
            assert base.split("+")[-1] not in STANDARD_14
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, base
    assert seen


def test_packet_pages_use_only_embedded_noto_fonts(reader: PdfReader) -> None:
    for page in list(reader.pages)[:-1]:
        for font in fonts_of(page.get("/Resources")):
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor
            assert "Noto" in str(font["/BaseFont"])


def test_metadata_is_neutral(reader: PdfReader, rendered: bytes) -> None:
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.get("/Author") == OFFICE
    assert metadata.get("/Title") == f"Case {CASE}"
    for value in metadata.values():
        assert "asylum" not in str(value).lower()
        assert "reportlab" not in str(value).lower()
        assert "pypdf" not in str(value).lower()
    assert b"reportlab" not in rendered.lower()
    assert "/Outlines" not in reader.trailer["/Root"]
    assert all("/Annots" not in page for page in reader.pages)


def test_burmese_declaration_is_shaped_and_its_letters_come_back(reader: PdfReader) -> None:
    page = next(t for t in texts(reader) if "Read back in Burmese" in t)
    line = next(line for line in page.splitlines() if "ပါသည်။" in line and MYANMAR.search(line))
    # Shaping is visible: the vowel sign E (U+1031) is drawn before its consonant.
    assert "ေ" in line and "ကြော" not in line
    # Letters drawn as ordinary glyphs extract as themselves; ligature glyphs (stacked
    # medials) come back as private-use characters: reportlab writes no ActualText.
    extracted = [c for c in line if not c.isspace()]
    expected = [c for c in DECLARATION if not c.isspace()]
    private = [c for c in extracted if "\ue000" <= c <= "\uf8ff"]
    ordinary = [c for c in extracted if c not in private]
    assert set(ordinary) <= set(expected)
    missing = list(expected)
    for character in ordinary:
        missing.remove(character)
    assert len(missing) <= 2 * len(private), missing
    assert sorted(c for c in line.split()[1]) == sorted("အထက်ပါ")
    assert "အချက်အလက်များ" in line


def test_mixed_paragraph_uses_both_fonts(reader: PdfReader) -> None:
    page = next(p for p in reader.pages if "mother," in p.extract_text())
    text = page.extract_text()
    assert "The applicant's mother," in text and ", was questioned." in text
    names = font_names(page)
    assert any(name.startswith("NotoSansMyanmar") for name in names)
    assert any(name.startswith("NotoSans-") for name in names)


def test_unreadable_attachments_are_named_not_appended() -> None:
    attachments = (("Broken scan", b"not a pdf at all"), ("Locked file", encrypted_pdf()))
    without = PdfReader(io.BytesIO(render_packet(packet())))
    reader = PdfReader(io.BytesIO(render_packet(packet(appended=attachments))))
    assert len(reader.pages) == len(without.pages)
    index = " ".join(reader.pages[1].extract_text().split())
    assert "Attachment Broken scan could not be included: not a readable PDF." in index
    assert "Attachment Locked file could not be included: not a readable PDF." in index


def test_appended_pdf_adds_its_page_to_the_count(reader: PdfReader) -> None:
    without = PdfReader(io.BytesIO(render_packet(packet())))
    assert len(reader.pages) == len(without.pages) + 1
    total = len(without.pages)
    assert f"page {total} of {total}" in without.pages[-1].extract_text()


def test_picture_is_embedded_as_an_image(reader: PdfReader) -> None:
    entries = index_entries(reader, ["Identity documents"])
    page = reader.pages[entries["Identity documents"] - 1]
    xobjects = page["/Resources"]["/XObject"].get_object()
    images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
    assert images
    assert "Service card (copy)" in page.extract_text()


def test_a_packet_without_sections_is_refused() -> None:
    empty = PacketDocument(CASE, date(2024, 5, 6), OFFICE, "UNHCR", CONFIDENTIAL, "Index", ())
    with pytest.raises(PacketRenderError, match="no documents"):
        render_packet(empty)


def test_text_is_escaped() -> None:
    tricky = Section("A & B <notes>", (Paragraph("x < y & <b>not bold</b> ဒေါ်<>"),))
    document = packet()
    document = PacketDocument(
        CASE, document.packet_date, OFFICE, "UNHCR", CONFIDENTIAL, "Index",
        (*document.sections, tricky),
    )  # fmt: skip
    text = PdfReader(io.BytesIO(render_packet(document))).pages[-1].extract_text()
    assert "A & B <notes>" in text
    assert "x < y & <b>not bold</b>" in text


def test_first_page_is_not_blank_when_rasterised(rendered: bytes) -> None:
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm is not None, (
        "pdftoppm is missing: `make test` installs poppler-utils through "
        "packaging/linux/install-system-deps.sh"
    )
    result = subprocess.run(
        [pdftoppm, "-gray", "-r", "30", "-f", "1", "-l", "1", "-"],
        input=rendered,
        capture_output=True,
        check=True,
    )
    magic, width, height, depth, pixels = result.stdout.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    pixels = pixels[: int(width) * int(height)]
    dark = sum(1 for value in pixels if value < 160)
    assert dark > 200


def test_latin_inside_a_burmese_paragraph_keeps_the_latin_font() -> None:
    from asylum_desk.packets.document import Paragraph as PacketParagraph
    from asylum_desk.packets.fonts import LATIN, MYANMAR, register_fonts
    from asylum_desk.packets.render import _block

    register_fonts()
    [flowable] = _block(PacketParagraph("ကုလသမဂ္ဂ UNHCR ရုံး", language="my"))
    assert flowable.style.fontName == LATIN  # the Myanmar font has no Latin glyphs
    assert f'<font name="{MYANMAR}">ကုလသမဂ္ဂ</font> UNHCR <font name="{MYANMAR}">' in flowable.text


def test_page_total_and_index_numbers_are_forms_that_extract(rendered: bytes) -> None:
    """Laid out once: the numbers known only at the end are form XObjects, read as page text."""
    reader = PdfReader(io.BytesIO(rendered))
    index = reader.pages[1]
    xobjects = index["/Resources"]["/XObject"].get_object().values()
    assert sum(1 for x in xobjects if x.get_object()["/Subtype"] == "/Form") >= 7
    total = len(reader.pages)
    assert f"page 2 of {total}" in index.extract_text()
    assert index_entries(reader, ["Statement of the applicant"]) == {
        "Statement of the applicant": 4
    }
    # The page's own content stream holds neither: they come from the forms.
    stripped = PdfWriter(clone_from=reader).pages[1]
    del stripped["/Resources"].get_object()[NameObject("/XObject")]
    own_text = stripped.extract_text()
    assert "Statement of the applicant" in own_text
    assert "page 2 of" not in own_text
    assert not re.search(r"^\s*\d+\s*$", own_text, re.MULTILINE)


def test_pdftotext_reads_every_page_number_and_the_index(rendered: bytes) -> None:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "pdftotext is missing: `make test` installs poppler-utils"
    result = subprocess.run(
        [pdftotext, "-layout", "-", "-"], input=rendered, capture_output=True, check=True
    )
    pages = result.stdout.decode("utf-8").split("\f")[:-1]
    assert len(pages) == len(PdfReader(io.BytesIO(rendered)).pages)
    for number, text in enumerate(pages, start=1):
        assert f"Case {CASE} · page {number} of {len(pages)}" in text
    assert re.search(r"Statement of the applicant\s+4\n", pages[1])
    assert re.search(r"Medical letter\s+8\n", pages[1])


def test_an_index_longer_than_a_page_still_gives_the_right_pages() -> None:
    """Forty documents: the index runs onto a second page, and every number still points right."""
    base = packet()
    many = tuple(Section(f"Exhibit {number}", (Paragraph(LOREM),)) for number in range(1, 41))
    document = PacketDocument(
        CASE, base.packet_date, OFFICE, "UNHCR", CONFIDENTIAL, "Index of documents",
        (*base.sections, *many),
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(render_packet(document)))
    pages = texts(reader)
    first_index = [line.strip() for line in pages[1].splitlines()]
    data_sheet = int(first_index[first_index.index("Application data sheet") + 1])
    assert data_sheet == 4  # cover letter, two pages of index
    index_lines = [line.strip() for text in pages[1:3] for line in text.splitlines()]
    assert "Exhibit 40" in index_lines and "Exhibit 40" not in first_index
    for number in (1, 20, 40):
        title = f"Exhibit {number}"
        page = int(index_lines[index_lines.index(title) + 1])
        body = [line.strip() for line in pages[page - 1].splitlines()]
        assert body[4] == title, (title, page, body[:6])
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in text


def test_a_packet_without_attachments_does_not_name_reportlab() -> None:
    pdf = render_packet(packet())
    assert pdf.startswith(b"%PDF-1.4\n%\x93\x8c\x8b\x9e ")  # the binary marker stays
    assert b"reportlab" not in pdf.lower()
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 7
