"""The whole window driven like a caseworker would: unlock, register, search, lock, recover."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from asylum_desk.app import build_main_window
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.drafts import DraftService
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.keyring_doubles import InMemoryKeyring

WAIT_MS = 15_000


@pytest.fixture
def keyring_backend() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def window(
    qtbot: QtBot, vault_path: Path, tmp_path: Path, keyring_backend: InMemoryKeyring
) -> Iterator[MainWindow]:
    created = create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        service = CaseService(vault)
        for case in demo_cases()[:4]:
            service.create_case(case)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    cache = DeviceKeyCache(keyring_backend, allow_backend_for_tests=True)
    main = build_main_window(vault_path, settings, cache)
    qtbot.addWidget(main)
    main.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    main.show()
    yield main
    if main.vault is not None:
        main.vault.close()


def type_unicode(widget: QWidget, text: str) -> None:
    """Type any script, as a keyboard layout or input method would (QTest is ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def unlock_as(qtbot: QtBot, window: MainWindow, passphrase: str, remember: bool = False) -> None:
    view = window.unlock_view
    view.username_edit.setText("amara")  # type: ignore[attr-defined]
    view.passphrase_edit.clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(view.passphrase_edit, passphrase)  # type: ignore[attr-defined]
    if remember:
        qtbot.waitUntil(view.remember_checkbox.isVisible, timeout=WAIT_MS)  # type: ignore[attr-defined]
        view.remember_checkbox.setChecked(True)  # type: ignore[attr-defined]
    qtbot.keyClick(view.passphrase_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def unlocked(qtbot: QtBot, window: MainWindow, remember: bool = False) -> None:
    unlock_as(qtbot, window, PASSPHRASE, remember)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)


def personal_text_visible(window: MainWindow) -> list[str]:
    texts = [edit.text() for edit in window.findChildren(QLineEdit) if edit.text()]
    texts += [e.toPlainText() for e in window.findChildren(QPlainTextEdit) if e.toPlainText()]
    return [text for text in texts if text not in {"amara"}]


def test_wrong_then_right_passphrase(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentIndex() == 0
    assert not window.new_action.isEnabled()
    assert not window.list_action.isEnabled() and not window.list_action.isChecked()
    unlock_as(qtbot, window, "not my passphrase")
    message = window.unlock_view.message_label  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "not correct" in message.text(), timeout=WAIT_MS)
    assert window.vault is None
    unlocked(qtbot, window)
    assert window.pages.currentIndex() == 1
    assert window.model.rowCount() == 4
    assert window.user_label.text() == "amara (administrator)"
    assert window.lock_label.text() == "Unlocked"
    assert window.list_action.isChecked()  # the list is shown beside the case
    window.lock()
    assert not window.list_action.isChecked()  # not a pressed-looking button while locked


def test_register_a_case_by_typing_then_find_it_as_you_type(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.is_open
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    qtbot.keyClicks(person.given_names, "Hsu Myat Noe")
    type_unicode(person.original_script, "ဆုမြတ်နိုး")
    person.anonymous.setChecked(True)
    qtbot.keyClicks(person.pseudonym, "Applicant Q")
    assert window.panel.is_modified
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.panel.is_modified
    number = window.panel.title.text()
    assert number.startswith("CPH-")
    assert window.panel.marker.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.case_list.search
    assert search.hasFocus()
    for char in "hsu m":
        qtbot.keyClicks(search, char)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)
    assert window.model.data(window.model.index(0, 0)) == number
    # the list shows the pseudonym, never the real name
    assert window.model.data(window.model.index(0, 1)) == "Applicant Q"
    search.clear()
    type_unicode(search, "မြတ်")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WAIT_MS)


