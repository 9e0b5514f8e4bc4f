"""Saving a case someone else saved meanwhile: the real window stops, shows, and asks."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError, ChangedField
from asylum_desk.services.field_labels import field_label
from asylum_desk.services.merge import display_value
from asylum_desk.services.vault_access import unlock
from asylum_desk.ui.changed_elsewhere_dialog import (
    KEEP_MINE,
    TAKE_THEIRS,
    ChangedElsewhereDialog,
)
from asylum_desk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import keyring_backend, unlocked, window  # noqa: F401 - fixtures


def _edit_elsewhere_then_here(qtbot: QtBot, window: MainWindow) -> str:  # noqa: F811
    unlocked(qtbot, window)
    number = str(window.model.data(window.model.index(0, 0)))
    window.open_case(number)
    assert window.vault is not None
    with unlock(window.vault.place, "amara", PASSPHRASE) as elsewhere:  # another laptop
        service = CaseService(elsewhere)
        opened = service.get_case_for_edit(number)
        opened.case.applicant.occupation = "schoolteacher"
        service.update_case(opened.case, opened)
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    person.occupation.clear()
    qtbot.keyClicks(person.occupation, "rice farmer")
    return number


def test_keep_mine_saves_over_theirs_after_showing_the_difference(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    number = _edit_elsewhere_then_here(qtbot, window)
    asked: list[CaseChangedElsewhereError] = []

    def answer(error: CaseChangedElsewhereError) -> str:
        asked.append(error)
        dialog = ChangedElsewhereDialog(error, window)
        qtbot.addWidget(dialog)
        rows = {
            dialog.table.item(r, 0).text(): (
                dialog.table.item(r, 1).text(),
                dialog.table.item(r, 2).text(),
            )
            for r in range(dialog.table.rowCount())
        }
        assert rows["Applicant › Occupation"] == ("schoolteacher", "rice farmer")
        dialog.keep_mine.click()
        assert dialog.choice == KEEP_MINE
        return dialog.choice

    window.ask_changed_elsewhere = answer  # type: ignore[method-assign]
    window.save_case()
    assert len(asked) == 1 and asked[0].changed_by == "amara"
    assert not window.panel.is_modified
    assert window.vault is not None
    assert CaseService(window.vault).get_case(number).applicant.occupation == "rice farmer"


def test_take_theirs_opens_the_saved_case_and_keeps_my_edits_as_a_draft(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    number = _edit_elsewhere_then_here(qtbot, window)
    window.ask_changed_elsewhere = lambda error: TAKE_THEIRS  # type: ignore[method-assign]
    window.save_case()
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    assert person.occupation.text() == "schoolteacher"
    assert not window.panel.is_modified
    assert window.vault is not None
    assert CaseService(window.vault).get_case(number).applicant.occupation == "schoolteacher"
    drafts = window._drafts().pending()
    assert [d.case.applicant.occupation for d in drafts if d.case_number == number] == [
        "rice farmer"
    ]


def test_cancel_saves_nothing_and_keeps_the_edits_in_the_editor(
    qtbot: QtBot,
    window: MainWindow,  # noqa: F811
) -> None:
    number = _edit_elsewhere_then_here(qtbot, window)
    window.ask_changed_elsewhere = lambda error: "cancel"  # type: ignore[method-assign]
    window.save_case()
    person = window.panel.editor.applicant.person  # type: ignore[attr-defined]
    assert person.occupation.text() == "rice farmer" and window.panel.is_modified
    assert window.vault is not None
    assert CaseService(window.vault).get_case(number).applicant.occupation == "schoolteacher"


class _Shouting(QTranslator):
    """A stand-in catalogue: every services' template in capitals (placeholders kept)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Services":
            return source
        return re.sub(r"(^|\})([^{]*)", lambda m: m.group(1) + m.group(2).upper(), source)


def test_the_sentence_and_the_field_names_are_shown_in_the_interface_language(
    qtbot: QtBot,
) -> None:
    translator = _Shouting()
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        change = ChangedField(field_label("applicant.occupation"), display_value("true"), "x")
        error = CaseChangedElsewhereError("CPH-2026-0001", 2, "ben", "", [change])
        dialog = ChangedElsewhereDialog(error)
        qtbot.addWidget(dialog)
        assert dialog.summary.text().startswith("ben SAVED CASE CPH-2026-0001 WHILE YOU")
        row = [dialog.table.item(0, column).text() for column in range(3)]
        assert row == ["APPLICANT › OCCUPATION", "YES", "x"]
    finally:
        app.removeTranslator(translator)
