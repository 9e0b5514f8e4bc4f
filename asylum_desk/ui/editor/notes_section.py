"""Caseworkers' notes on the case (internal; never printed unless a procedure requires)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Case, Note
from asylum_desk.ui.editor.form import Problem, Section
from asylum_desk.ui.editor.labels import DATE_PLACEHOLDER
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import TableEditor

COLUMNS = (
    Column("written_on", "Written on", Kind.DATE, width=110, tooltip=DATE_PLACEHOLDER),
    Column("author", "Author", width=180),
    Column("text", "Note", required=True),
)


def _new_note() -> Note:
    return Note(text="", written_on=PartialDate.from_date(date.today()))


class NotesSection(Section):
    """A list of dated notes; the selected note's text is edited below the table."""

    key = "notes"
    title = "Notes"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Internal notes: never printed unless a procedure requires.", parent)
        self.stack = QUndoStack(self)
        self.model = RowsModel("notes", COLUMNS, _new_note, self.stack, "note")
        self.table = TableEditor(self.model, detail=("text", "&Text of the selected note"))
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.model.edited.connect(self.changed)

    def load(self, case: Case) -> None:
        self.model.set_items(case.notes)
        self.stack.clear()
        self.table.clear_messages()

    def apply(self, case: Case) -> None:
        case.notes = self.model.items()

    def clear(self) -> None:
        self.model.set_items([])
        self.stack.clear()
        self.table.clear_messages()

    def input_problems(self) -> list[Problem]:
        return self.model.input_problems()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.table.show_problems(problems)

    def undo_stack(self) -> QUndoStack:
        return self.stack
