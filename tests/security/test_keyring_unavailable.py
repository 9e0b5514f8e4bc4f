"""Promises 16–18: without a secure keyring everything works with passphrases."""

from pathlib import Path

import pytest
from keyring.backends import fail

from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.security.errors import KeyringUnavailableError
from asylum_desk.services import users
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.device_unlock import (
    forget_on_device,
    remember_on_device,
    unlock_remembered,
)
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from tests.conftest import PASSPHRASE, canary_case
from tests.keyring_doubles import InMemoryKeyring


def test_with_the_fail_backend_passphrases_still_work(vault: OpenVault, vault_path: Path) -> None:
    number = CaseService(vault).create_case(canary_case())
    cache = DeviceKeyCache(fail.Keyring())
    assert not cache.is_available()
    with pytest.raises(KeyringUnavailableError, match="unlock with your passphrase"):
        remember_on_device(vault, PASSPHRASE, cache)
    vault.close()
    assert unlock_remembered(vault_path, "amara", cache) is None
    forget_on_device(vault_path, "amara", cache)
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        assert CaseService(reopened).get_case(number).case_number == number


def test_remembered_secret_unlocks_and_goes_stale_after_passwd(
    vault: OpenVault, vault_path: Path
) -> None:
    memory = InMemoryKeyring()
    cache = DeviceKeyCache(memory, allow_backend_for_tests=True)
    remember_on_device(vault, PASSPHRASE, cache)
    assert memory.store
    assert all(PASSPHRASE not in value for value in memory.store.values())
    vault.close()
    remembered = unlock_remembered(vault_path, "amara", cache)
    assert remembered is not None
    with remembered:
        users.change_passphrase(remembered, "a completely new passphrase")
    assert unlock_remembered(vault_path, "amara", cache) is None
    assert not memory.store  # the stale secret was forgotten, no new key was made
    unlock(vault_path, "amara", "a completely new passphrase").close()


def test_forget_removes_the_secret(vault: OpenVault, vault_path: Path) -> None:
    memory = InMemoryKeyring()
    cache = DeviceKeyCache(memory, allow_backend_for_tests=True)
    remember_on_device(vault, PASSPHRASE, cache)
    vault.close()
    forget_on_device(vault_path, "amara", cache)
    assert not memory.store
    assert unlock_remembered(vault_path, "amara", cache) is None
