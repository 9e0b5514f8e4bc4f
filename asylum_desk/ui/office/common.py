"""Small pieces the office screens share: a read-only table model, the message line, busy bar."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QWidget,
)

from asylum_desk.domain.enums import Role

ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"
BUSY_STYLE = (
    "QProgressBar { border: none; border-radius: 2px; background: palette(midlight); }"
    "QProgressBar::chunk { border-radius: 2px; background: palette(highlight); }"
)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's key (a user name, a case number, an event id)."""

ROLE_NAMES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("Roles", "Caseworker"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("Roles", "Interpreter"),
}
"""A role's name as a heading or in a table."""
ROLE_WORDS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "administrator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "supervisor"),
    Role.CASEWORKER: QT_TRANSLATE_NOOP("Roles", "caseworker"),
    Role.INTERPRETER: QT_TRANSLATE_NOOP("Roles", "interpreter"),
}
"""A role's name inside a sentence."""


def role_name(role: Role) -> str:
    """``role`` translated, as a heading or in a table ("Caseworker")."""
    return QCoreApplication.translate("Roles", ROLE_NAMES[role])


def role_word(role: Role) -> str:
    """``role`` translated, inside a sentence ("caseworker")."""
    return QCoreApplication.translate("Roles", ROLE_WORDS[role])


class RowsModel(QAbstractTableModel):
    """Rows of text with a key each, shown as they are (the screens fetch them per page)."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str]] = []
        self._keys: list[object] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object]) -> None:
        """Replace every row; ``keys`` (one per row) identify them to the screen."""
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._keys = list(keys)
        self.endResetModel()

    def key(self, row: int) -> object:
        """The key of ``row``."""
        return self._keys[row]

    def row_keys(self) -> list[object]:
        """Every row's key, top to bottom."""
        return list(self._keys)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == KEY_ROLE:
            return self._keys[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


def table_view(model: RowsModel, name: str, *, several: bool = False) -> QTableView:
    """A read-only table of whole rows; ``several`` lets Ctrl/Shift+click select more."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = (
        QAbstractItemView.SelectionMode.ExtendedSelection
        if several
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setSelectionMode(mode)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def selected_keys(view: QTableView) -> list[object]:
    """The keys of the selected rows, top to bottom."""
    model = view.model()
    rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
    return [model.data(model.index(row, 0), KEY_ROLE) for row in rows]


class MessageLine(QLabel):
    """One line under a screen: what happened, or (in red) why nothing did."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_error(self, text: str) -> None:
        """Say in red why nothing was done."""
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)

    def show_note(self, text: str) -> None:
        """Say what was done or what is going on."""
        self.setStyleSheet("")
        self.setText(text)


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A thin moving bar shown while work runs off the GUI thread (hidden at first)."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setFixedHeight(6)
    bar.setTextVisible(False)
    bar.setStyleSheet(BUSY_STYLE)
    bar.setAccessibleName(QCoreApplication.translate("OfficeCommon", "Working"))
    bar.hide()
    return bar


def note_label(text: str) -> QLabel:
    """A grey explanatory paragraph."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label
