"""Burmese in a packet extracts as the Unicode that was typed (ActualText on shaped runs).

Read back from the PDF with poppler's ``pdftotext``, which honours ``ActualText``; pypdf's
``extract_text`` ignores it and returns the glyphs in drawing order (reordered vowel signs,
ligatures dropped), so it is not used for the exact checks.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date

import pytest
import reportlab
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate

from asylum_desk.packets import actual_text
from asylum_desk.packets.compose import compose_packet
from asylum_desk.packets.document import PacketDocument, Paragraph, Section
from asylum_desk.packets.fonts import LATIN, has_myanmar, markup, register_fonts
from asylum_desk.packets.render import render_packet
from asylum_desk.packets.templates import load_applicant_wording
from asylum_desk.services.demo_cases import demo_cases

MIXED = "The applicant's mother, ဒေါ်ခင်မြ, was questioned."
SENTENCE = (
    "ကျွန်ုပ်သည် ဤလျှောက်လွှာပါ အချက်အလက်များကို ကျွန်ုပ်နားလည်သော ဘာသာစကားဖြင့် ဖတ်ပြခြင်းခံရပြီး မှန်ကန်ကြောင်း ဝန်ခံပါသည်။"
)
UNBROKEN = SENTENCE.replace(" ", "")  # one "word" far wider than the column
MOVES_TO_A_NEW_LINE = {b"T*", b"Td", b"TD", b"Tm", b"'", b'"', b"ET"}


def squash(text: str) -> str:
    """``text`` without whitespace: Burmese has no spaces inside phrases, lines break anywhere."""
    return "".join(text.split())


def pdftotext(pdf: bytes, *options: str) -> str:
    program = shutil.which("pdftotext")
    assert program is not None, (
        "pdftotext is missing: `make test` installs poppler-utils through "
        "packaging/linux/install-system-deps.sh"
    )
    result = subprocess.run(
        [program, "-enc", "UTF-8", *options, "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def spans(pdf: bytes) -> list[list[str]]:
    """The ActualText of every marked-content span, page by page; checks they are balanced.

    Every span must close on the line and in the text object where it opened: no operator that
    starts a new line, and no ``ET``, may come while one is open.
    """
    reader = PdfReader(io.BytesIO(pdf))
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        found: list[str] = []
        depth = 0
        operations = ContentStream(page.get_contents(), reader).operations
        for operands, operator in operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
                if operator == b"BDC" and "/ActualText" in operands[1]:
                    found.append(str(operands[1]["/ActualText"]))
            elif operator == b"EMC":
                depth -= 1
                assert depth >= 0, f"page {number}: EMC without BDC"
            elif operator in MOVES_TO_A_NEW_LINE:
                assert depth == 0, f"page {number}: a span is open across {operator!r}"
        assert depth == 0, f"page {number}: {depth} spans left open"
        pages.append(found)
    return pages


def dark_pixels(pdf: bytes, page: int) -> int:
    program = shutil.which("pdftoppm")
    assert program is not None, "pdftoppm is missing: `make test` installs poppler-utils"
    result = subprocess.run(
        [program, "-gray", "-r", "30", "-f", str(page), "-l", str(page), "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    magic, width, height, depth, pixels = result.stdout.split(maxsplit=4)
    assert magic == b"P5" and depth == b"255"
    return sum(1 for value in pixels[: int(width) * int(height)] if value < 160)


@pytest.fixture(scope="module")
def document() -> PacketDocument:
    """A demo case's packet with the Burmese declaration and a Burmese statement."""
    case = next(c for c in demo_cases() if c.flight.statement and c.flight.statement.language)
    document, _ = compose_packet(
        case,
        "counsel",
        office_name="Champhai field office",
        caseworker="Ruth Lalhmangaihi",
        packet_date=date(2026, 11, 25),
        language="my",
    )
    return document


@pytest.fixture(scope="module")
def packet(document: PacketDocument) -> bytes:
    return render_packet(document)


