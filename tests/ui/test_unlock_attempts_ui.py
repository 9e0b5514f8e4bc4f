"""The unlock screen after wrong passphrases, and with a keyring that fails (promises 16, 18).

While a wait is in force the screen counts down and the Unlock button stays disabled; the
window never freezes, whether the wait, the key derivation or a hanging keyring is in the
way; after unlocking, the failed attempts are told in the status bar.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked
from PySide6.QtCore import QSettings, Qt, QTimer
from pytestqt.qtbot import QtBot

from asylum_desk.app import build_main_window
from asylum_desk.security.device_cache import KEYRING_FAILED, KEYRING_NO_RESPONSE, DeviceKeyCache
from asylum_desk.services import unlock_attempts
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.storage.tables import AuditEventRow
from asylum_desk.storage.vault_files import ATTEMPTS_FILE_NAME
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.unlock_view import UnlockView
from tests.conftest import PASSPHRASE
from tests.keyring_doubles import InMemoryKeyring

WAIT_MS = 15_000
KEYRING_TIMEOUT_S = 2.0
MAX_GAP_S = 0.9
"""Longest pause of the GUI event loop that still counts as responsive (a keyring call or a
wait on the GUI thread would pause it for 2 s)."""


class HangingKeyring(KeyringBackend):
    """Secret Service waiting forever for an unlock prompt."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(60)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(60)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(60)


