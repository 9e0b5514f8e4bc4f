"""Case use cases: create, read, update and close cases; the case list and search.

Every method applies the role rules of ``asylum_desk.services.access`` for the signed-in
user: who may open, change, close a case, and which cases the list, count and search show.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from asylum_desk.domain.case_number import CaseNumber
from asylum_desk.domain.enums import CaseStatus, Role, role_word
from asylum_desk.domain.errors import CaseExistsError, CaseNotFoundError, ValidationError
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.messages import text
from asylum_desk.domain.model import (
    Case,
    CaseSummary,
    Dependent,
    Event,
    FamilyMember,
    Reason,
    Statement,
)
from asylum_desk.domain.validation import validate_case
from asylum_desk.services import access
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.case_digest import case_digest
from asylum_desk.services.concurrent_edits import (
    CaseChangedElsewhereError,
    EditableCase,
    changed_fields,
    last_saved_by,
)
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.text_entry import normalise_text_fields
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseRow

WITHHELD_NAME = "(name withheld)"
"""What an interpreter's case list shows instead of a name that is not a pseudonym."""


@dataclass(frozen=True, slots=True)
class CasePage:
    """One page of the case list and how many cases match in all."""

    items: list[CaseSummary]
    total: int


@dataclass(frozen=True, slots=True)
class StatementView:
    """The statement sections of a case: everything an interpreter may see of it.

    The statement with its translation, the reasons for flight, the timeline and the fears
    on return. Never names, family, service record, notes, documents, scans or consents.
    """

    case_number: str
    status: CaseStatus
    statement: Statement | None
    reasons: list[Reason] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    fears_on_return: str | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _today() -> str:
    return date.today().isoformat()


def _statement_only(summary: CaseSummary) -> CaseSummary:
    """A list row as an interpreter sees it: public facts only, a pseudonym at most."""
    return replace(
        summary,
        display_name=summary.display_name if summary.anonymous else WITHHELD_NAME,
        crossing_date=None,
        crossing_district=None,
    )


