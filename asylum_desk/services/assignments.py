"""Assigning cases to users besides their caseworker (supervisors and administrators).

A caseworker assigned a case works on all of it; an interpreter assigned a case sees its
statement sections. The assignment records the user's role when it was made and counts
only while they keep that role.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role, role_word
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import text
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.audit_chain import now_utc
from asylum_desk.storage.tables import CaseAssignment, CaseRow, DraftRow, User

ASSIGNABLE_ROLES = (Role.CASEWORKER, Role.INTERPRETER)
"""Supervisors and administrators see every case already; assigning them would mean nothing."""


class AssignmentError(ValueError):
    """An assignment that cannot be made (one line, nothing changed)."""


@dataclass(frozen=True, slots=True)
class Assignment:
    """Who a case is assigned to, as what, since when and by whom."""

    case_number: str
    username: str
    role: Role
    assigned_at: str
    assigned_by: str


def _case_id(session: Session, case_number: str) -> int:
    case_id = session.scalar(select(CaseRow.id).where(CaseRow.case_number == case_number))
    if case_id is None:
        raise CaseNotFoundError(case_number)
    return case_id


def assign(vault: OpenVault, case_number: str, username: str) -> Assignment:
    """Assign the case to ``username`` (a caseworker or an interpreter) in their current role."""
    access.require_now(vault, Action.ASSIGN_CASES)
    username = username.strip()
    with vault.transaction() as session:
        case_id = _case_id(session, case_number)
        user = session.scalar(select(User).where(User.username == username))
        if user is None:
            raise AssignmentError(text("There is no user '{user}' in this vault.", user=username))
        if user.role not in ASSIGNABLE_ROLES:
            raise AssignmentError(
                text(
                    "{user} is a {role} and sees every case already; "
                    "only caseworkers and interpreters are assigned cases.",
                    user=username,
                    role=role_word(user.role),
                )
            )
        existing = session.scalar(
            select(CaseAssignment).where(
                CaseAssignment.case_id == case_id, CaseAssignment.username == username
            )
        )
        if existing is not None and existing.role is user.role:
            raise AssignmentError(
                text(
                    "Case {case_number} is already assigned to {user}.",
                    case_number=case_number,
                    user=username,
                )
            )
        if existing is not None:  # left from an earlier role: replaced
            session.delete(existing)
            session.flush()
        row = CaseAssignment(
            case_id=case_id,
            username=username,
            role=user.role,
            assigned_at=now_utc(),
            assigned_by=vault.username,
        )
        session.add(row)
        vault.audit(
            session, "assign", "case", case_number, f"user={username} role={user.role.value}"
        )
        return Assignment(case_number, username, user.role, row.assigned_at, vault.username)


def unassign(vault: OpenVault, case_number: str, username: str) -> None:
    """Withdraw an assignment; the user's unsaved drafts of that case go with it."""
    access.require_now(vault, Action.ASSIGN_CASES)
    username = username.strip()
    with vault.transaction() as session:
        case_id = _case_id(session, case_number)
        removed = session.execute(
            delete(CaseAssignment)
            .where(CaseAssignment.case_id == case_id, CaseAssignment.username == username)
            .returning(CaseAssignment.role)
        ).all()
        if not removed:
            raise AssignmentError(
                text(
                    "Case {case_number} is not assigned to {user}.",
                    case_number=case_number,
                    user=username,
                )
            )
        session.execute(
            delete(DraftRow).where(DraftRow.owner == username, DraftRow.case_number == case_number)
        )
        vault.audit(session, "unassign", "case", case_number, f"user={username}")


def assignments(vault: OpenVault, case_number: str) -> list[Assignment]:
    """Who the case is assigned to (supervisors and administrators)."""
    access.require_now(vault, Action.ASSIGN_CASES)
    with vault.transaction() as session:
        case_id = _case_id(session, case_number)
        rows = session.scalars(
            select(CaseAssignment)
            .where(CaseAssignment.case_id == case_id)
            .order_by(CaseAssignment.username)
        ).all()
        return [
            Assignment(case_number, row.username, row.role, row.assigned_at, row.assigned_by)
            for row in rows
        ]
