"""The audit log in the Office window: filters by user, case, action and day; one page at a time."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from asylum_desk.services import assignments
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.audit_page import ACTION_NAMES, PAGE_SIZE, AuditPage, action_name
from asylum_desk.ui.office.office_dialog import AUDIT
from tests.conftest import CANARY_BURMESE, CANARY_NAME, CANARY_PLACE, PASSPHRASE, canary_case
from tests.ui.office_support import PASSPHRASES, add_staff, sign_in
from tests.ui.test_main_window import keyring_backend, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def column(page: AuditPage, index: int) -> list[str]:
    model = page.model
    return [str(model.data(model.index(row, index))) for row in range(model.rowCount())]


def every_cell(page: AuditPage) -> str:
    model = page.model
    return "\n".join(
        str(model.data(model.index(row, col)))
        for row in range(model.rowCount())
        for col in range(model.columnCount())
    )


@pytest.fixture
def office(vault_path: Path, window: MainWindow) -> str:
    """Staff, a canary case viewed by the supervisor and assigned to thida; its number."""
    add_staff(vault_path)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        number = CaseService(admin).create_case(canary_case())
    with unlock(vault_path, "sule", PASSPHRASES["sule"]) as sule:
        CaseService(sule).get_case(number)
        assignments.assign(sule, number, "thida")
    return number


def audit_page(window: MainWindow) -> AuditPage:
    dialog = window.office.open_page(AUDIT)
    assert dialog is not None
    return dialog.audit_page


def test_filters_by_user_case_action_and_day_return_the_right_rows(
    qtbot: QtBot, window: MainWindow, vault_path: Path, office: str
) -> None:
    sign_in(window, vault_path, "sule")
    page = audit_page(window)
    everything = page.total
    assert everything == page.model.rowCount() > 5
    assert [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Time (UTC)",
        "User",
        "Action",
        "Case number",
        "Detail",
    ]
    page.user.setCurrentIndex(page.user.findData("sule"))
    assert set(column(page, 1)) == {"sule"}
    assert {"View", "Assign case", "Unlock"} <= set(column(page, 2))  # the codes, as words
    page.action.setCurrentIndex(page.action.findData("assign"))
    assert page.action.currentText() == "Assign case"
    assert column(page, 2) == ["Assign case"]
    assert column(page, 3) == [office]
    assert column(page, 4) == ["user=thida role=caseworker"]
    page.clear_filters()
    assert page.total == everything
    qtbot.keyClicks(page.case_number, office.lower())  # typed in small letters
    qtbot.keyClick(page.case_number, Qt.Key.Key_Return)
    assert set(column(page, 3)) == {office}
    assert {"Create", "View", "Assign case"} <= set(column(page, 2))
    page.clear_filters()
    today = QDate.currentDate()  # the trail is in UTC; a day either side is safe
    page.use_until.setChecked(True)
    page.until.setDate(today.addDays(-2))
    assert page.total == 0 and page.model.rowCount() == 0
    assert page.position.text() == "No events."
    page.use_since.setChecked(True)
    page.since.setDate(today.addDays(-1))
    page.until.setDate(today.addDays(1))
    assert page.total == everything
    page.since.setDate(today.addDays(2))
    assert page.message.text() == "The first day is after the last day: no event fits."
    assert page.query().since == date.today() + timedelta(days=2)


def test_the_audit_log_never_shows_an_applicants_name_or_place(
    qtbot: QtBot, window: MainWindow, vault_path: Path, office: str
) -> None:
    sign_in(window, vault_path, "amara")
    page = audit_page(window)
    text = every_cell(page)
    assert office in text
    for canary in (CANARY_NAME, CANARY_BURMESE, CANARY_PLACE, "Applicant K"):
        assert canary not in text


def test_a_big_log_is_read_one_page_at_a_time(
    qtbot: QtBot, window: MainWindow, vault_path: Path, office: str
) -> None:
    with unlock(vault_path, "sule", PASSPHRASES["sule"]) as sule, sule.transaction() as session:
        for _ in range(2 * PAGE_SIZE + 50):
            sule.audit(session, "view", "case", office)
    sign_in(window, vault_path, "sule")
    page = audit_page(window)
    total = page.total
    assert total > 2 * PAGE_SIZE + 50
    assert page.model.rowCount() == PAGE_SIZE
    assert page.position.text() == f"Events 1–200 of {total:,}, newest first"
    assert not page.newer_button.isEnabled() and page.older_button.isEnabled()
    newest = page.model.key(0)
    qtbot.mouseClick(page.older_button, Qt.MouseButton.LeftButton)
    assert page.position.text().startswith("Events 201–400 of")
    assert page.model.key(0) == int(newest) - PAGE_SIZE  # type: ignore[call-overload]
    qtbot.mouseClick(page.older_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total - 2 * PAGE_SIZE
    assert not page.older_button.isEnabled()
    qtbot.mouseClick(page.newer_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.newer_button, Qt.MouseButton.LeftButton)
    assert page.model.key(0) == newest
    page.user.setCurrentIndex(page.user.findData("amara"))  # a filter starts at the newest
    assert page.offset == 0


@pytest.mark.parametrize("name", ["thida", "ko"])
def test_the_audit_log_called_anyway_shows_the_services_refusal(
    qtbot: QtBot, window: MainWindow, vault_path: Path, office: str, name: str
) -> None:
    sign_in(window, vault_path, name)
    assert not window.office.audit_action.isEnabled()
    page = audit_page(window)
    assert page.model.rowCount() == 0
    assert "may not read the audit log; that needs: admin, supervisor." in page.message.text()
    assert not page.user.isEnabled() and not page.case_number.isEnabled()
    page.load(0)  # pressed anyway: still nothing
    assert page.model.rowCount() == 0


def test_every_action_the_code_records_has_a_name_and_an_unknown_one_shows_as_it_is() -> None:
    import ast

    root = Path(__file__).resolve().parents[2] / "asylum_desk" / "services"
    recorded: set[str] = set()
    for source in root.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"audit", "_record"} and len(node.args) >= 2:
                action = node.args[1]  # audit(session, action, …), _record(vault, action, …)
                if isinstance(action, ast.Constant) and isinstance(action.value, str):
                    recorded.add(action.value)
            for keyword in node.keywords if name == "append" else ():
                if keyword.arg == "action" and isinstance(keyword.value, ast.Constant):
                    recorded.add(str(keyword.value.value))
    assert {"add_user", "backup", "erase", "statistics", "create"} <= recorded
    assert recorded <= set(ACTION_NAMES), recorded - set(ACTION_NAMES)
    assert action_name("add_user") == "Add user"
    assert action_name("some_future_code") == "some_future_code"
