"""Hindi in packets and the information notice: Devanagari set in Noto Sans Devanagari.

Devanagari is shaped with HarfBuzz like Burmese (conjuncts, the vowel sign I drawn before its
consonant, nukta, reph) and every shaped run carries its text as ``ActualText``, so poppler's
``pdftotext`` gives back the wording exactly as typed in ``applicant.hi.json``.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import SimpleDocTemplate

from asylum_desk.cli.parser import build_parser
from asylum_desk.packets import actual_text
from asylum_desk.packets.compose import compose_packet
from asylum_desk.packets.document import Fields, PacketDocument, Paragraph, Section
from asylum_desk.packets.fonts import (
    DEVANAGARI,
    DEVANAGARI_BOLD,
    LATIN,
    MYANMAR,
    markup,
    needs_shaping,
    register_fonts,
)
from asylum_desk.packets.notice import compose_information_notice, render_notice
from asylum_desk.packets.render import render_packet
from asylum_desk.packets.templates import applicant_languages, load_applicant_wording
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.notices import notice_file_name
from asylum_desk.services.packets import declaration_languages
from tests.packets.test_burmese_text_layer import dark_pixels, pdftotext, spans
from tests.packets.test_render import font_names, fonts_of

OFFICE = "Champhai field office"
DEVANAGARI_CHAR = re.compile("[\u0900-\u097f]")
MARK = re.compile("[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963]")
"""Devanagari signs that belong to the letter before them (matras, nukta, virama, ...)."""
CONJUNCT_WORDS = ("क्षेत्र", "प्रार्थना", "हस्ताक्षर")
SENTENCE = load_applicant_wording("hi").declaration[2]
UNBROKEN = 2 * SENTENCE.replace(" ", "")  # one "word" far wider than the column


def words(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) made one space."""
    return " ".join(text.split())


def glyph_ids(word: str, font: str = DEVANAGARI) -> list[int]:
    """The glyph ids the renderer draws ``word`` with (reportlab's HarfBuzz shaping)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return [face.charToGlyph[ord(char)] for char in ttfonts.shapeStr(word, font, 10)]


def cmap_ids(word: str, font: str = DEVANAGARI) -> list[int]:
    """The glyph ids of ``word``'s characters one by one, unshaped (the font's cmap)."""
    register_fonts()
    return [pdfmetrics.getFont(font).face.charToGlyph[ord(char)] for char in word]


def glyph_names(word: str) -> list[str]:
    register_fonts()
    hb_font = pdfmetrics.getFont(DEVANAGARI).hbFont(10)
    return [hb_font.glyph_to_string(gid) for gid in glyph_ids(word)]


@pytest.fixture(scope="module")
def packet() -> bytes:
    """A demo case's packet with the Hindi declaration."""
    case = next(c for c in demo_cases() if c.flight.statement and c.flight.statement.language)
    document, _ = compose_packet(
        case,
        "counsel",
        office_name=OFFICE,
        caseworker="Ruth Lalhmangaihi",
        packet_date=date(2026, 11, 25),
        language="hi",
    )
    return render_packet(document)


@pytest.fixture(scope="module")
def notice() -> bytes:
    return render_notice(compose_information_notice("hi", OFFICE))


@pytest.fixture(scope="module")
def narrow_column() -> bytes:
    """A Hindi sentence written twice without spaces, in a column 150 points wide."""
    register_fonts()
    style = ParagraphStyle("narrow", fontName=LATIN, fontSize=10.5, leading=18, shaping=1)
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=(222, 500), leftMargin=36, rightMargin=36)
    template.build([RLParagraph(markup(UNBROKEN), style)])
    return buffer.getvalue()


def declaration_page(pdf: bytes) -> int:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return next(i for i, page in enumerate(pages, 1) if "In Hindi" in page.extract_text())


def test_hindi_wording_has_the_structure_of_the_burmese() -> None:
    hindi = load_applicant_wording("hi")
    burmese = load_applicant_wording("my")
    assert (hindi.language, hindi.language_name) == ("hi", "Hindi")
    assert len(hindi.declaration) == len(burmese.declaration)
    assert len(hindi.notice_paragraphs) == len(burmese.notice_paragraphs)
    for text in (*hindi.declaration, hindi.notice_title, *hindi.notice_paragraphs):
        assert DEVANAGARI_CHAR.search(text), text
        assert unicodedata.normalize("NFC", text) == text, text
    assert "\u093c" in "".join(hindi.declaration)  # a nukta, typed as a separate sign


def test_hindi_is_offered_for_the_declaration_the_notice_and_the_command_line() -> None:
    assert "hi" in applicant_languages()
    assert ("hi", "Hindi") in declaration_languages()
    parser = build_parser()
    assert parser.parse_args(["notice", "--lang", "hi", "--out", "n.pdf"]).lang == "hi"
    arguments = ["packet", "--vault", "v", "--user", "u", "--case", "X-1", "--recipient", "unhcr"]
    assert parser.parse_args([*arguments, "--lang", "hi", "--preview"]).lang == "hi"
    assert notice_file_name("hi") == "information-notice-hi.pdf"


def test_each_script_gets_its_own_font_in_the_markup() -> None:
    text = "Ko Aung (ကိုအောင်) ने कहा: हस्ताक्षर।"
    assert markup(text) == (
        f'Ko Aung (<font name="{MYANMAR}">ကိုအောင်</font>) '
        f'<font name="{DEVANAGARI}">ने</font> <font name="{DEVANAGARI}">कहा</font>: '
        f'<font name="{DEVANAGARI}">हस्ताक्षर।</font>'
    )
    assert f'<font name="{DEVANAGARI_BOLD}">नाम</font>' == markup("नाम", bold=True)
    # A zero-width joiner between Devanagari letters stays in the run it shapes.
    assert markup("क्\u200dष") == f'<font name="{DEVANAGARI}">क्\u200dष</font>'
    assert needs_shaping("नाम") and not needs_shaping("Name, 12 (x)")


