"""Packets: compose what a recipient may receive, render the PDF in memory, log the delivery.

The PDF never touches the disk here; the caller saves or prints the bytes. Every packet made
is an audit event carrying the recipient and the file's SHA-256 (the case's delivery log).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date

from pypdf import PdfReader, PdfWriter

from asylum_desk.domain.disclosure import Disclosure, disclose
from asylum_desk.packets.compose import completeness_problems, compose_packet, packet_file_name
from asylum_desk.packets.render import render_packet
from asylum_desk.packets.templates import load_profile
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Packet:
    """A rendered packet and what went into it."""

    pdf: bytes
    file_name: str
    sha256: str
    recipient: str
    disclosure: Disclosure
    missing: list[str]


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    """The same PDF, encrypted with AES-256 under ``password``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"A file password needs at least {MIN_PASSWORD_LENGTH} characters.")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_packet(
    vault: OpenVault,
    case_number: str,
    recipient: str,
    *,
    language: str = "en",
    password: str | None = None,
    packet_date: date | None = None,
) -> Packet:
    """Compose, render (and optionally encrypt) one case's packet for one recipient."""
    case = CaseService(vault).get_case(case_number)
    when = packet_date or date.today()
    document, disclosure = compose_packet(
        case,
        recipient,
        office_name=vault.office_name,
        caseworker=vault.username,
        packet_date=when,
        language=language,
    )
    pdf = render_packet(document)
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
    )


@dataclass(frozen=True, slots=True)
class PacketPreview:
    """What a packet for one recipient would hold and leave out, before it is made."""

    recipient: str
    recipient_label: str
    disclosure: Disclosure
    missing: list[str]


def preview_packet(vault: OpenVault, case_number: str, recipient: str) -> PacketPreview:
    """The "what will be disclosed" summary; makes no file and records only the case view."""
    case = CaseService(vault).get_case(case_number)
    profile = load_profile(recipient)
    disclosed = disclose(case, recipient, recipient_class=profile.recipient_class)
    return PacketPreview(
        recipient=recipient,
        recipient_label=profile.label,
        disclosure=disclosed.disclosure,
        missing=completeness_problems(case, recipient),
    )
