"""An interpreter in the app: assigned statements only, the translation the one change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_desk.services.assignments import assign
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.statement_dialog import StatementDialog
from tests.conftest import CANARY_NAME, CANARY_STATEMENT, PASSPHRASE, canary_case
from tests.ui.office_support import add_staff, sign_in
from tests.ui.test_main_window import keyring_backend, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def statement_dialogs(window: MainWindow) -> list[StatementDialog]:
    return [d for d in window.findChildren(StatementDialog) if d.isVisible()]


def test_an_interpreter_sees_the_statement_and_saves_only_the_translation(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        number = CaseService(admin).create_case(canary_case())
        assign(admin, number, "ko")
    sign_in(window, vault_path, "ko")
    assert not window.new_action.isEnabled()
    assert not window.print_action.isEnabled()
    rows = [window.model.summary(r) for r in range(window.model.rowCount())]
    assert [s.case_number for s in rows if s is not None] == [number]
    assert all(CANARY_NAME not in str(s) for s in rows)
    window.open_case(number)
    [dialog] = statement_dialogs(window)
    shown = dialog.original.toPlainText()
    assert CANARY_STATEMENT.split()[0] in shown
    assert CANARY_NAME not in shown
    assert not window.panel.is_open  # the case editor is never opened for an interpreter
    dialog.translation.setPlainText("The translation, checked with the applicant.")
    dialog.save()
    assert dialog.message.text() == "Translation saved."
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        statement = CaseService(admin).get_case(number).flight.statement
        assert statement is not None
        assert statement.translation == "The translation, checked with the applicant."
    dialog.translation.setPlainText("Typed, then the laptop locked itself.")
    window.lock()
    QApplication.processEvents()
    assert not statement_dialogs(window)  # locking closes it, keeping what was typed
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        statement = CaseService(admin).get_case(number).flight.statement
        assert statement is not None
        assert statement.translation == "Typed, then the laptop locked itself."


def test_a_case_not_assigned_is_refused_in_one_line(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        number = CaseService(admin).create_case(canary_case())
    sign_in(window, vault_path, "ko")
    window.open_case(number)
    assert not statement_dialogs(window)
    message = window.statusBar().currentMessage()
    assert message and "\n" not in message and CANARY_NAME not in message
