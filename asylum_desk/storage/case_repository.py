"""Reading and writing case aggregates, the case list and search, within one session."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text, union
from sqlalchemy.orm import Session, aliased, selectinload

from asylum_desk.domain.enums import CaseStatus, Role
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import Case, CaseSummary
from asylum_desk.storage import search_index
from asylum_desk.storage.column_types import nocase, unindexed
from asylum_desk.storage.mapping import fill_row, to_case
from asylum_desk.storage.search_text import index_body, match_expression, ts_query
from asylum_desk.storage.tables import CaseAssignment, CaseRow, CaseSequence, VulnerabilityRow

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
    SortKey.DISPLAY_NAME: nocase(CaseRow.display_name),
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


@dataclass(frozen=True, slots=True)
class Visibility:
    """The cases one user may see: their own (``own``) and those assigned to them as ``role``.

    Applied to the list, the count and search alike, through indexes only: cases by
    caseworker (``ix_cases_caseworker``) and assignments by user and role
    (``ix_case_assignments_user``).
    """

    username: str
    own: bool
    assigned_role: Role


def _visible_ids(visibility: Visibility) -> Any:
    """The ids of the visible cases, from two indexes: own cases and assignments."""
    assigned = select(CaseAssignment.case_id).where(
        CaseAssignment.username == visibility.username,
        CaseAssignment.role == visibility.assigned_role,
    )
    if not visibility.own:
        return assigned
    own = aliased(CaseRow)
    # UNION, not UNION ALL: a caseworker may also be assigned one of their own cases.
    return union(select(own.id).where(own.caseworker == visibility.username), assigned)


def _visible(visibility: Visibility, *, use_indexes: bool = True) -> Any:
    """The SQL condition "this case is visible": its id is among the visible ids.

    One ``IN`` over the rowid (not ``caseworker = … OR …``), so that either the visible ids
    drive the query (rowid lookups) or, written ``+cases.id`` (see ``_conditions``), another
    index drives it and each entry's rowid is checked against them without reading the row.
    """
    case_id = CaseRow.id if use_indexes else unindexed(CaseRow.id)
    return case_id.in_(_visible_ids(visibility))


_VISIBLE_IDS_OWN = (
    "SELECT id FROM cases WHERE caseworker = :vis_user UNION "
    "SELECT case_id FROM case_assignments WHERE username = :vis_user AND role = :vis_role"
)
_VISIBLE_IDS_ASSIGNED = (
    "SELECT case_id FROM case_assignments WHERE username = :vis_user AND role = :vis_role"
)


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


def _conditions(
    case_filter: CaseFilter, *, use_indexes: bool = True, within: Any | None = None
) -> list[Any]:
    """SQL conditions of a filter.

    With ``use_indexes=False`` each column is written as ``+column``, which tells SQLite not
    to use that column's index: for a filter that most cases meet, walking the sort index and
    skipping the few that fail is far cheaper than fetching every match and sorting them all.

    ``within``: ids (a select) the vulnerability filter's ids are intersected with, in the
    indexes, before any case row is read.
    """

    def column(attribute: Any, name: str) -> Any:
        return attribute if use_indexes else unindexed(attribute)

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
        if within is not None:
            having = having.where(VulnerabilityRow.case_id.in_(within))
        conditions.append(column(CaseRow.id, "id").in_(having))
    return conditions


class CaseRepository:
    """Case aggregates in one SQLAlchemy session (the caller owns the transaction).

    With a ``visibility``, the list, the count and search show only the cases it allows;
    single cases are looked up by number as before (the services check access to them).
    """

    def __init__(self, session: Session, visibility: Visibility | None = None) -> None:
        self.session = session
        self.visibility = visibility

    def _where(self, case_filter: CaseFilter, *, use_indexes: bool = True) -> list[Any]:
        """The filter's conditions and the visibility's.

        With a filter, the filter's own index finds the cases and the visible ids are only
        checked against each entry's rowid (no row is read for that); without one, the
        visible ids themselves find the cases.
        """
        if self.visibility is None:
            return _conditions(case_filter, use_indexes=use_indexes)
        if case_filter.vulnerability is not None:  # both are id sets: intersected in indexes
            within = _visible_ids(self.visibility)
            return _conditions(case_filter, use_indexes=use_indexes, within=within)
        conditions = _conditions(case_filter, use_indexes=use_indexes)
        scope_drives = use_indexes and not conditions
        conditions.append(_visible(self.visibility, use_indexes=scope_drives))
        return conditions

    def is_visible(self, case_number: str, visibility: Visibility) -> bool:
        """Whether the case exists and ``visibility`` allows it."""
        found = self.session.scalar(
            select(CaseRow.id).where(CaseRow.case_number == case_number, _visible(visibility))
        )
        return found is not None

    def visible_summaries(self) -> list[CaseSummary]:
        """Every case the visibility allows, unsorted (for short lists, e.g. an interpreter's)."""
        statement = select(*_SUMMARY_COLUMNS)
        if self.visibility is not None:
            statement = statement.where(_visible(self.visibility))
        return [_summary(row) for row in self.session.execute(statement)]

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

    def compact_search_index(self) -> None:
        """Merge the search index into one segment, dropping deleted cases' words for good.

        The index is contentless: deleting a case only marks its entries deleted, and its
        words stay in the old segments until they are merged. ``optimize`` rewrites the index
        without them (and ``secure_delete`` zeroes the pages it frees).
        """
        connection = self.session.connection()
        if connection.dialect.name == "postgresql":
            return  # a deleted case's document row is gone; the server reclaims the space
        connection.exec_driver_sql("INSERT INTO case_search(case_search) VALUES ('optimize')")

    def closed_on_or_before(self, last_day: str) -> list[CaseRow]:
        """Closed cases whose closing day is ``last_day`` (ISO) or earlier, oldest first."""
        return list(
            self.session.scalars(
                select(CaseRow)
                .where(CaseRow.status == CaseStatus.CLOSED.value)
                .where(CaseRow.closed_on <= last_day)
                .order_by(CaseRow.closed_on, CaseRow.case_number)
            )
        )

    def page(self, query: CaseQuery, total: int | None = None) -> list[CaseSummary]:
        """One page of the case list (``total``: the filter's count, if already known)."""
        column = _SORT_COLUMNS[query.sort]
        ordered = column.desc() if query.descending else column.asc()
        tie = CaseRow.id.desc() if query.descending else CaseRow.id.asc()
        if total is None and (query.filter != CaseFilter() or self.visibility is not None):
            total = self.count(query.filter)
        selective = total is not None and total <= _SELECTIVE_FILTER
        statement = (
            select(*_SUMMARY_COLUMNS)
            .where(*self._where(query.filter, use_indexes=selective))
            .order_by(ordered, tie)
            .offset(query.offset)
            .limit(query.limit)
        )
        return [_summary(row) for row in self.session.execute(statement)]

    def count(self, case_filter: CaseFilter) -> int:
        """How many cases meet the filter (and the visibility)."""
        if self.visibility is not None and case_filter == CaseFilter():
            # Counted from the indexes alone: no case row is read.
            ids = _visible_ids(self.visibility).subquery()
            return int(self.session.scalar(select(func.count()).select_from(ids)) or 0)
        statement = select(func.count()).select_from(CaseRow).where(*self._where(case_filter))
        return int(self.session.scalar(statement) or 0)

    def search(self, query: str, offset: int = 0, limit: int = 50) -> list[CaseSummary]:
        """Cases whose number, names or places match every word typed.

        When a query matches at most ``_RANKED_MATCHES`` cases they come best match first
        (bm25); a broader query (one or two letters) lists its matches newest first, since
        ranking tens of thousands of prefix matches costs more than it tells.
        """
        if self.session.get_bind().dialect.name == "postgresql":
            return self._summaries(self._shared_search(query, offset, limit))
        expression = match_expression(query)
        if expression is None:
            return []
        matches: dict[str, Any] = {"match": expression}
        where = "case_search MATCH :match"
        ranked = (
            "SELECT rowid FROM case_search WHERE case_search MATCH :match "
            "ORDER BY rank, rowid DESC LIMIT :limit OFFSET :offset"
        )
        if self.visibility is not None:
            visible = _VISIBLE_IDS_OWN if self.visibility.own else _VISIBLE_IDS_ASSIGNED
            # ``+rowid``: the visible ids filter the matches as they come. A plain ``rowid IN``
            # would be handed to the index as one lookup per visible case (seconds).
            where += f" AND +rowid IN ({visible})"
            matches["vis_user"] = self.visibility.username
            matches["vis_role"] = self.visibility.assigned_role.value
            # Score only the visible matches (``ORDER BY rank`` would score every match).
            ranked = (
                "SELECT rowid FROM (SELECT rowid, bm25(case_search) AS score FROM case_search "
                f"WHERE {where}) ORDER BY score, rowid DESC LIMIT :limit OFFSET :offset"
            )
        newest = (
            self.session.execute(
                text(f"SELECT rowid FROM case_search WHERE {where} ORDER BY rowid DESC LIMIT :cap"),
                {**matches, "cap": _RANKED_MATCHES + 1},
            )
            .scalars()
            .all()
        )
        if len(newest) <= _RANKED_MATCHES:
            ids = (
                self.session.execute(
                    text(ranked),
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
                        f"SELECT rowid FROM case_search WHERE {where} "
                        "ORDER BY rowid DESC LIMIT :limit OFFSET :offset"
                    ),
                    {**matches, "limit": limit, "offset": offset},
                )
                .scalars()
                .all()
            )
        return self._summaries(ids)

    def _shared_search(self, query: str, offset: int, limit: int) -> Sequence[int]:
        """The shared database's search: the same words, ranked by ts_rank, then newest."""
        expression = ts_query(query)
        if expression is None:
            return []
        where = "document @@ CAST(:match AS tsquery)"
        values: dict[str, Any] = {"match": expression, "limit": limit, "offset": offset}
        if self.visibility is not None:
            visible = _VISIBLE_IDS_OWN if self.visibility.own else _VISIBLE_IDS_ASSIGNED
            where += f" AND rowid IN ({visible})"
            values["vis_user"] = self.visibility.username
            values["vis_role"] = self.visibility.assigned_role.value
        statement = (
            f"SELECT rowid FROM case_search WHERE {where} ORDER BY "
            "ts_rank(document, CAST(:match AS tsquery)) DESC, rowid DESC "
            "LIMIT :limit OFFSET :offset"
        )
        return self.session.execute(text(statement), values).scalars().all()

    def _summaries(self, ids: Sequence[int]) -> list[CaseSummary]:
        if not ids:
            return []
        rows = self.session.execute(
            select(CaseRow.id, *_SUMMARY_COLUMNS).where(CaseRow.id.in_(ids))
        ).all()
        by_id = {row.id: _summary(row) for row in rows}
        return [by_id[case_id] for case_id in ids if case_id in by_id]