class LockedKeyring(KeyringBackend):
    """A keyring whose collection stays locked: every call raises."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the collection is locked")


for _double in (HangingKeyring, LockedKeyring):
    KeyringBackend._classes.discard(_double)  # keep them out of keyring's auto-detection


class Heartbeat:
    """Ticks on the GUI thread; a long gap between ticks means the window froze.

    Only ticks while ``window`` is still locked count: what the main window does once the
    vault is open (loading the case list) is not the unlock screen's business.
    """

    def __init__(self, window: MainWindow) -> None:
        self.beats: list[float] = [time.monotonic()]
        self.window = window
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._beat)
        self.timer.start()

    def _beat(self) -> None:
        if self.window.vault is None:
            self.beats.append(time.monotonic())

    def stop(self) -> float:
        """Stop; return the longest gap seen, in seconds."""
        self.timer.stop()
        if self.window.vault is None:
            self.beats.append(time.monotonic())
        pairs = zip(self.beats, self.beats[1:], strict=False)
        return max((later - earlier for earlier, later in pairs), default=0.0)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # let hung keyring threads finish


@pytest.fixture
def closed_vault(vault_path: Path) -> Path:
    created = create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    created.vault.close()
    return vault_path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """One free failure, then 2 s, 4 s …: short enough for a test to sit through."""
    monkeypatch.setattr(unlock_attempts, "FREE_FAILURES", 1)
    monkeypatch.setattr(unlock_attempts, "FIRST_DELAY_S", 2.0)


def open_window(
    qtbot: QtBot, vault_path: Path, settings: QSettings, cache: DeviceKeyCache
) -> MainWindow:
    window = build_main_window(vault_path, settings, cache)
    qtbot.addWidget(window)
    window.show()
    assert window.panel is not None  # build the big case panel now, not at the first unlock
    return window


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    opened: list[MainWindow] = []
    yield opened
    for window in opened:
        if window.vault is not None:
            window.vault.close()


def view_of(window: MainWindow) -> UnlockView:
    view = window.unlock_view
    assert isinstance(view, UnlockView)
    return view


def type_and_submit(qtbot: QtBot, view: UnlockView, passphrase: str) -> None:
    view.username_edit.setText("amara")
    view.passphrase_edit.clear()
    qtbot.keyClicks(view.passphrase_edit, passphrase)
    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)


def state(vault_path: Path) -> dict[str, object]:
    return dict(json.loads((vault_path / ATTEMPTS_FILE_NAME).read_bytes()))


# ------------------------------------------------------------------------------ the countdown


@pytest.mark.usefixtures("short_waits")
def test_the_screen_counts_down_then_unlocks_and_tells_the_failures(
    qtbot: QtBot, closed_vault: Path, settings: QSettings, windows: list[MainWindow]
) -> None:
    window = open_window(qtbot, closed_vault, settings, DeviceKeyCache(InMemoryKeyring()))
    windows.append(window)
    view = view_of(window)
    assert not view.waiting

    type_and_submit(qtbot, view, "wrong once")
    qtbot.waitUntil(lambda: "not correct" in view.message_label.text(), timeout=WAIT_MS)
    assert not view.waiting  # the first failure is free
    assert view.unlock_button.isEnabled()

    type_and_submit(qtbot, view, "wrong twice")
    qtbot.waitUntil(lambda: view.waiting, timeout=WAIT_MS)
    heartbeat = Heartbeat(window)
    assert view.message_label.text() == "The passphrase is not correct for user 'amara'."
    assert view.delay_label.isVisible()
    assert view.delay_label.text() == "Too many wrong passphrases: try again in 2 s."
    assert not view.unlock_button.isEnabled()
    assert view.passphrase_edit.isEnabled()  # typing ahead is fine

    # Return during the wait starts nothing: no key work, no new failure counted
    type_and_submit(qtbot, view, PASSPHRASE)
    assert view.unlock_button.text() == "Unlock"
    assert not view.busy_bar.isVisible()
    assert window.vault is None
    assert state(closed_vault)["failures"] == 2

    qtbot.waitUntil(lambda: view.delay_label.text().endswith("in 1 s."), timeout=WAIT_MS)
    qtbot.waitUntil(view.unlock_button.isEnabled, timeout=WAIT_MS)
    assert not view.delay_label.isVisible()
    assert heartbeat.stop() < MAX_GAP_S

    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)  # what was typed ahead
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    notice = window.statusBar().currentMessage()
    assert notice.startswith("2 failed unlock attempts since the last unlock, the last on ")
    assert not (closed_vault / ATTEMPTS_FILE_NAME).exists()
    assert window.vault is not None
    with window.vault.transaction() as session:
        last = session.query(AuditEventRow).order_by(AuditEventRow.id.desc()).first()
    assert last is not None and last.action == "unlock"
    assert last.detail is not None and last.detail.startswith("failed_attempts=2 ")

    window.lock()  # the notice was about that session; it does not outlive it
    assert window.statusBar().currentMessage() == ""


@pytest.mark.usefixtures("short_waits")
def test_a_new_window_keeps_the_wait_of_an_earlier_one(
    qtbot: QtBot,
    closed_vault: Path,
    settings: QSettings,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(unlock_attempts, "FIRST_DELAY_S", 30.0)
    for _ in range(2):
        with pytest.raises(Exception, match="not correct"):
            unlock(closed_vault, "amara", "wrong")
    # As if the app were restarted: a new window reads the wait from beside the vault.
    window = open_window(qtbot, closed_vault, settings, DeviceKeyCache(InMemoryKeyring()))
    windows.append(window)
    view = view_of(window)
    assert view.waiting
    assert not view.unlock_button.isEnabled()
    assert view.delay_label.text() in {
        "Too many wrong passphrases: try again in 30 s.",
        "Too many wrong passphrases: try again in 29 s.",
    }
    type_and_submit(qtbot, view, PASSPHRASE)
    qtbot.wait(100)
    assert window.vault is None
    assert not view.busy_bar.isVisible()


def test_a_wait_begun_elsewhere_is_spent_off_the_gui_thread(
    qtbot: QtBot,
    closed_vault: Path,
    settings: QSettings,
    windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line failed while the screen was open: the service waits in the worker."""
    window = open_window(qtbot, closed_vault, settings, DeviceKeyCache(InMemoryKeyring()))
    windows.append(window)
    view = view_of(window)
    monkeypatch.setattr(view, "_unlock_delay", lambda: 0.0)  # the screen did not see it
    (closed_vault / ATTEMPTS_FILE_NAME).write_text(
        json.dumps({"version": 1, "failures": 5, "last_failure": time.time() + 2.0})
    )  # 2 s to wait, whatever the time now
    heartbeat = Heartbeat(window)
    started = time.monotonic()
    type_and_submit(qtbot, view, PASSPHRASE)
    assert view.busy_bar.isVisible()
    qtbot.waitUntil(lambda: time.monotonic() - started > 1.8, timeout=WAIT_MS)
    assert window.vault is None  # still waiting, in the worker
    assert heartbeat.stop() < MAX_GAP_S
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    assert window.statusBar().currentMessage().startswith("5 failed unlock attempts")


