"""Composition root of the desktop app: paths, services, QApplication, the first window.

No module-level state: everything is built here and handed over by constructor.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path
from PySide6.QtCore import QCoreApplication, QSettings, QSize, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from asylum_desk import __version__, crash_report
from asylum_desk.resources import resource_path
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.security.process_hardening import disable_core_dumps
from asylum_desk.ui.database_password_dialog import DatabasePasswordDialog
from asylum_desk.ui.i18n import LANGUAGE_SETTING, SYSTEM, install_translator
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.setup_wizard import SetupWizard
from asylum_desk.ui.unlock_view import UnlockView

if TYPE_CHECKING:
    from asylum_desk.services.database_login import SharedLocation
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


DESKTOP_FILE = "asylum-desk"
"""The menu entry's name (packaging/linux/asylum-desk.desktop), so desktops match the windows."""
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The app's icon at every size it is drawn at (resources/icons/hicolor/)."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "asylum-desk.png")
        icon.addFile(str(png), QSize(size, size))
    return icon


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


SHARED_DATABASE_URL = "shared/database_url"
"""QSettings key: the shared PostgreSQL database to work on instead of a vault file.

Its address only; the password is never in the settings."""


def shared_location(
    url: str, cache: DeviceKeyCache, ask: Callable[[str], tuple[str, bool] | None]
) -> SharedLocation | None:
    """The shared database with its password: remembered, or asked (None: the person gave up).

    ``ask(address)`` returns the password (already checked by connecting) and whether to
    remember it in the keyring.
    """
    from asylum_desk.services.database_login import (
        SharedLocation,
        check_and_remember,
        database_address,
        remembered_password,
    )

    address = database_address(url)
    password = remembered_password(url, cache)
    if password is None:
        answer = ask(address)
        if answer is None or answer is USE_LOCAL_VAULT:
            return None
        password, remember = answer
        if remember:
            # Offered only with a secure keyring; should it fail now, the app works on.
            with contextlib.suppress(Exception):
                check_and_remember(url, password, cache)
    return SharedLocation(address, password)


USE_LOCAL_VAULT = ("", False)
"""What ``ask_database_password`` returns when the person chose this laptop's vault."""


def ask_database_password(address: str, cache: DeviceKeyCache) -> tuple[str, bool] | None:
    """The password dialog, checking each try by connecting (``USE_LOCAL_VAULT``, or None)."""
    from asylum_desk.services.database_login import check_password

    dialog = DatabasePasswordDialog(
        address,
        lambda password: check_password(address, password),
        can_remember=cache.is_available(),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return USE_LOCAL_VAULT if dialog.use_local else None
    return dialog.password, dialog.remember.isChecked()


def build_shared_window(
    location: SharedLocation, settings: QSettings, cache: DeviceKeyCache | None = None
) -> MainWindow:
    """The window for a shared database, locked: everyone signs in with their own passphrase."""

    def unlock(user: str, secret: str) -> OpenVault:
        from asylum_desk.services import vault_access

        return vault_access.unlock(location, user, secret)

    def recover(user: str, key: str, secret: str) -> OpenVault:
        from asylum_desk.services import vault_access

        return vault_access.unlock_with_recovery(location, user, key, secret)

    office_name = QCoreApplication.translate("App", "Shared database")
    unlock_view = UnlockView(
        vault_path=location.display,  # type: ignore[arg-type]  # shown, never opened as a file
        unlock=unlock,
        office_name=office_name,
        recover=recover,
        unlock_delay=lambda: 0,  # the server's own login guards the connection
    )
    return MainWindow(
        vault_path=location.display,  # type: ignore[arg-type]
        office_name=office_name,
        unlock_view=unlock_view,
        forget_device=lambda user: None,
        settings=settings,
    )


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


def run_app(vault_path: Path | None = None, database_url: str | None = None) -> int:
    """Start the desktop app; returns the process exit code.

    A shared database (``database_url``, or the one set in the preferences) is used unless a
    vault folder is named.
    """
    disable_core_dumps()
    crash_report.install()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    QGuiApplication.setWindowIcon(application_icon())
    register_fonts()
    settings = QSettings()
    # Before any widget exists: texts are translated as the widgets are built.
    install_translator(app, str(settings.value(LANGUAGE_SETTING, SYSTEM) or SYSTEM))
    configured = settings.value(SHARED_DATABASE_URL)
    url = database_url or (configured if vault_path is None and configured else None)
    if isinstance(url, str) and url.strip():
        outcome = _run_shared(app, url.strip(), settings)
        if outcome is not None:
            return outcome
    path = vault_path or default_vault_path()
    first_vault = None
    if not (path / "vault.key").exists():
        first_vault = create_first_vault(path)
        if first_vault is None:
            return 0
        path = first_vault.files.folder
    window = build_main_window(path, settings)
    window.show()
    if first_vault is not None:
        window.on_unlocked(first_vault)
    else:
        preload_services()
    return int(app.exec())


def _run_shared(app: QCoreApplication, url: str, settings: QSettings) -> int | None:
    """The app on the shared database; None when the person chose this laptop's vault."""
    from asylum_desk.services.database_login import SharedDatabaseError

    cache = DeviceKeyCache()
    chosen: list[tuple[str, bool] | None] = []

    def ask(address: str) -> tuple[str, bool] | None:
        chosen.append(ask_database_password(address, cache))
        return chosen[-1]

    try:
        location = shared_location(url, cache, ask)
    except SharedDatabaseError as error:  # a malformed or unsafe URL: one line, then stop
        print(f"asylum-desk: {error}", file=sys.stderr)
        return 2
    if location is None:
        return None if chosen and chosen[-1] is USE_LOCAL_VAULT else 0
    window = build_shared_window(location, settings, cache)
    window.show()
    preload_services()
    return int(app.exec())
