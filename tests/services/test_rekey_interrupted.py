"""A rekey stopped at any step leaves a vault that opens with every passphrase."""

import os
from pathlib import Path

import pytest

from asylum_desk.services import users
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import pending_key_path, unlock
from asylum_desk.services.verification import verify_vault
from tests.conftest import PASSPHRASE, canary_case

pytestmark = pytest.mark.vault_file_only  # about the vault folder's files


class Stop(Exception):
    pass


def _stop(*args: object, **kwargs: object) -> None:
    raise Stop


def _reopens(vault_path: Path, number: str) -> None:
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        assert verify_vault(reopened).ok
        assert CaseService(reopened).get_case(number).applicant.anonymity.pseudonym == "Applicant K"
    assert not pending_key_path(reopened.files).exists()


def test_stopped_before_the_database_was_re_encrypted(
    vault: OpenVault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = CaseService(vault).create_case(canary_case())
    with monkeypatch.context() as patch, pytest.raises(Stop):
        patch.setattr(users, "create_vault_engine", _stop)
        users.rekey(vault)
    assert pending_key_path(vault.files).exists()
    _reopens(vault_path, number)


def test_stopped_after_the_database_was_re_encrypted(
    vault: OpenVault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = CaseService(vault).create_case(canary_case())
    old_key_file = (vault_path / "vault.key").read_bytes()
    real_replace = os.replace
    pending = pending_key_path(vault.files)

    def replace_unless_pending(source: object, target: object) -> None:
        if Path(str(source)) == pending:
            raise Stop  # the database is re-encrypted; the new key file is not in place
        real_replace(source, target)  # type: ignore[arg-type]

    with monkeypatch.context() as patch, pytest.raises(Stop):
        patch.setattr(os, "replace", replace_unless_pending)
        users.rekey(vault)
    assert pending.exists()
    assert (vault_path / "vault.key").read_bytes() == old_key_file
    _reopens(vault_path, number)
    assert (vault_path / "vault.key").read_bytes() != old_key_file
