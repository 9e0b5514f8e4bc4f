"""Composition root of the desktop app: paths, services, QApplication, the first window.

No module-level state: everything is built here and handed over by constructor.
"""

from __future__ import annotations

import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from asylum_desk import __version__, crash_report
from asylum_desk.resources import resource_path
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.security.process_hardening import disable_core_dumps
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.setup_wizard import SetupWizard
from asylum_desk.ui.unlock_view import UnlockView

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

# The services pull in the database libraries (about a second to import): they are loaded
# on first use, or in the background once the unlock screen shows.
SERVICE_MODULES = (
    "asylum_desk.services.vault_access",
    "asylum_desk.services.device_unlock",
    "asylum_desk.services.case_service",
    "asylum_desk.services.drafts",
    "asylum_desk.services.case_history",
    "asylum_desk.ui.case_panel",
)

APP_NAME = "Asylum Desk"
ORGANISATION = "AsylumDesk"


def default_vault_path() -> Path:
    """Where a vault lives unless the user picks another place."""
    return user_data_path(ORGANISATION, appauthor=False) / "vault"


def register_fonts() -> list[str]:
    """Make the bundled fonts (Burmese script) available to every widget."""
    families: list[str] = []
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


REMEMBERED_USER = "unlock/remembered_user"
"""QSettings key: the sign-in name whose key this device remembers (tried once at start)."""


def build_main_window(
    vault_path: Path, settings: QSettings, cache: DeviceKeyCache | None = None
) -> MainWindow:
    """The window for an existing vault, locked, showing the unlock screen."""
    device_cache = cache if cache is not None else DeviceKeyCache()

    def unlock(user: str, secret: str) -> OpenVault:
        from asylum_desk.services import vault_access

        # The full page check runs in `verify`; every page read is authenticated anyway.
        return vault_access.unlock(vault_path, user, secret, check_integrity=False)

    def remember(vault: OpenVault, secret: str) -> None:
        from asylum_desk.services import device_unlock

        device_unlock.remember_on_device(vault, secret, device_cache)
        # The staff member's sign-in name (never an applicant's): which user to try at start.
        settings.setValue(REMEMBERED_USER, vault.username)

    def unlock_remembered(user: str) -> OpenVault | None:
        from asylum_desk.services import device_unlock

        return device_unlock.unlock_remembered(vault_path, user, device_cache)

    def recover(user: str, key: str, secret: str) -> OpenVault:
        from asylum_desk.services import vault_access

        vault = vault_access.unlock_with_recovery(vault_path, user, key, secret)
        forget_device(user)  # a new passphrase: what this device remembered goes too
        return vault

    def forget_device(user: str) -> None:
        from asylum_desk.services import device_unlock

        device_unlock.forget_on_device(vault_path, user, device_cache)
        if settings.value(REMEMBERED_USER) == user:
            settings.remove(REMEMBERED_USER)

    unlock_view = UnlockView(
        vault_path=vault_path,
        device_cache=device_cache,
        unlock=unlock,
        remember=remember,
        unlock_remembered=unlock_remembered,
        recover=recover,
    )
    window = MainWindow(
        vault_path=vault_path,
        office_name=vault_path.name,
        unlock_view=unlock_view,
        forget_device=forget_device,
        settings=settings,
    )
    remembered = settings.value(REMEMBERED_USER)
    if isinstance(remembered, str) and remembered:
        # Only when the app starts: after a lock in this session the passphrase is asked.
        QTimer.singleShot(0, lambda: unlock_view.try_remembered(remembered))
    return window


def preload_services() -> threading.Thread:
    """Import the services in the background while the person types their passphrase."""

    def load() -> None:
        for name in SERVICE_MODULES:
            importlib.import_module(name)

    thread = threading.Thread(target=load, name="preload-services", daemon=True)
    thread.start()
    return thread


def create_first_vault(default_location: Path) -> OpenVault | None:
    """Run the setup wizard; the new vault, unlocked, or None when the user cancelled."""
    from asylum_desk.services import vault_access

    wizard = SetupWizard(
        default_location=default_location,
        create=lambda where, code, name, user, secret: vault_access.create_vault(
            where, office_code=code, office_name=name, username=user, passphrase=secret
        ),
    )
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.vault


def run_app(vault_path: Path | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    disable_core_dumps()
    crash_report.install()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    register_fonts()
    path = vault_path or default_vault_path()
    first_vault = None
    if not (path / "vault.key").exists():
        first_vault = create_first_vault(path)
        if first_vault is None:
            return 0
        path = first_vault.files.folder
    window = build_main_window(path, QSettings())
    window.show()
    if first_vault is not None:
        window.on_unlocked(first_vault)
    else:
        preload_services()
    return int(app.exec())
