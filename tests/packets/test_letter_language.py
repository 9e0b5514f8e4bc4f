"""Letters in Hindi: the recipient's fixed wording in a letter language, read back from the PDF.

The government's cover letter, notices, declaration and certificates come from
``government.hi.json``; ``pdftotext`` (which honours ``ActualText``) must give every sentence
back exactly as typed, with the placeholders filled. A recipient without wording in the
language asked for gets English, and the loader refuses a translation whose keys or
placeholders differ from the English profile's.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics, ttfonts

from asylum_desk.cli import main
from asylum_desk.cli.parser import build_parser
from asylum_desk.domain.disclosure import disclose, shown_name
from asylum_desk.domain.model import Case
from asylum_desk.packets.fonts import DEVANAGARI, register_fonts
from asylum_desk.packets.letters import language_name_in
from asylum_desk.packets.templates import (
    Profile,
    TemplateError,
    load_applicant_wording,
    load_profile,
)
from asylum_desk.resources import resource_path
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.packets import (
    Packet,
    letter_language_labels,
    letter_languages,
    make_packet,
    preview_packet,
)
from asylum_desk.storage.shared import SharedLocation
from tests.conftest import PASSPHRASE
from tests.packets.test_burmese_text_layer import dark_pixels, pdftotext, spans
from tests.packets.test_render import font_names

WHEN = date(2026, 11, 25)
DEVANAGARI_CHAR = re.compile("[\u0900-\u097f]")
HINDI = load_profile("government", "hi")
ENGLISH = load_profile("government")


def words(text: str) -> str:
    """``text`` with every run of whitespace (line breaks included) made one space."""
    return " ".join(text.split())


def burmese_case() -> Case:
    """A demo case with a Burmese statement, an interpreter and consent for the government."""
    return next(
        case
        for case in demo_cases()
        if case.flight.statement
        and case.flight.statement.language == "my"
        and case.flight.statement.interpreter
        and any(consent.recipient == "government" for consent in case.consents)
    )


def filled(profile: Profile, case: Case, number: str, vault: OpenVault) -> dict[str, str]:
    """What the packet puts into the profile's placeholders for this case."""
    shown = disclose(case, profile.recipient, recipient_class=profile.recipient_class).case
    statement = shown.flight.statement
    assert statement is not None and shown.crossing is not None
    return {
        "case_number": number,
        "office_name": vault.office_name,
        "display_name": shown_name(shown.applicant),
        "date": WHEN.isoformat(),
        "arrival_date": str(shown.crossing.date),
        "caseworker": vault.username,
        "title": profile.title,
        "recipient_label": profile.label,
        "addressee": profile.addressee,
        "interpreter": statement.interpreter or "",
        "language": language_name_in(statement.language, profile.language),
    }


def pages_of(pdf: bytes) -> list[str]:
    return [words(page) for page in pdftotext(pdf).split("\f") if page.strip()]


def declaration_page(pages: list[str]) -> str:
    """The page the declaration starts on (its title is in the index too)."""
    title = HINDI.wording.titles["declaration"]
    return next(page for page in pages if title in page and "In English" in page)


@pytest.fixture
def stored(vault: OpenVault) -> tuple[Case, str]:
    case = burmese_case()
    return case, CaseService(vault).create_case(case)


def hindi_packet(vault: OpenVault, number: str, applicant_language: str) -> Packet:
    return make_packet(
        vault,
        number,
        "government",
        language=applicant_language,
        packet_date=WHEN,
        letter_language="hi",
    )


def test_the_hindi_profile_is_the_english_one_translated() -> None:
    assert (HINDI.language, HINDI.source, HINDI.recipient_class) == (
        "hi",
        "government.hi.json",
        ENGLISH.recipient_class,
    )
    assert HINDI.procedure_needs == ENGLISH.procedure_needs
    wording, english = HINDI.wording, ENGLISH.wording
    texts = [
        HINDI.label,
        HINDI.addressee,
        HINDI.title,
        *wording.cover_letter,
        wording.confidentiality_notice,
        wording.confidentiality_line,
        wording.index_title,
        *wording.declaration,
        *wording.interpreter_certificate,
        *wording.caseworker_certificate,
        wording.consent_record_intro,
        wording.missing_documents_intro,
        *wording.titles.values(),
    ]
    for text in texts:
        assert DEVANAGARI_CHAR.search(text), text
        assert unicodedata.normalize("NFC", text) == text, text
    assert set(wording.titles) == set(english.titles)
    note = json.loads((resource_path("templates") / "government.hi.json").read_text("utf-8"))
    assert "native speaker" in note["_note"]


