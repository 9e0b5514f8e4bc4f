"""Saving a new case that repeats a registered person shows the possible duplicate."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.ui.duplicates_banner import duplicates_text
from asylum_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import WAIT_MS, keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def test_a_person_registered_again_is_flagged_and_can_be_compared(
    qtbot: QtBot, window: MainWindow
) -> None:
    unlocked(qtbot, window)
    original = demo_cases()[0]  # already in the vault (the fixture stores the first four)
    again = copy.deepcopy(original)
    again.case_number = None
    given = again.applicant.given_names or ""
    again.applicant.given_names = given.replace(" ", "", 1)  # "Min Thet" → "MinThet"
    window.panel.open_case(again, None, draft_key="new:test", modified=True)
    window.save_case()
    banner = window.duplicates_banner
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert "Possibly the same person as in" in banner.text.text()
    saved = window.panel.editor.case().case_number
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    opened = window.panel.editor.case().case_number
    assert opened is not None and opened != saved  # the other case, to compare
    window.lock()
    assert not banner.isVisible()


def test_nobody_similar_shows_nothing() -> None:
    assert duplicates_text([]) == ("", None)