class CaseService:
    """Everything the UI and CLI do with cases, for the signed-in user."""

    def __init__(self, vault: OpenVault) -> None:
        self.vault = vault

    def _repository(self, session: Session) -> CaseRepository:
        return CaseRepository(session, access.visibility(self.vault, session))

    def _prepare(self, case: Case) -> Case:
        prepared = normalise_text_fields(copy.deepcopy(case))
        validate_case(prepared)
        return prepared

    # ---- creating -------------------------------------------------------------------

    def create_case(self, case: Case) -> str:
        """Store a new case; returns its case number (assigned when the case has none).

        A caseworker's new case is their own: with no caseworker given, it is them.
        """
        prepared = self._prepare(case)
        with self.vault.transaction() as session:
            return self.add_in_session(self._repository(session), prepared, "create")

    def add_in_session(self, repository: CaseRepository, case: Case, action: str) -> str:
        """Add an already prepared case inside the caller's transaction (used by import)."""
        session = repository.session
        role = access.require(self.vault, session, Action.CREATE_CASES)
        self._claim(case, role)
        if case.status is CaseStatus.CLOSED:
            access.require(self.vault, session, Action.CLOSE_CASES)
        if case.case_number is None:
            year = case.registered_on.year if case.registered_on else date.today().year
            case.case_number = repository.next_case_number(self.vault.office_code, year)
        else:
            case.case_number = str(CaseNumber.parse(case.case_number))
            if repository.exists(case.case_number):
                raise CaseExistsError(case.case_number)
        row = repository.add(case, case.case_number, _now())
        row.closed_on = _today() if case.status is CaseStatus.CLOSED else None
        self.vault.audit(
            repository.session, action, "case", case.case_number, f"sha256={case_digest(case)}"
        )
        return case.case_number

    def _claim(self, case: Case, role: Role) -> None:
        """A case created by someone who does not see every case must be their own."""
        if access.allowed(role, Action.SEE_ALL_CASES):
            return
        if case.caseworker is None:
            case.caseworker = self.vault.username
        elif case.caseworker != self.vault.username:
            raise PermissionDeniedError(
                text(
                    "User '{user}' ({role}) may create only "
                    "their own cases, not one for caseworker '{caseworker}'.",
                    user=self.vault.username,
                    role=role_word(role),
                    caseworker=case.caseworker,
                )
            )

    # ---- reading --------------------------------------------------------------------

    def get_case(self, case_number: str) -> Case:
        """One whole case (the view is recorded in the audit trail).

        Interpreters are refused: they read ``get_statement`` instead.
        """
        with self.vault.transaction() as session:
            repository = self._repository(session)
            access.require_case(self.vault, repository, case_number, CaseAccess.FULL)
            case = repository.load(case_number)
            if case is None:
                raise CaseNotFoundError(case_number)
            self.vault.audit(session, "view", "case", case_number)
            return case

    def get_case_for_edit(self, case_number: str) -> EditableCase:
        """A whole case and its version, which ``update_case`` checks is still current."""
        with self.vault.transaction() as session:
            repository = self._repository(session)
            access.require_case(self.vault, repository, case_number, CaseAccess.FULL)
            row = self._row(repository, case_number)
            case = repository.load(case_number)
            if case is None:  # pragma: no cover - the row was just found
                raise CaseNotFoundError(case_number)
            self.vault.audit(session, "view", "case", case_number)
            return EditableCase.of(case, row.version)

    def get_statement(self, case_number: str) -> StatementView:
        """The statement sections of a case (for interpreters, and anyone who may see more)."""
        with self.vault.transaction() as session:
            repository = self._repository(session)
            access.require_case(self.vault, repository, case_number, CaseAccess.STATEMENT)
            case = repository.load(case_number)
            if case is None:
                raise CaseNotFoundError(case_number)
            self.vault.audit(session, "view", "statement", case_number)
        return StatementView(
            case_number=case_number,
            status=case.status,
            statement=case.flight.statement,
            reasons=case.flight.reasons,
            events=case.flight.events,
            fears_on_return=case.flight.fears_on_return,
        )

    # ---- changing -------------------------------------------------------------------

    def update_case(self, case: Case, opened: EditableCase | None = None) -> int:
        """Save every section of an existing case; returns its new version.

        Closing or reopening (a change of status to or from closed, or of the reason) needs
        a supervisor; so does handing the case to another caseworker. With ``opened`` (what
        ``get_case_for_edit`` gave), a case saved by someone else since is not overwritten:
        ``CaseChangedElsewhereError`` says who changed what.
        """
        if case.case_number is None:
            raise ValidationError("case_number", text("is required to update a case"))
        return self._save(case, "update", "case", opened)

    def close_case(self, case_number: str, reason: str) -> None:
        """Close a case, recording why and (for the retention period) the day."""
        with self.vault.transaction() as session:
            access.require(self.vault, session, Action.CLOSE_CASES)
        if not reason.strip():
            raise ValidationError("closed_reason", text("closing a case needs a reason"))
        case = self._load_for_edit(case_number)
        case.status = CaseStatus.CLOSED
        case.closed_reason = reason
        self._save(case, "close", "case")

    def save_translation(self, case_number: str, translation: str | None) -> None:
        """Replace the statement's translation: the one change an interpreter may make."""
        with self.vault.transaction() as session:
            repository = self._repository(session)
            access.require_case(self.vault, repository, case_number, CaseAccess.STATEMENT)
            row = self._row(repository, case_number)
            case = repository.load(case_number)
            if case is None:  # pragma: no cover - the row was just found
                raise CaseNotFoundError(case_number)
            text = translation if translation and translation.strip() else None
            if case.flight.statement is None:
                case.flight.statement = Statement(translation=text)
            else:
                case.flight.statement.translation = text
            prepared = self._prepare(case)
            repository.replace(row, prepared, _now())
            self.vault.audit(
                session, "translate", "case", case_number, f"sha256={case_digest(prepared)}"
            )

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
            repository = self._repository(session)
            access.require_case(self.vault, repository, case_number, CaseAccess.FULL)
            case = repository.load(case_number)
        if case is None:
            raise CaseNotFoundError(case_number)
        return case

    def _save(
        self, case: Case, action: str, entity: str, opened: EditableCase | None = None
    ) -> int:
        prepared = self._prepare(case)
        number = str(prepared.case_number)
        with self.vault.transaction() as session:
            repository = self._repository(session)
            access.require_case(self.vault, repository, number, CaseAccess.FULL)
            row = self._row(repository, number)
            if opened is not None and row.version != opened.version:
                saved = repository.load(number)
                by, at = last_saved_by(session, number)
                changes = changed_fields(opened.opened_as, prepared, saved) if saved else []
                raise CaseChangedElsewhereError(number, row.version, by, at, changes)
            self._check_change(session, row, prepared)
            repository.replace(row, prepared, _now())
            if prepared.status is not CaseStatus.CLOSED:
                row.closed_on = None
            elif row.closed_on is None:
                row.closed_on = _today()
            self.vault.audit(session, action, entity, number, f"sha256={case_digest(prepared)}")
            session.flush()
            return row.version

    def _check_change(self, session: Session, row: CaseRow, case: Case) -> None:
        """Refuse changes of status and ownership that the signed-in user's role may not make."""
        was_closed = row.status is CaseStatus.CLOSED
        if (was_closed != (case.status is CaseStatus.CLOSED)) or (
            row.closed_reason != case.closed_reason
        ):
            access.require(self.vault, session, Action.CLOSE_CASES)
        if row.caseworker != case.caseworker:
            access.require(self.vault, session, Action.HAND_OVER_CASES)

    @staticmethod
    def _row(repository: CaseRepository, case_number: str) -> CaseRow:
        row = repository.row(case_number)
        if row is None:
            raise CaseNotFoundError(case_number)
        return row

    # ---- the case list --------------------------------------------------------------

    def list_cases(self, query: CaseQuery) -> CasePage:
        """One page of the case list, sorted and filtered (only the cases the user may see)."""
        with self.vault.transaction() as session:
            repository = self._repository(session)
            if self._statement_only(repository):
                matching = self._interpreter_list(repository, query.filter)
                ordered = _sorted(matching, query.sort, query.descending)
                return CasePage(ordered[query.offset : query.offset + query.limit], len(matching))
            total = repository.count(query.filter)
            return CasePage(repository.page(query, total), total)

    def count(self, case_filter: CaseFilter | None = None) -> int:
        """How many cases (that the user may see) meet the filter."""
        with self.vault.transaction() as session:
            repository = self._repository(session)
            if self._statement_only(repository):
                return len(self._interpreter_list(repository, case_filter or CaseFilter()))
            return repository.count(case_filter or CaseFilter())

    def search(self, text: str, offset: int = 0, limit: int = 50) -> list[CaseSummary]:
        """Cases whose number, names (any script) or places start with every word typed.

        Interpreters find their assigned cases by case number only: a match on a name or a
        place would tell them something about the case that they may not see.
        """
        with self.vault.transaction() as session:
            repository = self._repository(session)
            if not self._statement_only(repository):
                return repository.search(text, offset, limit)
            words = [word.casefold() for word in text.split()]
            assigned = _sorted(
                self._interpreter_list(repository, CaseFilter()), SortKey.CASE_NUMBER
            )
        found = [
            summary
            for summary in assigned
            if words and all(word in summary.case_number.casefold() for word in words)
        ]
        return found[offset : offset + limit]

    @staticmethod
    def _statement_only(repository: CaseRepository) -> bool:
        """Whether the user sees only statement sections (an interpreter)."""
        scope = repository.visibility
        return scope is not None and scope.assigned_role is Role.INTERPRETER

    def _interpreter_list(
        self, repository: CaseRepository, case_filter: CaseFilter
    ) -> list[CaseSummary]:
        """An interpreter's assigned cases (a short list), filtered on public facts only."""
        if case_filter.vulnerability is not None or case_filter.crossing_district is not None:
            raise PermissionDeniedError(
                text(
                    "User '{user}' (interpreter) may filter the case list only "
                    "by status and caseworker.",
                    user=self.vault.username,
                )
            )
        return [
            _statement_only(summary)
            for summary in repository.visible_summaries()
            if (case_filter.status is None or summary.status is case_filter.status)
            and (case_filter.caseworker is None or summary.caseworker == case_filter.caseworker)
        ]


def _sorted(
    summaries: list[CaseSummary], sort: SortKey, descending: bool = False
) -> list[CaseSummary]:
    """Sort list rows in memory the way the database sorts them (for short lists)."""

    def key(summary: CaseSummary) -> tuple[bool, str, str]:
        value = {
            SortKey.CASE_NUMBER: summary.case_number,
            SortKey.DISPLAY_NAME: summary.display_name.casefold(),
            SortKey.STATUS: summary.status.value,
            SortKey.CROSSING_DATE: None
            if summary.crossing_date is None
            else str(summary.crossing_date),
            SortKey.CASEWORKER: summary.caseworker,
            SortKey.UPDATED_AT: summary.updated_at,
        }[sort]
        return (value is not None, value or "", summary.case_number)

    return sorted(summaries, key=key, reverse=descending)
