"""Packets end to end through the vault and the command line: promise 22 read from the bytes."""

import hashlib
import io
import re
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from asylum_desk.cli import main
from asylum_desk.domain.model import Consent
from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.packets import make_packet
from asylum_desk.storage.shared import SharedLocation
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    PASSPHRASE,
    canary_case,
)

SECRETS = [CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, "Kyawswa", "PX-991"]


def everything_in(pdf: bytes) -> str:
    """Extracted text, metadata, outline and every decompressed stream of the file."""
    reader = PdfReader(io.BytesIO(pdf))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts.append(repr(reader.metadata))
    parts.append(repr(reader.outline))
    for page in reader.pages:
        parts.append(repr(page.get("/Annots")))
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match.group(1)).decode("latin-1"))
        except zlib.error:
            parts.append(match.group(1).decode("latin-1"))
    return "\n".join(parts)


def test_anonymous_applicant_without_consent_leaves_no_trace(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    packet = make_packet(vault, number, "government")
    content = everything_in(packet.pdf)
    for secret in SECRETS:
        assert secret not in content, secret
    assert "Applicant K" in content
    assert number in content
    assert re.fullmatch(r"[A-Z]+-\d{4}-\d{4}_\d{4}-\d{2}-\d{2}\.pdf", packet.file_name)
    metadata = repr(PdfReader(io.BytesIO(packet.pdf)).metadata).lower()
    assert "asylum" not in metadata
    assert "applicant" not in metadata
    assert packet.missing  # no consent, no translation...


def test_with_identity_consent_counsel_sees_the_name(vault: OpenVault) -> None:
    case = canary_case()
    case.consents = [Consent(recipient="counsel", disclose_identity=True, disclose_family=True)]
    number = CaseService(vault).create_case(case)
    counsel = everything_in(make_packet(vault, number, "counsel").pdf)
    government = everything_in(make_packet(vault, number, "government").pdf)
    assert CANARY_NAME in counsel
    assert CANARY_NAME not in government


def test_every_packet_is_in_the_delivery_log(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    packet = make_packet(vault, number, "unhcr")
    [entry] = [e for e in case_history(vault, number) if e.action == "packet"]
    assert entry.actor == "amara"
    from sqlalchemy import select

    from asylum_desk.storage.tables import AuditEventRow

    with vault.transaction() as session:
        detail = session.scalar(
            select(AuditEventRow.detail).where(AuditEventRow.action == "packet")
        )
    assert detail == f"recipient=unhcr file_sha256={packet.sha256} encrypted=False"


def test_password_protected_packet(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    packet = make_packet(vault, number, "counsel", password="correct horse battery")
    reader = PdfReader(io.BytesIO(packet.pdf))
    assert reader.is_encrypted
    assert reader.decrypt("wrong") == 0
    assert reader.decrypt("correct horse battery") != 0
    assert "Applicant K" in (reader.pages[0].extract_text() or "")


@pytest.fixture
def packet_command(
    vault: OpenVault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """``asylum-desk packet`` for a stored canary case, the vault closed as after a CLI run."""
    number = CaseService(vault).create_case(canary_case())
    vault.close()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    if isinstance(vault_path, SharedLocation):
        monkeypatch.setenv("ASYLUM_DESK_DATABASE_PASSWORD", vault_path.password)
        where = ["--database-url", vault_path.url]
    else:
        where = ["--vault", str(vault_path)]
    return ["packet", *where, "--user", "amara", "--case", number]


def test_cli_packet(
    packet_command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "packet.pdf"
    assert main([*packet_command, "--recipient", "unhcr", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Wrote" in captured.out and "not encrypted" in captured.err
    assert PdfReader(out).pages
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    refused = tmp_path / "x.pdf"
    code = main([*packet_command, "--recipient", "country_of_origin", "--out", str(refused)])
    assert code == 2
    assert not refused.exists()
    assert "country of origin" in capsys.readouterr().err


def test_cli_preview_lists_what_is_left_out_and_writes_nothing(
    packet_command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*packet_command, "--recipient", "government", "--preview"]) == 0
    out = capsys.readouterr().out
    assert "leaves out:" in out
    assert "real name (all scripts) and aliases" in out
    assert "No consent is recorded for this recipient." in out
    assert CANARY_NAME not in out
    assert list(tmp_path.glob("*.pdf")) == []


def test_cli_packet_into_a_missing_folder_makes_nothing(
    packet_command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-folder" / "packet.pdf"
    assert main([*packet_command, "--recipient", "unhcr", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"asylum-desk: Cannot write {out}: the folder {out.parent} does not exist."
    assert not out.parent.exists()


def test_documents_can_be_left_out_but_required_ones_stay(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    packet = make_packet(vault, number, "counsel", include=["data_sheet"])
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(packet.pdf)).pages)
    for title in ("Cover letter", "Application data sheet", "Declaration by the applicant"):
        assert title in text
    assert "Consent record" in text
    assert "Statement of reasons for flight" not in text
    with pytest.raises(ValueError, match="no document called bogus"):
        make_packet(vault, number, "counsel", include=["bogus"])


def test_saving_and_printing_are_logged_with_the_bytes_hash(
    vault: OpenVault, tmp_path: Path
) -> None:
    from asylum_desk.services.packets import record_printed, save_packet

    number = CaseService(vault).create_case(canary_case())
    packet = make_packet(vault, number, "unhcr")
    out = tmp_path / "usb-stick"
    out.mkdir()
    target = out / packet.file_name
    digest = save_packet(vault, packet, target, password="a long password")
    assert PdfReader(target).is_encrypted
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest() != packet.sha256
    record_printed(vault, packet, packet.page_count)
    described = [entry.description for entry in case_history(vault, number)]
    assert described[:3] == ["printed packet", "saved packet file", "made packet"]
    with pytest.raises(ValueError, match="does not exist"):
        save_packet(vault, packet, out / "gone" / "x.pdf", password=None)
    assert sorted(p.name for p in out.iterdir()) == [packet.file_name]  # no temporary left
