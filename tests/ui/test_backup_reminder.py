"""The backup reminder after unlocking, and Back up… from the window."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_desk.services.backup import describe_backup, last_backup_time
from asylum_desk.ui.backup_banner import backup_reminder
from asylum_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_reminder_wording_and_threshold() -> None:
    assert "never been backed up" in str(backup_reminder(None, NOW, 7))
    assert backup_reminder(NOW - timedelta(days=6, hours=23), NOW, 7) is None
    message = backup_reminder(NOW - timedelta(days=12), NOW, 7)
    assert message == "The last backup was taken 12 days ago (2026-11-13)."
    assert backup_reminder(None, NOW, 0) is None  # reminders switched off
    naive = datetime(2026, 11, 1, 9, 0)
    assert "24 days ago" in str(backup_reminder(naive, NOW, 7))


def test_unlock_reminds_then_back_up_now_writes_a_checked_backup(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlocked(qtbot, window)
    banner = window.backup_banner
    assert banner.isVisible()
    assert "never been backed up" in banner.text.text()
    target = tmp_path / "usb" / "office.adbackup"
    target.parent.mkdir()
    window.choose_backup_path = lambda name: target  # type: ignore[method-assign]
    qtbot.mouseClick(banner.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Backup written and checked" in window.statusBar().currentMessage(), timeout=20_000
    )
    assert not banner.isVisible()
    info = describe_backup(target)
    assert window.vault is not None and info.vault_id == window.vault.vault_id
    assert last_backup_time(window.vault) is not None
    window.lock()
    assert not banner.isVisible()
    unlocked(qtbot, window)
    assert not banner.isVisible()  # a fresh backup: no reminder


def test_a_failed_backup_says_why_in_one_line(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlocked(qtbot, window)
    window.choose_backup_path = lambda name: tmp_path / "missing" / "x.adbackup"  # type: ignore[method-assign]
    window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: "No backup written" in window.statusBar().currentMessage(), timeout=20_000
    )
    message = window.statusBar().currentMessage()
    assert "does not exist" in message and "\n" not in message
    assert window.backup_action.isEnabled()


def test_reminder_can_be_switched_off_in_preferences(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    assert window.backup_banner.isVisible()
    window.settings.setValue("backup/remind_after_days", 0)
    window.lock()
    unlocked(qtbot, window)
    assert not window.backup_banner.isVisible()
