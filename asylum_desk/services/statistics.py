"""Statistics without exposing people: counts of cases, small counts suppressed.

Supervisors and administrators only (``Action.SEE_ALL_CASES``): the figures are aggregates
over every case of the vault, so only a user who may see every case may produce them.

Each table counts cases by one category (crossing month, district, crossing point, reason
for flight, status, specific need). A count below the threshold (default 5) is suppressed
(None here, ``<5`` in a file) so that no person can be singled out. So that a suppressed
count cannot be worked out by subtracting the others from the table's total (or from the
same total in another table), a table never has exactly one suppressed count: when it
would, the next smallest count is suppressed too. A total below the threshold is
suppressed as well. See ``docs/statistics.md``.

Only categories and counts are ever read: no name, birth date, place of origin or any other
personal field. Producing statistics is an audit event whose detail holds only the tables,
the crossing window and the threshold.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from asylum_desk.domain.messages import text
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage import statistics_queries as queries
from asylum_desk.storage.statistics_queries import UNKNOWN, CrossingWindow

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
"""A lower threshold would let counts of one or two people through."""

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


class StatTable(StrEnum):
    """The tables statistics can hold (the value is the table's name in files)."""

    MONTH = "month"
    DISTRICT = "district"
    CROSSING_POINT = "crossing_point"
    REASON = "reason"
    STATUS = "status"
    VULNERABILITY = "vulnerability"


MULTI_VALUED = frozenset({StatTable.REASON, StatTable.VULNERABILITY})
"""Tables where a case may count in several rows (their rows do not add up to the total)."""

_COUNTERS: Mapping[StatTable, Callable[[Session, CrossingWindow], dict[str, int]]] = {
    StatTable.MONTH: queries.by_month,
    StatTable.DISTRICT: queries.by_district,
    StatTable.CROSSING_POINT: queries.by_crossing_point,
    StatTable.REASON: queries.by_reason,
    StatTable.STATUS: queries.by_status,
    StatTable.VULNERABILITY: queries.by_vulnerability,
}


@dataclass(frozen=True, slots=True)
class StatisticsQuery:
    """Which statistics to produce: crossing months ``YYYY-MM`` (both included), threshold."""

    crossed_from: str | None = None
    crossed_to: str | None = None
    threshold: int = DEFAULT_THRESHOLD
    tables: tuple[StatTable, ...] = tuple(StatTable)

    def __post_init__(self) -> None:
        for bound in (self.crossed_from, self.crossed_to):
            if bound is not None and not _MONTH.fullmatch(bound):
                raise ValueError(text("{bound!r} is not a month (use YYYY-MM).", bound=bound))
        if self.crossed_from and self.crossed_to and self.crossed_from > self.crossed_to:
            raise ValueError(text("The window ends ({end}) before it starts.", end=self.crossed_to))
        if self.threshold < MIN_THRESHOLD:
            raise ValueError(text("The threshold must be at least {least}.", least=MIN_THRESHOLD))
        if not self.tables:
            raise ValueError(text("Choose at least one table."))


@dataclass(frozen=True, slots=True)
class StatRow:
    """One category and its number of cases (None: suppressed)."""

    category: str
    cases: int | None


@dataclass(frozen=True, slots=True)
class StatisticsTable:
    """The rows of one table, sorted by category (``unknown`` last), and the total.

    ``total`` is the number of cases the window holds (None: suppressed). In a multi-valued
    table (reasons, specific needs) a case may count in several rows or in none.
    """

    table: StatTable
    rows: list[StatRow]
    total: int | None

    @property
    def multi_valued(self) -> bool:
        return self.table in MULTI_VALUED


@dataclass(frozen=True, slots=True)
class Statistics:
    """The tables asked for, in the order asked."""

    query: StatisticsQuery
    tables: list[StatisticsTable] = field(default_factory=list)

    def table(self, which: StatTable) -> StatisticsTable:
        return next(t for t in self.tables if t.table is which)


def suppress(counts: Mapping[str, int], threshold: int) -> dict[str, int | None]:
    """Counts with those below ``threshold`` set to None, never exactly one of them.

    When only one count would be suppressed, the smallest other count (ties: the first
    category) is suppressed too, so the suppressed one cannot be found by subtraction.
    Zero counts never occur (a category with no case is absent).
    """
    result: dict[str, int | None] = dict(counts)
    small = [key for key, n in counts.items() if n < threshold]
    if len(small) == 1:
        others = sorted((n, key) for key, n in counts.items() if key != small[0])
        if others:
            small.append(others[0][1])
    for key in small:
        result[key] = None
    return result


FREE_TEXT = frozenset({StatTable.DISTRICT, StatTable.CROSSING_POINT})
"""Tables whose categories are typed by people: spellings that differ only in case,
spaces or accents are one place (else a place typed two ways could show a small count)."""


def _place_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().replace("-", " ").split())


