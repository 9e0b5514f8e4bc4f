"""The applicant information notice on its own: a leaflet of a page or two for the applicant.

It is in the applicant's language first (Burmese for ``my``, Hindi for ``hi``), then in English
from a new page. It names no case and no person: the header shows the office, the footer the
confidentiality line and "page X of Y"; there is no index, case number or QR code. The wording
comes from ``resources/templates/applicant.<language>.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from asylum_desk.domain.messages import text
from asylum_desk.packets.document import Block, Fields, Paragraph, Section
from asylum_desk.packets.render import render_leaflet
from asylum_desk.packets.templates import ApplicantWording, TemplateError, load_applicant_wording

NOTICE_CONFIDENTIALITY_LINE = (
    "Confidential — not to be shared with the authorities of the country of origin"
)
NOTICE_METADATA_TITLE = "Information notice"
"""Title and subject of the PDF: neutral, like a packet's (no person, no procedure)."""

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True, slots=True)
class NoticeDocument:
    """The notice as plain data: one section per language, the applicant's language first."""

    language: str
    office_name: str
    confidentiality_line: str
    sections: tuple[Section, ...]


def compose_information_notice(language: str, office_name: str) -> NoticeDocument:
    """The applicant information notice in ``language`` (``my``, ``hi``, ``en``), then in English.

    ``office_name`` may be empty (a notice printed for any office). Raises ``TemplateError``
    when there is no wording in ``language``.
    """
    if not _LANGUAGE_CODE.fullmatch(language):
        raise TemplateError(
            text("There is no applicant wording in {language!r}.", language=language)
        )
    wording = load_applicant_wording(language)
    sections = [_notice_section(wording, office_name)]
    if wording.language != "en":
        sections.append(_notice_section(load_applicant_wording("en"), office_name))
    return NoticeDocument(
        language=wording.language,
        office_name=office_name,
        confidentiality_line=NOTICE_CONFIDENTIALITY_LINE,
        sections=tuple(sections),
    )


def _notice_section(wording: ApplicantWording, office_name: str) -> Section:
    """One language's notice: its title, its paragraphs, and the office to turn to."""
    blocks: list[Block] = [Paragraph(text, wording.language) for text in wording.notice_paragraphs]
    if office_name.strip():
        blocks.append(Fields((("Office", office_name),)))
    return Section(wording.notice_title, tuple(blocks))


def render_notice(notice: NoticeDocument) -> bytes:
    """The notice as PDF bytes (fonts embedded, neutral metadata); nothing is written to disk."""
    return render_leaflet(
        notice.sections,
        office_name=notice.office_name,
        confidentiality_line=notice.confidentiality_line,
        title=NOTICE_METADATA_TITLE,
        subject=NOTICE_METADATA_TITLE,
    )
