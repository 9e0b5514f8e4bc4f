"""Shown when someone else saved the open case first: their changes beside yours, a choice.

Nothing was saved when this appears. Keep mine saves over the other person's version, on
purpose; Take theirs keeps these edits as a draft and opens the saved case; Cancel leaves
everything as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError
from asylum_desk.ui.workers import error_message, translated

KEEP_MINE, TAKE_THEIRS, CANCEL = "mine", "theirs", "cancel"


class ChangedElsewhereDialog(QDialog):
    """The other person's changes, field by field, and what to do about them."""

    def __init__(self, error: CaseChangedElsewhereError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("{number} was saved by someone else").format(number=error.case_number)
        )
        self.choice = CANCEL
        layout = QVBoxLayout(self)
        summary = error_message(error)  # the services' sentence, in the interface language
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(error.changes), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Saved now"), self.tr("Yours")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(error.changes):
            for column, value in enumerate((change.label, change.saved, change.yours)):
                shown = translated(value)
                item = QTableWidgetItem(shown)
                item.setToolTip(shown)
                self.table.setItem(row, column, item)
        if not error.changes:
            nothing = self.tr("Their save changed nothing you can see in this case's fields.")
            self.summary.setText(f"{summary}\n{nothing}")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("&Keep mine (save over theirs)"))
        self.take_theirs = QPushButton(self.tr("&Take theirs (my edits become a draft)"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.take_theirs.setDefault(True)
        self.take_theirs.setFocus()  # the choice that loses nothing: their save stays
        self.keep_mine.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_theirs.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def ask_changed_elsewhere(error: CaseChangedElsewhereError, parent: QWidget | None) -> str:
    """Show the dialog modally; returns KEEP_MINE, TAKE_THEIRS or CANCEL."""
    dialog = ChangedElsewhereDialog(error, parent)
    dialog.exec()
    return dialog.choice
