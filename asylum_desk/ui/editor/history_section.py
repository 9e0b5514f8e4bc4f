"""What happened to the case (from the audit trail), newest first, read-only."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from asylum_desk.domain.history import HistoryEntry
from asylum_desk.ui.editor.form import Section

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
HEADERS = (
    QT_TRANSLATE_NOOP("HistorySection", "When"),
    QT_TRANSLATE_NOOP("HistorySection", "Who"),
    QT_TRANSLATE_NOOP("HistorySection", "What"),
)


DESCRIPTIONS = {
    ("create", "case"): QT_TRANSLATE_NOOP("HistorySection", "created case"),
    ("import", "case"): QT_TRANSLATE_NOOP("HistorySection", "imported case"),
    ("update", "case"): QT_TRANSLATE_NOOP("HistorySection", "saved case"),
    ("view", "case"): QT_TRANSLATE_NOOP("HistorySection", "opened case"),
    ("view", "statement"): QT_TRANSLATE_NOOP("HistorySection", "opened statement"),
    ("view", "conflicts"): QT_TRANSLATE_NOOP("HistorySection", "opened conflicts"),
    ("close", "case"): QT_TRANSLATE_NOOP("HistorySection", "closed case"),
    ("add", "dependent"): QT_TRANSLATE_NOOP("HistorySection", "added dependent"),
    ("add", "family_member"): QT_TRANSLATE_NOOP("HistorySection", "added family member"),
    ("translate", "case"): QT_TRANSLATE_NOOP("HistorySection", "saved statement translation"),
    ("export", "case"): QT_TRANSLATE_NOOP("HistorySection", "exported case"),
    ("packet", "packet"): QT_TRANSLATE_NOOP("HistorySection", "made packet"),
    ("save", "packet_file"): QT_TRANSLATE_NOOP("HistorySection", "saved packet file"),
    ("print", "packet"): QT_TRANSLATE_NOOP("HistorySection", "printed packet"),
    ("link", "duplicate"): QT_TRANSLATE_NOOP("HistorySection", "linked duplicate"),
    ("unlink", "duplicate"): QT_TRANSLATE_NOOP("HistorySection", "unlinked duplicate"),
    ("not_duplicate", "duplicate"): QT_TRANSLATE_NOOP("HistorySection", "dismissed duplicate"),
    ("undo_not_duplicate", "duplicate"): QT_TRANSLATE_NOOP("HistorySection", "reopened duplicate"),
    ("merge", "case"): QT_TRANSLATE_NOOP("HistorySection", "merged case"),
    ("resolve", "conflict"): QT_TRANSLATE_NOOP("HistorySection", "resolved conflict"),
    ("assign", "case"): QT_TRANSLATE_NOOP("HistorySection", "assigned case"),
    ("unassign", "case"): QT_TRANSLATE_NOOP("HistorySection", "withdrew assignment"),
    ("erase", "case"): QT_TRANSLATE_NOOP("HistorySection", "erased case"),
}
"""What happened, by audit action and entity, as the history column says it."""


def describe(entry: HistoryEntry) -> str:
    """What happened in the interface language (an unknown event in the trail's words)."""
    phrase = DESCRIPTIONS.get((entry.action, entry.entity))
    if phrase is None:
        return entry.description
    return QCoreApplication.translate("HistorySection", phrase)


def local_time(at: str) -> str:
    """An ISO timestamp as local ``YYYY-MM-DD HH:MM`` (unchanged if it cannot be read)."""
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class HistoryModel(QAbstractTableModel):
    """Read-only rows of history entries."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[HistoryEntry] = []

    def set_entries(self, entries: Sequence[HistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda entry: entry.at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(HEADERS):
                return QCoreApplication.translate("HistorySection", HEADERS[section])
            return None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (local_time(entry.at), entry.actor, describe(entry))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return entry.at
        return None


class HistorySection(Section):
    """The case's history, as recorded by the vault (time, user, what happened)."""

    key = "history"
    title = QT_TRANSLATE_NOOP("Section", "History")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "HistorySection",
                "Recorded by the vault each time the case is opened, saved or exported.",
            ),
            parent,
        )
        self.model = HistoryModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 160)
        self.view.setAccessibleName(self.tr("Case history"))
        self.view.setMinimumHeight(320)
        self.body.addWidget(self.view, 1)

    def set_history(self, entries: Sequence[HistoryEntry]) -> None:
        self.model.set_entries(entries)

    def clear(self) -> None:
        self.model.set_entries([])
