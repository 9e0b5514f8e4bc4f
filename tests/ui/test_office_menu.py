"""The Office menu: each action enabled for the roles that may use it, its window closed on lock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.office_dialog import OfficeDialog
from tests.ui.office_support import add_staff, office_dialog, sign_in
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

ENABLED = {
    "amara": {"users", "audit", "retention", "merge", "assign"},
    "sule": {"audit", "retention", "merge", "assign"},
    "thida": set(),
    "ko": set(),
}


def enabled_actions(window: MainWindow) -> set[str]:
    office = window.office
    named = {
        "users": office.users_action,
        "audit": office.audit_action,
        "retention": office.retention_action,
        "merge": office.merge_action,
        "assign": office.assign_action,
    }
    return {name for name, action in named.items() if action.isEnabled()}


def test_the_office_menu_is_in_the_menu_bar(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Office" in titles
    assert enabled_actions(window) == set()  # locked


@pytest.mark.parametrize("name", list(ENABLED))
def test_office_actions_are_enabled_for_the_roles_that_may_use_them(
    qtbot: QtBot, window: MainWindow, vault_path: Path, name: str
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, name)
    assert enabled_actions(window) == ENABLED[name]
    window.lock()
    assert enabled_actions(window) == set()


def test_the_office_window_shows_only_the_tabs_of_the_role(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, "sule")
    window.office.audit_action.trigger()
    dialog = office_dialog(window)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["&Audit log", "&Retention and erasure", "&Merge conflicts"]
    assert dialog.tabs.currentWidget() is dialog.audit_page
    window.office.retention_action.trigger()  # the same window, another tab
    assert office_dialog(window) is dialog
    assert dialog.tabs.currentWidget() is dialog.retention_page


def test_an_admin_sees_every_tab_and_locking_closes_the_office_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    window.office.users_action.trigger()
    dialog = office_dialog(window)
    assert dialog.tabs.count() == 4
    assert dialog.tabs.currentWidget() is dialog.users_page
    window.lock()
    QApplication.processEvents()
    assert not [d for d in window.findChildren(OfficeDialog) if d.isVisible()]
