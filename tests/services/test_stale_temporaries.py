"""Temporaries an interrupted key-file write left behind are cleared at the next unlock."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from asylum_desk.services.vault_access import STALE_AFTER_S, unlock
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.vault_file_only  # about the vault folder's files


def test_old_temporaries_go_recent_ones_stay(vault_path: Path, vault: object) -> None:
    vault.close()  # type: ignore[attr-defined]
    old = vault_path / ".vault.key.x1y2z3.tmp"
    recent = vault_path / ".vault.key.a1b2c3.tmp"
    unrelated = vault_path / "notes.txt"
    for path in (old, recent, unrelated):
        path.write_bytes(b"{half a key file")
    long_ago = time.time() - STALE_AFTER_S - 60
    os.utime(old, (long_ago, long_ago))
    os.utime(unrelated, (long_ago, long_ago))
    unlock(vault_path, "amara", PASSPHRASE).close()
    assert not old.exists()
    assert recent.exists()  # may belong to a write running in another program
    assert unrelated.exists()
