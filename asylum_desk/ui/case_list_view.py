"""The left-hand panel: search box, filters and the case table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.enums import CaseStatus, Vulnerability
from asylum_desk.domain.listing import CaseFilter
from asylum_desk.ui.case_list_model import CASE_NUMBER_ROLE, STATUS_LABELS, CaseListModel
from asylum_desk.ui.editor.labels import VULNERABILITY_LABELS, translated


def _status(word: str) -> str:
    return QCoreApplication.translate("CaseList", STATUS_LABELS[word])


class CaseListView(QWidget):
    """Search as you type, filter, sort; emits ``case_chosen`` with a case number."""

    case_chosen = Signal(str)

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search names (any script), case numbers, places…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self._pending_search = QTimer(self)
        self._pending_search.setSingleShot(True)
        self._pending_search.setInterval(0)  # merge keystrokes already queued, no extra wait
        self._pending_search.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _text: self._pending_search.start())

        needs = translated(VULNERABILITY_LABELS)
        self.status = self._combo(
            self.tr("Status"),
            self.tr("Filter by status"),
            self.tr("Status: any"),
            [(_status(s.value), s) for s in CaseStatus],
        )
        self.vulnerability = self._combo(
            self.tr("Specific need"),
            self.tr("Filter by specific need"),
            self.tr("Specific need: any"),
            [(needs.get(v, v.value), v) for v in Vulnerability],
        )
        self.caseworker = QLineEdit()
        self.caseworker.setPlaceholderText(self.tr("Caseworker"))
        self.caseworker.setAccessibleName(self.tr("Filter by caseworker"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("District"))
        self.district.setAccessibleName(self.tr("Filter by crossing district"))
        for box in (self.caseworker, self.district):
            box.editingFinished.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((125, 190, 130, 90, 120)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._choose)
        self.table.clicked.connect(self._choose)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of cases shown"))
        model.modelReset.connect(self._show_count)
        model.rowsInserted.connect(self._show_count)

        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.vulnerability)
        filters.addWidget(self.caseworker)
        filters.addWidget(self.district)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.vulnerability)
        self.setTabOrder(self.vulnerability, self.caseworker)
        self.setTabOrder(self.caseworker, self.district)
        self.setTabOrder(self.district, self.table)

    def _combo(
        self, name: str, accessible: str, anything: str, items: list[tuple[str, object]]
    ) -> QComboBox:
        combo = QComboBox()
        # Long choices (specific needs, translated statuses) open in the list; the closed box
        # stays narrow so the case list fits a small window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.setAccessibleName(accessible)
        combo.setToolTip(name)
        combo.addItem(anything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.currentIndexChanged.connect(self._apply_filter)
        return combo

    def _run_search(self) -> None:
        self.model.set_search(self.search.text())

    def _apply_filter(self) -> None:
        self.model.set_filter(
            CaseFilter(
                status=self.status.currentData(),
                vulnerability=self.vulnerability.currentData(),
                caseworker=self.caseworker.text().strip() or None,
                crossing_district=self.district.text().strip() or None,
            )
        )

    def _choose(self, index: QModelIndex) -> None:
        extending = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if QGuiApplication.keyboardModifiers() & extending:
            return  # Ctrl/Shift+click selects several cases (batch printing), opens none
        number = self.model.data(index, CASE_NUMBER_ROLE)
        if number:
            self.case_chosen.emit(str(number))

    def _show_count(self) -> None:
        total = self.model.total
        if self.model.search_text:
            more = "+" if self.model.canFetchMore(QModelIndex()) else ""
            self.count.setText(self.tr("{count} found").format(count=f"{total}{more}"))
        else:
            self.count.setText(self.tr("{count} cases").format(count=f"{total:,}"))

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, text selected."""
        self.search.setFocus()
        self.search.selectAll()

    def clear(self) -> None:
        """Forget the search text and filters' free text (on lock) and empty the table."""
        for box in (self.search, self.caseworker, self.district):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.model.clear()
        self.count.clear()

    def selected_case_numbers(self) -> list[str]:
        """The case numbers of the selected rows, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        numbers = []
        for row in rows:
            number = self.model.data(self.model.index(row, 0), CASE_NUMBER_ROLE)
            if number:
                numbers.append(str(number))
        return numbers

    def select_case(self, case_number: str) -> None:
        """Select a case's row if it is among the rows fetched."""
        row = self.model.row_of(case_number)
        if row is not None:
            self.table.selectRow(row)
