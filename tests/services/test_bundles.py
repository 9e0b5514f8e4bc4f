"""Encrypted case bundles between two vaults: identities, address book, send and receive."""

from __future__ import annotations

import base64
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from asylum_desk.domain.enums import Role
from asylum_desk.domain.model import Attachment
from asylum_desk.security.office_identity import (
    AGE_HEADER,
    encrypt_to,
    generate_identity,
    public_identity,
    sign,
)
from asylum_desk.services import bundles, users, vault_access
from asylum_desk.services.bundles import (
    BundleError,
    UnknownSenderError,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.tables import Setting
from tests import scan_samples
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    PASSPHRASE,
    canary_case,
)

CANARIES = [CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT]


def _new_vault(folder: Path, code: str, name: str) -> OpenVault:
    return vault_access.create_vault(
        folder, office_code=code, office_name=name, username="amara", passphrase=PASSPHRASE
    ).vault


@pytest.fixture
def office_b(tmp_path: Path) -> Iterator[OpenVault]:
    with _new_vault(tmp_path / "b-vault", "AIZ", "Aizawl office") as opened:
        yield opened


@pytest.fixture
def office_c(tmp_path: Path) -> Iterator[OpenVault]:
    with _new_vault(tmp_path / "c-vault", "MDY", "Mandalay office") as opened:
        yield opened


def _introduce(a: OpenVault, b: OpenVault) -> None:
    """Both offices add each other after comparing fingerprints."""
    ident_a, ident_b = bundles.own_identity(a), bundles.own_identity(b)
    bundles.add_office(a, ident_b.text(), ident_b.fingerprint())
    bundles.add_office(b, ident_a.text(), ident_a.fingerprint())


def _two_cases(vault: OpenVault) -> list[str]:
    service = CaseService(vault)
    first = canary_case()
    first.attachments.append(Attachment("id-card.png", "image/png", scan_samples.png()))
    return [service.create_case(first), service.create_case(canary_case())]


def _case_count(vault: OpenVault) -> int:
    from asylum_desk.storage.case_repository import CaseRepository

    with vault.transaction() as session:
        return len(CaseRepository(session).all_numbers())


def test_identity_is_made_once_and_kept_inside_the_vault(vault: OpenVault) -> None:
    first = bundles.own_identity(vault)
    assert bundles.own_identity(vault) == first
    assert first.office_code == "CPH"
    with vault.transaction() as session:
        stored = session.scalar(
            select(Setting.value).where(Setting.key == bundles.IDENTITY_SETTING)
        )
    assert stored is not None and "AGE-SECRET-KEY-" in stored
    secret = stored.split('"age": "')[1].split('"')[0]
    for file in vault.files.folder.rglob("*") if not vault.is_shared else []:
        if file.is_file():
            assert secret.encode() not in file.read_bytes(), file


def test_round_trip_between_two_offices(
    vault: OpenVault, office_b: OpenVault, tmp_path: Path
) -> None:
    _introduce(vault, office_b)
    numbers = _two_cases(vault)
    out = tmp_path / bundles.suggested_file_name()
    bundles.export_bundle(vault, ["aiz"], numbers, out)
    data = out.read_bytes()
    assert data.startswith(AGE_HEADER)
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in data
    assert "CPH" not in out.name and out.name.endswith(".adbundle")

    received = bundles.import_bundle(office_b, data)
    assert received.sender.office_code == "CPH"
    assert sorted(received.case_numbers) == sorted(numbers)
    loaded = CaseService(office_b).get_case(numbers[0])
    assert loaded.applicant.given_names == CANARY_NAME
    assert loaded.attachments[0].content == scan_samples.png()
    assert verify_vault(office_b).ok


def test_third_office_cannot_open(
    vault: OpenVault, office_b: OpenVault, office_c: OpenVault, tmp_path: Path
) -> None:
    _introduce(vault, office_b)
    _introduce(vault, office_c)  # C knows A, but the bundle is not for C
    out = tmp_path / "x.adbundle"
    bundles.export_bundle(vault, ["AIZ"], _two_cases(vault)[:1], out)
    with pytest.raises(BundleError, match="not encrypted for this office"):
        bundles.import_bundle(office_c, out.read_bytes())
    assert _case_count(office_c) == 0


def test_damaged_bundles_change_nothing(
    vault: OpenVault, office_b: OpenVault, tmp_path: Path
) -> None:
    _introduce(vault, office_b)
    out = tmp_path / "x.adbundle"
    bundles.export_bundle(vault, ["AIZ"], _two_cases(vault), out)
    data = out.read_bytes()
    damaged = [data[: len(data) // 2], data[:-1], data[:40]]
    for position in (30, len(data) // 2, len(data) - 3):
        flipped = bytearray(data)
        flipped[position] ^= 0x20
        damaged.append(bytes(flipped))
    for bad in damaged:
        with pytest.raises(BundleError):
            bundles.import_bundle(office_b, bad)
    assert _case_count(office_b) == 0


def test_unknown_sender_refused_then_accepted(
    vault: OpenVault, office_b: OpenVault, tmp_path: Path
) -> None:
    ident_b = bundles.own_identity(office_b)
    bundles.add_office(vault, ident_b.text(), ident_b.fingerprint())  # B does not know A
    out = tmp_path / "x.adbundle"
    numbers = _two_cases(vault)
    bundles.export_bundle(vault, ["AIZ"], numbers, out)
    fingerprint = bundles.own_identity(vault).fingerprint()
    with pytest.raises(UnknownSenderError, match=fingerprint):
        bundles.import_bundle(office_b, out.read_bytes())
    with pytest.raises(BundleError, match="not the one given"):
        bundles.import_bundle(office_b, out.read_bytes(), accept_sender="AAAA-BBBB")
    assert _case_count(office_b) == 0 and bundles.offices(office_b) == []
    bundles.import_bundle(office_b, out.read_bytes(), accept_sender=fingerprint.lower())
    assert [o.office_code for o in bundles.offices(office_b)] == ["CPH"]
    assert _case_count(office_b) == 2


def test_forged_signature_refused(vault: OpenVault, office_b: OpenVault) -> None:
    """A bundle claiming to be from A but signed by another key is refused."""
    _introduce(vault, office_b)
    forger = generate_identity()
    claimed = bundles.own_identity(vault)
    manifest = json.dumps(
        {"sender": claimed.text(), "recipients": [], "payload_sha256": "0", "case_numbers": []}
    )
    inner = json.dumps(
        {
            "format": bundles.BUNDLE_FORMAT,
            "version": 1,
            "manifest": manifest,
            "signature": base64.b64encode(
                sign(forger, bundles.SIGNED_PREFIX + manifest.encode())
            ).decode(),
            "payload": "{}",
        }
    ).encode()
    data = encrypt_to([bundles.own_identity(office_b)], inner)
    with pytest.raises(BundleError, match="signature is not valid"):
        bundles.import_bundle(office_b, data)
    # The same payload signed by a sender that is not in the address book at all.
    stranger = public_identity(forger, "ZZZ", "Stranger office")
    manifest = json.dumps({"sender": stranger.text(), "recipients": [], "payload_sha256": "0"})
    inner = json.dumps(
        {
            "format": bundles.BUNDLE_FORMAT,
            "version": 1,
            "manifest": manifest,
            "signature": base64.b64encode(
                sign(forger, bundles.SIGNED_PREFIX + manifest.encode())
            ).decode(),
            "payload": "{}",
        }
    ).encode()
    data = encrypt_to([bundles.own_identity(office_b)], inner)
    with pytest.raises(BundleError):
        bundles.import_bundle(office_b, data)
    assert _case_count(office_b) == 0


def test_existing_cases_are_merged_not_refused(
    vault: OpenVault, office_b: OpenVault, tmp_path: Path
) -> None:
    """The same bundle twice: the second time the cases merge, with nothing to change."""
    _introduce(vault, office_b)
    out = tmp_path / "x.adbundle"
    numbers = _two_cases(vault)
    stages: list[tuple[str, int, int]] = []
    bundles.export_bundle(vault, ["AIZ"], numbers, out, progress=lambda *s: stages.append(s))
    assert {"Reading cases", "Encrypting"} <= {stage for stage, _, _ in stages}
    first = bundles.import_bundle(office_b, out.read_bytes())
    assert sorted(first.new_cases) == sorted(numbers) and first.merged == []
    stages.clear()
    again = bundles.import_bundle(office_b, out.read_bytes(), progress=lambda *s: stages.append(s))
    assert again.new_cases == [] and sorted(again.merged) == sorted(numbers)
    assert again.conflicts == 0
    assert {"Checking signature", "Merging"} <= {stage for stage, _, _ in stages}
    assert _case_count(office_b) == 2
    assert verify_vault(office_b).ok


def test_receipt_and_cases_are_one_transaction(
    vault: OpenVault, office_b: OpenVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while writing the receipt leaves no imported case behind."""
    ident_b = bundles.own_identity(office_b)
    bundles.add_office(vault, ident_b.text(), ident_b.fingerprint())
    out = tmp_path / "x.adbundle"
    bundles.export_bundle(vault, ["AIZ"], _two_cases(vault), out)
    fingerprint = bundles.own_identity(vault).fingerprint()

    def crash(*_args: object) -> None:
        raise OSError("the power went out")

    monkeypatch.setattr(bundles, "_add_in", crash)
    with pytest.raises(OSError, match="power"):
        bundles.import_bundle(office_b, out.read_bytes(), accept_sender=fingerprint)
    assert _case_count(office_b) == 0 and bundles.offices(office_b) == []


def test_export_to_unknown_office_writes_nothing(vault: OpenVault, tmp_path: Path) -> None:
    out = tmp_path / "x.adbundle"
    with pytest.raises(ValueError, match="not in the address book"):
        bundles.export_bundle(vault, ["AIZ"], _two_cases(vault), out)
    assert not out.exists()


def test_fingerprint_must_match_to_add(vault: OpenVault, office_b: OpenVault) -> None:
    ident_b = bundles.own_identity(office_b)
    with pytest.raises(ValueError, match="does not match"):
        bundles.add_office(vault, ident_b.text(), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    assert bundles.offices(vault) == []


def test_roles_and_file_mode(vault: OpenVault, office_b: OpenVault, tmp_path: Path) -> None:
    """A caseworker may not send several cases nor add offices; the file is owner-only."""
    _introduce(vault, office_b)
    numbers = _two_cases(vault)
    users.add_user(vault, "tun", Role.CASEWORKER, "caseworker passphrase")
    out = tmp_path / "x.adbundle"
    with vault_access.unlock(vault.place, "tun", "caseworker passphrase") as caseworker:
        with pytest.raises(PermissionDeniedError):
            bundles.export_bundle(caseworker, ["AIZ"], numbers, out)
        assert not out.exists()
        stranger = public_identity(generate_identity(), "MDY", "Mandalay office")
        with pytest.raises(PermissionDeniedError):
            bundles.add_office(caseworker, stranger.text(), stranger.fingerprint())
    bundles.export_bundle(vault, ["AIZ"], numbers, out)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
