"""Creating and signing in to a shared PostgreSQL database (a larger office, headquarters).

The same schema, migrations, users, roles and key slots as a vault file; what differs is
where the data is kept safe. The server encrypts its disks and speaks TLS (docs/deployment.md);
the connection password comes from the keyring, the environment or a prompt, never a file.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from alembic import command
from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from asylum_desk.domain.case_number import is_valid_office_code
from asylum_desk.domain.enums import Role
from asylum_desk.domain.messages import text
from asylum_desk.security.keyfile import KeyFile, new_vault_id
from asylum_desk.security.recovery import (
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
)
from asylum_desk.services.errors import NewerVaultError
from asylum_desk.services.key_store import DatabaseKeyStore
from asylum_desk.services.open_vault import NewVault, OpenVault
from asylum_desk.storage import audit_chain
from asylum_desk.storage.errors import VaultDamagedError
from asylum_desk.storage.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from asylum_desk.storage.shared import (
    SharedDatabaseError,
    SharedLocation,
    connection_problem,
    create_shared_engine,
)
from asylum_desk.storage.tables import Setting, User


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _connect(location: SharedLocation) -> tuple[Engine, str | None]:
    engine = create_shared_engine(location)
    try:
        return engine, current_revision(engine)
    except DBAPIError as error:
        engine.dispose()
        raise SharedDatabaseError(connection_problem(error)) from None


def _has_vault(engine: Engine) -> bool:
    with Session(engine) as session:
        return session.get(Setting, "vault_id") is not None


def create_shared_vault(
    location: SharedLocation,
    *,
    office_code: str,
    office_name: str,
    username: str,
    passphrase: str,
) -> NewVault:
    """Set up an empty PostgreSQL database for Asylum Desk, with its first (admin) user.

    The database must exist (the server's administrator creates it, see docs/deployment.md)
    and be empty, or hold only the current schema made beforehand by the schema's owner
    (``asylum-desk migrate``); the recovery key is shown this once, as for a vault file.
    """
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
    engine, revision = _connect(location)
    try:
        if revision is not None and (revision != head_revision() or _has_vault(engine)):
            raise SharedDatabaseError(
                text("This database already holds Asylum Desk data; nothing was changed.")
            )
        data_key = os.urandom(32)
        recovery = generate_recovery_key()
        vault_id = new_vault_id()
        key_file = KeyFile.create(vault_id, data_key, username, passphrase, recovery)
        # One transaction: the schema, the settings, the first user and their key slot.
        with engine.begin() as connection:
            if revision is None:  # else the schema was made beforehand (by its owner role)
                command.upgrade(alembic_config(connection), "head")
            with Session(bind=connection) as session:
                session.add_all(
                    [
                        Setting(key="vault_id", value=vault_id),
                        Setting(key="office_code", value=office_code),
                        Setting(key="office_name", value=office_name),
                        Setting(key="created_at", value=_now()),
                        User(username=username, role=Role.ADMIN, created_at=_now()),
                    ]
                )
                DatabaseKeyStore(engine).write(key_file, session)
                audit_chain.append(session, actor=username, action="create", entity="vault")
                session.commit()
    except BaseException:
        engine.dispose()
        raise
    vault = OpenVault(
        location, vault_id, username, Role.ADMIN, office_code, office_name, engine, data_key
    )
    return NewVault(vault, format_recovery_key(recovery))


def _prepare(location: SharedLocation) -> tuple[Engine, KeyFile]:
    engine, revision = _connect(location)
    try:
        if revision is None:
            raise SharedDatabaseError(
                text(
                    "This database holds no Asylum Desk data yet; set it up first "
                    "(asylum-desk init --database-url …)."
                )
            )
        if revision != head_revision():
            if revision not in known_revisions():
                raise NewerVaultError(
                    text(
                        "This database was set up by a newer version of Asylum Desk; please update."
                    )
                )
            upgrade_to_head(engine)
        return engine, DatabaseKeyStore(engine).read()
    except BaseException:
        engine.dispose()
        raise


def _open(
    engine: Engine, location: SharedLocation, key_file: KeyFile, data_key: bytes, username: str
) -> OpenVault:
    key_file.verify(data_key)
    with Session(engine) as session:
        settings = {
            key: value for key, value in session.execute(select(Setting.key, Setting.value))
        }
        user = session.scalar(select(User).where(User.username == username))
    if settings.get("vault_id") != key_file.vault_id:
        raise VaultDamagedError(text("The key slots do not belong to this database."))
    if user is None:
        raise VaultDamagedError(
            text("User '{user}' has a key but no record in the database.", user=username)
        )
    vault = OpenVault(
        location,
        key_file.vault_id,
        user.username,
        user.role,
        settings.get("office_code", ""),
        settings.get("office_name", ""),
        engine,
        data_key,
    )
    with vault.transaction() as session:
        vault.audit(session, "unlock", "vault", detail="shared database")
    return vault


def unlock_shared(location: SharedLocation, username: str, passphrase: str) -> OpenVault:
    """Sign in to the shared database as ``username`` with their own passphrase."""
    engine, key_file = _prepare(location)
    try:
        slot = key_file.unlock_user(username, passphrase)
        return _open(engine, location, key_file, slot.data_key, username)
    except BaseException:
        engine.dispose()
        raise


def unlock_shared_with_recovery(
    location: SharedLocation, username: str, recovery_text: str, new_passphrase: str
) -> OpenVault:
    """Sign in with the printed recovery key and give ``username`` a new passphrase."""
    recovery = parse_recovery_key(recovery_text)
    engine, key_file = _prepare(location)
    try:
        data_key = key_file.unlock_recovery(recovery)
        vault = _open(engine, location, key_file, data_key, username)
    except BaseException:
        engine.dispose()
        raise
    try:
        with vault.transaction() as session:
            current = vault.key_store.read(session)
            current.change_passphrase(username, data_key, new_passphrase)
            vault.key_store.write(current, session)
            vault.audit(session, "recover", "user", detail="passphrase reset with recovery key")
    except BaseException:
        vault.close()
        raise
    return vault
