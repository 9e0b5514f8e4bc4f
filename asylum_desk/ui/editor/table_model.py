"""A table model over a list of case dataclasses; every edit is an undoable command."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoCommand, QUndoStack

from asylum_desk.domain.dates import PartialDate
from asylum_desk.ui.editor.fields import date_problem, parse_date, text_or_none
from asylum_desk.ui.editor.form import Problem, lock_pixmap
from asylum_desk.ui.editor.labels import SENSITIVE_TOOLTIP, is_highly_sensitive, label

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_PROBLEM_BACKGROUND = QColor("#fbe3e1")


class Kind(Enum):
    """How a column's value is shown and typed."""

    TEXT = auto()
    DATE = auto()
    INT = auto()
    BOOL = auto()
    CHOICE = auto()


@dataclass(frozen=True)
class Column:
    """One column: the attribute path below the row item (``location.country``) and its kind.

    ``title`` and ``tooltip`` are English, marked with ``QT_TRANSLATE_NOOP("Columns", ...)``;
    ``choices`` come from ``labels`` (context "Labels"). They are translated where shown.
    """

    key: str
    title: str
    kind: Kind = Kind.TEXT
    choices: Mapping[Any, str] = field(default_factory=dict)
    required: bool = False
    editable: bool = True
    width: int = 0
    tooltip: str = ""

    def heading(self) -> str:
        """The title in the interface language (may hold a line break)."""
        return QCoreApplication.translate("Columns", self.title)

    def tip(self) -> str:
        return QCoreApplication.translate("Columns", self.tooltip) if self.tooltip else ""

    def choice(self, value: Any) -> str:
        """How a choice value is shown (a value without a label as itself)."""
        text = self.choices.get(value)
        if text is None:
            return "" if value is None else str(value)
        return label(text)


def get_path(item: object, key: str) -> Any:
    """The value at ``key`` (dotted) below ``item``; ``None`` when a part is missing."""
    value: Any = item
    for part in key.split("."):
        if value is None:
            return None
        value = getattr(value, part)
    return value


def set_path(item: Any, key: str, value: Any, nested: Mapping[str, Callable[[], Any]]) -> Any:
    """A copy of ``item`` with ``key`` set; a missing inner object is created, an empty dropped."""
    head, _, rest = key.partition(".")
    if not rest:
        return dataclasses.replace(item, **{head: value})
    inner = getattr(item, head)
    make = nested[head]
    inner = set_path(make() if inner is None else inner, rest, value, {})
    return dataclasses.replace(item, **{head: None if inner == make() else inner})


@dataclass
class _Row:
    """A row: the domain item and any text typed that the item cannot hold (a wrong date)."""

    item: Any
    raw: dict[str, str] = field(default_factory=dict)


class _SetRow(QUndoCommand):
    def __init__(
        self, model: RowsModel, row: int, before: _Row, after: _Row, text: str, merge: str = ""
    ) -> None:
        super().__init__(text)
        self._model, self._row, self._before, self._after = model, row, before, after
        self._merge = (id(model), row, merge) if merge else None

    def id(self) -> int:
        return 1 if self._merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetRow) or self._merge is None or other._merge != self._merge:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._model.put_row(self._row, self._after)

    def undo(self) -> None:
        self._model.put_row(self._row, self._before)


class _InsertRow(QUndoCommand):
    def __init__(self, model: RowsModel, row: int, content: _Row, text: str, insert: bool) -> None:
        super().__init__(text)
        self._model, self._row, self._content, self._insert = model, row, content, insert

    def redo(self) -> None:
        if self._insert:
            self._model.insert_row(self._row, self._content)
        else:
            self._model.take_row(self._row)

    def undo(self) -> None:
        if self._insert:
            self._model.take_row(self._row)
        else:
            self._model.insert_row(self._row, self._content)


class _MoveRow(QUndoCommand):
    def __init__(self, model: RowsModel, source: int, target: int, text: str) -> None:
        super().__init__(text)
        self._model, self._source, self._target = model, source, target

    def redo(self) -> None:
        self._model.move_row_now(self._source, self._target)

    def undo(self) -> None:
        self._model.move_row_now(self._target, self._source)


