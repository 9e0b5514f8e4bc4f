"""The first-start wizard creates a real vault and shows its recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from asylum_desk.security.recovery import parse_recovery_key
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.setup_wizard import (
    LOCATION_PAGE,
    OFFICE_PAGE,
    RECOVERY_PAGE,
    USER_PAGE,
    VAULT_FOLDER_NAME,
    SetupWizard,
)

from .helpers import OFFSCREEN_NOISE, PASSPHRASE, WAIT_MS, create

pytestmark = OFFSCREEN_NOISE

Button = QWizard.WizardButton


def _wizard(qtbot: QtBot, location: Path, **options: object) -> SetupWizard:
    wizard = SetupWizard(location, create, **options)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled() and button.isVisible(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill_office_and_user(qtbot: QtBot, wizard: SetupWizard) -> None:
    office = wizard.office_page
    qtbot.keyClicks(office.name_edit, "Champhai field office")
    qtbot.keyClicks(office.code_edit, "cph")
    assert office.code_edit.text() == "CPH"
    _click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == USER_PAGE
    user = wizard.user_page
    qtbot.keyClicks(user.username_edit, "amara")
    qtbot.keyClicks(user.passphrase.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(user.passphrase.confirm_edit, PASSPHRASE)
    _click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == LOCATION_PAGE


def test_wizard_creates_a_vault_and_shows_the_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    printed: list[str] = []
    location = tmp_path / "vault"
    wizard = _wizard(qtbot, location, print_recovery=printed.append)
    _fill_office_and_user(qtbot, wizard)

    assert wizard.location_page.path_edit.text() == str(location)
    _click(qtbot, wizard, Button.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY_PAGE, timeout=WAIT_MS)

    assert (location / "vault.db").is_file()
    assert (location / "vault.key").is_file()
    assert wizard.user_page.passphrase.passphrase() == ""
    assert wizard.user_page.passphrase.confirm_edit.text() == ""

    page = wizard.recovery_page
    shown = page.key_label.text()
    assert len(parse_recovery_key(shown)) == 32
    assert page.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert QFontInfo(page.key_label.font()).fixedPitch()

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert parse_recovery_key(printed[0]) == parse_recovery_key(shown)

    assert not wizard.button(Button.FinishButton).isEnabled()
    assert (
        not wizard.button(Button.BackButton).isEnabled()
        or not wizard.button(Button.BackButton).isVisible()
    )
    wizard.reject()  # the key must be confirmed: walking away is refused
    assert wizard.isVisible()
    page.confirm_checkbox.setChecked(True)
    _click(qtbot, wizard, Button.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    vault = wizard.vault
    assert isinstance(vault, OpenVault) and vault.is_open
    assert (vault.office_code, vault.office_name, vault.username) == (
        "CPH",
        "Champhai field office",
        "amara",
    )
    assert page.key_label.text() == ""
    vault.close()
    unlock(location, "amara", PASSPHRASE).close()


def test_mismatched_passphrases_keep_next_disabled(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "vault")
    office = wizard.office_page
    qtbot.keyClicks(office.name_edit, "Champhai field office")
    qtbot.keyClicks(office.code_edit, "CPH")
    _click(qtbot, wizard, Button.NextButton)
    user = wizard.user_page
    qtbot.keyClicks(user.username_edit, "amara")
    qtbot.keyClicks(user.passphrase.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(user.passphrase.confirm_edit, PASSPHRASE + "!")
    assert not wizard.button(Button.NextButton).isEnabled()
    assert user.passphrase.mismatch_label.isVisible()
    user.passphrase.confirm_edit.clear()
    qtbot.keyClicks(user.passphrase.confirm_edit, PASSPHRASE)
    assert wizard.button(Button.NextButton).isEnabled()
    user.passphrase.passphrase_edit.setText("short")
    user.passphrase.confirm_edit.setText("short")
    assert not wizard.button(Button.NextButton).isEnabled()


def test_office_code_must_be_letters_and_digits(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path / "vault")
    office = wizard.office_page
    qtbot.keyClicks(office.name_edit, "Champhai field office")
    qtbot.keyClicks(office.code_edit, "9x")
    assert office.code_error.isVisible()
    assert not wizard.button(Button.NextButton).isEnabled()
    office.code_edit.clear()
    qtbot.keyClicks(office.code_edit, "c")
    assert not wizard.button(Button.NextButton).isEnabled()
    qtbot.keyClicks(office.code_edit, "ph2")
    assert office.code_edit.text() == "CPH2"
    assert not office.code_error.isVisible()
    assert wizard.button(Button.NextButton).isEnabled()
    assert wizard.currentId() == OFFICE_PAGE


def test_a_folder_that_is_not_empty_is_reported_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine", encoding="utf-8")
    wizard = _wizard(qtbot, occupied)
    _fill_office_and_user(qtbot, wizard)
    _click(qtbot, wizard, Button.CommitButton)
    page = wizard.location_page
    qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=WAIT_MS)
    assert "already exists and is not empty" in page.error_label.text()
    assert wizard.currentId() == LOCATION_PAGE
    assert sorted(p.name for p in occupied.iterdir()) == ["notes.txt"]
    assert wizard.button(Button.CommitButton).isEnabled()
    assert wizard.vault is None


def test_choosing_a_folder_with_files_puts_the_vault_inside(qtbot: QtBot, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.odt").write_text("x", encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    answers = [documents, empty, None]
    wizard = _wizard(qtbot, tmp_path / "vault", choose_folder=lambda _start: answers.pop(0))
    page = wizard.location_page
    page.choose_folder()
    assert page.location() == documents / VAULT_FOLDER_NAME
    page.choose_folder()
    assert page.location() == empty
    page.choose_folder()
    assert page.location() == empty
    assert page.path_edit.text() == str(empty)


def test_the_printed_sheet_numbers_every_group() -> None:
    from datetime import date

    from asylum_desk.security.recovery import format_recovery_key, generate_recovery_key
    from asylum_desk.ui.setup_wizard import recovery_sheet_html

    key = format_recovery_key(generate_recovery_key())
    sheet = recovery_sheet_html(key, "CPH", date(2026, 3, 10))
    for number, group in enumerate(key.split("-"), start=1):
        assert f">{number}</span>" in sheet
        assert group in sheet
    assert "Office CPH" in sheet and "2026-03-10" in sheet
    assert "never with the laptop" in sheet
