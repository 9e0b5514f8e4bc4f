"""The family table: add, edit through the cell editors, undo/redo, remove, problems."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import FamilySituation, LocationGranularity
from asylum_desk.domain.model import FamilyLocation, FamilyMember
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.ui.editor import CaseEditor
from asylum_desk.ui.editor.family_section import REPRISALS_WARNING
from tests.ui.editor.helpers import make_editor, shown_text, type_text


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[CaseEditor]:
    widget = make_editor(qtbot)
    widget.load(demo_cases()[0])
    widget.show_section("family")
    yield widget


def _column(editor: CaseEditor, key: str) -> int:
    return next(n for n, c in enumerate(editor.family.model.columns) if c.key == key)


def _open_editor(view: QTableView) -> QLineEdit:
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisibleTo(view)]
    assert len(editors) == 1
    return editors[0]


def _type_and_return(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on a queued call


def _edit_cell(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double click would, type, and press Return."""
    view.setCurrentIndex(index)
    view.edit(index)
    _type_and_return(qtbot, _open_editor(view), text)


def test_the_reprisals_warning_is_shown(editor: CaseEditor) -> None:
    labels = editor.family.findChildren(QLabel)
    assert any(label.text() == REPRISALS_WARNING for label in labels)


def test_add_then_undo_removes_the_row_and_redo_restores_it(editor: CaseEditor) -> None:
    model = editor.family.model
    editor.family.table.add_button.click()
    assert model.rowCount() == 3
    assert editor.case().family_left_behind[2] == FamilyMember(relationship="")
    assert editor.is_modified()
    editor.undo()
    assert model.rowCount() == 2
    assert editor.case().family_left_behind == demo_cases()[0].family_left_behind
    editor.redo()
    assert model.rowCount() == 3


def test_a_new_member_needs_a_relationship(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.family.table.add_button.click()
    problems = dict(editor.validation_problems())
    assert problems["family_left_behind[2].relationship"] == "The relationship is required"
    assert "Row 3, Relationship" in shown_text(editor.family.table.errors)
    # Adding opened the first cell's editor, as for a person typing straight away.
    _type_and_return(qtbot, _open_editor(editor.family.table.view), "aunt")
    assert editor.case().family_left_behind[2].relationship == "aunt"
    assert editor.validation_problems() == []
    assert shown_text(editor.family.table.errors) == ""


def test_cell_edits_are_typed_and_undone_one_by_one(editor: CaseEditor, qtbot: QtBot) -> None:
    view = editor.family.table.view
    model = editor.family.model
    _edit_cell(qtbot, view, model.index(1, _column(editor, "name")), "မောင်သက်နိုင်")
    _edit_cell(qtbot, view, model.index(1, _column(editor, "last_contact")), "2025-03-18")
    _edit_cell(qtbot, view, model.index(1, _column(editor, "location.region")), "Sagaing")
    member = editor.case().family_left_behind[1]
    assert member.name == "မောင်သက်နိုင်"
    assert member.last_contact == PartialDate(2025, 3, 18)
    assert member.location == FamilyLocation(country="MMR", region="Sagaing")
    view.clearFocus()
    editor.undo()
    assert editor.case().family_left_behind[1].location == FamilyLocation(country="MMR")
    editor.undo()
    editor.undo()
    assert editor.case() == demo_cases()[0]


def test_choices_are_picked_from_human_labels(editor: CaseEditor) -> None:
    view = editor.family.table.view
    index = editor.family.model.index(1, _column(editor, "situation"))
    view.edit(index)
    [combo] = [c for c in view.viewport().findChildren(QComboBox) if c.isVisibleTo(view)]
    assert combo.itemText(0) == "Unknown"
    combo.setCurrentIndex(combo.findText("In hiding"))
    view.commitData(combo)
    assert editor.case().family_left_behind[1].situation is FamilySituation.IN_HIDING
    assert index.data() == "In hiding"


def test_granularity_and_safe_to_contact(editor: CaseEditor) -> None:
    model = editor.family.model
    granularity = model.index(1, _column(editor, "location.granularity"))
    assert model.setData(granularity, LocationGranularity.EXACT)
    safe = model.index(1, _column(editor, "safe_to_contact"))
    assert model.setData(safe, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    member = editor.case().family_left_behind[1]
    assert member.location == FamilyLocation("MMR", granularity=LocationGranularity.EXACT)
    assert member.safe_to_contact


def test_a_wrong_date_or_age_in_a_cell_is_kept_and_reported(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    view = editor.family.table.view
    model = editor.family.model
    _edit_cell(qtbot, view, model.index(0, _column(editor, "last_contact")), "2025-02-30")
    _edit_cell(qtbot, view, model.index(1, _column(editor, "age")), "nineteen")
    _edit_cell(qtbot, view, model.index(0, _column(editor, "age")), "540")
    problems = dict(editor.validation_problems())
    assert problems["family_left_behind[0].last_contact"].startswith("2025-02-30 is not a date")
    assert problems["family_left_behind[1].age"].startswith("nineteen is not a number")
    assert problems["family_left_behind[0].age"] == "540 is not an age: 0–130"
    cell = model.index(0, _column(editor, "last_contact"))
    assert cell.data() == "2025-02-30"
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("2025-02-30 is not a date")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_remove_and_move_rows(editor: CaseEditor) -> None:
    table = editor.family.table
    table.select_row(0)
    table.down_button.click()
    assert [m.relationship for m in editor.case().family_left_behind] == [
        "younger brother", "mother",
    ]
    assert table.current_row() == 1
    table.remove_button.click()
    assert [m.relationship for m in editor.case().family_left_behind] == ["younger brother"]
    editor.undo()
    editor.undo()
    assert editor.case() == demo_cases()[0]


def test_the_notes_of_the_selected_member_are_edited_below(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    table = editor.family.table
    table.select_row(1)
    assert table.detail is not None
    assert table.detail.toPlainText().startswith("Taken to the township police station")
    table.detail.setPlainText("")
    qtbot.keyClicks(table.detail, "Released")
    assert editor.case().family_left_behind[1].notes == "Released"
    assert editor.family.stack.count() == 1  # one run of typing is one undo step


def test_the_models_pass_qts_model_tester(editor: CaseEditor, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(editor.family.model)
    qtmodeltester.check(editor.documents.documents)
    qtmodeltester.check(editor.history.model)
