"""Promises 6, 7, 8, 15: failures to unlock say what is wrong and change nothing on disk.

The one file a failed attempt may write is ``vault.attempts`` (a count and a time, see
tests/security/test_unlock_attempts.py); the database and key file keep bytes and mtime.
"""

import hashlib
import os
from pathlib import Path

import pytest

from asylum_desk.cli import main
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.vault_files import ATTEMPTS_FILE_NAME
from tests.conftest import PASSPHRASE, canary_case


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
    }


def only_attempts_changed(folder: Path, before: dict[str, tuple[str, int]]) -> bool:
    """Every file but the attempts file has the same bytes and mtime; no other new file."""
    after = snapshot(folder)
    after.pop(ATTEMPTS_FILE_NAME, None)
    before = dict(before)
    before.pop(ATTEMPTS_FILE_NAME, None)
    return after == before


@pytest.fixture
def closed_vault(vault: OpenVault, vault_path: Path) -> Path:
    CaseService(vault).create_case(canary_case())
    vault.close()
    return vault_path


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    vault: Path,
    user: str = "amara",
    passphrase: str = PASSPHRASE,
) -> tuple[int, str]:
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", passphrase)
    code = main(["search", "--vault", str(vault), "--user", user, "Applicant"])
    err = capsys.readouterr().err
    return code, err


def test_wrong_passphrase_changes_nothing(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(closed_vault)
    code, err = run(capsys, monkeypatch, closed_vault, passphrase="not the passphrase")
    assert code == 3
    assert err.strip() == "asylum-desk: The passphrase is not correct for user 'amara'."
    assert only_attempts_changed(closed_vault, before)
    assert set(snapshot(closed_vault)) - set(before) == {ATTEMPTS_FILE_NAME}


def test_unknown_user_changes_nothing(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(closed_vault)
    code, err = run(capsys, monkeypatch, closed_vault, user="mallory")
    assert code == 3
    assert "no user 'mallory'" in err
    assert len(err.strip().splitlines()) == 1
    assert only_attempts_changed(closed_vault, before)
    assert b"mallory" not in (closed_vault / ATTEMPTS_FILE_NAME).read_bytes()


def test_missing_vault_is_never_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, err = run(capsys, monkeypatch, tmp_path / "nowhere")
    assert code == 5
    assert "There is no vault at" in err
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("content", [b"", b"hello, I am a shopping list\n", os.urandom(4096)])
def test_a_file_that_is_not_a_vault(
    tmp_path: Path,
    content: bytes,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    code, err = run(capsys, monkeypatch, path)
    assert code == 5
    assert "is not an Asylum Desk vault" in err
    assert path.read_bytes() == content


def test_a_folder_that_is_not_a_vault(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "photos").mkdir()
    code, err = run(capsys, monkeypatch, tmp_path / "photos")
    assert code == 5
    assert "is not an Asylum Desk vault" in err
    assert list((tmp_path / "photos").iterdir()) == []


@pytest.mark.parametrize("keep", [0, 100, 4096, 9000])
def test_truncated_database_is_reported_as_damaged(
    closed_vault: Path,
    keep: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = closed_vault / "vault.db"
    database.write_bytes(database.read_bytes()[:keep])
    before = snapshot(closed_vault)
    code, err = run(capsys, monkeypatch, closed_vault)
    assert code == 5
    assert "damaged" in err
    assert "passphrase" not in err
    assert snapshot(closed_vault) == before


@pytest.mark.parametrize("offset", [0, 17, 1000, 4096 + 50, -100])
def test_one_flipped_byte_in_the_database_is_reported_as_damaged(
    closed_vault: Path,
    offset: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = closed_vault / "vault.db"
    data = bytearray(database.read_bytes())
    data[offset] ^= 0x01
    database.write_bytes(bytes(data))
    before = snapshot(closed_vault)
    code, err = run(capsys, monkeypatch, closed_vault)
    assert code == 5
    assert "damaged" in err
    assert snapshot(closed_vault) == before


def test_one_flipped_byte_in_the_key_file_never_leads_to_a_new_key(
    closed_vault: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = closed_vault / "vault.key"
    original = key_file.read_bytes()
    for offset in range(0, len(original), max(1, len(original) // 40)):
        data = bytearray(original)
        data[offset] ^= 0x04
        key_file.write_bytes(bytes(data))
        before = snapshot(closed_vault)
        code, err = run(capsys, monkeypatch, closed_vault)
        assert code in (3, 5), err
        assert only_attempts_changed(closed_vault, before)
        # a slot that no longer opens counts as a failed attempt; start each flip afresh
        (closed_vault / ATTEMPTS_FILE_NAME).unlink(missing_ok=True)
    key_file.write_bytes(original)
    assert run(capsys, monkeypatch, closed_vault)[0] == 0
