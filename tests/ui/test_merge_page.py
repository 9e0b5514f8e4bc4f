"""The merge view in the Office window: conflicts per case, ours and theirs side by side."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from asylum_desk.domain.model import Case
from asylum_desk.services import bundles, merge
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.office.merge_page import MergePage
from asylum_desk.ui.office.office_dialog import MERGE
from tests.conftest import PASSPHRASE, canary_case
from tests.ui.office_support import add_staff, sign_in
from tests.ui.test_main_window import keyring_backend, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def _edit(vault: OpenVault, number: str, change: Callable[[Case], None]) -> None:
    service = CaseService(vault)
    case = service.get_case(number)
    change(case)
    service.update_case(case)


def _occupation(case: Case) -> None:
    case.applicant.occupation = "teacher"


def _theirs(case: Case) -> None:
    case.applicant.occupation = "tailor"
    case.applicant.religion = "Buddhist"
    assert case.crossing is not None
    case.crossing.district = "Zokhawthar"


def _ours(case: Case) -> None:
    case.applicant.occupation = "teacher"
    case.applicant.religion = "Christian"
    assert case.crossing is not None
    case.crossing.district = "Lawngtlai"


@pytest.fixture
def conflicted(vault_path: Path, window: MainWindow, tmp_path: Path) -> str:
    """A case that CPH sent to AIZ and got back with three fields edited on both sides."""
    add_staff(vault_path)
    folder = tmp_path / "aiz-vault"
    aiz_vault = create_vault(
        folder, office_code="AIZ", office_name="Aizawl", username="amara", passphrase=PASSPHRASE
    ).vault
    with unlock(vault_path, "amara", PASSPHRASE) as cph, aiz_vault as aiz:
        ident_cph, ident_aiz = bundles.own_identity(cph), bundles.own_identity(aiz)
        bundles.add_office(cph, ident_aiz.text(), ident_aiz.fingerprint())
        bundles.add_office(aiz, ident_cph.text(), ident_cph.fingerprint())
        number = CaseService(cph).create_case(canary_case())
        there, back = tmp_path / "there.adbundle", tmp_path / "back.adbundle"
        bundles.export_bundle(cph, ["AIZ"], [number], there)
        bundles.import_bundle(aiz, there.read_bytes())
        _edit(cph, number, _ours)
        _edit(aiz, number, _theirs)
        bundles.export_bundle(aiz, ["CPH"], [number], back)
        assert bundles.import_bundle(cph, back.read_bytes()).conflicts == 3
    return number


def merge_page(window: MainWindow) -> MergePage:
    dialog = window.office.open_page(MERGE)
    assert dialog is not None
    return dialog.merge_page


def test_a_supervisor_chooses_per_field_and_applies(
    qtbot: QtBot, window: MainWindow, vault_path: Path, conflicted: str
) -> None:
    sign_in(window, vault_path, "sule")
    assert window.office.merge_action.isEnabled()
    page = merge_page(window)
    assert page.case_numbers() == [conflicted]
    assert page.current_case() == conflicted
    assert [row.view.field for row in page.rows] == [
        "applicant.religion",
        "applicant.occupation",
        "crossing.district",
    ]
    by_field = {row.view.field: row for row in page.rows}
    occupation = by_field["applicant.occupation"]
    assert occupation.ours_label.text() == "teacher"
    assert occupation.theirs_label.text() == "tailor"
    assert occupation.base_label.text() == "Before: police sergeant"
    assert occupation.theirs.text() == "&Take theirs (AIZ)"
    assert not page.apply_button.isEnabled()  # nothing chosen yet

    # By keyboard: focus the field's "keep ours", arrow to "take theirs", then apply.
    page.window().activateWindow()
    occupation.ours.setFocus()
    qtbot.waitUntil(occupation.ours.hasFocus, timeout=5000)
    qtbot.keyClick(occupation.ours, Qt.Key.Key_Space)
    assert occupation.choice == "ours"
    qtbot.keyClick(occupation.ours, Qt.Key.Key_Right)
    assert occupation.choice == "theirs"
    by_field["crossing.district"].ours.click()
    assert page.apply_button.isEnabled()
    qtbot.keyClick(page.apply_button, Qt.Key.Key_Space)

    assert "2 resolved (1 taken from the other office); 1 still to choose." in page.message.text()
    assert [row.view.field for row in page.rows] == ["applicant.religion"]
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        case = CaseService(admin).get_case(conflicted)
    assert case.applicant.occupation == "tailor"
    assert case.crossing is not None and case.crossing.district == "Lawngtlai"
    assert case.applicant.religion == "Christian"  # not chosen: ours stays

    page.choose_all("theirs")
    page.apply_choices()
    assert page.case_numbers() == []
    assert page.heading.text().startswith("No open conflicts")
    assert not page.apply_button.isEnabled()


def test_a_changed_case_is_refused_in_one_line_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, vault_path: Path, conflicted: str
) -> None:
    sign_in(window, vault_path, "sule")
    page = merge_page(window)
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        _edit(admin, conflicted, lambda case: setattr(case.applicant, "occupation", "farmer"))
    page.choose_all("theirs")
    page.apply_choices()
    assert "changed since" in page.message.text() and "\n" not in page.message.text()
    assert len(page.rows) == 3
    with unlock(vault_path, "amara", PASSPHRASE) as admin:
        assert len(merge.open_conflicts(admin)) == 3
        assert CaseService(admin).get_case(conflicted).applicant.religion == "Christian"


def test_caseworkers_have_no_merge_view(
    qtbot: QtBot, window: MainWindow, vault_path: Path, conflicted: str
) -> None:
    sign_in(window, vault_path, "thida")
    assert not window.office.merge_action.isEnabled()
    page = merge_page(window)  # asked for by name: shown with the service's refusal
    assert page.case_numbers() == []
    assert "may not see or resolve" in page.message.text()
    assert not page.apply_button.isEnabled()
    assert not page.findChildren(QRadioButton)
    QApplication.processEvents()
