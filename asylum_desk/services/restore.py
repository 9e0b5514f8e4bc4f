"""Restoring a backup: everything checked first, then put in place, the replaced vault kept aside.

The backup file's format and the checks that read it are in ``services/backup.py``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path

from asylum_desk.domain.enums import Role
from asylum_desk.domain.messages import text
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    UnknownUserError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.security.recovery import parse_recovery_key
from asylum_desk.services.backup import (
    REPLACED_MARK,
    BackupConflictError,
    BackupFileError,
    BackupUnknownUserError,
    BackupWrongPassphraseError,
    RestoreResult,
    _authenticate,
    _fsync_folder,
    _Layout,
    _newer,
    _read_key_file,
    _read_layout,
    _record,
    _tampered,
)
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import open_database
from asylum_desk.storage.engine import integrity_problems
from asylum_desk.storage.errors import VaultDamagedError
from asylum_desk.storage.migrate import head_revision, known_revisions
from asylum_desk.storage.vault_files import DATABASE_NAME, KEY_FILE_NAME, VaultFiles

# --------------------------------------------------------------------------- restoring


def restore_backup(
    backup: Path,
    target: Path,
    username: str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
) -> RestoreResult:
    """Restore ``backup`` into ``target``: a new folder, an empty one, or the vault there.

    Everything is checked before anything is replaced: the format and checksum, the user's
    passphrase (or the recovery key printed when the backup's key file was made) against
    the backup's own key file, the authentication tag over the whole
    file, then every page of the database (restored into a staging folder beside
    ``target``). A backup of an older schema is migrated there. Only then is an existing
    vault at ``target`` renamed to ``<target>.replaced-<time>`` (kept until someone deletes
    it, see ``discard_replaced``) and the staging folder renamed into its place. Replacing a
    vault needs an administrator of the backup; restoring into a new folder any of its users.
    """
    if (passphrase is None) == (recovery_key is None):
        raise ValueError(text("Restoring needs either a passphrase or the recovery key."))
    recovery = parse_recovery_key(recovery_key) if recovery_key is not None else None
    layout = _read_layout(backup, shown=backup)
    if layout.info.schema_revision not in known_revisions():
        raise _newer()
    key_bytes, key_file = _read_key_file(backup, layout, shown=backup)
    replacing = _target_kind(target, key_file.vault_id) == "vault"
    data_key = _unlock_backup(key_file, username, passphrase, recovery, shown=backup)
    staging = target.parent / f".{target.name}.restoring-{secrets.token_hex(4)}"
    staging.mkdir(mode=0o700)
    try:
        files = VaultFiles(staging)
        _authenticate(backup, layout, data_key, shown=backup, extract_to=files.database)
        _write_new_file(files.key_file, key_bytes)
        _prepare_restored(files, key_file.vault_id, data_key, username, replacing, layout, backup)
        _fsync_folder(staging)
        replaced = _swap_into_place(staging, target, replacing)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    migrated = layout.info.schema_revision
    return RestoreResult(
        target, replaced, layout.info, migrated if migrated != head_revision() else None
    )


def _target_kind(target: Path, vault_id: str) -> str:
    """'absent', 'empty' or 'vault'; anything else at ``target`` is refused."""
    if not target.exists():
        if not target.parent.is_dir():
            raise ValueError(
                text(
                    "Cannot restore to {target}: the folder {folder} does not exist.",
                    target=target,
                    folder=target.parent,
                )
            )
        return "absent"
    if not target.is_dir():
        raise BackupConflictError(
            text("{target} is a file, not a vault folder; nothing was changed.", target=target)
        )
    names = {entry.name for entry in target.iterdir()}
    if not names:
        return "empty"
    if KEY_FILE_NAME not in names and DATABASE_NAME not in names:
        raise BackupConflictError(
            text(
                "{target} is not empty and is not a vault; restore into a new folder instead.",
                target=target,
            )
        )
    with contextlib.suppress(OSError, KeyFileDamagedError):
        current = KeyFile.read(target / KEY_FILE_NAME)
        if current.vault_id != vault_id:
            raise BackupConflictError(
                text(
                    "{target} holds a different vault than this backup; restore into a new "
                    "folder instead. Nothing was changed.",
                    target=target,
                )
            )
    return "vault"  # also a vault whose key file is damaged: it is kept aside, not lost


def _unlock_backup(
    key_file: KeyFile,
    username: str,
    passphrase: str | None,
    recovery: bytes | None,
    *,
    shown: Path,
) -> bytes:
    try:
        if recovery is not None:
            if not key_file.has_user(username):
                raise BackupUnknownUserError(username)
            return key_file.unlock_recovery(recovery)
        return key_file.unlock_user(username, passphrase or "").data_key
    except WrongRecoveryKeyError:
        raise WrongRecoveryKeyError(
            text(
                "This recovery key does not open this backup (it needs the recovery key that "
                "was valid when the backup was taken)."
            )
        ) from None
    except WrongPassphraseError:
        raise BackupWrongPassphraseError(username) from None
    except UnknownUserError:
        raise BackupUnknownUserError(username) from None
    except KeyFileDamagedError:
        raise _tampered(shown) from None


def _write_new_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _prepare_restored(
    files: VaultFiles,
    vault_id: str,
    data_key: bytes,
    username: str,
    replacing: bool,
    layout: _Layout,
    shown: Path,
) -> None:
    """Open the staged copy (checks every page, migrates), check again, log the restore."""
    try:
        vault = open_database(files, vault_id, data_key, username, check_integrity=True)
    except VaultDamagedError as error:
        raise BackupFileError(
            text(
                "The database in the backup {shown} is damaged ({reason}); nothing was changed.",
                shown=shown,
                reason=_reason(error),
            )
        ) from None
    try:
        if replacing:
            vault.require_role(Role.ADMIN)
        problems = integrity_problems(vault.engine)
        if problems:
            raise BackupFileError(
                text(
                    "The database in the backup {shown} is damaged ({reason}); "
                    "nothing was changed.",
                    shown=shown,
                    reason=problems[0],
                )
            )
        _record(
            vault,
            "restore",
            f"backup_sha256={layout.info.sha256} taken={layout.info.taken_at.isoformat()} "
            f"schema={layout.info.schema_revision}",
        )
    finally:
        vault.close()


def _reason(error: Exception) -> object:
    """The error's own message (a ``Text`` stays one, so it is translated too)."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else error


def _aside_name(target: Path) -> Path:
    base = f"{target.name}{REPLACED_MARK}{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    aside, number = target.with_name(base), 1
    while aside.exists():
        number += 1
        aside = target.with_name(f"{base}-{number}")
    return aside


def _swap_into_place(staging: Path, target: Path, replacing: bool) -> Path | None:
    if not replacing:
        if target.exists():
            target.rmdir()  # empty: checked above
        try:
            os.rename(staging, target)
        except BaseException:
            target.mkdir(mode=0o700, exist_ok=True)
            raise
        _fsync_folder(target.parent)
        return None
    aside = _aside_name(target)
    os.rename(target, aside)
    try:
        os.rename(staging, target)
    except BaseException:
        os.rename(aside, target)
        raise
    _fsync_folder(target.parent)
    return aside


def replaced_vaults(target: Path) -> list[Path]:
    """The vaults earlier restores kept aside beside ``target``, oldest first."""
    pattern = glob.escape(f"{target.name}{REPLACED_MARK}") + "*"
    return sorted(path for path in target.parent.glob(pattern) if path.is_dir())


def discard_replaced(vault: OpenVault) -> list[Path]:
    """Delete the vaults kept aside beside ``vault`` (administrators; the vault must be whole).

    The open vault is checked page by page first, so a restored vault that does not work
    never costs the copy it replaced. Each key file goes first, then the rest of the folder.
    """
    vault.require_role(Role.ADMIN)
    problems = integrity_problems(vault.engine)
    if problems:
        raise VaultDamagedError(
            text(
                "This vault is damaged ({reason}); the replaced vaults were kept.",
                reason=problems[0],
            )
        )
    removed = replaced_vaults(vault.files.folder)
    for folder in removed:
        (folder / KEY_FILE_NAME).unlink(missing_ok=True)
        shutil.rmtree(folder)
    if removed:
        _fsync_folder(vault.files.folder.parent)
        _record(vault, "discard_replaced", f"folders={len(removed)}")
    return removed
