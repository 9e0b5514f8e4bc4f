"""The paged case list model, checked by Qt's own model tester and against the services."""

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import Anonymity, Case, Person
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.ui import case_list_model
from asylum_desk.ui.case_list_model import CASE_NUMBER_ROLE, CaseListModel


@pytest.fixture
def filled(vault: OpenVault) -> CaseService:
    service = CaseService(vault)
    for index in range(45):
        anonymous = index % 10 == 0
        service.create_case(
            Case(
                applicant=Person(
                    given_names=f"Person {index:02d}",
                    anonymity=Anonymity(anonymous, f"Applicant {index}" if anonymous else None),
                ),
                status=CaseStatus.INTERVIEWED if index % 3 == 0 else CaseStatus.REGISTERED,
            )
        )
    return service


def make_model(service: CaseService) -> CaseListModel:
    def fetch(query: CaseQuery) -> tuple[list, int]:
        page = service.list_cases(query)
        return page.items, page.total

    return CaseListModel(fetch, service.search)


def test_model_passes_the_qt_model_tester_and_pages_lazily(
    filled: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_list_model, "PAGE_SIZE", 10)
    calls: list[int] = []
    model = make_model(filled)
    original = model._fetch_page

    def counting(query: CaseQuery) -> tuple[list, int]:
        calls.append(query.offset)
        return original(query)

    model._fetch_page = counting  # type: ignore[method-assign]
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_enabled(True)
    assert model.rowCount() == 45
    assert calls == [0]
    assert model.data(model.index(0, 0)) == "CPH-2026-0001"
    assert model.data(model.index(44, 0)) == "CPH-2026-0045"
    assert calls == [0, 40]


def test_anonymous_rows_show_the_pseudonym_in_italics(filled: CaseService) -> None:
    model = make_model(filled)
    model.set_enabled(True)
    name = model.index(0, 1)
    assert model.data(name) == "Applicant 0"
    assert model.data(name, Qt.ItemDataRole.FontRole).italic()
    assert "asked not to be named" in model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert all("Person 00" not in str(model.data(model.index(0, c))) for c in range(6))


def test_sort_filter_and_search(filled: CaseService) -> None:
    model = make_model(filled)
    model.set_enabled(True)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "CPH-2026-0045"
    assert model.query.sort is SortKey.CASE_NUMBER and model.query.descending
    model.set_filter(CaseFilter(status=CaseStatus.INTERVIEWED))
    assert model.rowCount() == 15
    model.set_search("person 1")
    numbers = {model.data(model.index(row, 0), CASE_NUMBER_ROLE) for row in range(model.rowCount())}
    assert len(numbers) == 10  # Person 10..19 ("Person 10" is anonymous but still found)
    assert model.row_of(next(iter(numbers))) is not None
    model.set_search("")
    assert model.rowCount() == 15


def test_search_fetches_more_as_the_view_scrolls(
    filled: CaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(case_list_model, "SEARCH_PAGE", 20)
    model = make_model(filled)
    model.set_enabled(True)
    model.set_search("person")
    assert model.rowCount() == 20
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 45
    assert not model.canFetchMore(QModelIndex())


def test_clear_forgets_every_row(filled: CaseService) -> None:
    model = make_model(filled)
    model.set_enabled(True)
    model.set_search("person")
    model.clear()
    assert model.rowCount() == 0
    assert model.summary(0) is None
