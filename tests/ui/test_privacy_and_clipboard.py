"""Shoulder-surfing and leaks: privacy mode, the clipboard guard, windows closed at lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from asylum_desk.ui import clipboard_guard
from asylum_desk.ui.case_list_model import HIDDEN_NAME
from asylum_desk.ui.clipboard_guard import OURS, SECRET_HINTS, ClipboardGuard
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.recent_files import forget_file_dialog_history
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def names_shown(window: MainWindow) -> list[str]:
    model = window.model
    return [str(model.data(model.index(row, 1))) for row in range(model.rowCount())]


def test_privacy_mode_shows_only_case_numbers_and_pseudonyms(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    before = names_shown(window)
    summaries = [window.model.summary(row) for row in range(window.model.rowCount())]
    assert any(s is not None and not s.anonymous for s in summaries)
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.privacy_action.isChecked()
    after = names_shown(window)
    for summary, shown, original in zip(summaries, after, before, strict=True):
        assert summary is not None
        if summary.anonymous:
            assert shown == original == summary.display_name  # the pseudonym
        else:
            assert shown == HIDDEN_NAME
    assert all(
        s is None
        or s.case_number
        in {
            str(window.model.data(window.model.index(r, 0))) for r in range(window.model.rowCount())
        }
        for s in summaries
    )
    # Remembered for the next start, as a habit of place (no personal data in it).
    assert window.settings.value("view/privacy_mode") in (True, "true")
    window.toggle_privacy()
    assert names_shown(window) == before


def test_privacy_mode_is_remembered_across_starts(qtbot: QtBot, window: MainWindow) -> None:
    window.set_privacy_mode(True)
    window.settings.sync()
    from asylum_desk.app import build_main_window
    from asylum_desk.security.device_cache import DeviceKeyCache

    again = build_main_window(window.vault_path, window.settings, DeviceKeyCache(None))
    qtbot.addWidget(again)
    assert again.privacy_action.isChecked()
    assert again.model.privacy_mode


@pytest.fixture
def field(qtbot: QtBot) -> QLineEdit:
    edit = QLineEdit("Ma Thida Hlaing")
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    return edit


def test_copied_text_is_marked_secret_and_cleared_after_a_while(
    qtbot: QtBot, field: QLineEdit, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clipboard_guard, "CLEAR_AFTER_MS", 200)
    guard = ClipboardGuard()
    guard.timer.setInterval(clipboard_guard.CLEAR_AFTER_MS)
    field.selectAll()
    field.copy()
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    assert data.text() == "Ma Thida Hlaing"
    assert data.hasFormat(OURS)
    for hint, value in SECRET_HINTS.items():
        assert bytes(data.data(hint)) == value
    assert guard.is_ours()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not guard.is_ours()


def test_text_changed_by_someone_else_is_left_alone(
    field: QLineEdit, monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = ClipboardGuard()
    field.selectAll()
    field.copy()
    assert guard.is_ours()
    clipboard = QGuiApplication.clipboard()
    # Another program takes the clipboard: the change does not come from our windows.
    monkeypatch.setattr(guard, "_copied_here", lambda: False)
    clipboard.setText("a shopping list")
    assert not guard.is_ours()
    guard.clear_if_ours()
    assert clipboard.text() == "a shopping list"
    clipboard.clear()


def test_lock_clears_what_we_copied_and_closes_other_windows(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    window.activateWindow()
    window.case_list.search.setText("Thida")
    window.case_list.search.selectAll()
    window.case_list.search.copy()
    assert window.clipboard_guard.is_ours()
    stray = QWidget()
    stray.setWindowTitle("another window of the app")
    qtbot.addWidget(stray)
    stray.show()
    window.lock()
    QApplication.processEvents()
    assert QGuiApplication.clipboard().text() == ""
    assert not stray.isVisible()


def test_file_dialog_history_is_forgotten(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["/media/usb/Ma Thida Hlaing"])
    settings.setValue("FileDialog/lastVisited", "file:///media/usb/Ma Thida Hlaing")
    settings.setValue("Other/keep", 1)
    settings.sync()
    forget_file_dialog_history()
    again = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert again.value("FileDialog/history") is None
    assert again.value("FileDialog/lastVisited") is None
    assert int(again.value("Other/keep")) == 1
    written = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())
    assert "Thida" not in written
