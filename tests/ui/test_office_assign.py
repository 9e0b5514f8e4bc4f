"""Assign…: a supervisor assigns the open or selected case to a caseworker or an interpreter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_desk.domain.listing import CaseQuery
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.assign_dialog import AssignDialog
from tests.ui.office_support import PASSPHRASES, add_staff, sign_in
from tests.ui.test_main_window import keyring_backend, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def assigned(dialog: AssignDialog) -> dict[str, str]:
    model = dialog.model
    return {str(model.key(r)): str(model.data(model.index(r, 1))) for r in range(model.rowCount())}


def cases_of(vault_path: Path, name: str) -> set[str]:
    with unlock(vault_path, name, PASSPHRASES[name]) as vault:
        return {s.case_number for s in CaseService(vault).list_cases(CaseQuery()).items}


def choose(dialog: AssignDialog, name: str) -> None:
    dialog.user.setCurrentIndex(dialog.user.findData(name))


def test_a_supervisor_assigns_the_open_case_and_withdraws_it(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, "sule")
    number = str(window.model.data(window.model.index(1, 0)))
    window.open_case(number)
    dialog = window.office.assign_case()
    assert dialog is not None and dialog.isVisible()
    assert dialog.case_number == number
    choices = [dialog.user.itemData(i) for i in range(dialog.user.count())]
    assert choices == ["ko", "thida"]  # caseworkers and interpreters only
    assert assigned(dialog) == {}
    choose(dialog, "thida")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    choose(dialog, "ko")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert assigned(dialog) == {
        "ko": "interpreter (statement)",
        "thida": "caseworker (all of the case)",
    }
    assert dialog.message.text() == f"Assigned {number} to ko (interpreter)."
    assert number in cases_of(vault_path, "thida")
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)  # ko again
    assert dialog.message.text() == f"Not assigned: Case {number} is already assigned to ko."
    asked: list[str] = []
    dialog.ask_unassign = lambda name: asked.append(name) or True  # type: ignore[method-assign]
    dialog.table.selectRow(list(assigned(dialog)).index("thida"))
    qtbot.mouseClick(dialog.unassign_button, Qt.MouseButton.LeftButton)
    assert asked == ["thida"]
    assert assigned(dialog) == {"ko": "interpreter (statement)"}
    assert number not in cases_of(vault_path, "thida")


def test_assign_takes_the_case_selected_in_the_list_or_says_what_to_do(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, "amara")
    assert window.office.assign_case() is None
    assert "select one case in the list" in window.statusBar().currentMessage()
    window.case_list.table.selectRow(2)
    number = str(window.model.data(window.model.index(2, 0)))
    window.office.assign_action.trigger()
    [dialog] = [d for d in window.findChildren(AssignDialog) if d.isVisible()]
    assert dialog.case_number == number
    assert dialog.windowTitle() == f"Assign case {number}"


@pytest.mark.parametrize("name", ["thida", "ko"])
def test_assign_called_anyway_shows_the_services_refusal(
    qtbot: QtBot, window: MainWindow, vault_path: Path, name: str
) -> None:
    add_staff(vault_path)
    with unlock(vault_path, "amara", PASSPHRASES["amara"]) as admin:
        number = CaseService(admin).list_cases(CaseQuery()).items[0].case_number
    sign_in(window, vault_path, name)
    assert not window.office.assign_action.isEnabled()
    dialog = AssignDialog(window.vault, number, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert "may not assign cases to users; that needs: admin, supervisor." in dialog.message.text()
    assert not dialog.assign_button.isEnabled() and dialog.model.rowCount() == 0
