"""A table with add/remove/move buttons over a RowsModel, for the list parts of a case."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.model import Case
from asylum_desk.ui.editor.fields import (
    GrowingTextEdit,
    PartialDateEdit,
    burmese_line_height,
    fit_script,
)
from asylum_desk.ui.editor.form import ERROR_STYLE, HINT_STYLE, Problem, Section, plain
from asylum_desk.ui.editor.table_model import Kind, RowsModel

Index = QModelIndex | QPersistentModelIndex


def _keys(keys: str) -> str:
    """A shortcut as the system names its keys (in the interface language when Qt has it)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class CellDelegate(QStyledItemDelegate):
    """Editors by column kind: a date line, a choice list or a plain line."""

    def __init__(self, model: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._model.columns[index.column()]
        editor: QWidget
        if column.kind is Kind.CHOICE:
            combo = QComboBox(parent)
            for member in column.choices:
                combo.addItem(column.choice(member), member)
            editor = combo
        elif column.kind is Kind.DATE:
            editor = PartialDateEdit(parent)
            editor.setMaximumWidth(16777215)
        else:
            editor = QLineEdit(parent)
        if isinstance(editor, QLineEdit):
            fit_script(editor)
        editor.setAccessibleName(column.heading().replace("\n", " "))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            column = self._model.columns[index.column()]
            members = list(column.choices)
            editor.setCurrentIndex(members.index(value) if value in members else 0)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            column = self._model.columns[index.column()]
            members = list(column.choices)
            if 0 <= editor.currentIndex() < len(members):
                model.setData(index, members[editor.currentIndex()], Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class TableEditor(QWidget):
    """A table of rows with buttons; keyboard: Insert adds, Ctrl+Delete removes, Alt+↑/↓ move."""

    current_row_changed = Signal(int)
    row_added = Signal(int)

    def __init__(
        self,
        model: RowsModel,
        movable: bool = False,
        detail: tuple[str, str] | None = None,
        visible_rows: int = 5,
        hide_detail_column: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setItemDelegate(CellDelegate(model, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("{noun} table").format(noun=model.noun).capitalize())
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for number, column in enumerate(model.columns):
            if column.width:
                # Never narrower than the heading: a translation may be longer than English.
                heading = header.sectionSizeFromContents(number).width()
                self.view.setColumnWidth(number, max(column.width, heading))
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(
            max(int(self.fontMetrics().height() * 1.9), burmese_line_height(self))
        )
        self.view.setMinimumHeight(
            header.sizeHint().height() + rows.defaultSectionSize() * visible_rows + 6
        )
        layout.addWidget(self.view)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton(self.tr("&Add {noun}").format(noun=model.noun))
        self.add_button.setToolTip(_keys("Insert"))
        self.add_button.clicked.connect(self.add)
        buttons.addWidget(self.add_button)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(
            self.tr("Remove the selected {noun} (Ctrl+Delete)").format(noun=model.noun)
        )
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.remove_button)
        self.up_button: QPushButton | None = None
        self.down_button: QPushButton | None = None
        if movable:
            self.up_button = QPushButton(self.tr("Move &up"))
            self.up_button.setToolTip(_keys("Alt+Up"))
            self.up_button.clicked.connect(lambda: self.move(-1))
            self.down_button = QPushButton(self.tr("Move dow&n"))
            self.down_button.setToolTip(_keys("Alt+Down"))
            self.down_button.clicked.connect(lambda: self.move(1))
            buttons.addWidget(self.up_button)
            buttons.addWidget(self.down_button)
            self._shortcut("Alt+Up", lambda: self.move(-1))
            self._shortcut("Alt+Down", lambda: self.move(1))
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        buttons.addWidget(self.status)
        layout.addLayout(buttons)
        self._shortcut("Insert", self.add)
        self._shortcut("Ctrl+Delete", self.remove)

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.hide()
        layout.addWidget(self.errors)

        self.detail: GrowingTextEdit | None = None
        self._detail_key = ""
        if detail is not None:
            self._detail_key, title = detail
            caption = QLabel(title)
            layout.addWidget(caption)
            self.detail = GrowingTextEdit(min_lines=2, max_lines=10)
            caption.setBuddy(self.detail)
            self.detail.setAccessibleName(plain(title))
            self.detail.textChanged.connect(self._detail_typed)
            layout.addWidget(self.detail)
            if hide_detail_column:
                self.view.setColumnHidden(self._column_of(self._detail_key), True)

        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelReset.connect(lambda: self._row_changed(QModelIndex()))
        model.rowsRemoved.connect(lambda *_: self._row_changed(self.view.currentIndex()))
        model.rowsInserted.connect(lambda *_: self._row_changed(self.view.currentIndex()))
        model.row_touched.connect(self.select_row)
        model.dataChanged.connect(self._refresh_detail)
        model.modelReset.connect(lambda: self.select_row(0))
        self._row_changed(QModelIndex())

    def _shortcut(self, keys: str, slot: object) -> None:
        shortcut = QShortcut(QKeySequence(keys), self.view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.selectRow(row)

    def add(self) -> None:
        row = self.model.add_row()
        self.select_row(row)
        first = next(
            (n for n, c in enumerate(self.model.columns) if c.editable and c.kind is not Kind.BOOL),
            None,
        )
        self.view.setFocus()
        if first is not None:
            index = self.model.index(row, first)
            self.view.setCurrentIndex(index)
            self.view.edit(index)
        self.status.setText(
            self.tr("Added {noun} {number}.").format(noun=self.model.noun, number=row + 1)
        )
        self.row_added.emit(row)

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            self.status.setText(
                self.tr("Select the {noun} to remove first.").format(noun=self.model.noun)
            )
            return
        self.model.remove_row(row)
        self.status.setText(
            self.tr("Removed {noun} {number} (Undo brings it back).").format(
                noun=self.model.noun, number=row + 1
            )
        )

    def move(self, delta: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.move_row(row, delta)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        lines = self.model.show_problems(problems)
        text = "\n".join(lines[:6] + (["…"] if len(lines) > 6 else []))
        if text != self.errors.text():
            self.errors.setText(text)
            self.errors.setVisible(bool(lines))

    def clear_messages(self) -> None:
        self.status.clear()
        self.errors.clear()
        self.errors.hide()

    def _row_changed(self, current: Index) -> None:
        row = current.row() if current.isValid() else -1
        has_row = 0 <= row < self.model.rowCount()
        self.remove_button.setEnabled(has_row)
        if self.up_button is not None and self.down_button is not None:
            self.up_button.setEnabled(has_row and row > 0)
            self.down_button.setEnabled(has_row and row < self.model.rowCount() - 1)
        self._refresh_detail()
        self.current_row_changed.emit(row if has_row else -1)

    def _refresh_detail(self) -> None:
        if self.detail is None:
            return
        row = self.current_row()
        has_row = 0 <= row < self.model.rowCount()
        self.detail.setEnabled(has_row)
        if not has_row:
            text = ""
        else:
            column = self._column_of(self._detail_key)
            text = str(self.model.index(row, column).data(Qt.ItemDataRole.EditRole) or "")
        if self.detail.toPlainText() != text:
            self.detail.blockSignals(True)
            self.detail.setPlainText(text)
            self.detail.blockSignals(False)

    def _detail_typed(self) -> None:
        row = self.current_row()
        if self.detail is not None and 0 <= row < self.model.rowCount():
            self.model.type_text(row, self._detail_key, self.detail.toPlainText())

    def _column_of(self, key: str) -> int:
        return next(n for n, column in enumerate(self.model.columns) if column.key == key)


class ListSection(Section):
    """A section that edits one list of the case (``case_field``) through one table.

    Subclasses build ``self.stack``, ``self.model`` and ``self.table``; loading, applying,
    clearing, problems and undo are the same for every such list.
    """

    case_field = ""
    stack: QUndoStack
    model: RowsModel
    table: TableEditor

    def load(self, case: Case) -> None:
        self.model.set_items(getattr(case, self.case_field))
        self.stack.clear()
        self.table.clear_messages()

    def apply(self, case: Case) -> None:
        setattr(case, self.case_field, self.model.items())

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
