"""Backups: one encrypted, authenticated file with the key file and a database snapshot.

File layout (format 1; integers big-endian)::

    "AsylumDeskBackup" (16 bytes) | header length (4) | header (canonical JSON, UTF-8)
    | key file (as on disk, every slot) | database image (SQLCipher, the vault's data key)
    | tag: HMAC-SHA256 of everything before it (32) | checksum: SHA-256 of everything before it (32)

The header holds the format version, vault id, time taken, schema revision, a random MAC
salt and the two lengths: no personal data. The MAC key is HKDF-SHA256 of the data key
(salt from the header, info ``asylum-desk backup mac v1``); the data key comes from the
backup's own key file, so a backup opens with the passphrases as they were when it was
taken. The plain checksum is checked first, so a damaged copy (a worn USB stick) is
reported as damaged before any passphrase work and never as a wrong passphrase; the tag is
what proves the file authentic. The database image stays encrypted page by page.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import shutil
import struct
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import OperationalError

from asylum_desk.domain.messages import text
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    SecurityError,
    UnknownUserError,
    WrongPassphraseError,
)
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services.errors import NewerVaultError, ServiceError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.errors import VaultDamagedError
from asylum_desk.storage.snapshot import check_image, snapshot_database
from asylum_desk.storage.tables import AuditEventRow
from asylum_desk.storage.vault_files import DATABASE_NAME, VaultFiles

MAGIC = b"AsylumDeskBackup"
FORMAT_NAME = "asylum-desk-backup"
FORMAT_VERSION = 1
SUFFIX = ".adbackup"
REPLACED_MARK = ".replaced-"

_LENGTH = struct.Struct(">I")
_PREFIX = len(MAGIC) + _LENGTH.size
_TAG_BYTES = 32
_CHECKSUM_BYTES = 32
_TRAILER = _TAG_BYTES + _CHECKSUM_BYTES
_MAX_HEADER_BYTES = 4096
_MAX_KEY_FILE_BYTES = 1024 * 1024
_MIN_DATABASE_BYTES = 1024
_CHUNK = 1024 * 1024
_MAC_INFO = b"asylum-desk backup mac v1"


class BackupFileError(ServiceError):
    """A backup file that is unreadable, not a backup, damaged, incomplete or tampered with."""


class BackupConflictError(ServiceError):
    """The place to write or restore to holds something else (another vault, another file)."""


class BackupNotRecordedError(ServiceError):
    """The backup was written, but the vault was too busy to log it."""


class NewerBackupError(NewerVaultError):
    """The backup was written by a newer version of Asylum Desk."""


class BackupWrongPassphraseError(WrongPassphraseError):
    """The passphrase does not open the user's slot in the backup's own key file."""

    def __init__(self, username: str) -> None:
        SecurityError.__init__(
            self,
            text(
                "The passphrase is not correct for user '{user}' in this backup "
                "(a backup opens with the passphrase that was valid when it was taken).",
                user=_one_line(username),
            ),
        )
        self.username = username


class BackupUnknownUserError(UnknownUserError):
    """The user has no key slot in the backup's key file."""

    def __init__(self, username: str) -> None:
        SecurityError.__init__(
            self, text("There is no user '{user}' in this backup.", user=_one_line(username))
        )
        self.username = username


