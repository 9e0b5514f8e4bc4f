"""How the case list is asked for: sort column, direction, filters and one page."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from asylum_desk.domain.enums import CaseStatus, Vulnerability


class SortKey(StrEnum):
    """Columns the case list can be sorted by."""

    CASE_NUMBER = "case_number"
    DISPLAY_NAME = "display_name"
    STATUS = "status"
    CROSSING_DATE = "crossing_date"
    CASEWORKER = "caseworker"
    UPDATED_AT = "updated_at"


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """Conditions every listed case must meet (None: no condition)."""

    status: CaseStatus | None = None
    vulnerability: Vulnerability | None = None
    caseworker: str | None = None
    crossing_district: str | None = None


@dataclass(frozen=True, slots=True)
class CaseQuery:
    """One page of the case list."""

    sort: SortKey = SortKey.CASE_NUMBER
    descending: bool = False
    filter: CaseFilter = CaseFilter()
    offset: int = 0
    limit: int = 100
