"""The editor's contract with the main window: round trip, modified flag, clear, navigation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
)
from pytestqt.qtbot import QtBot

from asylum_desk.domain.model import Case, Person
from asylum_desk.services.case_history import HistoryEntry
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.ui.editor import CaseEditor
from asylum_desk.ui.editor.case_editor import SECTION_NAMES
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    canary_case,
)
from tests.ui.editor.helpers import make_editor

CANARIES = (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT)


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[CaseEditor]:
    yield make_editor(qtbot)


def _all_cases() -> list[tuple[str, Case]]:
    cases = [(case.applicant.given_names or "?", case) for case in demo_cases()]
    return [*cases, ("canary", canary_case())]


@pytest.mark.parametrize(("name", "case"), _all_cases(), ids=[n for n, _ in _all_cases()])
def test_loading_then_reading_a_case_loses_nothing(
    editor: CaseEditor, name: str, case: Case
) -> None:
    case.case_number = "CPH-2026-0042"
    editor.load(case)
    assert editor.case() == case
    assert not editor.is_modified()


def test_reading_the_case_twice_gives_equal_but_separate_objects(editor: CaseEditor) -> None:
    original = demo_cases()[0]
    editor.load(original)
    first, second = editor.case(), editor.case()
    assert first == second == original
    first.family_left_behind[0].name = "changed by the caller"
    first.applicant.aliases.append("changed by the caller")
    assert editor.case() == original


def test_editing_marks_the_case_modified_and_load_clears_it(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    editor.load(demo_cases()[0])
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClicks(editor.applicant.caseworker, "x")
    assert editor.is_modified()
    editor.set_modified(False)
    assert not editor.is_modified()
    editor.set_modified(True)
    editor.load(demo_cases()[1])
    assert not editor.is_modified()


def test_loading_does_not_emit_changed(editor: CaseEditor, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(editor.changed):
        editor.load(canary_case())
        editor.clear()


def _texts_left(editor: CaseEditor) -> list[str]:
    found: list[str] = []
    for edit in editor.findChildren(QLineEdit):
        found += [edit.text()] if edit.text() else []
        if edit.isUndoAvailable():
            found.append(f"undo history in {edit.accessibleName()}")
    for text in editor.findChildren(QPlainTextEdit):
        found += [text.toPlainText()] if text.toPlainText() else []
        if text.document().isUndoAvailable():
            found.append(f"undo history in {text.accessibleName()}")
    for view in editor.findChildren(QTableView):
        model: QAbstractItemModel = view.model()
        if model.rowCount():
            found.append(f"{model.rowCount()} rows in {view.accessibleName()}")
    for listing in editor.findChildren(QListWidget):
        if listing is not editor.section_list and listing.count():
            found.append(f"{listing.count()} items in {listing.accessibleName()}")
    for label in editor.findChildren(QLabel):
        found += [label.text() for canary in CANARIES if canary in label.text()]
    return found


def test_clear_leaves_no_personal_data_in_any_widget(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.load(canary_case(), [HistoryEntry("2026-03-10T09:00:00+00:00", "amara", "view", "case")])
    qtbot.keyClicks(editor.applicant.person.given_names, " typed")
    editor.show_section("family")
    editor.family.table.add_button.click()
    editor.clear()
    assert _texts_left(editor) == []
    assert editor.family.stack.count() == 0
    assert editor.case() == Case(applicant=Person())
    assert not editor.is_modified()
    assert not editor.applicant.banner.isVisible()
    assert editor.applicant.banner.text() == ""


def test_clear_after_every_demo_case_leaves_nothing(editor: CaseEditor) -> None:
    for case in demo_cases():
        editor.load(case)
        editor.clear()
        assert _texts_left(editor) == []


def test_show_section_brings_each_page_to_the_front(editor: CaseEditor) -> None:
    for number, name in enumerate(SECTION_NAMES):
        editor.show_section(name)
        assert editor.pages.currentIndex() == number
        assert editor.section_list.currentRow() == number
        assert editor.current_section().key == name


def test_the_section_list_moves_with_the_keyboard(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.section_list.setCurrentRow(0)
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Down)
    qtbot.keyClick(editor.section_list, Qt.Key.Key_Down)
    assert editor.current_section().key == "family"


def test_history_is_shown_newest_first_and_read_only(editor: CaseEditor) -> None:
    history = [
        HistoryEntry("2026-03-10T09:00:00+00:00", "amara", "create", "case"),
        HistoryEntry("2026-03-12T09:00:00+00:00", "thida", "update", "case"),
        HistoryEntry("2026-03-11T09:00:00+00:00", "amara", "view", "case"),
    ]
    editor.load(demo_cases()[0], history)
    model = editor.history.model
    assert [model.index(row, 2).data() for row in range(3)] == [
        "saved case",
        "opened case",
        "created case",
    ]
    assert model.index(0, 1).data() == "thida"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_sections_change_with_alt_digits_and_ctrl_page_keys(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    editor.load(demo_cases()[0])
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    field = editor.applicant.person.given_names
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section().key == "family"
    qtbot.keyClick(editor.section_list, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section().key == "flight"
    qtbot.keyClick(editor.section_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.section_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_section().key == "dependents"
    qtbot.keyClick(editor.section_list, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert editor.current_section().key == "history"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_undo_prefers_the_focused_field_then_the_table(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.load(demo_cases()[0])
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    editor.show_section("family")
    editor.family.table.add_button.click()
    assert editor.family.model.rowCount() == 3
    editor.show_section("applicant")
    caseworker = editor.applicant.caseworker
    caseworker.setFocus()
    qtbot.keyClicks(caseworker, " II")
    editor.undo()
    assert caseworker.text() == "Esther Lalnunziri"
    editor.redo()
    assert caseworker.text() == "Esther Lalnunziri II"
    editor.show_section("family")
    editor.family.table.view.setFocus()
    editor.undo()
    assert editor.family.model.rowCount() == 2


def _mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    position = plain.find("&")
    return plain[position + 1].lower() if position >= 0 and position + 1 < len(plain) else None


def test_mnemonics_are_unique_on_each_page_and_leave_the_windows_letters_free(
    editor: CaseEditor,
) -> None:
    reserved = {"f", "e", "s"}  # the window's File and Edit menus and its Save button
    for section in editor.sections:
        texts = [label.text() for label in section.findChildren(QLabel) if label.buddy()]
        texts += [button.text() for button in section.findChildren(QAbstractButton)]
        letters = [letter for letter in map(_mnemonic, texts) if letter]
        assert len(letters) == len(set(letters)), (section.key, sorted(letters))
        assert not reserved & set(letters), (section.key, reserved & set(letters))
