"""Every window besides the editor, with every text 40% longer (and right to left): no text cut off.

The editor's sections are covered by test_translations.py, which also provides the
pseudo-locale (each string lengthened, compiled with pyside6-lrelease) and the checks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError, ChangedField
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.ui.changed_elsewhere_dialog import ChangedElsewhereDialog
from asylum_desk.ui.database_password_dialog import DatabasePasswordDialog
from asylum_desk.ui.i18n import install_translator
from asylum_desk.ui.office.office_dialog import PAGES, OfficeDialog
from asylum_desk.ui.packet_dialog import PacketDialog
from asylum_desk.ui.preferences_dialog import PreferencesDialog
from asylum_desk.ui.setup_wizard import SetupWizard
from asylum_desk.ui.statistics_dialog import StatisticsDialog
from asylum_desk.ui.transfer.address_book_dialog import AddressBookDialog
from asylum_desk.ui.transfer.send_dialog import SendDialog
from tests.ui.test_translations import app_language, pseudo_catalogue, truncated_in

__all__ = ["app_language"]  # the fixture, defined with the translation tests

Window = Callable[[OpenVault, list[str]], QWidget]


def _office(vault: OpenVault, numbers: list[str]) -> QWidget:
    dialog = OfficeDialog(vault)
    for name in PAGES:
        dialog.show_page(name)
    return dialog


def _changed(vault: OpenVault, numbers: list[str]) -> QWidget:
    error = CaseChangedElsewhereError(
        numbers[0],
        3,
        "amara",
        "2026-11-25T10:02:00+00:00",
        [ChangedField("Applicant › Occupation", "schoolteacher", "police officer")],
    )
    return ChangedElsewhereDialog(error)


WINDOWS: dict[str, Window] = {
    "packet": lambda vault, numbers: PacketDialog(vault, numbers[0]),
    "preferences": lambda vault, numbers: PreferencesDialog(5, 7, None, database_url=""),
    "office": _office,
    "statistics": lambda vault, numbers: StatisticsDialog(vault),
    "offices and identity": lambda vault, numbers: AddressBookDialog(vault),
    "send cases": lambda vault, numbers: SendDialog(vault, numbers[:2]),
    "someone saved first": _changed,
    "database password": lambda vault, numbers: DatabasePasswordDialog(
        "postgresql://clerk@db.hq.example.org/asylum", lambda password: None, can_remember=True
    ),
}


@pytest.mark.parametrize(
    ("code", "direction"),
    [("xx", Qt.LayoutDirection.LeftToRight), ("ar", Qt.LayoutDirection.RightToLeft)],
    ids=["pseudo-40%", "pseudo-40%-right-to-left"],
)
@pytest.mark.parametrize("name", list(WINDOWS))
def test_longer_texts_fit_the_window(
    qtbot: QtBot,
    tmp_path: Path,
    vault: OpenVault,
    app_language: QCoreApplication,
    code: str,
    direction: Qt.LayoutDirection,
    name: str,
) -> None:
    numbers = [CaseService(vault).create_case(case) for case in demo_cases()[:3]]
    pseudo_catalogue(tmp_path, code)
    assert install_translator(app_language, code, folder=tmp_path) == code
    assert QApplication.layoutDirection() == direction
    window = WINDOWS[name](vault, numbers)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isVisible)
    QApplication.processEvents()
    widgets = [*window.findChildren(QLabel), *window.findChildren(QAbstractButton)]
    shown = [w.text() for w in widgets if w.isVisible()]
    assert any(text.startswith("[") for text in shown), shown  # the long texts are in place
    pages = [window]
    tabs = getattr(window, "tabs", None)
    if tabs is not None:
        pages = []
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            pages.append(tabs.widget(index))
    problems = {
        str(i): found for i, page in enumerate(pages) if (found := truncated_in(page, window))
    }
    assert not problems, problems


def test_longer_texts_fit_every_page_of_the_setup_wizard(
    qtbot: QtBot, tmp_path: Path, app_language: QCoreApplication
) -> None:
    pseudo_catalogue(tmp_path, "xx")
    install_translator(app_language, "xx", folder=tmp_path)
    wizard = SetupWizard(tmp_path / "vault", create=lambda *args: pytest.fail("not created"))
    qtbot.addWidget(wizard)
    wizard.show()
    problems: dict[int, list[str]] = {}
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        found = truncated_in(page, wizard)
        if found:
            problems[page_id] = found
    assert wizard.wizardStyle() in tuple(QWizard.WizardStyle)
    assert not problems, problems