class RowsModel(QAbstractTableModel):
    """Rows of one list of a case (``family_left_behind``...), edited through an undo stack."""

    edited = Signal()
    row_touched = Signal(int)
    """A row was inserted, moved or put back: the view selects it."""

    def __init__(
        self,
        path: str,
        columns: Sequence[Column],
        new_item: Callable[[], Any],
        stack: QUndoStack,
        noun: str,
        nested: Mapping[str, Callable[[], Any]] | None = None,
    ) -> None:
        super().__init__()
        self.path = path
        self.columns = list(columns)
        self.noun = QCoreApplication.translate("RowsModel", noun)
        """What one row is, in the interface language ("dependent", "family member")."""
        self._new_item = new_item
        self._stack = stack
        self._nested = dict(nested or {})
        self._rows: list[_Row] = []
        self._problems: dict[tuple[int, int], str] = {}
        self._typing = False

    # --- the list -----------------------------------------------------------------------------
    def items(self) -> list[Any]:
        """Copies of the rows' items, in order."""
        return [copy.deepcopy(row.item) for row in self._rows]

    def item(self, row: int) -> Any:
        return self._rows[row].item

    def raw(self, row: int) -> dict[str, str]:
        return dict(self._rows[row].raw)

    def set_items(self, items: Sequence[Any]) -> None:
        """Replace every row (loading a case: not undoable, not an edit)."""
        self.beginResetModel()
        self._rows = [_Row(copy.deepcopy(item)) for item in items]
        self._problems = {}
        self.endResetModel()

    def add_row(self, at: int | None = None) -> int:
        row = len(self._rows) if at is None else at
        self._stack.push(_InsertRow(self, row, _Row(self._new_item()), f"add {self.noun}", True))
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            content = self._rows[row]
            self._stack.push(_InsertRow(self, row, content, f"remove {self.noun}", False))

    def move_row(self, row: int, delta: int) -> None:
        target = row + delta
        if 0 <= row < len(self._rows) and 0 <= target < len(self._rows):
            self._stack.push(_MoveRow(self, row, target, f"move {self.noun}"))

    def replace_item(self, row: int, item: Any, raw: Mapping[str, str] | None = None) -> None:
        """Change a row from a detail form (the form's own fields keep the typing history)."""
        self._rows[row].item = item
        self._rows[row].raw = dict(raw or {})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit()

    # --- applied by the undo commands ----------------------------------------------------------
    def put_row(self, row: int, content: _Row) -> None:
        self._rows[row].item = content.item
        self._rows[row].raw = dict(content.raw)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.edited.emit()

    def insert_row(self, row: int, content: _Row) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, content)
        self.endInsertRows()
        self.row_touched.emit(row)
        self.edited.emit()

    def take_row(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        if self._rows:
            self.row_touched.emit(min(row, len(self._rows) - 1))
        self.edited.emit()

    def move_row_now(self, source: int, target: int) -> None:
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(source))
        self.endMoveRows()
        self.row_touched.emit(target)
        self.edited.emit()

    # --- problems ------------------------------------------------------------------------------
    def column_path(self, row: int, column: int) -> str:
        return f"{self.path}[{row}].{self.columns[column].key}"

    def input_problems(self) -> list[Problem]:
        """Typed texts the rows cannot hold (a date that is no date, an age that is no number)."""
        found: list[Problem] = []
        for number, row in enumerate(self._rows):
            for column in self.columns:
                if column.key in row.raw:
                    message = _raw_problem(column, row.raw[column.key])
                    found.append((f"{self.path}[{number}].{column.key}", message))
        return found

    def show_problems(self, problems: Mapping[str, str]) -> list[str]:
        """Tint the cells with problems; returns the messages, as "Row n, column: message"."""
        found: dict[tuple[int, int], str] = {}
        lines: list[str] = []
        for row in range(len(self._rows)):
            for column in range(len(self.columns)):
                message = problems.get(self.column_path(row, column))
                if message is not None:
                    found[(row, column)] = message
                    title = self.columns[column].heading().replace("\n", " ")
                    lines.append(
                        self.tr("Row {number}, {column}: {problem}").format(
                            number=row + 1, column=title, problem=message
                        )
                    )
        changed, self._problems = found != self._problems, found
        if changed and self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )
        return lines

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        sensitive = is_highly_sensitive(f"{self.path}.{column.key}")
        if role == Qt.ItemDataRole.DisplayRole:
            return column.heading()
        if role == Qt.ItemDataRole.DecorationRole and sensitive:
            return lock_pixmap()
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [column.tip(), label(SENSITIVE_TOOLTIP) if sensitive else ""]
            return "\n".join(tip for tip in tips if tip) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if not column.editable:
            return base
        if column.kind is Kind.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        value = get_path(row.item, column.key)
        raw = row.raw.get(column.key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column.kind is Kind.BOOL:
                return None
            if column.kind is Kind.CHOICE:
                if role == Qt.ItemDataRole.EditRole:
                    return value
                return column.choice(value)
            if raw is not None:
                return raw
            text = "" if value is None else str(value)
            return text.replace("\n", " ⏎ ") if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self._problems.get((index.row(), index.column()))
            if problem is not None:
                return problem
            if column.kind is Kind.TEXT and value and len(str(value)) > 30:
                return str(value)
            return None
        cell = (index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole and cell in self._problems:
            return _PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return column.choice(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        raw = dict(row.raw)
        raw.pop(column.key, None)
        if column.kind is Kind.BOOL:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column.kind is Kind.CHOICE:
            matches = [member for member in column.choices if member == value]
            if not matches:
                return False
            new_value = matches[0]
        else:
            new_value, bad = _parse(column, "" if value is None else str(value))
            if bad:
                raw[column.key] = str(value)
        item = set_path(row.item, column.key, new_value, self._nested)
        if item == row.item and raw == row.raw:
            return True
        after = _Row(item, raw)
        text = f"edit {self.noun} {column.title.lower()}"
        merge = column.key if self._typing else ""
        before = _Row(row.item, dict(row.raw))
        self._stack.push(_SetRow(self, index.row(), before, after, text, merge))
        return True

    def type_text(self, row: int, key: str, text: str) -> None:
        """Set a text cell as the person types elsewhere (one undo step per run of typing)."""
        column = next(n for n, c in enumerate(self.columns) if c.key == key)
        self._typing = True
        try:
            self.setData(self.index(row, column), text, Qt.ItemDataRole.EditRole)
        finally:
            self._typing = False


def _parse(column: Column, text: str) -> tuple[Any, bool]:
    """The value typed into a cell, and whether the text could not be read."""
    if column.kind is Kind.DATE:
        if date_problem(text) is not None:
            return None, True
        date: PartialDate | None = parse_date(text)
        return date, False
    if column.kind is Kind.INT:
        stripped = text.strip()
        if not stripped:
            return None, False
        if stripped.isdigit():
            return int(stripped), False
        return None, True
    if column.required:
        return text, False
    return text_or_none(text), False


def _raw_problem(column: Column, text: str) -> str:
    if column.kind is Kind.DATE:
        return date_problem(text) or QCoreApplication.translate(
            "RowsModel", "{text} is not a date"
        ).format(text=text)
    return QCoreApplication.translate(
        "RowsModel", "{text} is not a number: type whole years, e.g. 54"
    ).format(text=text.strip())