def fold_spellings(counts: Mapping[str, int]) -> dict[str, int]:
    """Add up the counts of one place typed several ways, under its most used spelling."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for name, count in counts.items():
        key = UNKNOWN if name == UNKNOWN else _place_key(name)
        groups.setdefault(key, []).append((count, name))
    folded: dict[str, int] = {}
    for spellings in groups.values():
        # The most used spelling names the place (ties: the first in alphabetical order).
        label = min(spellings, key=lambda item: (-item[0], item[1]))[1]
        folded[label] = sum(count for count, _ in spellings)
    return folded


def _sort_key(category: str) -> tuple[bool, str]:
    return (category == UNKNOWN, category)


def _table(
    which: StatTable, counts: Mapping[str, int], total: int, threshold: int
) -> StatisticsTable:
    shown = suppress(counts, threshold)
    rows = [StatRow(key, shown[key]) for key in sorted(shown, key=_sort_key)]
    return StatisticsTable(which, rows, total if total >= threshold else None)


def audit_detail(query: StatisticsQuery) -> str:
    """The audit event's detail: what was asked for, never a figure or a personal value."""
    tables = ",".join(t.value for t in query.tables)
    return (
        f"tables={tables};from={query.crossed_from or '-'};to={query.crossed_to or '-'};"
        f"threshold={query.threshold}"
    )


def produce_statistics(
    vault: OpenVault,
    query: StatisticsQuery | None = None,
    write: Callable[[Statistics], object] | None = None,
) -> Statistics:
    """Count the cases of the vault as ``query`` asks (supervisors and administrators).

    ``write`` (saving the figures to a file) runs before the event is logged: if it fails,
    nothing is logged as produced.
    """
    query = query or StatisticsQuery()
    window = CrossingWindow(query.crossed_from, query.crossed_to)
    with vault.transaction() as session:
        access.require(vault, session, Action.SEE_ALL_CASES)
        total = queries.count_cases(session, window)
        tables = []
        for which in query.tables:
            counts = _COUNTERS[which](session, window)
            if which in FREE_TEXT:
                counts = fold_spellings(counts)
            tables.append(_table(which, counts, total, query.threshold))
        statistics = Statistics(query, tables)
        if write is not None:
            write(statistics)  # an error here rolls the audit event back
        vault.audit(session, "statistics", "cases", detail=audit_detail(query))
        return statistics


def parse_tables(names: Sequence[str]) -> tuple[StatTable, ...]:
    """Table names (``all`` for every table) as tables, in the order of ``StatTable``."""
    if "all" in names:
        return tuple(StatTable)
    try:
        wanted = {StatTable(name) for name in names}
    except ValueError as error:
        choices = ", ".join(t.value for t in StatTable)
        message = text(
            "Unknown table among {names}; choose: {choices}, all.",
            names=", ".join(names),
            choices=choices,
        )
        raise ValueError(message) from error
    return tuple(t for t in StatTable if t in wanted)