@pytest.mark.parametrize("word", CONJUNCT_WORDS)
def test_conjuncts_are_shaped_not_drawn_letter_by_letter(word: str) -> None:
    shaped = glyph_ids(word)
    assert shaped != cmap_ids(word)
    assert len(shaped) < len(word)  # conjuncts and the reph are single glyphs
    assert 0 not in shaped  # no .notdef


def test_the_vowel_sign_i_is_drawn_before_its_consonant() -> None:
    names = glyph_names("लिए")
    assert names[1] == "ladeva" and "ivowelsign" in names[0], names


def test_the_hindi_wording_shapes_without_a_dotted_circle() -> None:
    wording = load_applicant_wording("hi")
    dotted_circle = cmap_ids("\u25cc")[0]
    for text in (*wording.declaration, wording.notice_title, *wording.notice_paragraphs):
        for word in re.findall("[\u0900-\u097f]+", text):
            shaped = glyph_ids(word)
            assert dotted_circle not in shaped and 0 not in shaped, word


def test_the_hindi_declaration_extracts_exactly_as_typed(packet: bytes) -> None:
    text = words(pdftotext(packet))
    assert "In Hindi" in text
    for sentence in load_applicant_wording("hi").declaration:
        assert words(sentence) in text, sentence
    assert not re.search("[\ue000-\uf8ff]", text), "private-use characters came back"


def test_the_hindi_notice_extracts_exactly_as_typed_then_english(notice: bytes) -> None:
    reader = PdfReader(io.BytesIO(notice))
    assert len(reader.pages) == 2
    hindi = words(pdftotext(notice, "-f", "1", "-l", "1"))
    wording = load_applicant_wording("hi")
    assert hindi.startswith(f"{OFFICE} {wording.notice_title}")
    for paragraph in wording.notice_paragraphs:
        assert words(paragraph) in hindi, paragraph
    assert "(सरकारी कार्यालय, UNHCR या वकील)।" in hindi  # Latin inside Hindi
    english = words(pdftotext(notice, "-f", "2", "-l", "2"))
    assert load_applicant_wording("en").notice_title in english
    assert not DEVANAGARI_CHAR.search(english)


def test_every_shaped_devanagari_run_carries_its_text(packet: bytes, notice: bytes) -> None:
    # ``spans`` also checks that every span opens and closes on one line.
    declaration = " ".join(spans(packet)[declaration_page(packet) - 1])
    assert "हस्ताक्षर" in declaration and "ग़लती" in declaration
    first_page = spans(notice)[0]
    assert all(DEVANAGARI_CHAR.search(text) for text in first_page)
    assert "प्राप्तकर्ता" in first_page  # conjuncts and a reph
    assert "लिए" in first_page  # the vowel sign I
    # A word whose glyphs are its own letters is drawn as plain text, without a span.
    assert "आवेदक" not in first_page


def test_the_pdf_embeds_the_noto_sans_devanagari_subset(packet: bytes, notice: bytes) -> None:
    pages = [
        PdfReader(io.BytesIO(packet)).pages[declaration_page(packet) - 1],
        PdfReader(io.BytesIO(notice)).pages[0],
    ]
    for page in pages:
        assert "NotoSansDevanagari-Regular" in font_names(page)
        devanagari = [
            font
            for font in fonts_of(page.get("/Resources"))
            if "NotoSansDevanagari" in str(font["/BaseFont"])
        ]
        for font in devanagari:
            # Bold in titles and headings (set in the bold face like Latin ones).
            assert re.fullmatch(
                r"/[A-Z]{6}\+NotoSansDevanagari-(Regular|Bold)", str(font["/BaseFont"])
            )
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_bold_devanagari_uses_the_bold_face() -> None:
    register_fonts()
    document = PacketDocument(
        "MM-2024-0173",
        date(2024, 5, 6),
        "Northern Field Office",
        "UNHCR",
        "Confidential",
        "Index",
        (Section("Data", (Fields((("नाम", "सुश्री मीना"),)), Paragraph("प्रार्थना"))),),
    )
    pdf = render_packet(document)
    names = font_names(PdfReader(io.BytesIO(pdf)).pages[0])
    assert {"NotoSansDevanagari-Bold", "NotoSansDevanagari-Regular"} <= names
    assert "नाम सुश्री मीना" in words(pdftotext(pdf)) and "प्रार्थना" in pdftotext(pdf)


def test_an_unbroken_hindi_word_splits_between_syllables(narrow_column: bytes) -> None:
    [page] = spans(narrow_column)
    lines = [text for text in page if DEVANAGARI_CHAR.search(text)]
    assert len(lines) >= 3, lines
    assert "".join(lines) == UNBROKEN
    starts = {match.start() for match in actual_text._SYLLABLE.finditer(UNBROKEN)}
    offset = 0
    for line in lines[:-1]:
        offset += len(line)
        assert offset in starts, f"a line ends inside a syllable: {line}"
        assert not MARK.match(UNBROKEN[offset]), f"a line starts with a sign: {line}"
    assert UNBROKEN in "".join(pdftotext(narrow_column).split())


def test_pages_with_hindi_render(packet: bytes, notice: bytes, narrow_column: bytes) -> None:
    assert dark_pixels(packet, declaration_page(packet)) > 200
    assert dark_pixels(notice, 1) > 200
    assert dark_pixels(narrow_column, 1) > 100
