"""Retention and erasure in the Office window: the period, the cases due, approving erasure."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.model import Case, Person
from asylum_desk.services import retention
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.office_dialog import RETENTION
from asylum_desk.ui.office.retention_page import RetentionPage, erasure_question
from tests.conftest import PASSPHRASE
from tests.ui.office_support import WAIT_MS, add_staff, sign_in
from tests.ui.test_main_window import keyring_backend, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

LATER = date.today() + timedelta(days=800)


@pytest.fixture
def closed(vault_path: Path, window: MainWindow) -> list[str]:
    """Staff; two more (invented) cases, closed today; a retention period of one year."""
    add_staff(vault_path)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        service = CaseService(admin)
        numbers = [
            service.create_case(Case(applicant=Person(given_names=name), caseworker="thida"))
            for name in ("Lalremruati", "Van Lal Peka")
        ]
        for number in numbers:
            service.close_case(number, "resettled to a third country")
        retention.set_retention_years(admin, 1)
    return sorted(numbers)


def retention_page(window: MainWindow) -> RetentionPage:
    dialog = window.office.open_page(RETENTION)
    assert dialog is not None
    return dialog.retention_page


def due(page: RetentionPage) -> list[str]:
    return [str(key) for key in page.model.row_keys()]


def list_numbers(window: MainWindow) -> set[str]:
    model = window.model
    return {str(model.data(model.index(row, 0))) for row in range(model.rowCount())}


def select(page: RetentionPage, numbers: list[str]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for number in numbers:
        row = due(page).index(number)
        page.table.selectionModel().select(page.model.index(row, 0), flags)


def test_an_admin_sets_the_period_with_the_radio_buttons(
    qtbot: QtBot, window: MainWindow, vault_path: Path, closed: list[str]
) -> None:
    sign_in(window, vault_path, "amara")
    page = retention_page(window)
    assert page.years_radio.isChecked() and page.years.value() == 1
    assert not page.save_button.isEnabled()  # nothing changed yet
    page.years.setValue(7)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Closed cases are now due for erasure 7 years after closing."
    page.keep_radio.setChecked(True)
    assert not page.years.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "No retention period: closed cases are kept."
    assert window.vault is not None and retention.retention_years(window.vault) is None
    assert not page.save_button.isEnabled()


def test_a_supervisor_sees_the_period_but_cannot_change_it(
    qtbot: QtBot, window: MainWindow, vault_path: Path, closed: list[str]
) -> None:
    sign_in(window, vault_path, "sule")
    page = retention_page(window)
    assert not page.keep_radio.isEnabled() and not page.years.isEnabled()
    assert not page.save_button.isVisible()
    assert "Only an administrator changes the period." in page.period_note.text()
    page.years_radio.setChecked(True)
    page.years.setValue(3)
    page.save_period()  # called anyway: the service refuses
    assert page.message.text() == (
        "Period not changed: User 'sule' (supervisor) may not change the retention period; "
        "that needs: admin."
    )
    assert window.vault is not None and retention.retention_years(window.vault) == 1


def test_a_supervisor_erases_due_cases_and_they_leave_the_case_list(
    qtbot: QtBot, window: MainWindow, vault_path: Path, closed: list[str]
) -> None:
    sign_in(window, vault_path, "sule")
    window.open_case(closed[0])
    assert window.panel.is_open
    page = retention_page(window)
    assert due(page) == []  # closed today: not due for a year
    assert page.message.text() == "No case is due for erasure."
    page.today = lambda: LATER  # type: ignore[method-assign]
    page.refresh()
    assert sorted(due(page)) == closed
    assert page.model.data(page.model.index(0, 3)) == "resettled to a third country"
    assert not page.erase_button.isEnabled()
    select(page, closed)
    assert page.erase_button.text() == "E&rase 2 selected…"
    asked: list[list[str]] = []
    page.ask_erase = lambda numbers: asked.append(list(numbers)) or False  # type: ignore[method-assign]
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert sorted(asked[0]) == closed and sorted(due(page)) == closed  # cancelled
    page.ask_erase = lambda numbers: True  # type: ignore[method-assign]
    with qtbot.waitSignal(window.office.cases_erased, timeout=WAIT_MS):
        qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
        assert page.busy.isVisible() and not page.erase_button.isEnabled()
    assert not page.busy.isVisible()
    assert due(page) == []
    assert page.message.text().startswith("Erased 2 cases (")
    assert "only the audit lines remain" in page.message.text()
    qtbot.waitUntil(lambda: window.model.rowCount() == 4, timeout=WAIT_MS)
    assert not list_numbers(window) & set(closed)
    assert not window.panel.is_open  # the erased case that was open is closed
    assert window.vault is not None
    with pytest.raises(CaseNotFoundError):
        CaseService(window.vault).get_case(closed[0])
    erased = read_audit_log(window.vault, AuditQuery(action="erase")).entries
    assert sorted(e.case_number or "" for e in erased) == closed


def test_erasing_a_case_that_is_not_due_erases_nothing(
    qtbot: QtBot, window: MainWindow, vault_path: Path, closed: list[str]
) -> None:
    sign_in(window, vault_path, "sule")
    page = retention_page(window)
    page.today = lambda: LATER  # type: ignore[method-assign]
    page.refresh()
    select(page, closed[:1])
    page.today = lambda: date.today()  # type: ignore[method-assign]
    page.ask_erase = lambda numbers: True  # type: ignore[method-assign]
    page.erase_selected()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert page.message.text() == (
        f"Case {closed[0]} is not due for erasure (only closed cases are, 1 years after closing)."
    )
    assert closed[0] in list_numbers(window)


def test_the_erasure_question_says_what_is_lost_and_what_remains(window: MainWindow) -> None:
    box = erasure_question(window, ["CPH-2026-0001", "CPH-2026-0002"])
    text = box.informativeText()
    assert "This permanently removes 2 cases (CPH-2026-0001, CPH-2026-0002)" in text
    assert "Only an audit line with the case number remains." in text
    assert "Backups taken before now still hold these cases" in text
    assert box.defaultButton() is box.escapeButton()  # Cancel, not Erase
    box.deleteLater()


@pytest.mark.parametrize("name", ["thida", "ko"])
def test_retention_called_anyway_shows_the_services_refusal(
    qtbot: QtBot, window: MainWindow, vault_path: Path, closed: list[str], name: str
) -> None:
    sign_in(window, vault_path, name)
    assert not window.office.retention_action.isEnabled()
    page = retention_page(window)
    page.today = lambda: LATER  # type: ignore[method-assign]
    page.refresh()
    assert due(page) == []
    assert "may not list the cases due for erasure" in page.message.text()
    page.ask_erase = lambda numbers: True  # type: ignore[method-assign]
    page._erase(list(closed), "Erasing…")  # the button pressed anyway: the service refuses
    qtbot.waitUntil(lambda: not page.is_busy, timeout=WAIT_MS)
    assert "may not erase cases; that needs: admin, supervisor." in page.message.text()
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        assert CaseService(admin).get_case(closed[0]).case_number == closed[0]
