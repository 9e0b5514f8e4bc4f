"""Reading and writing case aggregates, the case list and search, within one session."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, literal_column, select, text
from sqlalchemy.orm import Session, selectinload

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import Case, CaseSummary
from asylum_desk.storage import search_index
from asylum_desk.storage.mapping import fill_row, to_case
from asylum_desk.storage.search_text import index_body, match_expression
from asylum_desk.storage.tables import CaseRow, CaseSequence, VulnerabilityRow

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
_SELECTIVE_FILTER = 2000
"""A filter met by at most this many cases is looked up by its own index, then sorted."""
_RANKED_MATCHES = 1000
"""Searches matching at most this many cases are ranked by relevance."""

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
        CaseRow.vulnerabilities,
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


def _conditions(case_filter: CaseFilter, *, use_indexes: bool = True) -> list[Any]:
    """SQL conditions of a filter.

    With ``use_indexes=False`` each column is written as ``+column``, which tells SQLite not
    to use that column's index: for a filter that most cases meet, walking the sort index and
    skipping the few that fail is far cheaper than fetching every match and sorting them all.
    """

    def column(attribute: Any, name: str) -> Any:
        return attribute if use_indexes else literal_column(f"+cases.{name}")

    conditions: list[Any] = []
    if case_filter.status is not None:
        conditions.append(column(CaseRow.status, "status") == case_filter.status.value)
    if case_filter.caseworker is not None:
        conditions.append(column(CaseRow.caseworker, "caseworker") == case_filter.caseworker)
    if case_filter.crossing_district is not None:
        conditions.append(
            column(CaseRow.crossing_district, "crossing_district") == case_filter.crossing_district
        )
    if case_filter.vulnerability is not None:
        having = select(VulnerabilityRow.case_id).where(
            VulnerabilityRow.vulnerability == case_filter.vulnerability
        )
        conditions.append(column(CaseRow.id, "id").in_(having))
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

    def page(self, query: CaseQuery, total: int | None = None) -> list[CaseSummary]:
        """One page of the case list (``total``: the filter's count, if already known)."""
        column = _SORT_COLUMNS[query.sort]
        ordered = column.desc() if query.descending else column.asc()
        tie = CaseRow.id.desc() if query.descending else CaseRow.id.asc()
        if total is None and query.filter != CaseFilter():
            total = self.count(query.filter)
        selective = total is not None and total <= _SELECTIVE_FILTER
        statement = (
            select(*_SUMMARY_COLUMNS)
            .where(*_conditions(query.filter, use_indexes=selective))
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
        """Cases whose number, names or places match every word typed.

        When a query matches at most ``_RANKED_MATCHES`` cases they come best match first
        (bm25); a broader query (one or two letters) lists its matches newest first, since
        ranking tens of thousands of prefix matches costs more than it tells.
        """
        expression = match_expression(query)
        if expression is None:
            return []
        matches = {"match": expression}
        newest = (
            self.session.execute(
                text(
                    "SELECT rowid FROM case_search WHERE case_search MATCH :match "
                    "ORDER BY rowid DESC LIMIT :cap"
                ),
                {**matches, "cap": _RANKED_MATCHES + 1},
            )
            .scalars()
            .all()
        )
        if len(newest) <= _RANKED_MATCHES:
            ids = (
                self.session.execute(
                    text(
                        "SELECT rowid FROM case_search WHERE case_search MATCH :match "
                        "ORDER BY rank, rowid DESC LIMIT :limit OFFSET :offset"
                    ),
                    {**matches, "limit": limit, "offset": offset},
                )
                .scalars()
                .all()
            )
        elif offset + limit <= len(newest):
            ids = newest[offset : offset + limit]
        else:
            ids = (
                self.session.execute(
                    text(
                        "SELECT rowid FROM case_search WHERE case_search MATCH :match "
                        "ORDER BY rowid DESC LIMIT :limit OFFSET :offset"
                    ),
                    {**matches, "limit": limit, "offset": offset},
                )
                .scalars()
                .all()
            )
        if not ids:
            return []
        rows = self.session.execute(
            select(CaseRow.id, *_SUMMARY_COLUMNS).where(CaseRow.id.in_(ids))
        ).all()
        by_id = {row.id: _summary(row) for row in rows}
        return [by_id[case_id] for case_id in ids if case_id in by_id]
