"""Promise 18 in the app: "remember on this device" opens at start, never after a lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from asylum_desk.app import REMEMBERED_USER, build_main_window
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.ui.main_window import MainWindow
from tests.keyring_doubles import InMemoryKeyring
from tests.ui.test_main_window import WAIT_MS, keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def restart(qtbot: QtBot, window: MainWindow, backend: InMemoryKeyring) -> MainWindow:
    """Close the app and start it again on the same settings and keyring."""
    settings: QSettings = window.settings
    window.close()
    settings.sync()
    cache = DeviceKeyCache(backend, allow_backend_for_tests=True)
    again = build_main_window(window.vault_path, settings, cache)
    qtbot.addWidget(again)
    again.show()
    return again


def test_a_remembered_user_is_let_in_at_start_but_not_after_a_lock(
    qtbot: QtBot, window: MainWindow, keyring_backend: InMemoryKeyring
) -> None:
    unlocked(qtbot, window, remember=True)
    qtbot.waitUntil(lambda: bool(keyring_backend.store), timeout=WAIT_MS)
    assert window.settings.value(REMEMBERED_USER) == "amara"
    again = restart(qtbot, window, keyring_backend)
    qtbot.waitUntil(lambda: again.vault is not None, timeout=WAIT_MS)
    assert again.vault is not None and again.vault.username == "amara"
    again.lock()
    qtbot.wait(300)
    assert again.vault is None  # Ctrl+L means the passphrase, whatever the device remembers
    assert again.pages.currentIndex() == 0
    if again.vault is not None:
        again.vault.close()


def test_panic_and_a_new_passphrase_forget_the_device(
    qtbot: QtBot, window: MainWindow, keyring_backend: InMemoryKeyring, vault_path: Path
) -> None:
    unlocked(qtbot, window, remember=True)
    qtbot.waitUntil(lambda: bool(keyring_backend.store), timeout=WAIT_MS)
    window.panic()
    qtbot.waitUntil(
        lambda: keyring_backend.store == {} and window.settings.value(REMEMBERED_USER) is None,
        timeout=WAIT_MS,
    )  # both are forgotten off the GUI thread, the keyring first
    again = restart(qtbot, window, keyring_backend)
    qtbot.wait(300)
    assert again.vault is None  # nothing remembered: the passphrase is asked


def test_nothing_remembered_means_the_passphrase_is_asked(
    qtbot: QtBot, window: MainWindow, keyring_backend: InMemoryKeyring
) -> None:
    unlocked(qtbot, window, remember=True)
    qtbot.waitUntil(lambda: bool(keyring_backend.store), timeout=WAIT_MS)
    keyring_backend.store.clear()  # the keyring lost it (another login, a reset)
    again = restart(qtbot, window, keyring_backend)
    qtbot.wait(300)
    assert again.vault is None
    assert again.unlock_view.passphrase_edit.hasFocus() or again.pages.currentIndex() == 0  # type: ignore[attr-defined]
