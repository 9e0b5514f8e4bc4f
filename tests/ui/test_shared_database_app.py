"""The desktop app on a shared PostgreSQL database: password, sign-in, work, preferences."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from asylum_desk.app import (
    SHARED_DATABASE_URL,
    USE_LOCAL_VAULT,
    build_shared_window,
    shared_location,
)
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.database_login import check_password
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.storage.shared import SharedDatabaseError, SharedLocation
from asylum_desk.ui.database_password_dialog import DatabasePasswordDialog
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.preferences_dialog import PreferencesDialog
from tests.conftest import PASSPHRASE, make_vault
from tests.keyring_doubles import InMemoryKeyring

WAIT_MS = 10_000


@pytest.fixture
def office(shared_location: SharedLocation) -> SharedLocation:
    with make_vault(shared_location).vault as vault:
        for case in demo_cases()[:3]:
            CaseService(vault).create_case(case)
    return shared_location


@pytest.fixture
def window(qtbot: QtBot, office: SharedLocation, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = build_shared_window(office, settings)
    qtbot.addWidget(main)
    main.show()
    yield main
    if main.vault is not None:
        main.vault.close()


def test_sign_in_list_edit_and_save_on_the_shared_database(
    qtbot: QtBot, window: MainWindow, office: SharedLocation
) -> None:
    view = window.unlock_view
    assert "postgresql" in view.path_label.toolTip() and office.password not in (
        view.path_label.toolTip()
    )
    view.username_edit.setText("amara")  # type: ignore[attr-defined]
    view.passphrase_edit.setText(PASSPHRASE)  # type: ignore[attr-defined]
    view.submit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.vault is not None, timeout=WAIT_MS)
    assert window.vault is not None and window.vault.is_shared
    # Backups and re-keying are the server's: not offered, and no reminder to back up.
    assert not window.backup_action.isEnabled() and not window.office.rekey_action.isEnabled()
    assert not window.backup_banner.isVisible()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=WAIT_MS)
    number = str(window.model.data(window.model.index(0, 0)))
    window.open_case(number)
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    person.occupation.clear()
    qtbot.keyClicks(person.occupation, "boat builder")
    window.save_case()
    assert not window.panel.is_modified
    assert CaseService(window.vault).get_case(number).applicant.occupation == "boat builder"


def test_a_wrong_passphrase_is_refused_on_the_unlock_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.unlock_view
    view.username_edit.setText("amara")  # type: ignore[attr-defined]
    view.passphrase_edit.setText("not the passphrase at all")  # type: ignore[attr-defined]
    view.submit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.message_label.isVisible(), timeout=WAIT_MS)
    assert window.vault is None
    assert "\n" not in view.message_label.text()


def test_the_password_is_checked_then_remembered_only_when_asked(
    qtbot: QtBot, office: SharedLocation
) -> None:
    backend = InMemoryKeyring()
    cache = DeviceKeyCache(backend, allow_backend_for_tests=True)
    shown: list[str] = []

    def ask(address: str) -> tuple[str, bool] | None:
        dialog = DatabasePasswordDialog(
            address, lambda p: check_password(address, p), can_remember=True
        )
        qtbot.addWidget(dialog)
        shown.append(address)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"asylum_admin", office.url.split("@")[1].split("/")[0]} <= texts
        assert not any(office.password in text for text in texts)
        dialog.password_edit.setText("wrong password")
        dialog.try_connect()
        assert dialog.message.isVisibleTo(dialog) and dialog.result() == 0
        assert "refused the user name or password" in dialog.message.text()
        dialog.password_edit.setText(office.password)
        dialog.remember.setChecked(True)
        dialog.try_connect()
        assert dialog.result() == DatabasePasswordDialog.DialogCode.Accepted
        return dialog.password, dialog.remember.isChecked()

    location = shared_location(office.url, cache, ask)
    assert location is not None and location.password == office.password
    assert list(backend.store.values()) == [office.password] and len(shown) == 1
    # Next start: the keyring answers, nobody is asked.
    again = shared_location(office.url, cache, lambda address: pytest.fail("asked again"))
    assert again is not None and again.password == office.password


def test_preferences_keep_a_safe_database_address_only(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(10, 7, None, database_url="")
    qtbot.addWidget(dialog)
    dialog.database_url.setText("postgresql://clerk:hunter2@hq.example.org/asylum")
    dialog._check_then_accept()
    assert dialog.result() == 0 and "Do not put the password" in dialog.database_problem.text()
    dialog.database_url.setText("postgresql://clerk@hq.example.org/asylum")
    dialog._check_then_accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert SHARED_DATABASE_URL == "shared/database_url"


def test_an_unreachable_server_leaves_the_way_to_this_laptops_vault(qtbot: QtBot) -> None:
    def unreachable(password: str) -> None:
        raise SharedDatabaseError("The database server cannot be reached; check the network.")

    dialog = DatabasePasswordDialog(
        "postgresql://clerk@db.hq.example.org/asylum", unreachable, can_remember=False
    )
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("anything")
    dialog.try_connect()
    assert "cannot be reached" in dialog.message.text() and not dialog.remember.isVisible()
    local = next(b for b in dialog.findChildren(QPushButton) if "laptop" in b.text())
    local.click()
    assert dialog.use_local and dialog.result() == DatabasePasswordDialog.DialogCode.Rejected
    # The app then opens the laptop's vault: shared_location gives no shared database.
    cache = DeviceKeyCache(InMemoryKeyring(), allow_backend_for_tests=True)
    url = "postgresql://clerk@db.hq.example.org/asylum"
    assert shared_location(url, cache, lambda address: USE_LOCAL_VAULT) is None
