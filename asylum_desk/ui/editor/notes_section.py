"""Caseworkers' notes on the case (internal; never printed unless a procedure requires)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Note
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import ListSection, TableEditor

COLUMNS = (
    Column(
        "written_on",
        QT_TRANSLATE_NOOP("Columns", "Written on"),
        Kind.DATE,
        width=110,
        tooltip=QT_TRANSLATE_NOOP("Columns", "e.g. 1994-05"),
    ),
    Column("author", QT_TRANSLATE_NOOP("Columns", "Author"), width=180),
    Column("text", QT_TRANSLATE_NOOP("Columns", "Note"), required=True),
)


def _new_note() -> Note:
    return Note(text="", written_on=PartialDate.from_date(date.today()))


class NotesSection(ListSection):
    """A list of dated notes; the selected note's text is edited below the table."""

    case_field = "notes"
    key = "notes"
    title = QT_TRANSLATE_NOOP("Section", "Notes")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "NotesSection", "Internal notes: never printed unless a procedure requires."
            ),
            parent,
        )
        self.stack = QUndoStack(self)
        self.model = RowsModel(
            "notes", COLUMNS, _new_note, self.stack, QT_TRANSLATE_NOOP("RowsModel", "note")
        )
        self.table = TableEditor(self.model, detail=("text", self.tr("&Text of the selected note")))
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.model.edited.connect(self.changed)
