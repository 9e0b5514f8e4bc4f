"""The case list as a Qt table model that fetches one page at a time from the services.

Like Anki's browser model, it keeps only what was fetched and asks for more as the view
scrolls, so it stays smooth with 100,000 cases. It never holds a database connection:
``fetch_page`` and ``search_page`` are plain callables given by the window.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import CaseSummary

PAGE_SIZE = 200
CACHED_PAGES = 50
SEARCH_PAGE = 100

FetchPage = Callable[[CaseQuery], tuple[list[CaseSummary], int]]
SearchPage = Callable[[str, int, int], list[CaseSummary]]

CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN_NAME = QT_TRANSLATE_NOOP("CaseList", "(name hidden)")
"""What the name column shows in privacy mode for a case that is not under a pseudonym."""

STATUS_LABELS = {
    "registered": QT_TRANSLATE_NOOP("CaseList", "Registered"),
    "interviewed": QT_TRANSLATE_NOOP("CaseList", "Interviewed"),
    "statement_drafted": QT_TRANSLATE_NOOP("CaseList", "Statement drafted"),
    "packet_ready": QT_TRANSLATE_NOOP("CaseList", "Packet ready"),
    "submitted": QT_TRANSLATE_NOOP("CaseList", "Submitted"),
    "decided": QT_TRANSLATE_NOOP("CaseList", "Decided"),
    "closed": QT_TRANSLATE_NOOP("CaseList", "Closed"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("CaseList", text)


def status_label(summary: CaseSummary) -> str:
    """A case's status as the list shows it, in the interface language."""
    word = summary.status.value
    return _translate(STATUS_LABELS[word]) if word in STATUS_LABELS else word


@dataclass(frozen=True)
class Column:
    """One column of the list: its title, sort key and how to show a summary."""

    title: str
    sort: SortKey
    value: Callable[[CaseSummary], str]


COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("CaseList", "Case number"), SortKey.CASE_NUMBER, lambda s: s.case_number
    ),
    Column(QT_TRANSLATE_NOOP("CaseList", "Name"), SortKey.DISPLAY_NAME, lambda s: s.display_name),
    Column(QT_TRANSLATE_NOOP("CaseList", "Status"), SortKey.STATUS, lambda s: status_label(s)),
    Column(
        QT_TRANSLATE_NOOP("CaseList", "Crossed"),
        SortKey.CROSSING_DATE,
        lambda s: str(s.crossing_date or ""),
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseList", "Caseworker"),
        SortKey.CASEWORKER,
        lambda s: s.caseworker or "",
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseList", "Last change"),
        SortKey.UPDATED_AT,
        lambda s: s.updated_at[:16].replace("T", " "),
    ),
)


class CaseListModel(QAbstractTableModel):
    """Rows of case summaries: the sorted, filtered list, or the results of a search."""

    def __init__(self, fetch_page: FetchPage, search_page: SearchPage) -> None:
        super().__init__()
        self._fetch_page = fetch_page
        self._search_page = search_page
        self._query = CaseQuery(limit=PAGE_SIZE)
        self._search = ""
        self._total = 0
        self._pages: OrderedDict[int, list[CaseSummary]] = OrderedDict()
        self._results: list[CaseSummary] = []
        self._more_results = False
        self._enabled = False
        self._private = False

    # ---- what is listed -------------------------------------------------------------
    @property
    def query(self) -> CaseQuery:
        """The current sort and filter."""
        return self._query

    @property
    def search_text(self) -> str:
        """The current search ('' when the sorted list is shown)."""
        return self._search

    @property
    def total(self) -> int:
        """How many cases the list shows (for a search: how many were found so far)."""
        return len(self._results) if self._search else self._total

    def set_enabled(self, enabled: bool) -> None:
        """Show cases (unlocked) or nothing at all (locked)."""
        self._enabled = enabled
        self.refresh()

    @property
    def privacy_mode(self) -> bool:
        """Whether names are hidden (case numbers and pseudonyms only)."""
        return self._private

    def set_privacy_mode(self, private: bool) -> None:
        """Hide real names (for working where others can see the screen), or show them."""
        if private == self._private:
            return
        self._private = private
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))

    def set_filter(self, case_filter: CaseFilter) -> None:
        """Show only cases that meet ``case_filter``."""
        self._query = replace(self._query, filter=case_filter, offset=0)
        self.refresh()

    def set_search(self, text: str) -> None:
        """Show the cases matching ``text`` (empty: back to the sorted list)."""
        self._search = text.strip()
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the list by a column (searches keep their own order: best match first)."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._query = replace(self._query, sort=COLUMNS[column].sort, descending=descending)
        if not self._search:
            self.refresh()

    def refresh(self) -> None:
        """Drop everything fetched and fetch the first page again."""
        self.beginResetModel()
        self._pages.clear()
        self._results = []
        self._more_results = False
        self._total = 0
        if self._enabled:
            if self._search:
                self._results = self._search_page(self._search, 0, SEARCH_PAGE)
                self._more_results = len(self._results) == SEARCH_PAGE
            else:
                first, self._total = self._fetch_page(replace(self._query, offset=0))
                self._pages[0] = first
        self.endResetModel()

    def clear(self) -> None:
        """Forget every fetched row (on lock), leaving an empty list."""
        self._enabled = False
        self.refresh()

    # ---- rows -----------------------------------------------------------------------
    def summary(self, row: int) -> CaseSummary | None:
        """The case shown in ``row``, fetching its page if needed."""
        if self._search:
            return self._results[row] if 0 <= row < len(self._results) else None
        if not 0 <= row < self._total:
            return None
        page_number, position = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page, total = self._fetch_page(replace(self._query, offset=page_number * PAGE_SIZE))
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
            if total != self._total:  # cases were added or removed meanwhile
                self._total = total
        else:
            self._pages.move_to_end(page_number)
        return page[position] if position < len(page) else None

    def row_of(self, case_number: str) -> int | None:
        """The row of a case among the rows fetched so far."""
        rows: Iterable[tuple[int, CaseSummary]]
        if self._search:
            rows = enumerate(self._results)
        else:
            rows = (
                (number * PAGE_SIZE + index, summary)
                for number, page in self._pages.items()
                for index, summary in enumerate(page)
            )
        for row, summary in rows:
            if summary.case_number == case_number:
                return row
        return None

    # ---- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return bool(self._search) and self._more_results and not parent.isValid()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._search_page(self._search, len(self._results), SEARCH_PAGE)
        self._more_results = len(more) == SEARCH_PAGE
        if more:
            start = len(self._results)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._results.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 1 and self._private and not summary.anonymous:
                return _translate(HIDDEN_NAME)
            return COLUMNS[index.column()].value(summary)
        if role == CASE_NUMBER_ROLE:
            return summary.case_number
        if index.column() == 1 and summary.anonymous:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return _translate("Pseudonym: this applicant asked not to be named.")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(COLUMNS[section].title) if 0 <= section < len(COLUMNS) else None
        return None
