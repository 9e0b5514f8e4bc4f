"""Backups and restore: round trip, replaced vault kept aside, consistency, atomic writes."""

from __future__ import annotations

import errno
import os
import shutil
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from asylum_desk.domain.enums import Role
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services import backup, users
from asylum_desk.services.backup import (
    BackupConflictError,
    BackupFileError,
    BackupUnknownUserError,
    BackupWrongPassphraseError,
    describe_backup,
    last_backup_time,
    take_backup,
    write_backup_file,
)
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.restore import discard_replaced, replaced_vaults, restore_backup
from asylum_desk.services.vault_access import unlock
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.engine import open_raw_connection
from asylum_desk.storage.migrate import current_revision, head_revision
from asylum_desk.storage.tables import AuditEventRow, Setting
from asylum_desk.storage.vault_files import VaultFiles
from tests.conftest import PASSPHRASE, canary_case

pytestmark = pytest.mark.vault_file_only  # about the vault folder's files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase"
OTHER_PASSPHRASE = "someone else entirely here"


def tree(folder: Path) -> dict[str, tuple[bytes, int] | None]:
    """Every file and folder under ``folder`` with its bytes and modification time."""
    found: dict[str, tuple[bytes, int] | None] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        found[key] = (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else None
    return found


def case_numbers(vault: OpenVault) -> list[str]:
    return sorted(summary.case_number for summary in CaseService(vault).search("Applicant"))


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_round_trip_into_a_new_folder(vault: OpenVault, usb: Path, tmp_path: Path) -> None:
    service = CaseService(vault)
    numbers = [service.create_case(canary_case()) for _ in range(3)]
    info = take_backup(vault, usb / "office.adbackup")
    assert info.path == usb / "office.adbackup"
    assert info.vault_id == vault.vault_id
    assert info.schema_revision == head_revision()
    assert abs(info.taken_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert info.size == (usb / "office.adbackup").stat().st_size
    assert describe_backup(usb / "office.adbackup") == info
    assert sorted(path.name for path in usb.iterdir()) == ["office.adbackup"]  # no leftovers
    assert (usb / "office.adbackup").stat().st_mode & 0o777 == 0o600

    result = restore_backup(usb / "office.adbackup", tmp_path / "restored", "amara", PASSPHRASE)
    assert result.vault == tmp_path / "restored"
    assert result.replaced is None
    assert result.migrated_from is None
    assert result.backup == info
    with unlock(tmp_path / "restored", "amara", PASSPHRASE) as restored:
        assert restored.vault_id == vault.vault_id
        assert verify_vault(restored).ok
        restored_service = CaseService(restored)
        for number in numbers:
            assert restored_service.get_case(number) == service.get_case(number)
    names = {path.name for path in (tmp_path / "restored").iterdir()}
    assert {"vault.db", "vault.key"} <= names
    assert not {name for name in names if name.endswith(("-wal", "-shm", "-journal", ".tmp"))}
    assert not [path for path in tmp_path.iterdir() if ".restoring-" in path.name]


def test_the_backup_is_recorded_without_personal_data(vault: OpenVault, usb: Path) -> None:
    CaseService(vault).create_case(canary_case())
    assert last_backup_time(vault) is None
    before = datetime.now(UTC)
    info = take_backup(vault, usb / "b.adbackup")
    with vault.transaction() as session:
        event = session.scalars(select(AuditEventRow).where(AuditEventRow.action == "backup")).one()
    assert (event.entity, event.case_number, event.actor) == ("vault", None, "amara")
    assert event.detail == f"file_sha256={info.sha256} bytes={info.size}"
    when = last_backup_time(vault)
    assert when is not None and before - timedelta(seconds=1) <= when <= datetime.now(UTC)


def test_after_a_restore_the_restored_backup_counts_as_the_last(
    vault: OpenVault, usb: Path, tmp_path: Path
) -> None:
    info = take_backup(vault, usb / "b.adbackup")
    restore_backup(usb / "b.adbackup", tmp_path / "restored", "amara", PASSPHRASE)
    with unlock(tmp_path / "restored", "amara", PASSPHRASE) as restored:
        assert last_backup_time(restored) == info.taken_at
        with restored.transaction() as session:
            actions = session.scalars(select(AuditEventRow.action).order_by(AuditEventRow.id)).all()
        assert "restore" in actions and "backup" not in actions


def test_restore_over_the_vault_keeps_the_old_one_aside(
    vault: OpenVault, vault_path: Path, usb: Path
) -> None:
    service = CaseService(vault)
    kept = service.create_case(canary_case())
    take_backup(vault, usb / "b.adbackup")
    later = service.create_case(canary_case())
    vault.close()
    before = tree(vault_path)

    result = restore_backup(usb / "b.adbackup", vault_path, "amara", PASSPHRASE)
    assert result.replaced is not None
    assert result.replaced.parent == vault_path.parent
    assert result.replaced.name.startswith("office-vault.replaced-")
    assert tree(result.replaced) == before  # the replaced vault, byte for byte
    assert replaced_vaults(vault_path) == [result.replaced]

    with unlock(vault_path, "amara", PASSPHRASE) as restored:
        assert case_numbers(restored) == [kept]
        assert verify_vault(restored).ok
    with unlock(result.replaced, "amara", PASSPHRASE) as old:  # still a working vault
        assert case_numbers(old) == sorted([kept, later])

    with unlock(vault_path, "amara", PASSPHRASE) as restored:
        assert discard_replaced(restored) == [result.replaced]
        assert not result.replaced.exists()
        assert discard_replaced(restored) == []
    assert replaced_vaults(vault_path) == []


def test_two_restores_keep_two_replaced_vaults(
    vault: OpenVault, vault_path: Path, usb: Path
) -> None:
    take_backup(vault, usb / "b.adbackup")
    vault.close()
    first = restore_backup(usb / "b.adbackup", vault_path, "amara", PASSPHRASE).replaced
    second = restore_backup(usb / "b.adbackup", vault_path, "amara", PASSPHRASE).replaced
    assert first is not None and second is not None and first != second
    assert replaced_vaults(vault_path) == sorted([first, second])


def test_restore_into_an_empty_folder(vault: OpenVault, usb: Path, tmp_path: Path) -> None:
    take_backup(vault, usb / "b.adbackup")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert restore_backup(usb / "b.adbackup", empty, "amara", PASSPHRASE).replaced is None
    with unlock(empty, "amara", PASSPHRASE) as restored:
        assert verify_vault(restored).ok


def test_a_vault_with_a_damaged_key_file_is_replaced_and_kept(
    vault: OpenVault, vault_path: Path, usb: Path
) -> None:
    take_backup(vault, usb / "b.adbackup")
    vault.close()
    (vault_path / "vault.key").write_bytes(b"garbage")
    before = tree(vault_path)
    result = restore_backup(usb / "b.adbackup", vault_path, "amara", PASSPHRASE)
    assert result.replaced is not None and tree(result.replaced) == before
    with unlock(vault_path, "amara", PASSPHRASE) as restored:
        assert verify_vault(restored).ok


@pytest.mark.parametrize("passphrase,user", [(OTHER_PASSPHRASE, "amara"), (PASSPHRASE, "nobody")])
def test_wrong_passphrase_or_user_changes_nothing(
    vault: OpenVault, vault_path: Path, usb: Path, tmp_path: Path, passphrase: str, user: str
) -> None:
    take_backup(vault, usb / "b.adbackup")
    vault.close()
    before = tree(tmp_path)
    expected = BackupWrongPassphraseError if user == "amara" else BackupUnknownUserError
    with pytest.raises(expected) as raised:
        restore_backup(usb / "b.adbackup", vault_path, user, passphrase)
    assert "in this backup" in str(raised.value)
    with pytest.raises(expected):
        restore_backup(usb / "b.adbackup", tmp_path / "new", user, passphrase)
    assert tree(tmp_path) == before


def test_a_backup_opens_with_the_passphrase_of_its_time(
    vault: OpenVault, vault_path: Path, usb: Path, tmp_path: Path
) -> None:
    take_backup(vault, usb / "b.adbackup")
    users.change_passphrase(vault, OTHER_PASSPHRASE)
    with pytest.raises(BackupWrongPassphraseError):
        restore_backup(usb / "b.adbackup", tmp_path / "new", "amara", OTHER_PASSPHRASE)
    restore_backup(usb / "b.adbackup", tmp_path / "new", "amara", PASSPHRASE)


def test_replacing_a_vault_needs_an_administrator(
    vault: OpenVault, vault_path: Path, usb: Path, tmp_path: Path
) -> None:
    users.add_user(vault, "tun", Role.CASEWORKER, OTHER_PASSPHRASE)
    take_backup(vault, usb / "b.adbackup")
    vault.close()
    before = tree(tmp_path)
    with pytest.raises(PermissionDeniedError):
        restore_backup(usb / "b.adbackup", vault_path, "tun", OTHER_PASSPHRASE)
    assert tree(tmp_path) == before
    # Into a new folder (the laptop was lost), any user of the backup may restore.
    restore_backup(usb / "b.adbackup", tmp_path / "new", "tun", OTHER_PASSPHRASE)
    with unlock(tmp_path / "new", "tun", OTHER_PASSPHRASE) as restored:
        assert restored.role is Role.CASEWORKER
        with pytest.raises(PermissionDeniedError):
            discard_replaced(restored)


def test_restore_refuses_another_vault_a_file_or_a_folder_of_other_things(
    vault: OpenVault, usb: Path, tmp_path: Path
) -> None:
    take_backup(vault, usb / "b.adbackup")
    from asylum_desk.services.vault_access import create_vault

    other = create_vault(
        tmp_path / "other-office",
        office_code="AIZ",
        office_name="Aizawl",
        username="amara",
        passphrase=PASSPHRASE,
    )
    other.vault.close()
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("buy tea")
    (tmp_path / "a-file").write_text("x")
    before = tree(tmp_path)
    for target in (tmp_path / "other-office", tmp_path / "notes", tmp_path / "a-file"):
        with pytest.raises(BackupConflictError):
            restore_backup(usb / "b.adbackup", target, "amara", PASSPHRASE)
    with pytest.raises(ValueError, match="does not exist"):
        restore_backup(usb / "b.adbackup", tmp_path / "no" / "such", "amara", PASSPHRASE)
    assert tree(tmp_path) == before


def test_a_missing_or_foreign_backup_file_is_refused(vault: OpenVault, tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"x" * 5000)
    before = tree(tmp_path)
    with pytest.raises(BackupFileError, match="Cannot read the backup"):
        restore_backup(tmp_path / "absent.adbackup", tmp_path / "new", "amara", PASSPHRASE)
    with pytest.raises(BackupFileError, match="not an Asylum Desk backup"):
        restore_backup(tmp_path / "photo.jpg", tmp_path / "new", "amara", PASSPHRASE)
    assert tree(tmp_path) == before


# ----------------------------------------------------------------------- consistency


def test_backup_while_another_connection_holds_an_open_write_transaction(
    vault: OpenVault, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = CaseService(vault).create_case(canary_case())
    writer = open_raw_connection(vault.files.database, vault.data_key)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO settings (key, value) VALUES ('probe', 'not yet committed')")
    snapshot_taken = threading.Event()
    real_snapshot = backup.snapshot_database

    def snapshot_then_signal(source: Path, data_key: bytes, target: Path) -> None:
        real_snapshot(source, data_key, target)
        snapshot_taken.set()

    def commit_after_snapshot() -> None:
        snapshot_taken.wait(30)
        time.sleep(1.0)  # the backup now waits for the write lock to record its event
        writer.execute("COMMIT")

    monkeypatch.setattr(backup, "snapshot_database", snapshot_then_signal)
    committer = threading.Thread(target=commit_after_snapshot)
    committer.start()
    try:
        take_backup(vault, usb / "b.adbackup")
    finally:
        committer.join()
        writer.close()
    with vault.transaction() as session:
        assert session.get(Setting, "probe") is not None
    restore_backup(usb / "b.adbackup", tmp_path / "restored", "amara", PASSPHRASE)
    with unlock(tmp_path / "restored", "amara", PASSPHRASE) as restored:
        with restored.transaction() as session:
            assert session.get(Setting, "probe") is None  # not committed when taken
        assert CaseService(restored).get_case(number).applicant.anonymity.requested
        assert verify_vault(restored).ok


def test_backup_includes_commits_still_in_the_write_ahead_log(
    vault: OpenVault, usb: Path, tmp_path: Path
) -> None:
    service = CaseService(vault)
    with vault.engine.connect() as reader:  # an open connection keeps the log on disk
        reader.exec_driver_sql("SELECT count(*) FROM settings").fetchone()
        numbers = [service.create_case(canary_case()) for _ in range(2)]
        wal = vault.files.sidecars[0]
        assert wal.exists() and wal.stat().st_size > 0
        take_backup(vault, usb / "b.adbackup")
    restore_backup(usb / "b.adbackup", tmp_path / "restored", "amara", PASSPHRASE)
    with unlock(tmp_path / "restored", "amara", PASSPHRASE) as restored:
        assert case_numbers(restored) == numbers
        assert verify_vault(restored).ok


# ----------------------------------------------------------------------- atomic writes


def _good_backup(vault: OpenVault, usb: Path) -> tuple[Path, dict[str, tuple[bytes, int] | None]]:
    CaseService(vault).create_case(canary_case())
    take_backup(vault, usb / "b.adbackup")
    CaseService(vault).create_case(canary_case())  # the next backup would differ
    return usb / "b.adbackup", tree(usb)


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_failing_rename_leaves_the_earlier_backup(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = _good_backup(vault, usb)
    when = last_backup_time(vault)
    monkeypatch.setattr(os, "replace", _no_space)
    with pytest.raises(OSError) as raised:
        take_backup(vault, path)
    assert raised.value.errno == errno.ENOSPC
    assert tree(usb) == before  # same bytes, same time, no temporary files left
    assert last_backup_time(vault) == when  # no event for a backup that was not written


def test_a_disk_full_mid_write_leaves_the_earlier_backup(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = _good_backup(vault, usb)
    real_write = backup._HashingWriter.write
    calls = {"n": 0}

    def write_until_full(self: backup._HashingWriter, data: bytes, *, mac: bool = True) -> None:
        calls["n"] += 1
        if calls["n"] == 4:  # the header and key file are out, the database is half written
            self.handle.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(self, data, mac=mac)

    monkeypatch.setattr(backup._HashingWriter, "write", write_until_full)
    with pytest.raises(OSError):
        take_backup(vault, path)
    assert calls["n"] == 4
    assert tree(usb) == before


def test_an_exception_during_the_snapshot_leaves_the_earlier_backup(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, before = _good_backup(vault, usb)

    def broken(source: Path, data_key: bytes, target: Path) -> None:
        target.write_bytes(b"half a database")
        raise RuntimeError("stopped")

    monkeypatch.setattr(backup, "snapshot_database", broken)
    with pytest.raises(RuntimeError):
        take_backup(vault, path)
    assert tree(usb) == before


def test_a_backup_that_does_not_read_back_is_not_put_in_place(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bad medium: the bytes read back differ from the bytes written."""
    path, before = _good_backup(vault, usb)
    real = backup._write_container

    def write_then_rot(handle, header, key_bytes, image, data_key):  # type: ignore[no-untyped-def]
        real(handle, header, key_bytes, image, data_key)
        position = handle.tell() - 5000  # inside the database image
        byte = os.pread(handle.fileno(), 1, position)
        os.pwrite(handle.fileno(), bytes([byte[0] ^ 0x10]), position)

    monkeypatch.setattr(backup, "_write_container", write_then_rot)
    with pytest.raises(BackupFileError, match="damaged or incomplete"):
        take_backup(vault, path)
    assert tree(usb) == before


def test_backup_destination_is_checked_first(vault: OpenVault, vault_path: Path, usb: Path) -> None:
    (usb / "letter.txt").write_text("not a backup")
    before, vault_before = tree(usb), sorted(p.name for p in vault_path.iterdir())
    with pytest.raises(BackupConflictError):
        take_backup(vault, usb / "letter.txt")
    with pytest.raises(ValueError, match="outside the vault folder"):
        take_backup(vault, vault_path / "inside.adbackup")
    with pytest.raises(ValueError, match="does not exist"):
        take_backup(vault, usb / "missing" / "b.adbackup")
    with pytest.raises(ValueError, match="is a folder"):
        take_backup(vault, usb)
    assert tree(usb) == before
    assert sorted(p.name for p in vault_path.iterdir()) == vault_before
    assert last_backup_time(vault) is None


# ----------------------------------------------------------------------- old schemas


def fixture_vaults() -> list[Path]:
    return sorted(FIXTURES.glob("vault-schema-*"))


@pytest.mark.parametrize("fixture", fixture_vaults(), ids=lambda path: path.name)
def test_a_backup_of_an_older_schema_is_migrated_on_restore(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copytree(fixture, copy)
    key_file = KeyFile.read(copy / "vault.key")
    data_key = key_file.unlock_user("fixture", FIXTURE_PASSPHRASE).data_key
    old_revision = fixture.name.removeprefix("vault-schema-")
    # A backup as the version of that schema would have taken it (the vault is not opened,
    # so it is not migrated first).
    info = write_backup_file(VaultFiles(copy), key_file.vault_id, data_key, tmp_path / "old.bak")
    assert info.schema_revision == old_revision
    assert tree(copy) == tree(fixture)

    result = restore_backup(
        tmp_path / "old.bak", tmp_path / "restored", "fixture", FIXTURE_PASSPHRASE
    )
    assert result.migrated_from == (None if old_revision == head_revision() else old_revision)
    with unlock(tmp_path / "restored", "fixture", FIXTURE_PASSPHRASE) as restored:
        assert current_revision(restored.engine) == head_revision()
        assert verify_vault(restored).ok
        case = CaseService(restored).get_case("FIX-2026-0001")
        assert case.applicant.anonymity.requested


def test_a_backup_the_busy_vault_could_not_log_says_so(
    vault: OpenVault, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    def locked(*args: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(backup, "_record", locked)
    with pytest.raises(backup.BackupNotRecordedError, match="written and checked"):
        take_backup(vault, usb / "b.adbackup")
    assert describe_backup(usb / "b.adbackup").vault_id == vault.vault_id


def test_a_backup_restores_with_the_recovery_key_of_its_time(tmp_path: Path, usb: Path) -> None:
    from asylum_desk.security.errors import RecoveryKeyTypoError, WrongRecoveryKeyError
    from asylum_desk.services.vault_access import create_vault, unlock_with_recovery

    created = create_vault(
        tmp_path / "v", office_code="CPH", office_name="x", username="amara", passphrase=PASSPHRASE
    )
    with created.vault as vault:
        number = CaseService(vault).create_case(canary_case())
        take_backup(vault, usb / "b.adbackup")
        new_recovery = users.rekey(vault)  # the old recovery key stops opening the vault
    before = tree(tmp_path)
    for wrong, error in [
        (new_recovery, WrongRecoveryKeyError),
        (created.recovery_key[:-1] + "?", RecoveryKeyTypoError),
    ]:
        with pytest.raises(error):
            restore_backup(usb / "b.adbackup", tmp_path / "new", "amara", recovery_key=wrong)
    with pytest.raises(BackupUnknownUserError):
        restore_backup(
            usb / "b.adbackup", tmp_path / "new", "nobody", recovery_key=created.recovery_key
        )
    assert tree(tmp_path) == before

    restore_backup(usb / "b.adbackup", tmp_path / "new", "amara", recovery_key=created.recovery_key)
    with unlock_with_recovery(
        tmp_path / "new", "amara", created.recovery_key, OTHER_PASSPHRASE
    ) as restored:
        assert CaseService(restored).get_case(number).applicant.anonymity.requested
    with pytest.raises(ValueError):
        restore_backup(usb / "b.adbackup", tmp_path / "x", "amara")
