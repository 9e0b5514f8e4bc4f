"""Creating, unlocking and re-keying vaults, and managing who may unlock them.

The order of checks is what keeps data safe: the key file is read and the user's key slot
opened (its GCM tag decides "wrong passphrase") before the database is touched at all. A
failed attempt writes nothing but the vault's attempts file (a count and a time, see
``unlock_attempts``), after waiting out the delay earlier failures earned; a successful one
records an ``unlock`` audit event and resets that count.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from asylum_desk.domain.case_number import is_valid_office_code
from asylum_desk.domain.enums import Role
from asylum_desk.domain.messages import text
from asylum_desk.security.errors import UnknownUserError, WrongPassphraseError
from asylum_desk.security.keyfile import KeyFile, new_vault_id
from asylum_desk.security.recovery import (
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
)
from asylum_desk.services.errors import NewerVaultError
from asylum_desk.services.open_vault import NewVault, OpenVault
from asylum_desk.services.unlock_attempts import SuccessReport, UnlockAttempts
from asylum_desk.storage import audit_chain
from asylum_desk.storage.engine import (
    create_vault_engine,
    fsync_directory,
    integrity_problems,
)
from asylum_desk.storage.errors import VaultDamagedError
from asylum_desk.storage.migrate import (
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from asylum_desk.storage.shared import SharedLocation
from asylum_desk.storage.tables import Setting, User
from asylum_desk.storage.vault_files import VaultFiles, existing_vault, new_vault_location

PENDING_KEY_SUFFIX = ".pending"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def create_vault(
    path: Path, *, office_code: str, office_name: str, username: str, passphrase: str
) -> NewVault:
    """Create a new vault folder with its first (admin) user; print the recovery key once."""
    office_code = office_code.strip().upper()
    if not is_valid_office_code(office_code):
        raise ValueError(
            text(
                "{office_code!r} is not an office code (2–8 capital letters or digits, like CPH).",
                office_code=office_code,
            )
        )
    if not username.strip():
        raise ValueError(text("The first user needs a name."))
    files = new_vault_location(path)
    created_folder = not path.exists()
    data_key = os.urandom(32)
    recovery = generate_recovery_key()
    vault_id = new_vault_id()
    engine: Engine | None = None
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = create_vault_engine(files.database, data_key, create=True)
        upgrade_to_head(engine)
        os.chmod(files.database, 0o600)
        with Session(engine) as session, session.begin():
            session.add_all(
                [
                    Setting(key="vault_id", value=vault_id),
                    Setting(key="office_code", value=office_code),
                    Setting(key="office_name", value=office_name),
                    Setting(key="created_at", value=_now()),
                    User(username=username, role=Role.ADMIN, created_at=_now()),
                ]
            )
            audit_chain.append(session, actor=username, action="create", entity="vault")
        key_file = KeyFile.create(vault_id, data_key, username, passphrase, recovery)
        key_file.write_atomic(files.key_file)
        fsync_directory(path)
    except BaseException:
        if engine is not None:
            engine.dispose()
        _remove_partial_vault(files, created_folder)
        raise
    vault = OpenVault(
        files, vault_id, username, Role.ADMIN, office_code, office_name, engine, data_key
    )
    return NewVault(vault, format_recovery_key(recovery))


def _remove_partial_vault(files: VaultFiles, created_folder: bool) -> None:
    if created_folder:
        shutil.rmtree(files.folder, ignore_errors=True)
        return
    for leftover in (files.database, files.key_file, *files.sidecars):
        leftover.unlink(missing_ok=True)


def unlock(
    path: Path | SharedLocation,
    username: str,
    passphrase: str,
    *,
    check_integrity: bool = True,
    on_wait: Callable[[str], None] | None = None,
) -> OpenVault:
    """Open the vault as ``username``; a wrong passphrase or unknown user only counts a failure.

    After several failures in a row the attempt first waits (``on_wait`` is told so, in one
    line) before any key derivation. The database and key file are never written on failure.
    A shared database (``SharedLocation``) is signed in to the same way, by its key slots.
    """
    if isinstance(path, SharedLocation):
        from asylum_desk.services.shared_vault import unlock_shared  # it builds on this module

        return unlock_shared(path, username, passphrase)
    files = existing_vault(path)
    key_file = KeyFile.read(files.key_file)
    attempts = UnlockAttempts(files)
    attempts.wait_for_turn(on_wait)
    try:
        slot = key_file.unlock_user(username, passphrase)
    except (WrongPassphraseError, UnknownUserError):
        attempts.record_failure()
        raise

    def open_pending(pending: KeyFile) -> bytes:
        return pending.unlock_with_private_key(slot.slot_id, slot.private_key)

    data_key = finish_interrupted_rekey(files, slot.data_key, open_pending)
    return open_database(files, key_file.vault_id, data_key, username, check_integrity)


STALE_AFTER_S = 3600
"""A half-written temporary file this old belongs to no running write: it was interrupted."""


def remove_stale_temporaries(files: VaultFiles, now: float | None = None) -> list[Path]:
    """Delete key-file temporaries an interrupted write left in the vault folder.

    Writes go to ``.<name>.<random>.tmp`` beside the file and are renamed over it; a power cut
    or a kill can leave the temporary behind (it holds only wrapped keys, but it is clutter
    and was never a valid key file). Only those older than an hour go, so a write running in
    another program is never disturbed. Returns what was removed; never raises.
    """
    removed: list[Path] = []
    when = time.time() if now is None else now
    for name in (files.key_file.name, f"{files.key_file.name}.pending", "vault.attempts"):
        for path in files.folder.glob(f".{name}.*.tmp"):
            try:
                if when - path.stat().st_mtime > STALE_AFTER_S and path.is_file():
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed


def open_database(
    files: VaultFiles, vault_id: str, data_key: bytes, username: str, check_integrity: bool
) -> OpenVault:
    """Open the database with a data key already taken from the key file, as ``username``.

    Every way of unlocking ends here: it records the ``unlock`` audit event (with the count
    of failed attempts before it) and resets that count.
    """
    engine = create_vault_engine(files.database, data_key)
    try:
        if check_integrity:
            problems = integrity_problems(engine)
            if problems:
                raise VaultDamagedError(
                    text(
                        "The vault database is damaged or was tampered with ({problem}).",
                        problem=problems[0],
                    )
                )
        revision = current_revision(engine)
        if revision is None:
            raise VaultDamagedError(
                text("The vault database is empty: it is damaged or was truncated.")
            )
        if revision != head_revision():
            _upgrade_or_refuse(engine, revision)
        with Session(engine) as session:
            settings = {
                key: value for key, value in session.execute(select(Setting.key, Setting.value))
            }
            user = session.scalar(select(User).where(User.username == username))
        if settings.get("vault_id") != vault_id:
            raise VaultDamagedError(text("The key file does not belong to this vault database."))
        if user is None:
            raise VaultDamagedError(
                text("User '{user}' has a key but no record in the vault.", user=username)
            )
        vault = OpenVault(
            files,
            vault_id,
            user.username,
            user.role,
            settings.get("office_code", ""),
            settings.get("office_name", ""),
            engine,
            data_key,
        )
        attempts = UnlockAttempts(files)
        before = attempts.read()
        with vault.transaction() as session:
            vault.audit(session, "unlock", "vault", detail=before.audit_detail())
        vault.unlock_notice = SuccessReport(before, attempts.reset()).notice()
        remove_stale_temporaries(files)
        return vault
    except BaseException:
        engine.dispose()
        raise


def _upgrade_or_refuse(engine: Engine, revision: str) -> None:
    if revision not in known_revisions():
        raise NewerVaultError(
            text("This vault was written by a newer version of Asylum Desk; please update.")
        )
    upgrade_to_head(engine)


def pending_key_path(files: VaultFiles) -> Path:
    """Where a rekey writes the new key file before the database is re-encrypted."""
    return files.key_file.with_name(files.key_file.name + PENDING_KEY_SUFFIX)


def _key_opens_database(files: VaultFiles, data_key: bytes) -> bool:
    engine = create_vault_engine(files.database, data_key)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM settings").fetchone()
        return True
    except VaultDamagedError:
        return False
    finally:
        engine.dispose()


def finish_interrupted_rekey(
    files: VaultFiles, data_key: bytes, open_pending: Callable[[KeyFile], bytes]
) -> bytes:
    """A rekey stopped midway leaves a pending key file: keep whichever key opens the data."""
    pending_path = pending_key_path(files)
    if not pending_path.exists():
        return data_key
    if _key_opens_database(files, data_key):
        pending_path.unlink()  # the database was never re-encrypted: the old key stays
        fsync_directory(files.folder)
        return data_key
    new_key = open_pending(KeyFile.read(pending_path))
    if not _key_opens_database(files, new_key):
        raise VaultDamagedError(
            text("The vault database opens with neither the old nor the new key.")
        )
    os.replace(pending_path, files.key_file)
    fsync_directory(files.folder)
    return new_key


def unlock_with_recovery(
    path: Path | SharedLocation, username: str, recovery_text: str, new_passphrase: str
) -> OpenVault:
    """Open the vault with the printed recovery key and give ``username`` a new passphrase."""
    if isinstance(path, SharedLocation):
        from asylum_desk.services.shared_vault import unlock_shared_with_recovery

        return unlock_shared_with_recovery(path, username, recovery_text, new_passphrase)
    files = existing_vault(path)
    recovery = parse_recovery_key(recovery_text)
    key_file = KeyFile.read(files.key_file)
    data_key = finish_interrupted_rekey(
        files, key_file.unlock_recovery(recovery), lambda pending: pending.unlock_recovery(recovery)
    )
    key_file = KeyFile.read(files.key_file)
    vault = open_database(files, key_file.vault_id, data_key, username, check_integrity=True)
    try:
        key_file.change_passphrase(username, data_key, new_passphrase)
        key_file.write_atomic(files.key_file)
        with vault.transaction() as session:
            vault.audit(session, "recover", "user", detail="passphrase reset with recovery key")
    except BaseException:
        vault.close()
        raise
    return vault
