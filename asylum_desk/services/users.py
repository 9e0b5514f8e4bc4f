"""Who may unlock a vault: adding and removing users, their roles, passphrases, re-keying.

Every change to users is an audit event naming the user changed (user names are staff
names, never an applicant's).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role, role_word
from asylum_desk.domain.messages import text
from asylum_desk.security.errors import UserExistsError
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.security.recovery import format_recovery_key, generate_recovery_key
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import pending_key_path
from asylum_desk.storage.engine import create_vault_engine, fsync_directory
from asylum_desk.storage.tables import CaseAssignment, DraftRow, User


class UserChangeError(ValueError):
    """A change to users that is not allowed whatever the role (one line, nothing changed)."""


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user of the vault, as the user-management screen lists them."""

    username: str
    role: Role
    created_at: str


def list_users(vault: OpenVault) -> list[UserInfo]:
    """Every user and their role, by name (administrators only)."""
    access.require_now(vault, Action.MANAGE_USERS)
    with vault.transaction() as session:
        rows = session.scalars(select(User).order_by(User.username)).all()
        return [UserInfo(row.username, row.role, row.created_at) for row in rows]


def add_user(vault: OpenVault, new_user: str, role: Role, passphrase: str) -> None:
    """Give ``new_user`` their own key slot and a role (administrators only)."""
    access.require_now(vault, Action.MANAGE_USERS)
    new_user = new_user.strip()
    if not new_user:
        raise ValueError(text("The new user needs a name."))
    with vault.transaction() as session:
        key_file = vault.key_store.read(session)
        taken = session.scalar(select(User.id).where(User.username == new_user))
        if taken is not None or key_file.has_user(new_user):
            raise UserExistsError(new_user)
        session.add(User(username=new_user, role=role, created_at=datetime.now(UTC).isoformat()))
        vault.audit(session, "add_user", "user", detail=f"user={new_user} role={role.value}")
        session.flush()
        # The key file is written last, inside the transaction: if writing it fails the
        # user record is rolled back too, and the old key file stays as it was.
        key_file.add_user(new_user, passphrase, vault.data_key)
        vault.key_store.write(key_file, session)


def _user_row(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise UserChangeError(text("There is no user '{user}' in this vault.", user=username))
    return user


def _refuse_if_last_admin(session: Session, user: User, *, removing: bool) -> None:
    if user.role is not Role.ADMIN:
        return
    admins = session.scalar(select(func.count()).select_from(User).where(User.role == Role.ADMIN))
    if (admins or 0) <= 1:
        if removing:
            raise UserChangeError(
                text(
                    "{user} is the last administrator and cannot be removed; "
                    "make someone else an administrator first.",
                    user=user.username,
                )
            )
        raise UserChangeError(
            text(
                "{user} is the last administrator and cannot be given another role; "
                "make someone else an administrator first.",
                user=user.username,
            )
        )


def remove_user(vault: OpenVault, username: str) -> None:
    """Take away ``username``'s access: their key slot is destroyed (administrators only).

    Their user record, case assignments and unsaved drafts go too; the cases they own keep
    their name as caseworker until a supervisor hands them to someone else. The current key
    file no longer opens anything for them at once; an old copy of the key file still holds
    their slot under the old data key, so follow with ``rekey`` (the command line does so by
    default), after which such a copy opens nothing.

    The last administrator, and the signed-in user themselves, cannot be removed.
    """
    access.require_now(vault, Action.MANAGE_USERS)
    username = username.strip()
    if username == vault.username:
        raise UserChangeError(
            text(
                "You cannot remove yourself ({user}) while signed in; ask another administrator.",
                user=username,
            )
        )
    with vault.transaction() as session:
        key_file = vault.key_store.read(session)
        key_file.verify(vault.data_key)  # refuse a key file changed behind our back
        user = _user_row(session, username)
        _refuse_if_last_admin(session, user, removing=True)
        role = user.role
        session.delete(user)
        session.execute(delete(CaseAssignment).where(CaseAssignment.username == username))
        session.execute(delete(DraftRow).where(DraftRow.owner == username))
        vault.audit(session, "remove_user", "user", detail=f"user={username} role={role.value}")
        session.flush()
        # The key file is written last, inside the transaction: if writing it fails the
        # user record stays too. If the commit failed after it, the user would have a record
        # but no slot: locked out, the safe side.
        if key_file.has_user(username):
            key_file.remove_user(username)
            vault.key_store.write(key_file, session)


def set_role(vault: OpenVault, username: str, role: Role) -> None:
    """Give ``username`` another role (administrators only; not your own role).

    Their case assignments made in the old role stop counting and are withdrawn.
    """
    access.require_now(vault, Action.MANAGE_USERS)
    username = username.strip()
    if username == vault.username:
        raise UserChangeError(
            text(
                "You cannot change your own role ({user}) while signed in; "
                "ask another administrator.",
                user=username,
            )
        )
    with vault.transaction() as session:
        user = _user_row(session, username)
        if user.role is role:
            raise UserChangeError(
                text("{user} is already a {role}.", user=username, role=role_word(role))
            )
        if role is not Role.ADMIN:
            _refuse_if_last_admin(session, user, removing=False)
        old = user.role
        user.role = role
        session.execute(
            delete(CaseAssignment).where(
                CaseAssignment.username == username, CaseAssignment.role != role
            )
        )
        vault.audit(
            session, "set_role", "user", detail=f"user={username} role={role.value} was={old.value}"
        )


def change_passphrase(vault: OpenVault, new_passphrase: str) -> None:
    """Rewrap the data key for the signed-in user; the database is not touched."""
    if vault.is_shared:
        with vault.transaction() as session:
            key_file = vault.key_store.read(session)
            key_file.change_passphrase(vault.username, vault.data_key, new_passphrase)
            vault.key_store.write(key_file, session)
            vault.audit(session, "change_passphrase", "user")
        return
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
    access.require_now(vault, Action.REKEY)
    vault.files  # noqa: B018 - refuses in one line on a shared database (nothing to re-key)
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
