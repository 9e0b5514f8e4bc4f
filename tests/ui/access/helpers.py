"""Shared pieces of the access-screen tests: an in-memory keyring and a closed vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import NewVault, create_vault

PASSPHRASE = "tea kettle under the mango tree"
WAIT_MS = 15_000


def create(path: Path, code: str, name: str, username: str, passphrase: str) -> NewVault:
    """The positional adapter the composition root gives the wizard."""
    return create_vault(
        path, office_code=code, office_name=name, username=username, passphrase=passphrase
    )


def closed_vault(path: Path) -> str:
    """Create a vault for 'amara' at ``path``, lock it, and return its recovery key."""
    new_vault = create(path, "CPH", "Champhai field office", "amara", PASSPHRASE)
    new_vault.vault.close()
    return new_vault.recovery_key


def close(vault: object) -> None:
    """Lock a vault a test opened."""
    assert isinstance(vault, OpenVault)
    vault.close()


# The offscreen platform says this whenever a shown window's size limits change; it is noise.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
