"""`asylum-desk backup` and `restore` end to end: outputs, exit codes, one-line errors."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from asylum_desk.cli import main
from asylum_desk.domain.enums import Role
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services import users
from asylum_desk.services.backup import write_backup_file
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import create_vault
from asylum_desk.storage.vault_files import VaultFiles
from tests.conftest import PASSPHRASE, canary_case

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_PASSPHRASE = "fixture vault passphrase"


class Office:
    """A closed vault with two canary cases, a USB folder, and a way to run the CLI."""

    def __init__(
        self, root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        self.root = root
        self.vault = root / "office-vault"
        self.usb = root / "usb"
        self.usb.mkdir()
        self.backup = self.usb / "office.adbackup"
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        created = create_vault(
            self.vault,
            office_code="CPH",
            office_name="Champhai field office",
            username="amara",
            passphrase=PASSPHRASE,
        )
        with created.vault as vault:
            service = CaseService(vault)
            self.numbers = [service.create_case(canary_case()) for _ in range(2)]
            users.add_user(vault, "tun", Role.CASEWORKER, "caseworker passphrase")

    def run(self, *argv: str, passphrase: str | None = PASSPHRASE) -> tuple[int, str, str]:
        if passphrase is None:
            self.monkeypatch.delenv("ASYLUM_DESK_PASSPHRASE", raising=False)
        else:
            self.monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", passphrase)
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def take_backup(self) -> None:
        code, _, err = self.run(
            "backup", "--vault", str(self.vault), "--user", "amara", "--out", str(self.backup)
        )
        assert code == 0, err

    def restore(self, target: Path, *extra: str, **kwargs: str | None) -> tuple[int, str, str]:
        return self.run("restore", "--vault", str(target), "--user", "amara", *extra, **kwargs)

    def state(self) -> dict[str, tuple[bytes, int] | None]:
        return {
            str(path.relative_to(self.root)): (
                (path.read_bytes(), path.stat().st_mtime_ns) if path.is_file() else None
            )
            for path in sorted(self.root.rglob("*"))
        }


@pytest.fixture
def office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Office:
    return Office(tmp_path, capsys, monkeypatch)


def one_line_error(err: str) -> str:
    assert err.startswith("asylum-desk: ")
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_help_lists_backup_and_restore(office: Office) -> None:
    code, out, _ = office.run("--help")
    assert code == 0 and "backup" in out and "restore" in out
    code, out, _ = office.run("restore", "--help")
    assert code == 0 and "--discard-replaced" in out


def test_backup_then_restore_into_a_new_folder(office: Office) -> None:
    code, out, err = office.run(
        "backup", "--vault", str(office.vault), "--user", "amara", "--out", str(office.backup)
    )
    assert code == 0, err
    assert f"Wrote the backup {office.backup}" in out and "SHA-256" in out
    assert "every page checked" in out

    new = office.root / "laptop-2"
    code, out, err = office.restore(new, str(office.backup))
    assert code == 0, err
    assert out.startswith("Restored the backup taken ")
    assert "kept" not in out
    code, out, err = office.run("verify", "--vault", str(new), "--user", "amara")
    assert code == 0, err
    assert "2 cases" in out
    code, out, _ = office.run("search", "--vault", str(new), "--user", "amara", "Applicant")
    assert sorted(line.split("\t")[0] for line in out.splitlines()) == office.numbers


def test_restore_over_the_vault_keeps_it_aside_until_discarded(office: Office) -> None:
    office.take_backup()
    code, out, err = office.restore(office.vault, str(office.backup))
    assert code == 0, err
    [aside] = list(office.root.glob("office-vault.replaced-*"))
    assert f"kept, unchanged, in {aside}" in out
    assert "Deleting it is your choice" in out
    assert f"--vault {office.vault} --user amara --discard-replaced" in out
    assert (aside / "vault.db").is_file() and (aside / "vault.key").is_file()

    code, out, err = office.restore(office.vault, "--discard-replaced")
    assert code == 0, err
    assert out == f"Deleted {aside}.\n"
    assert not aside.exists()
    code, out, _ = office.restore(office.vault, "--discard-replaced")
    assert code == 0 and out.startswith("No replaced vault is kept beside")


def test_wrong_passphrase_exits_3_and_changes_nothing(office: Office) -> None:
    office.take_backup()
    before = office.state()
    for target in (office.vault, office.root / "new"):
        code, out, err = office.restore(target, str(office.backup), passphrase="not the one at all")
        assert code == 3 and out == ""
        assert "passphrase is not correct for user 'amara' in this backup" in one_line_error(err)
    assert office.state() == before


def test_a_caseworker_cannot_replace_the_vault(office: Office) -> None:
    office.take_backup()
    before = office.state()
    code, _, err = office.run(
        "restore",
        "--vault",
        str(office.vault),
        "--user",
        "tun",
        str(office.backup),
        passphrase="caseworker passphrase",
    )
    assert code == 3
    assert "needs: admin" in one_line_error(err)
    assert office.state() == before


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "foreign"])
def test_a_damaged_backup_exits_4_and_changes_nothing(office: Office, damage: str) -> None:
    office.take_backup()
    data = bytearray(office.backup.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        del data[-1000:]
    elif damage == "empty":
        data.clear()
    else:
        data[:16] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n\n\n"
    office.backup.write_bytes(bytes(data))
    before = office.state()
    for target in (office.vault, office.root / "new"):
        code, out, err = office.restore(target, str(office.backup))
        assert code == 4 and out == ""
        message = one_line_error(err)
        assert "nothing was changed" in message
        assert ("damaged" in message) or ("not an Asylum Desk backup" in message)
    assert office.state() == before


def test_a_missing_backup_file_exits_4(office: Office) -> None:
    code, _, err = office.restore(office.root / "new", str(office.usb / "absent.adbackup"))
    assert code == 4
    assert "Cannot read the backup" in one_line_error(err)
    assert not (office.root / "new").exists()


def test_restore_over_another_vault_exits_6(office: Office) -> None:
    office.take_backup()
    other = create_vault(
        office.root / "other",
        office_code="AIZ",
        office_name="Aizawl",
        username="amara",
        passphrase=PASSPHRASE,
    )
    other.vault.close()
    before = office.state()
    code, _, err = office.restore(office.root / "other", str(office.backup))
    assert code == 6
    assert "holds a different vault" in one_line_error(err)
    assert office.state() == before


@pytest.mark.parametrize(
    "argv",
    [["restore"], ["restore", "--discard-replaced", "FILE"]],
    ids=["nothing", "both"],
)
def test_restore_needs_a_file_or_discard_replaced(office: Office, argv: list[str]) -> None:
    args = [arg.replace("FILE", str(office.backup)) for arg in argv]
    code, _, err = office.run(*args[:1], "--vault", str(office.vault), "--user", "amara", *args[1:])
    assert code == 2
    one_line_error(err)


def test_no_passphrase_and_no_terminal_exits_2(office: Office) -> None:
    office.take_backup()
    before = office.state()
    code, _, err = office.restore(office.root / "new", str(office.backup), passphrase=None)
    assert code == 2
    assert "No passphrase given" in one_line_error(err)
    assert office.state() == before


def test_backup_output_is_checked_before_any_work(office: Office) -> None:
    (office.usb / "letter.txt").write_text("not a backup")
    before = office.state()
    for out, code in [
        (office.usb / "missing" / "b.adbackup", 2),
        (office.vault / "b.adbackup", 2),
        (office.usb / "letter.txt", 6),
    ]:
        got, _, err = office.run(
            "backup", "--vault", str(office.vault), "--user", "amara", "--out", str(out)
        )
        assert got == code, err
        one_line_error(err)
    assert office.state() == before


def test_a_full_disk_keeps_the_earlier_backup(office: Office) -> None:
    office.take_backup()
    earlier = office.backup.read_bytes()

    def no_space(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    office.monkeypatch.setattr(os, "replace", no_space)
    code, _, err = office.run(
        "backup", "--vault", str(office.vault), "--user", "amara", "--out", str(office.backup)
    )
    assert code == 1
    assert "No space left on device" in one_line_error(err)
    assert "nothing was changed" in err
    assert office.backup.read_bytes() == earlier
    assert sorted(path.name for path in office.usb.iterdir()) == ["office.adbackup"]


def test_an_old_schema_backup_is_brought_up_to_date(office: Office) -> None:
    copy = office.root / "old-laptop"
    shutil.copytree(FIXTURES / "vault-schema-0001", copy)
    key_file = KeyFile.read(copy / "vault.key")
    data_key = key_file.unlock_user("fixture", FIXTURE_PASSPHRASE).data_key
    old = office.usb / "old.adbackup"
    write_backup_file(VaultFiles(copy), key_file.vault_id, data_key, old)
    target = office.root / "restored"
    code, out, err = office.run(
        "restore",
        "--vault",
        str(target),
        "--user",
        "fixture",
        str(old),
        passphrase=FIXTURE_PASSPHRASE,
    )
    assert code == 0, err
    assert "older version (schema 0001)" in out
    code, out, err = office.run(
        "verify", "--vault", str(target), "--user", "fixture", passphrase=FIXTURE_PASSPHRASE
    )
    assert code == 0, err


def test_restore_with_the_recovery_key_then_recover(office: Office) -> None:
    created = create_vault(
        office.root / "v",
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    created.vault.close()
    key_path = office.root / "recovery.txt"
    key_path.write_text(created.recovery_key + "\n")
    code, _, err = office.run(
        "backup", "--vault", str(office.root / "v"), "--user", "amara", "--out", str(office.backup)
    )
    assert code == 0, err
    target = office.root / "restored"
    code, out, err = office.restore(
        target, str(office.backup), "--recovery-key-file", str(key_path), passphrase=None
    )
    assert code == 0, err
    assert f"asylum-desk recover --vault {target} --user amara" in out
    office.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", "a brand new passphrase")
    code, _, err = office.run(
        "recover",
        "--vault",
        str(target),
        "--user",
        "amara",
        "--recovery-key-file",
        str(key_path),
        passphrase=None,
    )
    assert code == 0, err
    code, _, err = office.run(
        "verify", "--vault", str(target), "--user", "amara", passphrase="a brand new passphrase"
    )
    assert code == 0, err


def test_a_wrong_recovery_key_exits_3(office: Office) -> None:
    office.take_backup()
    key_path = office.root / "recovery.txt"
    from asylum_desk.security.recovery import format_recovery_key, generate_recovery_key

    key_path.write_text(format_recovery_key(generate_recovery_key()))
    before = office.state()
    code, _, err = office.restore(
        office.root / "new", str(office.backup), "--recovery-key-file", str(key_path)
    )
    assert code == 3
    assert "does not open this backup" in one_line_error(err)
    assert office.state() == before
