"""The unlock screen: wrong passphrases say so, the right one opens, the device may remember."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.device_unlock import remember_on_device, unlock_remembered
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock, unlock_with_recovery
from asylum_desk.ui.unlock_view import UnlockView
from tests.keyring_doubles import InMemoryKeyring

from .helpers import OFFSCREEN_NOISE, PASSPHRASE, WAIT_MS, close, closed_vault

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    closed_vault(folder)
    return folder


def _view(qtbot: QtBot, folder: Path, **options: object) -> UnlockView:
    view = UnlockView(
        folder,
        lambda username, passphrase: unlock(folder, username, passphrase),
        office_name="Champhai field office",
        **options,  # type: ignore[arg-type]
    )
    qtbot.addWidget(view)
    view.show()
    return view


def _type_and_unlock(qtbot: QtBot, view: UnlockView, username: str, passphrase: str) -> None:
    if view.username_edit.text() != username:
        view.username_edit.clear()
        qtbot.keyClicks(view.username_edit, username)
    qtbot.keyClicks(view.passphrase_edit, passphrase)
    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)


def _idle(view: UnlockView) -> bool:
    return view.unlock_button.isEnabled() and view.unlock_button.text() == "Unlock"


def test_wrong_passphrase_says_so_then_the_right_one_unlocks(
    qtbot: QtBot, vault_folder: Path
) -> None:
    opened: list[object] = []
    view = _view(qtbot, vault_folder)
    view.unlocked.connect(opened.append)

    _type_and_unlock(qtbot, view, "amara", "not the passphrase")
    assert not view.unlock_button.isEnabled()
    assert not view.passphrase_edit.isEnabled()
    assert view.unlock_button.text() == "Unlocking…"
    qtbot.waitUntil(lambda: _idle(view), timeout=WAIT_MS)
    assert view.message_label.text() == "The passphrase is not correct for user 'amara'."
    assert view.message_label.isVisible()
    assert view.passphrase_edit.text() == ""
    assert view.username_edit.text() == "amara"
    assert view.focusWidget() is view.passphrase_edit
    assert opened == []

    _type_and_unlock(qtbot, view, "amara", PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    vault = opened[0]
    assert isinstance(vault, OpenVault) and vault.is_open
    assert vault.username == "amara"
    assert view.passphrase_edit.text() == ""
    assert not view.message_label.isVisible()
    close(vault)


def test_unknown_user_and_empty_fields_get_one_line(qtbot: QtBot, vault_folder: Path) -> None:
    view = _view(qtbot, vault_folder)
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert view.message_label.text() == "Type your user name."
    qtbot.keyClicks(view.username_edit, "amara")
    qtbot.keyClick(view.username_edit, Qt.Key.Key_Return)
    assert view.focusWidget() is view.passphrase_edit
    qtbot.mouseClick(view.unlock_button, Qt.MouseButton.LeftButton)
    assert view.message_label.text() == "Type your passphrase."

    _type_and_unlock(qtbot, view, "nobody", PASSPHRASE)
    qtbot.waitUntil(lambda: _idle(view), timeout=WAIT_MS)
    assert view.message_label.text() == "There is no user 'nobody' in this vault."
    assert view.focusWidget() is view.username_edit

    view.reset()
    assert not view.message_label.isVisible()
    assert view.passphrase_edit.text() == ""


def test_a_missing_vault_is_reported_not_created(qtbot: QtBot, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    view = _view(qtbot, missing)
    _type_and_unlock(qtbot, view, "amara", PASSPHRASE)
    qtbot.waitUntil(lambda: _idle(view), timeout=WAIT_MS)
    assert view.message_label.text() == f"There is no vault at {missing}."
    assert not missing.exists()


def test_remember_is_hidden_without_a_secure_keyring(qtbot: QtBot, vault_folder: Path) -> None:
    cache = DeviceKeyCache(fail.Keyring())
    view = _view(qtbot, vault_folder, device_cache=cache, remember=lambda _v, _p: None)
    qtbot.waitUntil(lambda: view.keyring_note.isVisible(), timeout=WAIT_MS)
    assert view.remember_checkbox.isHidden()
    assert view.keyring_note.text() == cache.unavailable_reason()
    assert "unlock with your passphrase" in view.keyring_note.text()


def test_remember_is_hidden_without_a_cache(qtbot: QtBot, vault_folder: Path) -> None:
    view = _view(qtbot, vault_folder, device_cache=None)
    assert view.remember_checkbox.isHidden()
    assert view.keyring_note.isVisible()


def test_remembered_unlock_with_an_in_memory_keyring(qtbot: QtBot, vault_folder: Path) -> None:
    backend = InMemoryKeyring()
    cache = DeviceKeyCache(backend, allow_backend_for_tests=True)

    def remember(vault: OpenVault, passphrase: str) -> None:
        remember_on_device(vault, passphrase, cache)

    def remembered(username: str) -> OpenVault | None:
        return unlock_remembered(vault_folder, username, cache)

    opened: list[object] = []
    view = _view(
        qtbot, vault_folder, device_cache=cache, remember=remember, unlock_remembered=remembered
    )
    view.unlocked.connect(opened.append)
    qtbot.waitUntil(lambda: not view.remember_checkbox.isHidden(), timeout=WAIT_MS)
    assert view.keyring_note.isHidden()

    view.remember_checkbox.setChecked(True)
    _type_and_unlock(qtbot, view, "amara", PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    close(opened.pop())
    assert len(backend.store) == 1
    assert PASSPHRASE not in next(iter(backend.store.values()))

    view.reset()
    view.try_remembered("amara")
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    vault = opened.pop()
    assert isinstance(vault, OpenVault) and vault.username == "amara"
    close(vault)


def test_nothing_remembered_falls_back_to_the_passphrase(qtbot: QtBot, vault_folder: Path) -> None:
    cache = DeviceKeyCache(InMemoryKeyring(), allow_backend_for_tests=True)
    opened: list[object] = []
    view = _view(
        qtbot,
        vault_folder,
        device_cache=cache,
        unlock_remembered=lambda name: unlock_remembered(vault_folder, name, cache),
    )
    view.unlocked.connect(opened.append)
    view.try_remembered("amara")
    qtbot.waitUntil(lambda: _idle(view), timeout=WAIT_MS)
    assert opened == []
    assert view.username_edit.text() == "amara"
    assert view.focusWidget() is view.passphrase_edit
    assert not view.message_label.isVisible()


def test_a_failed_remember_still_unlocks(qtbot: QtBot, vault_folder: Path) -> None:
    cache = DeviceKeyCache(InMemoryKeyring(), allow_backend_for_tests=True)
    problems: list[str] = []
    opened: list[object] = []

    def remember(_vault: OpenVault, _passphrase: str) -> None:
        raise OSError(5, "Input/output error")

    view = _view(qtbot, vault_folder, device_cache=cache, remember=remember)
    view.unlocked.connect(opened.append)
    view.remember_failed.connect(problems.append)
    qtbot.waitUntil(lambda: not view.remember_checkbox.isHidden(), timeout=WAIT_MS)
    view.remember_checkbox.setChecked(True)
    _type_and_unlock(qtbot, view, "amara", PASSPHRASE)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert problems == ["Input/output error."]
    assert "not remembered" in view.message_label.text()
    close(opened.pop())


def test_forgot_passphrase_opens_recovery_and_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    recovery_key = closed_vault(folder)
    opened: list[object] = []
    view = _view(
        qtbot,
        folder,
        recover=lambda user, key, new: unlock_with_recovery(folder, user, key, new),
        username="amara",
    )
    view.unlocked.connect(opened.append)
    assert view.forgot_button.isVisible()
    qtbot.mouseClick(view.forgot_button, Qt.MouseButton.LeftButton)
    dialog = view.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.username_edit.text() == "amara"
    dialog.key_edit.setPlainText(recovery_key)
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, "a brand new kettle song")
    qtbot.keyClicks(dialog.passphrase.confirm_edit, "a brand new kettle song")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    close(opened.pop())
    unlock(folder, "amara", "a brand new kettle song").close()


def test_forgot_link_is_hidden_without_recovery(qtbot: QtBot, vault_folder: Path) -> None:
    view = _view(qtbot, vault_folder)
    assert view.forgot_button.isHidden()
