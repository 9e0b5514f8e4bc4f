"""Packets: compose what a recipient may receive, render the PDF in memory, log the delivery.

The PDF is made in memory; it reaches the disk only through ``save_packet``, which the user
asks for. Making, saving and printing a packet are each an audit event carrying the recipient
and the SHA-256 of the bytes concerned (the case's delivery log).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from asylum_desk.domain.disclosure import Disclosure, disclose
from asylum_desk.domain.messages import text
from asylum_desk.packets.compose import (
    DOCUMENT_CHOICES,
    DocumentChoice,
    completeness_problems,
    compose_packet,
    default_applicant_language,
    packet_file_name,
)
from asylum_desk.packets.render import render_packet
from asylum_desk.packets.templates import (
    applicant_languages,
    available_recipients,
    load_profile,
    profile_languages,
)
from asylum_desk.security.atomic_write import write_file_atomic
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault

MIN_PASSWORD_LENGTH = 8
LANGUAGE_LABELS: dict[str, str] = {
    "en": text("English only"),
    "my": text("Burmese"),
    "hi": text("Hindi"),
}
LETTER_LANGUAGE_LABELS: dict[str, str] = {"en": text("English"), "hi": "हिन्दी (Hindi)"}
"""How the letter languages are offered (a code without a label is shown as it is).

Labels in English are ``Text`` (the interface shows them in its own language)."""

__all__ = [
    "DOCUMENT_CHOICES",
    "LETTER_LANGUAGE_LABELS",
    "MIN_PASSWORD_LENGTH",
    "DocumentChoice",
    "Packet",
    "PacketPreview",
    "declaration_languages",
    "encrypt_pdf",
    "letter_language_labels",
    "letter_languages",
    "make_packet",
    "packet_recipients",
    "preview_packet",
    "preview_packets",
    "record_printed",
    "save_packet",
]


def declaration_languages() -> list[tuple[str, str]]:
    """(code, label) of the languages the applicant's declaration can be given in."""
    return [(code, LANGUAGE_LABELS.get(code, code)) for code in applicant_languages()]


def letter_languages(recipient: str) -> list[str]:
    """The languages ``recipient``'s letters can be in: ``en``, then each translation."""
    return profile_languages(recipient)


def letter_language_labels(recipient: str) -> list[tuple[str, str]]:
    """(code, label) of ``recipient``'s letter languages, English first."""
    return [(code, LETTER_LANGUAGE_LABELS.get(code, code)) for code in letter_languages(recipient)]


def packet_recipients() -> list[tuple[str, str]]:
    """(key, label) of every recipient a packet can be made for (never the country of origin)."""
    keys = sorted(available_recipients(), key=_recipient_order)
    return [(key, load_profile(key).label) for key in keys]


def _recipient_order(key: str) -> tuple[int, str]:
    usual = ("government", "unhcr", "counsel")
    return (usual.index(key) if key in usual else len(usual), key)


@dataclass(frozen=True, slots=True)
class Packet:
    """A rendered packet and what went into it."""

    pdf: bytes
    file_name: str
    sha256: str
    recipient: str
    disclosure: Disclosure
    missing: list[str]
    case_number: str
    page_count: int
    letter_language: str = "en"
    """The language the recipient's wording is in (English when the one asked for is missing)."""


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 under ``password``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(
            text("A file password needs at least {count} characters.", count=MIN_PASSWORD_LENGTH)
        )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_packet(
    vault: OpenVault,
    case_number: str,
    recipient: str,
    letter_language: str = "en",
    *,
    language: str | None = None,
    password: str | None = None,
    packet_date: date | None = None,
    include: Collection[str] | None = None,
) -> Packet:
    """Compose, render (and optionally encrypt) one case's packet for one recipient.

    ``language`` is the applicant's (the declaration's second language); None picks it from
    the case.
    ``include`` picks the optional documents (keys of ``DOCUMENT_CHOICES``; all when None).
    ``letter_language`` is the language of the recipient's wording (cover letter, notices,
    declaration, certificates); a recipient without wording in it gets English.
    """
    case = CaseService(vault).get_case(case_number)
    when = packet_date or date.today()
    document, disclosure = compose_packet(
        case,
        recipient,
        office_name=vault.office_name,
        caseworker=vault.username,
        packet_date=when,
        language=language,
        include=include,
        letter_language=letter_language,
    )
    pdf = render_packet(document)
    page_count = len(PdfReader(io.BytesIO(pdf)).pages)
    if password is not None:
        pdf = encrypt_pdf(pdf, password)
    digest = hashlib.sha256(pdf).hexdigest()
    with vault.transaction() as session:
        vault.audit(
            session,
            "packet",
            "packet",
            case_number,
            f"recipient={recipient} file_sha256={digest} encrypted={password is not None}",
        )
    return Packet(
        pdf=pdf,
        file_name=packet_file_name(case_number, when),
        sha256=digest,
        recipient=recipient,
        disclosure=disclosure,
        missing=completeness_problems(case, recipient),
        case_number=case_number,
        page_count=page_count,
        letter_language=document.language,
    )


