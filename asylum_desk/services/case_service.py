"""Case use cases: create, read, update and close cases; the case list and search."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import UTC, date, datetime

from asylum_desk.domain.case_number import CaseNumber
from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.errors import CaseExistsError, CaseNotFoundError, ValidationError
from asylum_desk.domain.listing import CaseFilter, CaseQuery
from asylum_desk.domain.model import Case, CaseSummary, Dependent, FamilyMember
from asylum_desk.domain.validation import validate_case
from asylum_desk.services.case_digest import case_digest
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.text_entry import normalise_text_fields
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseRow


@dataclass(frozen=True, slots=True)
class CasePage:
    """One page of the case list and how many cases match in all."""

    items: list[CaseSummary]
    total: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


class CaseService:
    """Everything the UI and CLI do with cases, for the signed-in user."""

    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault

    def _prepare(self, case: Case) -> Case:
        prepared = normalise_text_fields(copy.deepcopy(case))
        validate_case(prepared)
        return prepared

    def create_case(self, case: Case) -> str:
        """Store a new case; returns its case number (assigned when the case has none)."""
        prepared = self._prepare(case)
        with self.vault.transaction() as session:
            return self.add_in_session(CaseRepository(session), prepared, "create")

    def add_in_session(self, repository: CaseRepository, case: Case, action: str) -> str:
        """Add an already prepared case inside the caller's transaction (used by import)."""
        if case.case_number is None:
            year = case.registered_on.year if case.registered_on else date.today().year
            case.case_number = repository.next_case_number(self.vault.office_code, year)
        else:
            case.case_number = str(CaseNumber.parse(case.case_number))
            if repository.exists(case.case_number):
                raise CaseExistsError(case.case_number)
        repository.add(case, case.case_number, _now())
        self.vault.audit(
            repository.session, action, "case", case.case_number, f"sha256={case_digest(case)}"
        )
        return case.case_number

    def get_case(self, case_number: str) -> Case:
        """One whole case (the view is recorded in the audit trail)."""
        with self.vault.transaction() as session:
            case = CaseRepository(session).load(case_number)
            if case is None:
                raise CaseNotFoundError(case_number)
            self.vault.audit(session, "view", "case", case_number)
            return case

    def update_case(self, case: Case) -> None:
        """Save every section of an existing case."""
        if case.case_number is None:
            raise ValidationError("case_number", "is required to update a case")
        self._save(case, "update", "case")

    def close_case(self, case_number: str, reason: str) -> None:
        """Close a case, recording why."""
        if not reason.strip():
            raise ValidationError("closed_reason", "closing a case needs a reason")
        case = self._load_for_edit(case_number)
        case.status = CaseStatus.CLOSED
        case.closed_reason = reason
        self._save(case, "close", "case")

    def add_dependent(self, case_number: str, dependent: Dependent) -> None:
        """Add a person who came with the applicant."""
        case = self._load_for_edit(case_number)
        case.dependents.append(dependent)
        self._save(case, "add", "dependent")

    def add_family_member(self, case_number: str, member: FamilyMember) -> None:
        """Add a relative left behind."""
        case = self._load_for_edit(case_number)
        case.family_left_behind.append(member)
        self._save(case, "add", "family_member")

    def _load_for_edit(self, case_number: str) -> Case:
        with self.vault.transaction() as session:
            case = CaseRepository(session).load(case_number)
        if case is None:
            raise CaseNotFoundError(case_number)
        return case

    def _save(self, case: Case, action: str, entity: str) -> None:
        prepared = self._prepare(case)
        number = str(prepared.case_number)
        with self.vault.transaction() as session:
            repository = CaseRepository(session)
            repository.replace(self._row(repository, number), prepared, _now())
            self.vault.audit(session, action, entity, number, f"sha256={case_digest(prepared)}")

    @staticmethod
    def _row(repository: CaseRepository, case_number: str) -> CaseRow:
        row = repository.row(case_number)
        if row is None:
            raise CaseNotFoundError(case_number)
        return row

    def list_cases(self, query: CaseQuery) -> CasePage:
        """One page of the case list, sorted and filtered."""
        with self.vault.transaction() as session:
            repository = CaseRepository(session)
            total = repository.count(query.filter)
            return CasePage(repository.page(query, total), total)

    def count(self, case_filter: CaseFilter | None = None) -> int:
        """How many cases meet the filter."""
        with self.vault.transaction() as session:
            return CaseRepository(session).count(case_filter or CaseFilter())

    def search(self, text: str, offset: int = 0, limit: int = 50) -> list[CaseSummary]:
        """Cases whose number, names (any script) or places start with every word typed."""
        with self.vault.transaction() as session:
            return CaseRepository(session).search(text, offset, limit)