def test_the_hindi_wording_shapes_without_a_dotted_circle() -> None:
    """HarfBuzz draws U+25CC where a mark has no letter to sit on: none in the wording."""
    register_fonts()
    hb_font = pdfmetrics.getFont(DEVANAGARI).hbFont(10)
    face = pdfmetrics.getFont(DEVANAGARI).face
    wording = HINDI.wording
    for text in (*wording.cover_letter, wording.confidentiality_line, *wording.titles.values()):
        for word in re.findall("[\u0900-\u097f]+", text):
            names = [
                hb_font.glyph_to_string(face.charToGlyph[ord(char)])
                for char in ttfonts.shapeStr(word, DEVANAGARI, 10)
            ]
            assert not any("25CC" in name.upper() or "dotted" in name for name in names), word


def test_letter_languages_are_english_and_each_translation() -> None:
    assert letter_languages("government") == ["en", "hi"]
    assert letter_languages("unhcr") == ["en"]
    assert letter_languages("counsel") == ["en"]
    assert letter_language_labels("government") == [("en", "English"), ("hi", "हिन्दी (Hindi)")]


def test_a_government_packet_in_hindi_reads_back_as_typed(
    vault: OpenVault, stored: tuple[Case, str]
) -> None:
    case, number = stored
    packet = hindi_packet(vault, number, "my")
    assert packet.letter_language == "hi"
    values = filled(HINDI, case, number, vault)
    pages = pages_of(packet.pdf)
    text = " ".join(pages)
    # The cover letter: every paragraph, placeholders filled, exactly as typed.
    for paragraph in (HINDI.wording.confidentiality_notice, *HINDI.wording.cover_letter):
        assert words(paragraph.format_map(values)) in pages[0], paragraph
    assert f"मामला {number}" in pages[0] and vault.office_name in pages[0]
    assert "{" not in text
    assert "सके, वे" in pages[0]  # a comma right after a shaped word stays with it
    # The certificates, in Hindi, with the interpreter and the language named in Hindi.
    for paragraph in (
        *HINDI.wording.interpreter_certificate,
        *HINDI.wording.caseworker_certificate,
        HINDI.wording.consent_record_intro,
    ):
        assert words(paragraph.format_map(values)) in text, paragraph
    assert "बर्मी और अंग्रेज़ी" in text
    # Titles, index and the confidentiality line on every page.
    for title in (HINDI.wording.index_title, *HINDI.wording.titles.values()):
        assert title in text, title
    for page in pages:
        assert HINDI.wording.confidentiality_line in page
    # The declaration: Hindi, then English, then the applicant's Burmese.
    declaration = declaration_page(pages)
    hindi_at = declaration.index(words(HINDI.wording.declaration[0]))
    english_at = declaration.index(words(ENGLISH.wording.declaration[0]))
    burmese = load_applicant_wording("my").declaration
    burmese_at = declaration.index(words(burmese[0]))
    assert hindi_at < declaration.index("In English") < english_at < burmese_at
    assert "In Burmese" in declaration
    for paragraph in (*HINDI.wording.declaration, *ENGLISH.wording.declaration, *burmese):
        assert words(paragraph) in declaration, paragraph
    # Devanagari is shaped (ActualText spans) and embedded.
    assert any(DEVANAGARI_CHAR.search("".join(page)) for page in spans(packet.pdf))
    first = PdfReader(io.BytesIO(packet.pdf)).pages[0]
    assert DEVANAGARI in {name.split("-")[0] for name in font_names(first)}
    assert dark_pixels(packet.pdf, 1) > 0


def test_the_english_declaration_stays_when_the_applicant_chose_english(
    vault: OpenVault, stored: tuple[Case, str]
) -> None:
    _, number = stored
    packet = hindi_packet(vault, number, "en")
    pages = pages_of(packet.pdf)
    declaration = declaration_page(pages)
    for paragraph in (*HINDI.wording.declaration, *ENGLISH.wording.declaration):
        assert words(paragraph) in declaration
    assert "In Burmese" not in declaration and "In Hindi" not in declaration


