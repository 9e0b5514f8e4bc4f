"""Office › Statistics…: counts of cases as charts, small counts suppressed, and export.

Only categories and counts ever reach this window (the service reads nothing personal);
a suppressed count shows as "<5" and is drawn as no bar, its label saying it is hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services.statistics import (
    DEFAULT_THRESHOLD,
    MIN_THRESHOLD,
    UNKNOWN,
    Statistics,
    StatisticsQuery,
    StatisticsTable,
    StatTable,
    produce_statistics,
)
from asylum_desk.services.statistics_export import write_statistics
from asylum_desk.ui.editor import labels
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

TITLES: dict[StatTable, str] = {
    StatTable.MONTH: QT_TRANSLATE_NOOP("StatisticsDialog", "Month of crossing"),
    StatTable.DISTRICT: QT_TRANSLATE_NOOP("StatisticsDialog", "District of crossing"),
    StatTable.CROSSING_POINT: QT_TRANSLATE_NOOP("StatisticsDialog", "Crossing point"),
    StatTable.REASON: QT_TRANSLATE_NOOP("StatisticsDialog", "Reason for flight"),
    StatTable.STATUS: QT_TRANSLATE_NOOP("StatisticsDialog", "Status"),
    StatTable.VULNERABILITY: QT_TRANSLATE_NOOP("StatisticsDialog", "Specific needs"),
}
KNOWN_CATEGORIES: dict[StatTable, Mapping[Any, str]] = {
    StatTable.REASON: labels.REASON_LABELS,
    StatTable.STATUS: labels.STATUS_LABELS,
    StatTable.VULNERABILITY: labels.VULNERABILITY_LABELS,
}
"""Tables whose categories are the case model's words, shown as the editor names them."""
MAX_BARS = 40
"""A chart shows at most this many categories (the table beside it shows all)."""


class StatisticsDialog(QDialog):
    """Charts and tables of the vault's cases, with a crossing window and export."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.statistics: Statistics | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Statistics"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.crossed_from = QLineEdit()
        self.crossed_from.setPlaceholderText(self.tr("YYYY-MM"))
        self.crossed_from.setAccessibleName(self.tr("Crossed from (month)"))
        self.crossed_to = QLineEdit()
        self.crossed_to.setPlaceholderText(self.tr("YYYY-MM"))
        self.crossed_to.setAccessibleName(self.tr("Crossed until (month)"))
        for edit in (self.crossed_from, self.crossed_to):
            edit.setMaximumWidth(110)
            edit.returnPressed.connect(self.refresh)
        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, 100)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Hide counts below"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Statistics tables"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Crossed from")))
        filters.addWidget(self.crossed_from)
        filters.addWidget(QLabel(self.tr("until")))
        filters.addWidget(self.crossed_to)
        filters.addSpacing(16)
        filters.addWidget(QLabel(self.tr("Hide counts below")))
        filters.addWidget(self.threshold)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1000, 680)
        self.refresh()

    def query(self) -> StatisticsQuery:
        """The window and threshold typed (ValueError with a message when malformed)."""
        return StatisticsQuery(
            crossed_from=self.crossed_from.text().strip() or None,
            crossed_to=self.crossed_to.text().strip() or None,
            threshold=self.threshold.value(),
        )

    def refresh(self) -> None:
        """Count again for the window typed (off the GUI thread)."""
        if self.busy:
            return
        try:
            query = self.query()
        except ValueError as error:
            self.summary.setText(error_message(error))
            return
        vault = self.vault
        self._set_busy(True, self.tr("Counting…"))
        run_in_thread(lambda: produce_statistics(vault, query), self._show, self._failed, self)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.show_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.statistics is not None)
        if message:
            self.summary.setText(message)

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.summary.setText(self.tr("No statistics: {reason}").format(reason=error_message(error)))

    def _show(self, statistics: Statistics) -> None:
        self.statistics = statistics
        self._set_busy(False)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in statistics.tables:
            self.tabs.addTab(_table_page(table, statistics.query.threshold), _title(table.table))
        if current >= 0:
            self.tabs.setCurrentIndex(current)
        first = statistics.tables[0] if statistics.tables else None
        query = statistics.query
        if first is None or first.total is None:
            cases = self.tr("Fewer cases than the threshold")
        else:
            cases = self.tr("{count} cases").format(count=first.total)
        if query.crossed_from or query.crossed_to:
            cases = self.tr("{cases} that crossed {start} – {end}").format(
                cases=cases,
                start=query.crossed_from or self.tr("any time"),
                end=query.crossed_to or self.tr("now"),
            )
        hidden = self.tr(
            "Counts below {threshold} are hidden (shown as <{threshold}), and never only one "
            "in a table."
        ).format(threshold=query.threshold)
        self.summary.setText(self.tr("{cases}. {hidden}").format(cases=cases, hidden=hidden))

    def export(self) -> None:
        """Write the figures shown as CSV (one file per table) or XLSX; logged."""
        if self.statistics is None:
            return
        path = self.choose_export_path("case-statistics.xlsx")
        if path is None:
            return
        query = self.statistics.query
        try:
            produce_statistics(
                self.vault, query, write=lambda figures: write_statistics(figures, path)
            )
        except Exception as error:  # noqa: BLE001 - one line; nothing half-written
            self.summary.setText(
                self.tr("Not exported: {reason}").format(reason=error_message(error))
            )
            return
        self.summary.setText(
            self.tr("Exported to {file} (no names, small counts hidden).").format(file=path.name)
        )

    def choose_export_path(self, suggested_name: str) -> Path | None:
        """Where to export (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export statistics"),
            str(Path.home() / suggested_name),
            self.tr("Spreadsheet (*.xlsx);;CSV, one file per table (*.csv)"),
            options=FILE_DIALOG_OPTIONS,
        )
        return Path(name) if name else None


