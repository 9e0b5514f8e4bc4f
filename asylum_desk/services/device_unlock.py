""""Remember on this device": unlock without typing, through the OS keyring when it is secure.

Off by default. Without a secure keyring (a headless Linux machine, a plaintext backend) the
vault works with passphrases alone; a stale remembered secret is forgotten and the caller
falls back to asking for the passphrase. It never creates a key.
"""

from __future__ import annotations

from pathlib import Path

from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.security.errors import (
    KeyringUnavailableError,
    StaleDeviceSecretError,
    UnknownUserError,
)
from asylum_desk.security.keyfile import KeyFile
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import finish_interrupted_rekey, open_database
from asylum_desk.storage.vault_files import existing_vault


def remember_on_device(vault: OpenVault, passphrase: str, cache: DeviceKeyCache) -> None:
    """Keep the signed-in user's slot secret in the keyring (asks the passphrase again)."""
    if not cache.is_available():
        raise KeyringUnavailableError(cache.unavailable_reason())
    slot = vault.key_store.read().unlock_user(vault.username, passphrase)
    cache.remember(vault.vault_id, slot.slot_id, slot.private_key)
    with vault.transaction() as session:
        vault.audit(session, "remember_device", "user")


def forget_on_device(path: Path, username: str, cache: DeviceKeyCache) -> None:
    """Delete the remembered secret of ``username`` for this vault, if any (never raises)."""
    try:
        key_file = KeyFile.read(existing_vault(path).key_file)
        cache.forget(key_file.vault_id, key_file.slot_id_for(username))
    except Exception:  # noqa: BLE001 - forgetting must never stop a lock
        return


def unlock_remembered(path: Path, username: str, cache: DeviceKeyCache) -> OpenVault | None:
    """Open the vault with the remembered secret; None means "ask for the passphrase"."""
    files = existing_vault(path)
    key_file = KeyFile.read(files.key_file)
    if not key_file.has_user(username):
        raise UnknownUserError(username)
    slot_id = key_file.slot_id_for(username)
    secret = cache.recall(key_file.vault_id, slot_id)
    if secret is None:
        return None
    try:
        data_key = key_file.unlock_with_private_key(slot_id, secret)
    except StaleDeviceSecretError:
        cache.forget(key_file.vault_id, slot_id)
        return None
    data_key = finish_interrupted_rekey(
        files, data_key, lambda pending: pending.unlock_with_private_key(slot_id, secret)
    )
    return open_database(files, key_file.vault_id, data_key, username, check_integrity=True)