def _one_line(name: str) -> str:
    line = " ".join(name.split())
    return line if len(line) <= 60 else line[:59] + "…"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What the header of a backup file says, and the file's size and SHA-256."""

    path: Path
    vault_id: str
    taken_at: datetime
    schema_revision: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """Where a backup was restored, and where the vault it replaced was kept (if any)."""

    vault: Path
    replaced: Path | None
    backup: BackupInfo
    migrated_from: str | None


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where each part of a checked backup file is."""

    info: BackupInfo
    salt: bytes
    key_file_offset: int
    key_file_bytes: int
    database_bytes: int

    @property
    def database_offset(self) -> int:
        return self.key_file_offset + self.key_file_bytes

    @property
    def tag_offset(self) -> int:
        return self.database_offset + self.database_bytes


# --------------------------------------------------------------------------- taking a backup


def take_backup(vault: OpenVault, out: Path) -> BackupInfo:
    """Write a verified backup of the open vault to ``out`` and record it in the audit trail.

    ``out`` is replaced only by a backup that was written completely and then read back and
    checked (authentication tag, every database page); any failure leaves an earlier file
    at ``out`` byte for byte as it was. The audit event holds the file's SHA-256 and size.
    """
    info = write_backup_file(vault.files, vault.vault_id, vault.data_key, out)
    try:
        _record(vault, "backup", f"file_sha256={info.sha256} bytes={info.size}")
    except OperationalError:
        raise BackupNotRecordedError(
            text(
                "The backup {out} was written and checked, but the vault stayed busy and the "
                "backup is not in its audit trail yet; take it again when the vault is idle.",
                out=out,
            )
        ) from None
    return info


def _record(vault: OpenVault, action: str, detail: str) -> None:
    """Log a vault-wide event, waiting for another connection's write to finish.

    The transaction starts with a write (that changes nothing): SQLite makes a transaction
    that has already read wait for no one ("database is locked" at once when another
    connection writes), but one whose first statement writes waits up to the busy timeout.
    """
    with vault.transaction() as session:
        session.execute(sql_text("UPDATE settings SET value = value WHERE 0"))
        vault.audit(session, action, "vault", detail=detail)


def write_backup_file(files: VaultFiles, vault_id: str, data_key: bytes, out: Path) -> BackupInfo:
    """Snapshot the database at ``files`` and write the backup file (no audit event).

    Temporary files go beside ``out`` (the database image in them is encrypted) and are
    removed whatever happens.
    """
    check_backup_destination(out, files.folder)
    key_bytes = files.key_file.read_bytes()
    key_file = KeyFile.from_bytes(key_bytes)
    if key_file.vault_id != vault_id:
        raise VaultDamagedError(text("The key file does not belong to this vault database."))
    key_file.verify(data_key)  # the key file included must open this very data key
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".work", dir=out.parent))
    try:
        image = work / DATABASE_NAME
        snapshot_database(files.database, data_key, image)
        found = check_image(image, data_key)
        if found.problems or found.revision is None or found.vault_id != vault_id:
            detail = found.problems[0] if found.problems else text("not this vault's database")
            raise VaultDamagedError(
                text("The copy of the vault database is not whole ({detail}).", detail=detail)
            )
        header = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": vault_id,
            "taken_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema": found.revision,
            "salt": secrets.token_hex(16),
            "key_file_bytes": len(key_bytes),
            "database_bytes": image.stat().st_size,
        }
        fd, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        temporary = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                if hasattr(os, "fchmod"):
                    os.fchmod(handle.fileno(), 0o600)
                _write_container(handle, header, key_bytes, image, data_key)
            image.unlink()
            # Read the file back as a restore would, before it may replace anything.
            layout = _read_layout(temporary, shown=out)
            _read_key_file(temporary, layout, shown=out)[1].verify(data_key)
            check = work / "check.db"
            _authenticate(temporary, layout, data_key, shown=out, extract_to=check)
            found = check_image(check, data_key)
            if found.problems or found.revision != header["schema"]:
                detail = found.problems[0] if found.problems else text("schema differs")
                raise BackupFileError(
                    text(
                        "The backup just written to {out} did not read back whole ({detail}); "
                        "an earlier file there was left as it was.",
                        out=out,
                        detail=detail,
                    )
                )
            os.replace(temporary, out)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        _fsync_folder(out.parent)
        return layout.info
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check_backup_destination(out: Path, vault_folder: Path) -> None:
    """Refuse, before any work, a place a backup must not go.

    That is: a folder that does not exist, a folder as the file name, anywhere inside the
    vault's own folder, or an existing file that is not an Asylum Desk backup.
    """
    if not out.parent.is_dir():
        raise ValueError(
            text(
                "Cannot write {out}: the folder {folder} does not exist.",
                out=out,
                folder=out.parent,
            )
        )
    if out.is_dir():
        raise ValueError(text("{out} is a folder; give the backup a file name.", out=out))
    if out.resolve().is_relative_to(vault_folder.resolve()):
        raise ValueError(
            text("Keep backups outside the vault folder (on a USB stick, for example).")
        )
    if out.exists() and not _starts_with_magic(out):
        raise BackupConflictError(
            text(
                "{out} exists and is not an Asylum Desk backup; choose another file name.", out=out
            )
        )


def _starts_with_magic(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


class _HashingWriter:
    """Writes to a file while feeding the MAC and the checksum."""

    def __init__(self, handle: BinaryIO, mac_key: bytes) -> None:
        self.handle = handle
        self.mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        self.checksum = hashlib.sha256()

    def write(self, data: bytes, *, mac: bool = True) -> None:
        self.handle.write(data)
        if mac:
            self.mac.update(data)
        self.checksum.update(data)


def _write_container(
    handle: BinaryIO, header: dict[str, Any], key_bytes: bytes, image: Path, data_key: bytes
) -> None:
    header_bytes = _canonical(header)
    writer = _HashingWriter(handle, _mac_key(data_key, bytes.fromhex(str(header["salt"]))))
    writer.write(MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes)
    writer.write(key_bytes)
    with open(image, "rb") as source:
        while chunk := source.read(_CHUNK):
            writer.write(chunk)
    writer.write(writer.mac.digest(), mac=False)
    handle.write(writer.checksum.digest())
    handle.flush()
    os.fsync(handle.fileno())


def _canonical(value: dict[str, Any]) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _mac_key(data_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_MAC_INFO).derive(data_key)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable (best effort: not every file system lets a folder be synced)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# --------------------------------------------------------------------------- reading a backup


def describe_backup(path: Path) -> BackupInfo:
    """The header of a backup after checking its structure and checksum (no key needed).

    Proves the file is whole, not that it is authentic: that takes a passphrase (restore).
    """
    return _read_layout(path, shown=path).info


def _damaged(shown: Path) -> BackupFileError:
    return BackupFileError(
        text(
            "The backup {shown} is damaged or incomplete (its checksum does not match); "
            "nothing was changed.",
            shown=shown,
        )
    )


def _tampered(shown: Path) -> BackupFileError:
    return BackupFileError(
        text(
            "The backup {shown} was changed after it was written (its authentication code does "
            "not match) and cannot be trusted; nothing was changed.",
            shown=shown,
        )
    )


def _newer() -> NewerBackupError:
    return NewerBackupError(
        text("This backup was written by a newer version of Asylum Desk; please update.")
    )


def _read_layout(path: Path, *, shown: Path) -> _Layout:
    """Check magic, checksum and header; return where each part is."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        raise BackupFileError(
            text("Cannot read the backup {shown}: {reason}.", shown=shown, reason=error.strerror)
        ) from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if handle.read(len(MAGIC)) != MAGIC:
            raise BackupFileError(
                text("{shown} is not an Asylum Desk backup file; nothing was changed.", shown=shown)
            )
        if size < _PREFIX + _TRAILER:
            raise _damaged(shown)
        handle.seek(0)
        checksum, whole = hashlib.sha256(), hashlib.sha256()
        remaining = size - _CHECKSUM_BYTES
        while remaining:
            chunk = handle.read(min(_CHUNK, remaining))
            if not chunk:
                raise _damaged(shown)
            checksum.update(chunk)
            whole.update(chunk)
            remaining -= len(chunk)
        stored = handle.read(_CHECKSUM_BYTES)
        whole.update(stored)
        if not hmac.compare_digest(checksum.digest(), stored):
            raise _damaged(shown)
        handle.seek(len(MAGIC))
        (header_length,) = _LENGTH.unpack(handle.read(_LENGTH.size))
        if header_length > _MAX_HEADER_BYTES or _PREFIX + header_length + _TRAILER > size:
            raise _tampered(shown)
        header_bytes = handle.read(header_length)
    header = _parse_header(header_bytes, shown)
    layout = _Layout(
        BackupInfo(
            path=shown,
            vault_id=header["vault_id"],
            taken_at=header["taken_at"],
            schema_revision=header["schema"],
            size=size,
            sha256=whole.hexdigest(),
        ),
        salt=header["salt"],
        key_file_offset=_PREFIX + header_length,
        key_file_bytes=header["key_file_bytes"],
        database_bytes=header["database_bytes"],
    )
    if layout.tag_offset + _TRAILER != size:
        raise _tampered(shown)
    return layout