# ------------------------------------------------------------------------------ promise 16


def _unlock_with_remember_ticked(qtbot: QtBot, window: MainWindow, heartbeat: Heartbeat) -> float:
    """Unlock by passphrase with "remember" ticked; the longest GUI pause until unlocked."""
    view = view_of(window)
    qtbot.waitUntil(view.remember_checkbox.isVisible, timeout=WAIT_MS)
    view.remember_checkbox.setChecked(True)
    type_and_submit(qtbot, view, PASSPHRASE)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    return heartbeat.stop()


def test_a_hanging_keyring_never_blocks_unlocking_or_the_window(
    qtbot: QtBot,
    closed_vault: Path,
    settings: QSettings,
    windows: list[MainWindow],
    release: threading.Event,
) -> None:
    cache = DeviceKeyCache(
        HangingKeyring(release), allow_backend_for_tests=True, timeout_s=KEYRING_TIMEOUT_S
    )
    window = open_window(qtbot, closed_vault, settings, cache)
    windows.append(window)
    assert _unlock_with_remember_ticked(qtbot, window, Heartbeat(window)) < MAX_GAP_S
    assert window.statusBar().currentMessage() == (
        f"Unlocked, but not remembered: {KEYRING_NO_RESPONSE}"
    )


def test_a_keyring_that_hangs_when_found_leaves_the_passphrase(
    qtbot: QtBot,
    closed_vault: Path,
    settings: QSettings,
    windows: list[MainWindow],
    release: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def hanging_get_keyring() -> KeyringBackend:
        release.wait(60)
        return InMemoryKeyring()

    monkeypatch.setattr(keyring, "get_keyring", hanging_get_keyring)
    window = open_window(qtbot, closed_vault, settings, DeviceKeyCache(timeout_s=KEYRING_TIMEOUT_S))
    windows.append(window)
    view = view_of(window)
    heartbeat = Heartbeat(window)
    assert view.keyring_note.text() == ""  # the window did not wait for the keyring
    type_and_submit(qtbot, view, PASSPHRASE)  # before the keyring check has even finished
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.keyring_note.text() == KEYRING_NO_RESPONSE, timeout=WAIT_MS)
    assert heartbeat.stop() < MAX_GAP_S
    assert not view.remember_checkbox.isVisible()


def test_a_locked_keyring_never_blocks_unlocking(
    qtbot: QtBot, closed_vault: Path, settings: QSettings, windows: list[MainWindow]
) -> None:
    cache = DeviceKeyCache(
        LockedKeyring(), allow_backend_for_tests=True, timeout_s=KEYRING_TIMEOUT_S
    )
    window = open_window(qtbot, closed_vault, settings, cache)
    windows.append(window)
    assert _unlock_with_remember_ticked(qtbot, window, Heartbeat(window)) < MAX_GAP_S
    assert window.statusBar().currentMessage() == f"Unlocked, but not remembered: {KEYRING_FAILED}"


# ------------------------------------------------------------------------------ promise 18


def test_remembering_is_off_by_default(
    qtbot: QtBot, closed_vault: Path, settings: QSettings, windows: list[MainWindow]
) -> None:
    memory = InMemoryKeyring()
    window = open_window(
        qtbot, closed_vault, settings, DeviceKeyCache(memory, allow_backend_for_tests=True)
    )
    windows.append(window)
    view = view_of(window)
    qtbot.waitUntil(view.remember_checkbox.isVisible, timeout=WAIT_MS)
    assert not view.remember_checkbox.isChecked()
    type_and_submit(qtbot, view, PASSPHRASE)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    assert memory.store == {}
    notice = window.statusBar().currentMessage()
    assert "failed" not in notice and "remembered" not in notice
