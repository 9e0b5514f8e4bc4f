"""Shared set-up for the office screens' tests: staff of every role, signing in as one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_desk.domain.enums import Role
from asylum_desk.services import users
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.office_dialog import OfficeDialog
from tests.conftest import PASSPHRASE

WAIT_MS = 15_000
STAFF = {
    "sule": (Role.SUPERVISOR, "supervisor sule's own passphrase"),
    "thida": (Role.CASEWORKER, "caseworker thida's own passphrase"),
    "ko": (Role.INTERPRETER, "interpreter ko's own passphrase"),
}
PASSPHRASES = {"amara": PASSPHRASE, **{name: secret for name, (_r, secret) in STAFF.items()}}


def add_staff(vault_path: Path) -> None:
    """A supervisor, a caseworker and an interpreter besides amara, the administrator."""
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        for name, (role, secret) in STAFF.items():
            users.add_user(admin, name, role, secret)


def sign_in(window: MainWindow, vault_path: Path, name: str) -> None:
    """Unlock the window as ``name`` (the service unlocks; the window takes the vault)."""
    if window.vault is not None:
        window.lock()
    window.on_unlocked(unlock(vault_path, name, PASSPHRASES[name]))
    QApplication.processEvents()


def office_dialog(window: MainWindow) -> OfficeDialog:
    """The Office window that is open."""
    [dialog] = [d for d in window.findChildren(OfficeDialog) if d.isVisible()]
    return dialog


def wait_idle(qtbot: QtBot, busy: object) -> None:
    """Wait until ``busy()`` is false (work off the GUI thread has reported back)."""
    qtbot.waitUntil(lambda: not busy(), timeout=WAIT_MS)  # type: ignore[operator]