def _parse_header(data: bytes, shown: Path) -> dict[str, Any]:
    try:
        header = json.loads(data.decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT_NAME:
            raise _tampered(shown)  # not a backup header
        version = header["version"]
        if isinstance(version, int) and version > FORMAT_VERSION:
            raise _newer()
        if version != FORMAT_VERSION:
            raise _tampered(shown)  # unknown version
        vault_id = str(header["vault_id"])
        if len(vault_id) != 32 or any(c not in "0123456789abcdef" for c in vault_id):
            raise _tampered(shown)  # bad vault id
        taken_at = datetime.fromisoformat(str(header["taken_at"]))
        if taken_at.tzinfo is None:
            raise _tampered(shown)  # time without zone
        salt = bytes.fromhex(str(header["salt"]))
        key_file_bytes, database_bytes = header["key_file_bytes"], header["database_bytes"]
        if not isinstance(key_file_bytes, int) or not 0 < key_file_bytes <= _MAX_KEY_FILE_BYTES:
            raise _tampered(shown)  # bad key file length
        if not isinstance(database_bytes, int) or database_bytes < _MIN_DATABASE_BYTES:
            raise _tampered(shown)  # bad database length
        schema = str(header["schema"])
    except (NewerBackupError, BackupFileError):
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _tampered(shown) from None
    return {
        "vault_id": vault_id,
        "taken_at": taken_at,
        "schema": schema,
        "salt": salt,
        "key_file_bytes": key_file_bytes,
        "database_bytes": database_bytes,
    }


def _read_key_file(path: Path, layout: _Layout, *, shown: Path) -> tuple[bytes, KeyFile]:
    with open(path, "rb") as handle:
        handle.seek(layout.key_file_offset)
        data = handle.read(layout.key_file_bytes)
    try:
        key_file = KeyFile.from_bytes(data)
    except KeyFileDamagedError:
        raise _tampered(shown) from None
    if key_file.vault_id != layout.info.vault_id:
        raise _tampered(shown)
    return data, key_file


def _authenticate(
    path: Path, layout: _Layout, data_key: bytes, *, shown: Path, extract_to: Path
) -> None:
    """Check the tag over the file while copying the database image to ``extract_to``.

    One pass, so the image written is exactly the one authenticated. On failure the copy
    is removed.
    """
    mac = hmac.new(_mac_key(data_key, layout.salt), digestmod=hashlib.sha256)
    start, end = layout.database_offset, layout.tag_offset
    fd = os.open(extract_to, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(path, "rb") as source, os.fdopen(fd, "wb") as target:
            position = 0
            while position < end:
                chunk = source.read(min(_CHUNK, end - position))
                if not chunk:
                    raise _damaged(shown)
                mac.update(chunk)
                low, high = max(position, start), min(position + len(chunk), end)
                if low < high:
                    target.write(chunk[low - position : high - position])
                position += len(chunk)
            tag = source.read(_TAG_BYTES)
            if not hmac.compare_digest(mac.digest(), tag):
                raise _tampered(shown)
            target.flush()
            os.fsync(target.fileno())
    except BaseException:
        extract_to.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- reminders


def last_backup_time(vault: OpenVault) -> datetime | None:
    """When this vault's data was last backed up (UTC), or None if never.

    The newest ``backup`` audit event; after a restore, the time the restored backup was
    taken counts too (the data in the vault is then exactly that backup's).
    """
    with vault.transaction() as session:
        backed_up = session.scalar(
            select(AuditEventRow.at)
            .where(AuditEventRow.action == "backup", AuditEventRow.entity == "vault")
            .order_by(AuditEventRow.id.desc())
            .limit(1)
        )
        restored = session.scalars(
            select(AuditEventRow.detail).where(
                AuditEventRow.action == "restore", AuditEventRow.entity == "vault"
            )
        ).all()
    times = [datetime.fromisoformat(backed_up)] if backed_up else []
    for detail in restored:
        times.extend(_taken_times(detail))
    return max(times) if times else None


def _taken_times(detail: str | None) -> list[datetime]:
    for part in (detail or "").split():
        if part.startswith("taken="):
            with contextlib.suppress(ValueError):
                return [datetime.fromisoformat(part.removeprefix("taken="))]
    return []
