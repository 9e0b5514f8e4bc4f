"""Office › Re-key the vault…: a removed user's old key file copy opens nothing afterwards."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asylum_desk.domain.enums import Role
from asylum_desk.security.recovery import parse_recovery_key
from asylum_desk.services import users
from asylum_desk.services.vault_access import unlock, unlock_with_recovery
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.rekey_dialog import NewRecoveryKeyDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import WAIT_MS, keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

LEAVER = "leaving colleague passphrase"


def test_rekey_after_removing_a_user_shuts_out_old_key_file_copies(
    qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path
) -> None:
    unlocked(qtbot, window)
    assert window.vault is not None
    assert window.office.rekey_action.isEnabled()  # the first user is an admin
    users.add_user(window.vault, "tomas", Role.CASEWORKER, LEAVER)
    old_copy = tmp_path / "old-copy"
    shutil.copytree(vault_path, old_copy)  # what the colleague might have kept
    users.remove_user(window.vault, "tomas")
    shown: list[str] = []
    window.ask_rekey = lambda: True  # type: ignore[method-assign]
    window.show_new_recovery_key = lambda key, code: shown.append(key)  # type: ignore[method-assign]
    window.office.rekey_action.trigger()
    assert window.vault is None  # locked while re-keying
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    assert "Re-keyed" in window.statusBar().currentMessage()
    # The old key file with the removed colleague's slot opens nothing in the vault now.
    shutil.copy(old_copy / "vault.key", vault_path / "vault.key.old")
    (vault_path / "vault.key").rename(vault_path / "vault.key.new")
    (vault_path / "vault.key.old").rename(vault_path / "vault.key")
    with pytest.raises(Exception):  # noqa: B017 - any refusal; never an open vault
        unlock(vault_path, "tomas", LEAVER).close()
    (vault_path / "vault.key.new").replace(vault_path / "vault.key")
    # Everyone else keeps their passphrase; the new recovery key works.
    unlock(vault_path, "amara", PASSPHRASE).close()
    parse_recovery_key(shown[0])
    unlock_with_recovery(vault_path, "amara", shown[0], "a new passphrase for amara").close()


def test_new_recovery_key_dialog_closes_only_once_the_key_is_kept(qtbot: QtBot) -> None:
    dialog = NewRecoveryKeyDialog("ABCDE-" * 12 + "ABCDE", "CPH")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.done_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()  # Escape does not lose the key
    dialog.page.confirm_checkbox.setChecked(True)
    assert dialog.done_button.isEnabled()
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.recovery_key == ""
