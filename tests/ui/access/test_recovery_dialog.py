"""The recovery dialog names the group with a typo and sets a new passphrase with the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_desk.security.errors import WrongPassphraseError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock, unlock_with_recovery
from asylum_desk.ui.recovery_dialog import RecoveryDialog

from .helpers import OFFSCREEN_NOISE, PASSPHRASE, WAIT_MS, closed_vault

pytestmark = OFFSCREEN_NOISE

NEW_PASSPHRASE = "river stones and a blue umbrella"


def _dialog(qtbot: QtBot, folder: Path, calls: list[str] | None = None) -> RecoveryDialog:
    def recover(username: str, key: str, new_passphrase: str) -> OpenVault:
        if calls is not None:
            calls.append(username)
        return unlock_with_recovery(folder, username, key, new_passphrase)

    dialog = RecoveryDialog(recover, "amara")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(qtbot: QtBot, dialog: RecoveryDialog, key: str) -> None:
    dialog.key_edit.setPlainText(key)
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm_edit, NEW_PASSPHRASE)


def _with_typo(key: str, group: int) -> str:
    groups = key.split("-")
    wrong = groups[group - 1]
    first = "B" if wrong[0] == "A" else "A"
    groups[group - 1] = first + wrong[1:]
    return "-".join(groups)


def test_a_typo_names_its_group_before_any_key_work(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    key = closed_vault(folder)
    calls: list[str] = []
    dialog = _dialog(qtbot, folder, calls)
    _fill(qtbot, dialog, _with_typo(key, 7))
    assert dialog.key_problem == "The recovery key has a typo in group 7."
    assert dialog.key_message.text() == dialog.key_problem
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert calls == []
    assert dialog.isVisible() and dialog.vault is None


def test_an_impossible_character_is_named_while_typing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "vault")
    qtbot.keyClicks(dialog.key_edit, "ABCDE-FG9")
    assert "group 2" in dialog.key_problem
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "abcde-fg")
    assert dialog.key_problem == ""


def test_the_right_key_sets_the_new_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    key = closed_vault(folder)
    dialog = _dialog(qtbot, folder)
    _fill(qtbot, dialog, key.lower().replace("-", " "))
    assert dialog.key_problem == ""
    assert dialog.reset_button.isEnabled()
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=WAIT_MS)
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert dialog.key_edit.toPlainText() == ""
    assert dialog.passphrase.passphrase() == ""
    vault = dialog.vault
    assert vault is not None and vault.is_open
    vault.close()
    unlock(folder, "amara", NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError):
        unlock(folder, "amara", PASSPHRASE)


def test_a_key_of_another_vault_is_refused_inline(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    closed_vault(folder)
    other_key = closed_vault(tmp_path / "other")
    dialog = _dialog(qtbot, folder)
    _fill(qtbot, dialog, other_key)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.key_problem), timeout=WAIT_MS)
    assert dialog.key_message.text() == "This recovery key does not open this vault."
    assert dialog.reset_button.isEnabled()
    assert dialog.vault is None
    unlock(folder, "amara", PASSPHRASE).close()


def test_reset_needs_matching_passphrases(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path / "vault")
    dialog.key_edit.setPlainText("ABCDE")
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm_edit, NEW_PASSPHRASE + "x")
    assert not dialog.reset_button.isEnabled()