@pytest.fixture(scope="module")
def narrow_column() -> bytes:
    """A justified Burmese paragraph and an unbroken one, in a column 200 points wide."""
    register_fonts()
    style = ParagraphStyle(
        "justified", fontName=LATIN, fontSize=10.5, leading=20, alignment=TA_JUSTIFY, shaping=1
    )
    buffer = io.BytesIO()
    margin = 36
    template = SimpleDocTemplate(
        buffer, pagesize=(200 + 2 * margin, 500), leftMargin=margin, rightMargin=margin
    )
    template.build(
        [
            RLParagraph(markup(f"{SENTENCE} {SENTENCE}"), style),
            RLParagraph(markup(UNBROKEN), style),
        ]
    )
    return buffer.getvalue()


def test_the_hooks_apply_to_the_installed_reportlab() -> None:
    register_fonts()
    assert actual_text.install(), (
        f"reportlab {reportlab.Version} is not the version the ActualText hooks were written "
        f"against ({actual_text.WRITTEN_FOR}): check asylum_desk/packets/actual_text.py against "
        "its internals, then update WRITTEN_FOR"
    )


def test_the_burmese_declaration_extracts_as_typed(packet: bytes) -> None:
    text = squash(pdftotext(packet))
    for sentence in load_applicant_wording("my").declaration:
        assert has_myanmar(sentence)
        assert squash(sentence) in text, sentence


def test_every_burmese_paragraph_of_the_packet_extracts_as_typed(
    document: PacketDocument, packet: bytes
) -> None:
    paragraphs = [
        block.text
        for section in document.sections
        for block in section.blocks
        if isinstance(block, Paragraph) and has_myanmar(block.text)
    ]
    assert len(paragraphs) > len(load_applicant_wording("my").declaration)  # the statement too
    text = squash(pdftotext(packet))
    for paragraph in paragraphs:
        assert squash(paragraph) in text, paragraph
    assert not re.search("[\ue000-\uf8ff]", text), "private-use characters came back"


def test_a_mixed_script_paragraph_extracts_both_scripts() -> None:
    register_fonts()
    document = PacketDocument(
        "MM-2024-0173",
        date(2024, 5, 6),
        "Northern Field Office",
        "UNHCR",
        "Confidential",
        "Index",
        (Section("Statement", (Paragraph(MIXED),)),),
    )
    pdf = render_packet(document)
    assert MIXED in " ".join(pdftotext(pdf).split())
    # pypdf reads the Latin around the Burmese word as before (it ignores ActualText).
    page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "The applicant's mother," in page and ", was questioned." in page
    assert spans(pdf)[0] == ["ဒေါ်ခင်မြ"]


def test_marked_content_is_balanced_on_every_page_and_carries_the_text(packet: bytes) -> None:
    pages = spans(packet)
    texts = [text for page in pages for text in page]
    assert texts, "no ActualText at all"
    assert all(has_myanmar(text) for text in texts)
    declaration = load_applicant_wording("my").declaration[0]
    page = next(page for page in pages if squash(declaration) in squash(" ".join(page)))
    assert " ".join(page).count("ကျွန်ုပ်") >= 2


def test_justified_burmese_keeps_its_word_spacing_and_its_text(narrow_column: bytes) -> None:
    reader = PdfReader(io.BytesIO(narrow_column))
    content = reader.pages[0].get_contents()
    assert content is not None
    assert re.search(rb"[1-9][\d.]* Tw", content.get_data()), "the lines are not justified"
    text = squash(pdftotext(narrow_column, "-raw"))
    assert squash(SENTENCE) * 2 in text
    spans(narrow_column)


def test_an_unbroken_burmese_word_splits_between_syllables_and_extracts(
    narrow_column: bytes,
) -> None:
    [page] = spans(narrow_column)
    # The last spans on the page are the unbroken word's lines, one span per line.
    count = next(n for n in range(1, len(page) + 1) if "".join(page[-n:]) == UNBROKEN)
    lines = page[-count:]
    assert len(lines) >= 3, lines
    syllable_starts = {match.start() for match in actual_text._SYLLABLE.finditer(UNBROKEN)}
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        assert offset in syllable_starts, f"a line ends inside a syllable: {line}"
    assert squash(UNBROKEN) in squash(pdftotext(narrow_column))


def test_pages_with_burmese_still_render(packet: bytes, narrow_column: bytes) -> None:
    pages = PdfReader(io.BytesIO(packet)).pages
    number = next(i for i, page in enumerate(pages, 1) if "In Burmese" in page.extract_text())
    assert dark_pixels(packet, number) > 200
    assert dark_pixels(narrow_column, 1) > 200
