"""The applicant information notice on its own, read back from the PDF (pypdf and pdftotext)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from asylum_desk.packets.document import Fields
from asylum_desk.packets.notice import (
    NOTICE_CONFIDENTIALITY_LINE,
    compose_information_notice,
    render_notice,
)
from asylum_desk.packets.templates import TemplateError, load_applicant_wording
from asylum_desk.services.notices import make_information_notice, notice_file_name
from tests.packets.test_render import STANDARD_14, font_names, fonts_of

OFFICE = "Champhai field office"
MYANMAR = re.compile("[\u1000-\u109f]")


@pytest.fixture(scope="module")
def burmese() -> bytes:
    return make_information_notice("my", OFFICE)


@pytest.fixture(scope="module")
def reader(burmese: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(burmese))


def pdftotext_pages(pdf: bytes) -> list[str]:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext is not None, "pdftotext is missing: `make test` installs poppler-utils"
    result = subprocess.run(
        [pdftotext, "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    )
    return result.stdout.decode("utf-8").split("\f")[:-1]


def test_burmese_first_then_english_on_its_own_page(burmese: bytes, reader: PdfReader) -> None:
    assert len(reader.pages) == 2
    first, second = pdftotext_pages(burmese)
    english = load_applicant_wording("en")
    assert MYANMAR.search(first)
    assert english.notice_title not in first
    assert not any(sentence in " ".join(first.split()) for sentence in english.notice_paragraphs)
    lines = [line.strip() for line in second.splitlines() if line.strip()]
    assert lines[:2] == [OFFICE, english.notice_title]  # the header, then the English version
    assert not MYANMAR.search(second)
    for sentence in english.notice_paragraphs:
        assert sentence in " ".join(second.split())


def test_page_x_of_y_agrees_with_the_page_count(burmese: bytes, reader: PdfReader) -> None:
    total = len(reader.pages)
    by_pdftotext = pdftotext_pages(burmese)
    assert len(by_pdftotext) == total
    for number, (page, text) in enumerate(zip(reader.pages, by_pdftotext, strict=True), 1):
        assert f"page {number} of {total}" in page.extract_text()
        assert f"page {number} of {total}" in text
        assert NOTICE_CONFIDENTIALITY_LINE in " ".join(text.split())
        assert text.lstrip().startswith(OFFICE)  # the header names the office


def test_no_contents_page_no_case_and_no_qr_code(burmese: bytes, reader: PdfReader) -> None:
    for page, text in zip(reader.pages, pdftotext_pages(burmese), strict=True):
        extracted = page.extract_text()
        for word in ("Contents", "Index", "Case"):
            assert word not in extracted and word not in text
        xobjects = (page["/Resources"].get("/XObject") or {}).values()
        assert not [x for x in xobjects if x.get_object().get("/Subtype") == "/Image"]
        contents = page.get_contents()
        assert contents is not None
        assert contents.get_data().count(b" re") < 10  # a QR code is hundreds of squares


def test_burmese_is_set_in_the_embedded_myanmar_font(burmese: bytes, reader: PdfReader) -> None:
    assert any(name.startswith("NotoSansMyanmar") for name in font_names(reader.pages[0]))
    title = load_applicant_wording("my").notice_title
    assert title in pdftotext_pages(burmese)[0]  # shaped, and extracted as typed
    for page in reader.pages:
        for font in fonts_of(page.get("/Resources")):
            base = str(font["/BaseFont"]).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14
            assert "Noto" in base
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_metadata_is_neutral(burmese: bytes, reader: PdfReader) -> None:
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.get("/Title") == "Information notice"
    assert metadata.get("/Author") == OFFICE
    for value in metadata.values():
        for word in ("asylum", "refugee", "reportlab", "case"):
            assert word not in str(value).lower()
    assert b"reportlab" not in burmese.lower()
    assert "/Outlines" not in reader.trailer["/Root"]
    assert all("/Annots" not in page for page in reader.pages)


def test_english_notice_is_one_page_without_burmese() -> None:
    reader = PdfReader(io.BytesIO(make_information_notice("en", OFFICE)))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "page 1 of 1" in text
    assert not MYANMAR.search(text)
    assert not any(name.startswith("NotoSansMyanmar") for name in font_names(reader.pages[0]))


def test_without_an_office_name_the_header_is_blank() -> None:
    notice = compose_information_notice("en", "")
    assert not any(isinstance(block, Fields) for s in notice.sections for block in s.blocks)
    pdf = render_notice(notice)
    [text] = pdftotext_pages(pdf)
    assert text.lstrip().startswith(load_applicant_wording("en").notice_title)
    assert "Office" not in text and OFFICE not in text
    assert PdfReader(io.BytesIO(pdf)).metadata.get("/Author") in ("", None)


@pytest.mark.parametrize("language", ["xx", "../applicant.en", "EN", ""])
def test_a_language_without_wording_is_refused(language: str) -> None:
    with pytest.raises(TemplateError, match="no applicant wording"):
        compose_information_notice(language, OFFICE)


def test_file_name_is_neutral() -> None:
    assert notice_file_name("my") == "information-notice-my.pdf"
    assert notice_file_name("en") == "information-notice-en.pdf"
    assert notice_file_name("../x") == "information-notice-x.pdf"


def test_nothing_is_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    pdf: Any = make_information_notice("my", OFFICE)
    assert pdf.startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []
