"""Promises 1 and 14 for backups: encrypted, authenticated, checked before anything changes.

A lost USB stick with a backup reveals nothing (no stored value in any encoding, no SQLite
header); a damaged, truncated or tampered backup is refused with one line and changes
nothing on disk (same bytes, same modification times, no new files).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asylum_desk.services import backup, restore
from asylum_desk.services.backup import (
    BackupFileError,
    BackupUnknownUserError,
    BackupWrongPassphraseError,
    NewerBackupError,
    take_backup,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.restore import restore_backup
from asylum_desk.services.vault_access import create_vault, unlock
from tests.conftest import PASSPHRASE, canary_case
from tests.security.test_confidentiality_at_rest import assert_no_plaintext

SQLITE_HEADER = b"SQLite format 3"
REFUSALS = (BackupFileError, BackupWrongPassphraseError, BackupUnknownUserError, NewerBackupError)
FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class Setup:
    """A closed vault with canary cases, its backup on a 'USB stick', and the data key."""

    def __init__(self, root: Path, vault_path: Path, backup_file: Path, data_key: bytes) -> None:
        self.root = root
        self.vault_path = vault_path
        self.backup_file = backup_file
        self.good = backup_file.read_bytes()
        self.data_key = data_key
        self.bad = backup_file.with_name("bad.adbackup")

    def state(self) -> dict[str, tuple[bytes, int] | None]:
        found: dict[str, tuple[bytes, int] | None] = {}
        for path in sorted(self.root.rglob("*")):
            if path == self.bad:
                continue
            stat = path.stat()
            found[str(path.relative_to(self.root))] = (
                (path.read_bytes(), stat.st_mtime_ns) if path.is_file() else None
            )
        return found

    def refused(
        self,
        data: bytes,
        expected: tuple[type[Exception], ...] = REFUSALS,
        passphrase: str = PASSPHRASE,
    ) -> Exception:
        """Restore ``data`` over the vault and into a new folder: both refused, nothing changed."""
        self.bad.write_bytes(data)
        before = self.state()
        errors = []
        for target in (self.vault_path, self.root / "new-place"):
            with pytest.raises(expected) as raised:
                restore_backup(self.bad, target, "amara", passphrase)
            message = str(raised.value)
            assert message and "\n" not in message
            errors.append(raised.value)
        assert self.state() == before
        return errors[0]


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    vault_path = tmp_path / "office-vault"
    usb = tmp_path / "usb"
    usb.mkdir()
    created = create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        for _ in range(2):
            CaseService(vault).create_case(canary_case())
        take_backup(vault, usb / "office.adbackup")
        data_key = vault.data_key
    yield Setup(tmp_path, vault_path, usb / "office.adbackup", data_key)


def _layout(data: bytes) -> tuple[int, dict[str, object], int, int, int]:
    """Header end, header, key file start, database start, tag start."""
    (length,) = struct.unpack(">I", data[16:20])
    header = json.loads(data[20 : 20 + length])
    key_start = 20 + length
    database_start = key_start + int(str(header["key_file_bytes"]))
    tag_start = database_start + int(str(header["database_bytes"]))
    return key_start, header, key_start, database_start, tag_start


def _with_checksum(body: bytes) -> bytes:
    """``body`` (everything up to and with the tag) plus a matching checksum."""
    return body + hashlib.sha256(body).digest()


def _resealed(body_without_tag: bytes, data_key: bytes) -> bytes:
    """A file an attacker holding the data key could make: tag and checksum both right."""
    _, header, *_ = _layout(body_without_tag + b"\0" * 64)
    key = backup._mac_key(data_key, bytes.fromhex(str(header["salt"])))
    tag = hmac.new(key, body_without_tag, hashlib.sha256).digest()
    return _with_checksum(body_without_tag + tag)


# --------------------------------------------------------------------------- confidentiality


def test_backup_holds_no_stored_value_and_no_sqlite_header(setup: Setup) -> None:
    assert_no_plaintext([setup.backup_file])
    data = setup.good
    assert SQLITE_HEADER not in data
    assert SQLITE_HEADER.lower() not in data.lower()
    for value in ("amara", "Champhai field office", "Ruth Lalhmangaihi", "Applicant K"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert value.encode(encoding) not in data, value
    _, _, _, database_start, tag_start = _layout(data)
    assert tag_start - database_start > 1024


def test_backup_of_an_open_vault_with_log_content_holds_no_plaintext(
    vault: OpenVault, tmp_path: Path
) -> None:
    with vault.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM settings").fetchone()
        CaseService(vault).create_case(canary_case())
        assert vault.files.sidecars[0].stat().st_size > 0
        take_backup(vault, tmp_path / "b.adbackup")
    assert_no_plaintext([tmp_path / "b.adbackup"])
    assert SQLITE_HEADER not in (tmp_path / "b.adbackup").read_bytes()


def test_the_working_files_of_a_backup_and_a_restore_are_encrypted_too(
    vault: OpenVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mid-way, every file beside the backup and beside the vault is scanned; TMPDIR stays empty."""
    CaseService(vault).create_case(canary_case())
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    usb = tmp_path / "usb"
    usb.mkdir()
    scanned: list[Path] = []
    real_check = backup.check_image

    def scan_then_check(database: Path, data_key: bytes) -> backup.ImageCheck:
        files = [path for path in usb.rglob("*") if path.is_file()]
        assert_no_plaintext(files)
        assert all(SQLITE_HEADER not in path.read_bytes() for path in files)
        scanned.extend(files)
        return real_check(database, data_key)

    monkeypatch.setattr(backup, "check_image", scan_then_check)
    take_backup(vault, usb / "b.adbackup")
    assert any(path.name == "vault.db" for path in scanned)  # the snapshot was looked at
    assert any(path.name.endswith(".tmp") for path in scanned)  # and the file being written

    real_open = restore.open_database

    def scan_then_open(files, *args, **kwargs):  # type: ignore[no-untyped-def]
        staged = [path for path in files.folder.iterdir() if path.is_file()]
        assert_no_plaintext(staged)
        scanned.extend(staged)
        return real_open(files, *args, **kwargs)

    monkeypatch.setattr(restore, "open_database", scan_then_open)
    restore_backup(usb / "b.adbackup", tmp_path / "restored", "amara", PASSPHRASE)
    assert any(".restoring-" in str(path) for path in scanned)
    assert list(system_temp.iterdir()) == []
    assert sorted(path.name for path in usb.iterdir()) == ["b.adbackup"]


def test_the_backup_opens_only_with_a_passphrase(setup: Setup) -> None:
    """The key file inside holds the data key only wrapped: a wrong passphrase gets nothing."""
    for wrong in ("tea kettle under the mango", "", PASSPHRASE.upper()):
        error = setup.refused(setup.good, (BackupWrongPassphraseError,), passphrase=wrong)
        assert "amara" in str(error)


# --------------------------------------------------------------------------- damaged files


@FUZZ
@given(st.data())
def test_a_truncated_backup_is_refused_and_changes_nothing(
    setup: Setup, data: st.DataObject
) -> None:
    length = data.draw(st.integers(0, len(setup.good) - 1), label="length")
    error = setup.refused(setup.good[:length], (BackupFileError,))
    assert "damaged" in str(error) or "not an Asylum Desk backup" in str(error)


@FUZZ
@given(st.data())
def test_a_flipped_bit_anywhere_is_refused_and_changes_nothing(
    setup: Setup, data: st.DataObject
) -> None:
    offset = data.draw(st.integers(0, len(setup.good) - 1), label="offset")
    bit = data.draw(st.integers(0, 7), label="bit")
    damaged = bytearray(setup.good)
    damaged[offset] ^= 1 << bit
    setup.refused(bytes(damaged), (BackupFileError,))


def test_flipped_bits_at_every_boundary_are_refused(setup: Setup) -> None:
    key_start, _, _, database_start, tag_start = _layout(setup.good)
    size = len(setup.good)
    offsets = {0, 15, 16, 19, 20, key_start - 1, key_start, database_start - 1, database_start}
    offsets |= {database_start + 16, tag_start - 1, tag_start, size - 33, size - 32, size - 1}
    for offset in sorted(offsets):
        damaged = bytearray(setup.good)
        damaged[offset] ^= 0x01
        setup.refused(bytes(damaged), (BackupFileError,))


def test_bytes_appended_or_a_doubled_file_are_refused(setup: Setup) -> None:
    setup.refused(setup.good + b"\0", (BackupFileError,))
    setup.refused(setup.good + setup.good, (BackupFileError,))
    setup.refused(b"", (BackupFileError,))


# --------------------------------------------------------------------------- tampering


@FUZZ
@given(st.data())
def test_tampering_with_a_fixed_checksum_is_refused_and_changes_nothing(
    setup: Setup, data: st.DataObject
) -> None:
    """Someone who changes bytes and recomputes the plain checksum still fails the tag."""
    _, _, key_start, database_start, tag_start = _layout(setup.good)
    region = data.draw(st.sampled_from(["header", "key file", "database", "tag"]), label="region")
    low, high = {
        "header": (16, key_start),
        "key file": (key_start, database_start),
        "database": (database_start, tag_start),
        "tag": (tag_start, tag_start + 32),
    }[region]
    offset = data.draw(st.integers(low, high - 1), label="offset")
    tampered = bytearray(setup.good[:-32])
    tampered[offset] ^= data.draw(st.integers(1, 255), label="xor")
    error = setup.refused(_with_checksum(bytes(tampered)))
    if region in ("database", "tag"):
        assert isinstance(error, BackupFileError)
        assert "changed after it was written" in str(error)


def test_another_vaults_key_file_swapped_in_is_refused(setup: Setup, tmp_path: Path) -> None:
    other = create_vault(
        tmp_path / "other",
        office_code="AIZ",
        office_name="Aizawl",
        username="amara",
        passphrase=PASSPHRASE,
    )
    other.vault.close()
    foreign = (tmp_path / "other" / "vault.key").read_bytes()
    _, header, _, database_start, _ = _layout(setup.good)
    header = dict(header, key_file_bytes=len(foreign))
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    body = (
        backup.MAGIC
        + struct.pack(">I", len(header_bytes))
        + header_bytes
        + foreign
        + setup.good[database_start:-32]
    )
    error = setup.refused(_with_checksum(body), (BackupFileError,))
    assert "cannot be trusted" in str(error)


def test_an_authentic_backup_with_a_damaged_page_is_refused_by_the_page_check(
    setup: Setup,
) -> None:
    """Tag and checksum right (made with the data key), one page wrong: SQLCipher's HMAC."""
    _, _, _, database_start, tag_start = _layout(setup.good)
    body = bytearray(setup.good[:tag_start])
    body[database_start + 4096 + 100] ^= 0x01  # inside the second page
    error = setup.refused(_resealed(bytes(body), setup.data_key), (BackupFileError,))
    assert "database in the backup" in str(error) and "damaged" in str(error)


def test_an_authentic_backup_with_a_truncated_database_is_refused(setup: Setup) -> None:
    _, header, _, database_start, tag_start = _layout(setup.good)
    short = (tag_start - database_start) // 2
    header = dict(header, database_bytes=short)
    header_bytes = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    key_start = 20 + int(struct.unpack(">I", setup.good[16:20])[0])
    body = (
        backup.MAGIC
        + struct.pack(">I", len(header_bytes))
        + header_bytes
        + setup.good[key_start:database_start]
        + setup.good[database_start : database_start + short]
    )
    setup.refused(_resealed(body, setup.data_key), (BackupFileError,))


def test_a_backup_from_a_newer_version_is_refused(setup: Setup) -> None:
    _, header, key_start, _, tag_start = _layout(setup.good)
    for change in ({"version": 2}, {"schema": "9999"}):
        newer = dict(header, **change)
        header_bytes = json.dumps(newer, sort_keys=True, separators=(",", ":")).encode()
        body = (
            backup.MAGIC
            + struct.pack(">I", len(header_bytes))
            + header_bytes
            + setup.good[key_start:tag_start]
        )
        error = setup.refused(_resealed(body, setup.data_key), (NewerBackupError,))
        assert "newer version" in str(error)


def test_the_restored_vault_is_the_backup_not_the_tampered_copy(setup: Setup) -> None:
    """Sanity check of the fixture: the untouched backup restores and unlocks."""
    restore_backup(setup.backup_file, setup.root / "restored", "amara", PASSPHRASE)
    with unlock(setup.root / "restored", "amara", PASSPHRASE) as restored:
        assert CaseService(restored).search("Applicant")
