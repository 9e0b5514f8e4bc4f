"""Opening the SQLCipher database: raw key first, SQLCipher checked, safe pragmas, no pooling.

The engine never creates a database by accident: an existing vault is opened with a
``mode=rw`` URI, and only ``create_database`` (the explicit new-vault flow) uses ``rwc``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from asylum_desk.domain.messages import text
from asylum_desk.storage.errors import (
    READ_ONLY,
    NotSQLCipherError,
    VaultDamagedError,
    VaultReadOnlyError,
    database_trouble,
)

KEY_BYTES = 32
MINIMUM_DATABASE_SIZE = 1024
_PRAGMAS = (
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA busy_timeout = 5000",
)


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def open_raw_connection(path: Path, data_key: bytes, *, create: bool = False) -> Any:
    """Open and key one SQLCipher connection; raise VaultDamagedError if the file is unreadable.

    The caller has already proved the key right (its key slot unwrapped), so "file is not a
    database" here means the file itself is damaged.
    """
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")  # internal
    if not create and not path.is_file():
        raise VaultDamagedError(text("The vault database {name} is missing.", name=path.name))
    if not create and path.stat().st_size < MINIMUM_DATABASE_SIZE:
        # SQLite would happily initialise an empty file on open: refuse before it can.
        raise VaultDamagedError(
            text("The vault database {name} is damaged: empty or truncated.", name=path.name)
        )
    try:
        connection = sqlcipher3.connect(
            _uri(path, "rwc" if create else "rw"),
            uri=True,
            check_same_thread=False,
            isolation_level=None,
        )
    except sqlcipher3.DatabaseError as error:
        if _read_only(path, str(error)):
            raise VaultReadOnlyError(READ_ONLY) from None
        raise
    try:
        # The key must be the first statement; a raw key skips SQLCipher's own KDF.
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("PRAGMA cipher_compatibility = 4")
        version = connection.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotSQLCipherError(
                text(
                    "The database driver is not SQLCipher; refusing to open the vault unencrypted."
                )
            )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlcipher3.DatabaseError as error:
            if not create and _read_only(path, str(error)):
                raise VaultReadOnlyError(READ_ONLY) from None
            raise VaultDamagedError(
                text(
                    "The vault database {name} is damaged or not a vault database ({reason}).",
                    name=path.name,
                    reason=str(error),
                )
            ) from None
        if not mode or str(mode[0]).lower() != "wal":
            raise VaultDamagedError(
                text("The vault database could not switch to its journal mode.")
            )
        for pragma in _PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def _read_only(path: Path, message: str) -> bool:
    """Whether opening failed because the vault's folder or file cannot be written."""
    if database_trouble(message) == READ_ONLY:
        return True
    if "unable to open" in message.lower():
        return not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK)
    return False


def create_vault_engine(path: Path, data_key: bytes, *, create: bool = False) -> Engine:
    """A SQLAlchemy engine over the vault, one fresh keyed connection per checkout (NullPool)."""
    first = {"create": create}

    def creator() -> Any:
        connection = open_raw_connection(path, data_key, create=first["create"])
        first["create"] = False
        return connection

    engine = create_engine(
        "sqlite+pysqlite://", creator=creator, poolclass=NullPool, module=sqlcipher3
    )
    _use_explicit_transactions(engine)
    return engine


IMMEDIATE = {"asylum_desk_immediate": True}
"""Execution options for units of work that may write: their BEGIN takes the write lock."""


def _use_explicit_transactions(engine: Engine) -> None:
    """Let SQLAlchemy own BEGIN/COMMIT (the driver's legacy implicit transactions are off).

    A connection with the ``IMMEDIATE`` execution options begins IMMEDIATE, taking the write
    lock at once: SQLite cannot make a transaction that has read and then writes wait for
    another writer (it fails at once with "database is locked"), but a lock taken at BEGIN
    is waited for (busy_timeout). Maintenance connections (checkpoints, integrity checks)
    begin plainly, since some pragmas refuse to run inside a write transaction.
    """

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("asylum_desk_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def checkpoint(engine: Engine) -> None:
    """Fold the write-ahead log into the database and empty it (on lock and close)."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(engine: Engine) -> list[str]:
    """Pages whose HMAC fails (tampering, truncation) plus SQLite's own structural check."""
    problems: list[str] = []
    with engine.connect() as connection:
        try:
            for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check"):
                problems.append(str(row[0]))
            for row in connection.exec_driver_sql("PRAGMA quick_check"):
                if str(row[0]).lower() != "ok":
                    problems.append(str(row[0]))
        except (sqlcipher3.DatabaseError, DBAPIError) as error:
            problems.append(str(getattr(error, "orig", None) or error))
    return problems


def fsync_directory(path: Path) -> None:
    """Make a rename or new file in ``path`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