def save_packet(vault: OpenVault, packet: Packet, path: Path, *, password: str | None) -> str:
    """Write the packet to ``path`` (encrypted when a password is given); return its SHA-256.

    The file is written whole or not at all (a full disk leaves no half file), readable by
    its owner only, and the save is logged with the SHA-256 of the bytes written.
    """
    data = packet.pdf if password is None else encrypt_pdf(packet.pdf, password)
    if not path.parent.is_dir():
        raise ValueError(
            text(
                "Cannot save to {path}: the folder {folder} does not exist.",
                path=str(path),
                folder=str(path.parent),
            )
        )
    write_file_atomic(path, data)
    digest = hashlib.sha256(data).hexdigest()
    with vault.transaction() as session:
        vault.audit(
            session,
            "save",
            "packet_file",
            packet.case_number,
            f"recipient={packet.recipient} file_sha256={digest} encrypted={password is not None}",
        )
    return digest


def record_printed(vault: OpenVault, packet: Packet, pages: int) -> None:
    """Log that ``pages`` pages of the packet went to a printer."""
    with vault.transaction() as session:
        vault.audit(
            session,
            "print",
            "packet",
            packet.case_number,
            f"recipient={packet.recipient} file_sha256={packet.sha256} pages={pages}",
        )


@dataclass(frozen=True, slots=True)
class PacketPreview:
    """What a packet for one recipient would hold and leave out, before it is made."""

    recipient: str
    recipient_label: str
    disclosure: Disclosure
    missing: list[str]
    applicant_language: str
    letter_language: str = "en"
    """The language the letters will be in (English when the one asked for is missing)."""
    letter_languages: tuple[str, ...] = ("en",)
    """Every language this recipient's letters can be in."""


def preview_packet(
    vault: OpenVault, case_number: str, recipient: str, letter_language: str = "en"
) -> PacketPreview:
    """The "what will be disclosed" summary; makes no file and records only the case view."""
    return preview_packets(vault, case_number, [recipient], letter_language=letter_language)[
        recipient
    ]


def preview_packets(
    vault: OpenVault,
    case_number: str,
    recipients: Collection[str] | None = None,
    *,
    letter_language: str = "en",
) -> dict[str, PacketPreview]:
    """The summaries for several recipients (all by default), reading the case once."""
    case = CaseService(vault).get_case(case_number)
    previews = {}
    for recipient in recipients if recipients is not None else available_recipients():
        # refuses the country of origin's authorities
        profile = load_profile(recipient, letter_language)
        disclosed = disclose(case, recipient, recipient_class=profile.recipient_class)
        previews[recipient] = PacketPreview(
            recipient=recipient,
            recipient_label=profile.label,
            disclosure=disclosed.disclosure,
            missing=completeness_problems(case, recipient),
            applicant_language=default_applicant_language(case),
            letter_language=profile.language,
            letter_languages=tuple(letter_languages(recipient)),
        )
    return previews
