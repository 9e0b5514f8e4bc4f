import os
import sqlite3
from pathlib import Path

import pytest

from asylum_desk.storage import engine as engine_module
from asylum_desk.storage.engine import create_vault_engine, open_raw_connection
from asylum_desk.storage.errors import NotSQLCipherError, VaultDamagedError


def test_plain_sqlite_driver_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class PlainDriver:
        DatabaseError = sqlite3.DatabaseError

        @staticmethod
        def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
            return sqlite3.connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module, "sqlcipher3", PlainDriver)
    with pytest.raises(NotSQLCipherError):
        open_raw_connection(tmp_path / "plain.db", os.urandom(32), create=True)


def test_an_existing_vault_is_never_created_by_opening(tmp_path: Path) -> None:
    missing = tmp_path / "vault.db"
    with pytest.raises(VaultDamagedError):
        open_raw_connection(missing, os.urandom(32))
    assert not missing.exists()


def test_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    engine = create_vault_engine(tmp_path / "p.db", os.urandom(32), create=True)
    try:
        with engine.connect() as connection:

            def value(pragma: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()

            assert value("cipher_version")
            assert value("journal_mode") == "wal"
            assert value("secure_delete") == 1
            assert value("foreign_keys") == 1
            assert value("temp_store") == 2  # MEMORY
            assert value("synchronous") == 2  # FULL
    finally:
        engine.dispose()


def test_a_database_does_not_start_with_the_sqlite_header(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    engine = create_vault_engine(path, os.urandom(32), create=True)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    assert not path.read_bytes().startswith(b"SQLite format 3")
