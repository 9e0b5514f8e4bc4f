"""The Possible duplicates window, driven through its real buttons (invented people only)."""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot

from asylum_desk.services import duplicates
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.person_links import PersonDecision, linked_people, person_decisions
from asylum_desk.ui.duplicates_dialog import DuplicatesDialog, links_text
from asylum_desk.ui.main_window import MainWindow
from tests.ui.office_support import add_staff, sign_in
from tests.ui.test_main_window import WAIT_MS, keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

LEFT = Qt.MouseButton.LeftButton


def save_a_second_registration(qtbot: QtBot, window: MainWindow) -> str:
    """Register the first demo applicant again under another spelling; the new number."""
    again = copy.deepcopy(demo_cases()[0])  # already in the vault (the fixture stores four)
    again.case_number = None
    again.applicant.given_names = (again.applicant.given_names or "").replace(" ", "", 1)
    window.panel.open_case(again, None, draft_key="new:test", modified=True)
    window.save_case()
    number = window.panel.editor.case().case_number
    assert number is not None
    return number


def review(qtbot: QtBot, window: MainWindow) -> DuplicatesDialog:
    """The review window that is open, once its check has reported back."""
    qtbot.waitUntil(lambda: window.duplicate_review.dialog() is not None, timeout=WAIT_MS)
    dialog = window.duplicate_review.dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    return dialog


def settle(qtbot: QtBot, dialog: DuplicatesDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)


def test_review_link_tell_apart_undo_and_open_from_the_banner(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    saved = save_a_second_registration(qtbot, window)
    banner = window.duplicates_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert banner.review_button.isVisible()
    qtbot.mouseClick(banner.review_button, LEFT)
    dialog = review(qtbot, window)
    assert dialog.case_number == saved and saved in dialog.windowTitle()
    [(position, row)] = dialog.candidate_rows
    original = row.candidate.case_number
    assert position == 0 and original != saved
    assert f"score {row.candidate.score:.0f}" in row.text.text()
    assert row.candidate.explanation.split(",")[0] in row.text.text()

    qtbot.mouseClick(row.different_button, LEFT)
    settle(qtbot, dialog)
    assert dialog.candidate_rows == []
    [(_, done)] = dialog.decision_rows
    assert done.text.text().startswith(f"Not the same person as {original} (applicant)")
    assert "Marked as not the same person" in dialog.status.text()
    assert [d.decision for d in person_decisions(window.vault, saved)] == ["different"]  # type: ignore[arg-type]

    assert window.panel.links.isHidden()  # not linked: no line
    qtbot.mouseClick(done.undo_button, LEFT)
    settle(qtbot, dialog)
    assert dialog.decision_rows == []
    [(_, row)] = dialog.candidate_rows
    qtbot.mouseClick(row.link_button, LEFT)
    settle(qtbot, dialog)
    assert dialog.candidate_rows == []
    [(_, linked)] = dialog.decision_rows
    assert linked.text.text().startswith(f"Linked: same person as {original} (applicant)")
    [link] = linked_people(window.vault, saved)  # type: ignore[arg-type]
    assert (link.other_case_number, link.position, link.other_position) == (original, 0, 0)
    assert window.panel.links.text() == f"Linked: same person as {original} (applicant)"

    qtbot.mouseClick(linked.open_button, LEFT)
    assert window.panel.editor.case().case_number == original  # the other case, to compare
    assert window.panel.links.text() == f"Linked: same person as {saved} (applicant)"
    assert not window.panel.links.isHidden()
    assert dialog.isVisible()  # stays open beside it
    window.lock()
    QApplication.processEvents()
    assert window.duplicate_review.dialog() is None
    assert window.panel.links.text() == ""


def test_the_linked_line_names_a_dependent_too() -> None:
    decisions = [
        PersonDecision(0, "CPH-2026-0012", 0, "Aung Koko", "same", "amara", "2026-11-25"),
        PersonDecision(2, "CPH-2026-0040", 1, "Thi Da", "same", "amara", "2026-11-25"),
    ]
    assert links_text(decisions) == (
        "Linked: same person as CPH-2026-0012 (applicant); "
        "dependent 2 is the same person as CPH-2026-0040 (dependent 1)"
    )
    assert links_text([]) == ""


def test_the_menu_action_reviews_the_open_saved_case(qtbot: QtBot, window: MainWindow) -> None:
    action = window.duplicate_review.action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert not action.isEnabled()  # locked
    unlocked(qtbot, window)
    assert action.isEnabled()
    action.trigger()
    assert window.duplicate_review.dialog() is None
    assert "Open a saved case" in window.statusBar().currentMessage()
    saved = save_a_second_registration(qtbot, window)
    window.duplicates_banner.hide()
    action.trigger()
    dialog = review(qtbot, window)
    assert dialog.case_number == saved
    action.trigger()  # again: the same window, not a second one
    assert [d for d in window.findChildren(DuplicatesDialog) if d.isVisible()] == [dialog]
    people = 1 + len(window.panel.editor.case().dependents)
    assert len(dialog.body.findChildren(QGroupBox)) == people  # each, candidates or not


def test_the_index_is_prepared_after_unlocking(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    vault = window.vault
    assert vault is not None
    qtbot.waitUntil(lambda: id(vault) in duplicates._INDEXES, timeout=WAIT_MS)
    window.lock()
    assert id(vault) not in duplicates._INDEXES


def test_interpreters_have_no_review_and_no_index(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    add_staff(vault_path)
    sign_in(window, vault_path, "ko")
    assert not window.duplicate_review.action.isEnabled()
    assert window.vault is not None
    assert id(window.vault) not in duplicates._INDEXES
    sign_in(window, vault_path, "thida")
    assert window.duplicate_review.action.isEnabled()
