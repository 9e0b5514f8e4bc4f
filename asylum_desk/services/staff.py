"""Staff names for the office screens: whom a case can be assigned to, who is in the audit log.

Supervisors need these choices but may not manage users (``users.list_users`` is for
administrators). Both lists hold staff user names and roles only, never an applicant's data.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asylum_desk.domain.enums import Role
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.assignments import ASSIGNABLE_ROLES
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.tables import AuditEventRow, User


@dataclass(frozen=True, slots=True)
class StaffMember:
    """A user a case can be assigned to, and the role they would work in."""

    username: str
    role: Role


def assignable_users(vault: OpenVault) -> list[StaffMember]:
    """Caseworkers and interpreters, by name (supervisors and administrators)."""
    with vault.transaction() as session:
        access.require(vault, session, Action.ASSIGN_CASES)
        rows = session.execute(
            select(User.username, User.role)
            .where(User.role.in_(ASSIGNABLE_ROLES))
            .order_by(User.username)
        ).all()
        return [StaffMember(username, Role(role)) for username, role in rows]


def audit_users(vault: OpenVault) -> list[str]:
    """Every user name the audit trail holds, also of removed users (for a filter's choices)."""
    with vault.transaction() as session:
        access.require(vault, session, Action.READ_AUDIT_LOG)
        return sorted(session.scalars(select(AuditEventRow.actor).distinct()))