def test_a_recipient_without_hindi_wording_gets_english(
    vault: OpenVault, stored: tuple[Case, str]
) -> None:
    _, number = stored
    packet = make_packet(vault, number, "unhcr", packet_date=WHEN, letter_language="hi")
    assert packet.letter_language == "en"
    unhcr = load_profile("unhcr")
    text = words(pdftotext(packet.pdf))
    assert words(unhcr.wording.confidentiality_notice) in text
    assert "Cover letter" in text and not DEVANAGARI_CHAR.search(unhcr.wording.index_title)
    preview = preview_packet(vault, number, "unhcr", "hi")
    assert (preview.letter_language, preview.letter_languages) == ("en", ("en",))
    government = preview_packet(vault, number, "government", "hi")
    assert (government.letter_language, government.letter_languages) == ("hi", ("en", "hi"))


def test_the_command_line_takes_the_letter_language(
    vault: OpenVault,
    vault_path: Path | SharedLocation,
    stored: tuple[Case, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, number = stored
    base = ["packet", "--vault", "v", "--user", "u", "--case", "X-1", "--recipient", "unhcr"]
    assert build_parser().parse_args([*base, "--preview"]).letter == "en"
    with pytest.raises(SystemExit):
        build_parser().parse_args([*base, "--preview", "--letter-lang", "fr"])
    vault.close()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    if isinstance(vault_path, SharedLocation):
        monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", vault_path.password)
        where = ["--database-url", vault_path.url]
    else:
        where = ["--vault", str(vault_path)]
    command = ["packet", *where, "--user", "amara", "--case", number, "--letter-lang", "hi"]
    out = tmp_path / "government.pdf"
    assert main([*command, "--recipient", "government", "--out", str(out)]) == 0
    assert HINDI.wording.confidentiality_line in pdftotext(out.read_bytes())
    assert "wording" not in capsys.readouterr().err
    out = tmp_path / "unhcr.pdf"
    assert main([*command, "--recipient", "unhcr", "--out", str(out)]) == 0
    assert "No hi wording for unhcr: English." in capsys.readouterr().err


# ---- the loader's check of a translation -------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("government.en.json", "government.hi.json"):
        shutil.copy(resource_path("templates") / name, tmp_path / name)
    return tmp_path


Change = Callable[[dict[str, Any]], object]


def edit(folder: Path, change: Change) -> None:
    path = folder / "government.hi.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_the_copied_templates_load(folder: Path) -> None:
    assert load_profile("government", "hi", folder=folder).language == "hi"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda data: data["wording"].pop("index_title"),
            "government.hi.json: 'index_title' is missing (it is in government.en.json)",
        ),
        (
            lambda data: data["wording"]["titles"].pop("consent"),
            "government.hi.json: 'titles.consent' is missing",
        ),
        (
            lambda data: data["wording"].update(footer="पाद"),
            "government.hi.json: 'footer' is not in government.en.json",
        ),
        (
            lambda data: data["wording"]["cover_letter"].__setitem__(
                0, "विषय: {title} — मामला {date}"
            ),
            "government.hi.json: 'cover_letter[0]' must use the placeholders of "
            "government.en.json ({case_number}, {title})",
        ),
        (
            lambda data: data["wording"].update(confidentiality_line="गोपनीय — {office_name}"),
            "government.hi.json: 'confidentiality_line' must use the placeholders",
        ),
        (
            lambda data: data["wording"]["declaration"].pop(),
            "government.hi.json: 'declaration' must have 3 paragraphs",
        ),
        (
            lambda data: data.update(procedure_needs=[]),
            "government.hi.json: 'procedure_needs' must be as in government.en.json",
        ),
        (
            lambda data: data.update(language="en"),
            "government.hi.json: 'language' must be 'hi'",
        ),
    ],
)
def test_the_loader_refuses_a_translation_unlike_its_english(
    folder: Path, change: Change, message: str
) -> None:
    edit(folder, change)
    with pytest.raises(TemplateError, match=re.escape(message)):
        load_profile("government", "hi", folder=folder)
    assert load_profile("government", folder=folder).language == "en"


def test_a_language_code_is_never_a_path(folder: Path) -> None:
    with pytest.raises(TemplateError, match="not a language code"):
        load_profile("government", "../government.en", folder=folder)
