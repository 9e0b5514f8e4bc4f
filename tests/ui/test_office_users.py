"""Users in the Office window: add (the new person types their passphrase), change, remove."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from asylum_desk.domain.enums import Role
from asylum_desk.security.errors import SecurityError
from asylum_desk.services import users
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.add_user_dialog import AddUserDialog
from asylum_desk.ui.office.office_dialog import USERS
from asylum_desk.ui.office.users_page import UsersPage, removal_question
from tests.conftest import PASSPHRASE
from tests.ui.office_support import PASSPHRASES, WAIT_MS, add_staff, office_dialog, sign_in
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

NEW_PASSPHRASE = "monsoon bridge over the tiau river"


def users_page(qtbot: QtBot, window: MainWindow) -> UsersPage:
    window.office.users_action.trigger()
    return office_dialog(window).users_page


def listed(page: UsersPage) -> dict[str, str]:
    model = page.model
    return {
        str(model.key(row)): str(model.data(model.index(row, 1))) for row in range(model.rowCount())
    }


def fill_in(qtbot: QtBot, dialog: AddUserDialog, name: str, role: Role, secret: str) -> None:
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.role.setCurrentIndex(dialog.role.findData(role))
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, secret)
    qtbot.keyClicks(dialog.passphrase.confirm_edit, secret)


def test_an_admin_adds_a_user_who_can_then_unlock_in_their_role(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    unlocked(qtbot, window)
    page = users_page(qtbot, window)
    assert listed(page) == {"amara": "Administrator"}
    assert page.model.data(page.model.index(0, 0)) == "amara (you)"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in page.findChildren(AddUserDialog) if d.isVisible()]
    assert not dialog.add_button.isEnabled()
    fill_in(qtbot, dialog, "thida", Role.CASEWORKER, NEW_PASSPHRASE)
    assert dialog.passphrase.meter.strength.score >= 3  # the meter judged what was typed
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert listed(page) == {"amara": "Administrator", "thida": "Caseworker"}
    assert page.selected_user() == "thida"
    assert "Added thida (caseworker)" in page.message.text()
    with unlock(vault_path, "thida", NEW_PASSPHRASE) as thida:
        assert thida.role is Role.CASEWORKER


def test_the_add_button_waits_for_a_name_and_the_same_passphrase_twice(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    dialog = users_page(qtbot, window).add_user()
    qtbot.keyClicks(dialog.name_edit, "thida")
    qtbot.keyClicks(dialog.passphrase.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm_edit, NEW_PASSPHRASE + " again")
    assert not dialog.add_button.isEnabled()
    assert dialog.passphrase.mismatch_label.isVisible()
    dialog.passphrase.confirm_edit.clear()
    qtbot.keyClicks(dialog.passphrase.confirm_edit, NEW_PASSPHRASE)
    assert dialog.add_button.isEnabled()
    dialog.name_edit.clear()
    assert not dialog.add_button.isEnabled()
    dialog.reject()
    assert dialog.passphrase.passphrase() == ""  # the secret does not outlive the dialog


def test_a_name_already_taken_is_refused_in_one_line_and_the_dialog_stays(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    unlocked(qtbot, window)
    page = users_page(qtbot, window)
    dialog = page.add_user()
    fill_in(qtbot, dialog, "sule", Role.CASEWORKER, NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: "Not added" in dialog.message.text(), timeout=WAIT_MS)
    assert "\n" not in dialog.message.text()
    assert "sule" in dialog.message.text()
    assert dialog.isVisible() and dialog.add_button.isEnabled()
    assert listed(page)["sule"] == "Supervisor"


def test_an_admin_changes_a_role_but_not_their_own(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    unlocked(qtbot, window)
    page = users_page(qtbot, window)
    page.choose_role = lambda name, current: Role.INTERPRETER  # type: ignore[method-assign]
    page.select_user("thida")
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert listed(page)["thida"] == "Interpreter"
    assert page.message.text() == "thida is now interpreter."
    page.select_user("amara")
    page.choose_role = lambda name, current: Role.SUPERVISOR  # type: ignore[method-assign]
    page.change_role()
    assert page.message.text().startswith("Role not changed: You cannot change your own role")
    assert listed(page)["amara"] == "Administrator"


def test_an_admin_removes_a_user_whose_passphrase_then_opens_nothing(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    unlocked(qtbot, window)
    page = users_page(qtbot, window)
    asked: list[str] = []
    page.ask_remove = lambda name: asked.append(name) or False  # type: ignore[method-assign]
    page.select_user("thida")
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["thida"] and "thida" in listed(page)  # cancelled: nothing changed
    page.ask_remove = lambda name: True  # type: ignore[method-assign]
    page.remove_user()
    assert "thida" not in listed(page)
    assert "no longer opens this vault" in page.message.text()
    assert "Not re-keyed" in page.message.text()
    with pytest.raises(SecurityError):
        unlock(vault_path, "thida", PASSPHRASES["thida"])


def test_nobody_removes_themselves_the_service_says_why(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    page = users_page(qtbot, window)
    page.ask_remove = lambda name: True  # type: ignore[method-assign]
    page.select_user("amara")
    page.remove_user()
    assert page.message.text() == (
        "Not removed: You cannot remove yourself (amara) while signed in; "
        "ask another administrator."
    )
    assert listed(page) == {"amara": "Administrator"}


def test_the_removal_question_tells_the_truth_about_re_keying(window: MainWindow) -> None:
    box = removal_question(window, "thida")
    text = box.informativeText()
    assert "passphrase will no longer open this vault" in text
    assert "not re-keyed" in text and "asylum-desk rekey" in text
    assert box.defaultButton() is box.escapeButton()  # Cancel, not Remove
    box.deleteLater()


@pytest.mark.parametrize("name", ["sule", "thida"])
def test_the_users_page_called_anyway_shows_the_services_refusal(
    qtbot: QtBot, window: MainWindow, vault_path: Path, name: str
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, name)
    assert not window.office.users_action.isEnabled()
    dialog = window.office.open_page(USERS)
    assert dialog is not None
    page = dialog.users_page
    assert page.model.rowCount() == 0
    assert page.message.text().startswith(f"User '{name}' (")
    assert "may not add or remove users or change their roles" in page.message.text()
    assert not page.add_button.isEnabled()
    # the dialog driven anyway: the service refuses, nothing is added
    add = AddUserDialog(window.vault, page)  # type: ignore[arg-type]
    qtbot.addWidget(add)
    qtbot.keyClicks(add.name_edit, "zaw")
    qtbot.keyClicks(add.passphrase.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(add.passphrase.confirm_edit, NEW_PASSPHRASE)
    add.submit()
    qtbot.waitUntil(lambda: "may not add" in add.message.text(), timeout=WAIT_MS)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        assert "zaw" not in {user.username for user in users.list_users(admin)}
    QApplication.processEvents()


def test_locking_closes_the_add_user_dialog_and_forgets_the_passphrase(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    dialog = users_page(qtbot, window).add_user()
    fill_in(qtbot, dialog, "thida", Role.CASEWORKER, NEW_PASSPHRASE)
    typed: list[str] = []
    dialog.passphrase.passphrase_edit.textChanged.connect(typed.append)
    window.lock()
    QApplication.processEvents()
    assert not isValid(dialog) or not dialog.isVisible()
    assert typed[-1:] == [""]  # emptied before the dialog went
