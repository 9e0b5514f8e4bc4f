"""Who may unlock a vault: adding users, changing passphrases, re-keying after a compromise."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from sqlalchemy import select

from asylum_desk.domain.enums import Role
from asylum_desk.security.errors import UserExistsError
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.security.recovery import format_recovery_key, generate_recovery_key
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import pending_key_path
from asylum_desk.storage.engine import create_vault_engine, fsync_directory
from asylum_desk.storage.tables import User


def add_user(vault: OpenVault, new_user: str, role: Role, passphrase: str) -> None:
    """Give ``new_user`` their own key slot and a role (administrators only)."""
    vault.require_role(Role.ADMIN)
    new_user = new_user.strip()
    if not new_user:
        raise ValueError("The new user needs a name.")
    key_file = KeyFile.read(vault.files.key_file)
    with vault.transaction() as session:
        taken = session.scalar(select(User.id).where(User.username == new_user))
        if taken is not None or key_file.has_user(new_user):
            raise UserExistsError(new_user)
        session.add(User(username=new_user, role=role, created_at=datetime.now(UTC).isoformat()))
        vault.audit(session, "add_user", "user", detail=f"role={role.value}")
        session.flush()
        # The key file is written last, inside the transaction: if writing it fails the
        # user record is rolled back too, and the old key file stays as it was.
        key_file.add_user(new_user, passphrase, vault.data_key)
        key_file.write_atomic(vault.files.key_file)


def change_passphrase(vault: OpenVault, new_passphrase: str) -> None:
    """Rewrap the data key for the signed-in user; the database is not touched."""
    key_file = KeyFile.read(vault.files.key_file)
    key_file.change_passphrase(vault.username, vault.data_key, new_passphrase)
    key_file.write_atomic(vault.files.key_file)
    with vault.transaction() as session:
        vault.audit(session, "change_passphrase", "user")


def rekey(vault: OpenVault) -> str:
    """Re-encrypt the database under a new data key; returns the new recovery key to print.

    Every user keeps their passphrase (the new key is sealed to each slot's public key). The
    old recovery key stops working. Safe against interruption: the new key file is written
    aside first; whichever key opens the database wins at the next unlock.
    """
    vault.require_role(Role.ADMIN)
    new_key = os.urandom(32)
    recovery = generate_recovery_key()
    key_file = KeyFile.read(vault.files.key_file)
    key_file.verify(vault.data_key)  # refuse slots added behind our back
    key_file.reseal_all(new_key)
    key_file.replace_recovery(recovery, new_key)
    pending = pending_key_path(vault.files)
    key_file.write_atomic(pending)
    with vault.transaction() as session:
        vault.audit(session, "rekey", "vault")
    files, old_key = vault.files, vault.data_key
    vault.close()
    engine = create_vault_engine(files.database, old_key)
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    os.replace(pending, files.key_file)
    fsync_directory(files.folder)
    return format_recovery_key(recovery)
