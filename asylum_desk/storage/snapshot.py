"""A consistent, still encrypted copy of the vault database, taken while the app may be writing.

SQLite's online backup API copies every page in one step, inside one read transaction of
the source: the copy holds exactly one committed state. Transactions already committed but
still only in the write-ahead log are in it; a transaction another connection has open (not
yet committed) is not. SQLCipher decrypts each page and encrypts it again for the copy,
which is keyed with the same data key (and gets its own random salt). Unlike
``sqlcipher_export``, the backup API copies the database header too, so
``PRAGMA user_version`` survives; it is compared anyway.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from asylum_desk.domain.messages import text
from asylum_desk.storage.engine import open_raw_connection
from asylum_desk.storage.errors import StorageError, VaultDamagedError


@dataclass
class ImageCheck:
    """What opening a database copy found: page problems, schema revision, vault id."""

    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    vault_id: str | None = None


def snapshot_database(source: Path, data_key: bytes, target: Path) -> None:
    """Copy the database at ``source`` into the new file ``target``, encrypted with ``data_key``.

    ``target`` must not exist. The copy is fsynced and closed (its own write-ahead log is
    folded back and removed) before this returns; on any error it is removed again.
    """
    if target.exists():
        raise FileExistsError(text("{target} already exists", target=target))
    source_connection = open_raw_connection(source, data_key)
    try:
        copy = open_raw_connection(target, data_key, create=True)
        try:
            source_connection.backup(copy, pages=-1)  # one step: one consistent state
            source_version = source_connection.execute("PRAGMA user_version").fetchone()[0]
            copy_version = copy.execute("PRAGMA user_version").fetchone()[0]
            if copy_version != source_version:
                copy.execute(f"PRAGMA user_version = {int(source_version)}")
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            copy.close()
        if any(sidecar.exists() for sidecar in _sidecars(target)):
            raise VaultDamagedError(text("The copy of the vault database was not closed cleanly."))
        _fsync_file(target)
    except BaseException:
        for leftover in (target, *_sidecars(target)):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        source_connection.close()


def _sidecars(database: Path) -> tuple[Path, Path, Path]:
    return (
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        database.with_name(database.name + "-journal"),
    )


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_image(database: Path, data_key: bytes) -> ImageCheck:
    """Open a database copy with ``data_key`` and check every page; never raises for damage.

    ``PRAGMA cipher_integrity_check`` checks the authentication code of every page (a
    flipped bit, a truncated or swapped page) and ``quick_check`` SQLite's own structure.
    """
    result = ImageCheck()
    try:
        connection = open_raw_connection(database, data_key)
    except StorageError as error:
        result.problems.append(str(error))
        return result
    try:
        for row in connection.execute("PRAGMA cipher_integrity_check"):
            result.problems.append(str(row[0]))
        for row in connection.execute("PRAGMA quick_check"):
            if str(row[0]).lower() != "ok":
                result.problems.append(str(row[0]))
        if result.problems:
            return result
        tables = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            result.revision = str(row[0]) if row else None
        if "settings" in tables:
            row = connection.execute("SELECT value FROM settings WHERE key = 'vault_id'").fetchone()
            result.vault_id = str(row[0]) if row else None
    except sqlcipher3.DatabaseError as error:
        result.problems.append(str(error))
    finally:
        connection.close()
    return result
