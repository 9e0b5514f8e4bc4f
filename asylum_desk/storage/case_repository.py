"""Reading and writing case aggregates, the case list and search, within one session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Text, func, literal_column, select, text, type_coerce
from sqlalchemy.orm import Session, selectinload

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import Case, CaseSummary
from asylum_desk.storage import search_index
from asylum_desk.storage.mapping import fill_row, to_case
from asylum_desk.storage.search_text import index_body, match_expression
from asylum_desk.storage.tables import CaseRow, CaseSequence

_SUMMARY_COLUMNS = (
    CaseRow.case_number,
    CaseRow.display_name,
    CaseRow.status,
    CaseRow.registered_on,
    CaseRow.crossing_date,
    CaseRow.crossing_district,
    CaseRow.caseworker,
    CaseRow.updated_at,
    CaseRow.anonymous,
)
_SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.CASE_NUMBER: CaseRow.case_number,
    SortKey.DISPLAY_NAME: CaseRow.display_name.collate("NOCASE"),
    SortKey.STATUS: CaseRow.status,
    SortKey.CROSSING_DATE: CaseRow.crossing_date,
    SortKey.CASEWORKER: CaseRow.caseworker,
    SortKey.UPDATED_AT: CaseRow.updated_at,
}
_EAGER = [
    selectinload(relation)
    for relation in (
        CaseRow.people,
        CaseRow.family,
        CaseRow.reasons,
        CaseRow.events,
        CaseRow.documents,
        CaseRow.consents,
        CaseRow.notes,
        CaseRow.coi_refs,
        CaseRow.service_records,
        CaseRow.orders,
        CaseRow.attachments,
    )
]


def _summary(row: Any) -> CaseSummary:
    return CaseSummary(
        case_number=row.case_number,
        display_name=row.display_name,
        status=CaseStatus(row.status),
        registered_on=row.registered_on,
        crossing_date=row.crossing_date,
        crossing_district=row.crossing_district,
        caseworker=row.caseworker,
        updated_at=row.updated_at,
        anonymous=bool(row.anonymous),
    )


def _conditions(case_filter: CaseFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if case_filter.status is not None:
        conditions.append(CaseRow.status == case_filter.status)
    if case_filter.caseworker is not None:
        conditions.append(CaseRow.caseworker == case_filter.caseworker)
    if case_filter.crossing_district is not None:
        conditions.append(CaseRow.crossing_district == case_filter.crossing_district)
    if case_filter.vulnerability is not None:
        stored_json = type_coerce(CaseRow.vulnerabilities, Text)
        conditions.append(stored_json.contains(f'"{case_filter.vulnerability}"'))
    return conditions


class CaseRepository:
    """Case aggregates in one SQLAlchemy session (the caller owns the transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def next_case_number(self, office: str, year: int) -> str:
        """Reserve the next sequence number for ``office`` in ``year``."""
        sequence = self.session.get(CaseSequence, (office, year))
        if sequence is None:
            sequence = CaseSequence(office=office, year=year, last=0)
            self.session.add(sequence)
        sequence.last += 1
        while self.exists(f"{office}-{year:04d}-{sequence.last:04d}"):
            sequence.last += 1
        return f"{office}-{year:04d}-{sequence.last:04d}"

    def exists(self, case_number: str) -> bool:
        """Whether a case with this number is stored."""
        found = self.session.scalar(select(CaseRow.id).where(CaseRow.case_number == case_number))
        return found is not None

    def existing_numbers(self, case_numbers: Sequence[str]) -> list[str]:
        """Which of ``case_numbers`` are already stored."""
        if not case_numbers:
            return []
        found = self.session.scalars(
            select(CaseRow.case_number).where(CaseRow.case_number.in_(list(case_numbers)))
        )
        return sorted(found)

    def add(self, case: Case, case_number: str, now: str) -> CaseRow:
        """Store a new case under ``case_number`` and index it."""
        row = CaseRow(case_number=case_number, created_at=now, updated_at=now, version=1)
        fill_row(row, case)
        self.session.add(row)
        self.session.flush()
        self._index(row, case)
        return row

    def replace(self, row: CaseRow, case: Case, now: str) -> None:
        """Overwrite a stored case with ``case`` (its number stays)."""
        fill_row(row, case)
        row.updated_at = now
        row.version += 1
        self.session.flush()
        self._index(row, case)

    def row(self, case_number: str) -> CaseRow | None:
        """The stored rows of one case, with every section loaded."""
        return self.session.scalar(
            select(CaseRow).where(CaseRow.case_number == case_number).options(*_EAGER)
        )

    def load(self, case_number: str) -> Case | None:
        """One case as a domain object."""
        row = self.row(case_number)
        return None if row is None else to_case(row)

    def load_many(self, case_numbers: Sequence[str]) -> list[Case]:
        """Several cases, in the order asked."""
        rows = self.session.scalars(
            select(CaseRow).where(CaseRow.case_number.in_(list(case_numbers))).options(*_EAGER)
        ).all()
        by_number = {row.case_number: to_case(row) for row in rows}
        return [by_number[number] for number in case_numbers if number in by_number]

    def all_numbers(self) -> list[str]:
        """Every case number, in order."""
        return list(self.session.scalars(select(CaseRow.case_number).order_by(CaseRow.case_number)))

    def _index(self, row: CaseRow, case: Case) -> None:
        search_index.put(self.session.connection(), row.id, index_body(case, row.case_number))

    def delete(self, row: CaseRow) -> None:
        """Remove a case, its sections and its index entry."""
        search_index.remove(self.session.connection(), row.id)
        self.session.delete(row)

    def page(self, query: CaseQuery) -> list[CaseSummary]:
        """One page of the case list."""
        column = _SORT_COLUMNS[query.sort]
        ordered = column.desc() if query.descending else column.asc()
        tie = CaseRow.id.desc() if query.descending else CaseRow.id.asc()
        statement = (
            select(*_SUMMARY_COLUMNS)
            .where(*_conditions(query.filter))
            .order_by(ordered, tie)
            .offset(query.offset)
            .limit(query.limit)
        )
        return [_summary(row) for row in self.session.execute(statement)]

    def count(self, case_filter: CaseFilter) -> int:
        """How many cases meet the filter."""
        statement = select(func.count()).select_from(CaseRow).where(*_conditions(case_filter))
        return int(self.session.scalar(statement) or 0)

    def search(self, query: str, offset: int = 0, limit: int = 50) -> list[CaseSummary]:
        """Cases whose number, names or places match every word typed, best match first."""
        expression = match_expression(query)
        if expression is None:
            return []
        matches = (
            select(literal_column("rowid").label("case_id"), literal_column("rank").label("rank"))
            .select_from(text("case_search"))
            .where(text("case_search MATCH :match"))
            .order_by(text("rank"))
            .offset(offset)
            .limit(limit)
            .subquery()
        )
        statement = (
            select(*_SUMMARY_COLUMNS)
            .join(matches, CaseRow.id == matches.c.case_id)
            .order_by(matches.c.rank)
        )
        result = self.session.execute(statement, {"match": expression})
        return [_summary(row) for row in result]
