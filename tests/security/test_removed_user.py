"""Promise 9: a removed user cannot unlock, also with an old copy of the key file after a rekey.

Removing a user destroys their key slot in the key file at once. A copy of the key file
taken before still holds the slot and yields the data key of its time, so removal is
followed by a rekey (the command line's default): the database is re-encrypted under a new
key sealed only to the remaining slots, and the old copy then opens nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import select

from asylum_desk.cli import main
from asylum_desk.domain.enums import Role
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    StaleDeviceSecretError,
    UnknownUserError,
)
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services import users
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.errors import VaultDamagedError
from asylum_desk.storage.tables import User
from tests.conftest import PASSPHRASE, canary_case

THIDA = "thida's own passphrase"


def opens_database(database: Path, data_key: bytes) -> bool:
    """Whether the key decrypts the database, with the driver alone (no Asylum Desk rules)."""
    connection = sqlcipher3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        connection.execute("PRAGMA cipher_compatibility = 4")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        connection.close()


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file() and path.name != "vault.attempts"
    }


@pytest.fixture
def with_thida(vault: OpenVault, vault_path: Path) -> bytes:
    """Thida is a caseworker; returns a copy of the key file taken while she was one."""
    users.add_user(vault, "thida", Role.CASEWORKER, THIDA)
    CaseService(vault).create_case(canary_case())
    with unlock(vault_path, "thida", THIDA) as thida:
        assert CaseService(thida).count() == 0
    return (vault_path / "vault.key").read_bytes()


def test_removal_destroys_the_slot_at_once(
    vault: OpenVault, vault_path: Path, with_thida: bytes
) -> None:
    old_slot = KeyFile.from_bytes(with_thida).unlock_user("thida", THIDA)
    users.remove_user(vault, "thida")
    current = KeyFile.read(vault_path / "vault.key")
    assert not current.has_user("thida")
    assert current.user_slot_count() == 1
    with pytest.raises(UnknownUserError):
        unlock(vault_path, "thida", THIDA)
    # A secret remembered on a device (the slot's private key) is stale too.
    with pytest.raises(StaleDeviceSecretError):
        current.unlock_with_private_key(old_slot.slot_id, old_slot.private_key)
    with vault.transaction() as session:
        assert session.scalar(select(User).where(User.username == "thida")) is None
    with unlock(vault_path, "amara", PASSPHRASE) as amara:
        assert CaseService(amara).count() == 1


def test_an_old_key_file_still_holds_the_old_key_until_a_rekey_then_opens_nothing(
    vault: OpenVault, vault_path: Path, with_thida: bytes
) -> None:
    database = vault_path / "vault.db"
    users.remove_user(vault, "thida")
    old_key = KeyFile.from_bytes(with_thida).unlock_user("thida", THIDA).data_key
    # Before the rekey the old copy yields a key that still decrypts the database (the app
    # itself refuses her: she has no user record any more)...
    assert opens_database(database, old_key)
    current_key_file = (vault_path / "vault.key").read_bytes()
    (vault_path / "vault.key").write_bytes(with_thida)
    with pytest.raises(VaultDamagedError, match="has a key but no record"):
        unlock(vault_path, "thida", THIDA)
    (vault_path / "vault.key").write_bytes(current_key_file)

    users.rekey(vault)  # ...which is why removal is followed by a rekey.

    assert not opens_database(database, old_key)
    current_key_file = (vault_path / "vault.key").read_bytes()
    (vault_path / "vault.key").write_bytes(with_thida)
    before = snapshot(vault_path)
    with pytest.raises(VaultDamagedError):
        unlock(vault_path, "thida", THIDA)
    with pytest.raises(VaultDamagedError):
        unlock(vault_path, "amara", PASSPHRASE)  # the whole old copy is worthless now
    assert snapshot(vault_path) == before  # and trying changed nothing
    (vault_path / "vault.key").write_bytes(current_key_file)
    with pytest.raises(UnknownUserError):
        unlock(vault_path, "thida", THIDA)
    with unlock(vault_path, "amara", PASSPHRASE) as amara:
        assert CaseService(amara).count() == 1


def test_removal_refuses_a_key_file_changed_behind_our_back(
    vault: OpenVault, vault_path: Path, with_thida: bytes
) -> None:
    key_path = vault_path / "vault.key"
    data = bytearray(key_path.read_bytes())
    mac_at = data.rindex(b'"mac"')
    position = data.index(b'"', mac_at + 6) + 3  # a character inside the MAC's value
    data[position] = ord("0") if data[position] != ord("0") else ord("1")
    key_path.write_bytes(bytes(data))
    with pytest.raises(KeyFileDamagedError):
        users.remove_user(vault, "thida")
    assert key_path.read_bytes() == bytes(data)
    with vault.transaction() as session:
        assert session.scalar(select(User).where(User.username == "thida")) is not None


def test_the_command_line_removes_and_rekeys_by_default(
    vault: OpenVault,
    vault_path: Path,
    with_thida: bytes,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    database = vault_path / "vault.db"
    old_key = KeyFile.from_bytes(with_thida).unlock_user("thida", THIDA).data_key
    base = ["--vault", str(vault_path), "--user", "amara"]
    assert main(["remove-user", *base, "--name", "thida"]) == 0
    out = capsys.readouterr().out
    assert "Removed thida" in out and "Recovery key" in out
    assert not opens_database(database, old_key)
    (vault_path / "vault.key").write_bytes(with_thida)
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", THIDA)
    assert main(["verify", "--vault", str(vault_path), "--user", "thida"]) == 5
    assert "damaged" in capsys.readouterr().err


def test_the_command_line_can_skip_the_rekey_and_says_what_that_means(
    vault: OpenVault,
    vault_path: Path,
    with_thida: bytes,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.close()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(vault_path), "--user", "amara"]
    assert main(["remove-user", *base, "--name", "thida", "--no-rekey"]) == 0
    captured = capsys.readouterr()
    assert "Recovery key" not in captured.out
    assert "old copy of the key file still opens the vault" in captured.err
    old_key = KeyFile.from_bytes(with_thida).unlock_user("thida", THIDA).data_key
    assert opens_database(vault_path / "vault.db", old_key)