def _title(table: StatTable) -> str:
    """A table's title in the interface language."""
    return QCoreApplication.translate("StatisticsDialog", TITLES[table])


def _category(table: StatTable, category: str) -> str:
    """A category in the interface language when it is one of the case model's words."""
    known = KNOWN_CATEGORIES.get(table, {}).get(category)
    if known is not None:
        return labels.label(known)
    if category == UNKNOWN:
        return QCoreApplication.translate("StatisticsDialog", "Unknown")
    return label(category)


def label(category: str) -> str:
    """A category as people read it ("refused_unlawful_order" → "Refused unlawful order")."""
    if category.startswith("(") or any(ch.isupper() for ch in category):
        return category  # place names and months are shown as typed
    text = category.replace("_", " ")
    return text[:1].upper() + text[1:]


def _table_page(table: StatisticsTable, threshold: int) -> QWidget:
    """A chart of one table beside its numbers."""
    numbers = QTableWidget(len(table.rows) + 1, 2)
    cases_title = QCoreApplication.translate("StatisticsDialog", "Cases")
    numbers.setHorizontalHeaderLabels([_title(table.table), cases_title])
    numbers.verticalHeader().hide()
    numbers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    numbers.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    rows = [(_category(table.table, row.category), row.cases) for row in table.rows]
    rows.append((QCoreApplication.translate("StatisticsDialog", "(all cases)"), table.total))
    for index, (category, cases) in enumerate(rows):
        numbers.setItem(index, 0, QTableWidgetItem(category))
        shown = f"<{threshold}" if cases is None else str(cases)
        item = QTableWidgetItem(shown)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        numbers.setItem(index, 1, item)

    bars = QBarSet(cases_title)
    categories = []
    for row in reversed(table.rows[:MAX_BARS]):  # drawn bottom-up: the table's order, top down
        name = _category(table.table, row.category)
        if row.cases is None:
            # Hidden counts draw no bar; the label says so, so it is not read as zero.
            name = QCoreApplication.translate(
                "StatisticsDialog", "{category} (fewer than {threshold}, hidden)"
            ).format(category=name, threshold=threshold)
        categories.append(name)
        bars.append(float(row.cases or 0))
    series = QHorizontalBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    axis_y = QBarCategoryAxis()
    axis_y.append(categories)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%d")
    axis_x.setMin(0)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    if table.multi_valued:
        chart.setTitle(
            QCoreApplication.translate(
                "StatisticsDialog", "A case can count under several headings."
            )
        )
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(
        QCoreApplication.translate("StatisticsDialog", "Chart: {table}").format(
            table=_title(table.table)
        )
    )

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(view)
    splitter.addWidget(numbers)
    splitter.setSizes([620, 340])
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return page