def test_lock_hides_everything_and_unlock_returns_with_edits(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    window.case_list.table.selectRow(0)
    number = str(window.model.data(window.model.index(0, 0)))
    window.open_case(number)
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    person.given_names.setText("Edited But Not Saved")
    assert window.panel.is_modified
    window.panel.editor.show_section("family")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    assert window.pages.currentIndex() == 0
    assert window.model.rowCount() == 0
    assert personal_text_visible(window) == []
    unlocked(qtbot, window)
    assert window.panel.title.text() == number
    assert person.given_names.text() == "Edited But Not Saved"
    assert window.panel.is_modified
    assert window.panel.editor.current_section_name() == "family"


def test_auto_lock_fires_after_idle_time(qtbot: QtBot, window: MainWindow) -> None:
    window.idle.set_timeout(300)
    unlocked(qtbot, window)
    window.open_case(str(window.model.data(window.model.index(0, 0))))
    qtbot.waitUntil(lambda: window.vault is None, timeout=WAIT_MS)
    assert window.lock_label.text() == "Locked"
    assert window.model.rowCount() == 0
    assert personal_text_visible(window) == []


def test_a_crash_keeps_the_draft_and_the_next_unlock_offers_it(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    unlocked(qtbot, window)
    window.new_case()
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    qtbot.keyClicks(person.given_names, "Draft Person")
    window.autosave_timer.setInterval(50)
    window._schedule_autosave()
    qtbot.wait(200)
    # the power fails: the process is gone without saving or locking
    assert window.vault is not None
    window.vault.close()
    window.vault = None
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        [draft] = DraftService(reopened).pending()
        assert draft.case.applicant.given_names == "Draft Person"
        assert CaseService(reopened).search("Draft") == []
    window.panel.close_case()
    window._show_locked_state()
    unlocked(qtbot, window)
    assert window.banner.isVisible()
    assert "a new case" in window.banner.text.text()
    window.banner.restore_button.click()
    assert person.given_names.text() == "Draft Person"
    assert window.panel.is_modified
    assert not window.banner.isVisible()


def test_panic_forgets_the_device_key_and_clears_the_clipboard(
    qtbot: QtBot, window: MainWindow, keyring_backend: InMemoryKeyring
) -> None:
    unlocked(qtbot, window, remember=True)
    qtbot.waitUntil(lambda: bool(keyring_backend.store), timeout=WAIT_MS)
    QGuiApplication.clipboard().setText("copied name")
    window.open_case(str(window.model.data(window.model.index(0, 0))))
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.vault is None
    assert QGuiApplication.clipboard().text() == ""
    qtbot.waitUntil(lambda: keyring_backend.store == {}, timeout=WAIT_MS)  # off the GUI thread
    assert personal_text_visible(window) == []


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    window.new_case()
    qtbot.keyClicks(window.panel.editor.applicant.person.given_names, "Someone")  # type: ignore[attr-defined]
    asked: list[bool] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    window.ask_unsaved = cancel  # type: ignore[method-assign]
    assert not window.close()
    assert asked == [True]
    assert window.vault is not None


def test_narrow_window_shows_case_or_list_and_ctrl_f_brings_the_list_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    unlocked(qtbot, window)
    assert window.case_list.isVisible()
    window.open_case(str(window.model.data(window.model.index(0, 0))))
    assert not window.case_list.isVisible()
    assert window.panel.is_open
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.case_list.isVisible()
    assert window.case_list.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not window.case_list.isVisible()
    assert window.panel.is_open


def test_idle_time_is_a_preference(qtbot: QtBot, window: MainWindow) -> None:
    assert window.idle_minutes() == 5
    window.set_idle_minutes(12)
    assert window.idle.timeout_ms == 12 * 60_000
    assert window.settings.value("lock/idle_minutes") in (12, "12")


def test_window_geometry_is_remembered_but_nothing_personal(
    qtbot: QtBot, window: MainWindow, vault_path: Path, tmp_path: Path
) -> None:
    unlocked(qtbot, window)
    window.resize(720, 520)  # within the offscreen screen, which restoreGeometry clamps to
    window.open_case(str(window.model.data(window.model.index(0, 0))))
    assert window.close()
    settings = window.settings
    settings.sync()
    stored = (tmp_path / "settings.ini").read_bytes()
    for demo in demo_cases()[:4]:
        for value in (demo.applicant.given_names, demo.applicant.name_original_script):
            if value:
                assert value.encode() not in stored
    again = build_main_window(vault_path, settings, DeviceKeyCache(None))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (720, 520)
