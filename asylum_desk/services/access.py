"""Who may do what: every role rule of Asylum Desk in one place, enforced by the services.

The interface may hide buttons, but the rules hold here, for the app and the command line
alike. ``docs/security.md`` states them for people; ``tests/services/test_roles.py`` proves
each one by calling the services directly.

- **admin**: everything a supervisor may do, plus users, the retention period and re-keying.
- **supervisor**: every case; closing (and reopening) cases, assigning them, handing a case
  to another caseworker, erasing cases due for erasure, the audit log, bulk export.
- **caseworker**: their own cases (``case.caseworker`` is their user name) and the cases
  assigned to them as caseworker; creates and imports cases as their own; exports one case
  at a time; never closes, erases or exports in bulk.
- **interpreter**: only the statement sections (the statement and its translation, the
  reasons for flight, the timeline, the fears on return) of the cases assigned to them as
  interpreter, and may change only the statement's translation. Never notes, names,
  family, service record, documents, scans or anything else.

Every check reads the user's role from the vault inside the caller's transaction, not the
role they had when they unlocked: a role change or a removal holds at once, also for a
session that was already open (a removed user's open session is refused everything).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role, role_word
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import Text, listed, text
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.case_repository import CaseRepository, Visibility
from asylum_desk.storage.tables import User

__all__ = [
    "Action",
    "CaseAccess",
    "PermissionDeniedError",
    "allowed",
    "case_access",
    "current_role",
    "require",
    "require_case",
    "require_now",
    "visibility",
]


class Action(StrEnum):
    """Things only some roles may do (the value completes "may not …")."""

    MANAGE_USERS = "add or remove users or change their roles"
    SET_RETENTION = "change the retention period"
    REKEY = "re-key the vault"
    READ_AUDIT_LOG = "read the audit log"
    SEE_ALL_CASES = "see every case"
    ASSIGN_CASES = "assign cases to users"
    HAND_OVER_CASES = "hand a case to another caseworker"
    CLOSE_CASES = "close or reopen cases"
    REVIEW_RETENTION = "list the cases due for erasure"
    ERASE_CASES = "erase cases"
    CREATE_CASES = "create or import cases"
    EXPORT_CASE = "export a case"
    EXPORT_IN_BULK = "export more than one case at a time"
    RESOLVE_CONFLICTS = "see or resolve the conflicts of received cases"


_ADMIN = frozenset({Role.ADMIN})
_SUPERVISORS = frozenset({Role.ADMIN, Role.SUPERVISOR})
_CASEWORKERS = frozenset({Role.ADMIN, Role.SUPERVISOR, Role.CASEWORKER})

ALLOWED: Mapping[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: _ADMIN,
    Action.SET_RETENTION: _ADMIN,
    Action.REKEY: _ADMIN,
    Action.READ_AUDIT_LOG: _SUPERVISORS,
    Action.SEE_ALL_CASES: _SUPERVISORS,
    Action.ASSIGN_CASES: _SUPERVISORS,
    Action.HAND_OVER_CASES: _SUPERVISORS,
    Action.CLOSE_CASES: _SUPERVISORS,
    Action.REVIEW_RETENTION: _SUPERVISORS,
    Action.ERASE_CASES: _SUPERVISORS,
    Action.CREATE_CASES: _CASEWORKERS,
    Action.EXPORT_CASE: _CASEWORKERS,
    Action.EXPORT_IN_BULK: _SUPERVISORS,
    Action.RESOLVE_CONFLICTS: _SUPERVISORS,
}
"""Which roles may do each action (a role not listed may not)."""


class CaseAccess(Enum):
    """How much of one case a user may see and change."""

    NONE = 0
    STATEMENT = 1  # the statement sections; may change only the translation
    FULL = 2  # the whole case


def allowed(role: Role, action: Action) -> bool:
    """Whether ``role`` may do ``action``."""
    return role in ALLOWED[action]


def current_role(vault: OpenVault, session: Session) -> Role:
    """The signed-in user's role as the vault holds it now; refuses a removed user."""
    role = session.scalar(select(User.role).where(User.username == vault.username))
    if role is None:
        raise PermissionDeniedError(
            text(
                "User '{user}' is no longer a user of this vault; lock it now.", user=vault.username
            )
        )
    return Role(role)


_ACTION_WORDS: Mapping[Action, Text] = {
    Action.MANAGE_USERS: text("add or remove users or change their roles"),
    Action.SET_RETENTION: text("change the retention period"),
    Action.REKEY: text("re-key the vault"),
    Action.READ_AUDIT_LOG: text("read the audit log"),
    Action.SEE_ALL_CASES: text("see every case"),
    Action.ASSIGN_CASES: text("assign cases to users"),
    Action.HAND_OVER_CASES: text("hand a case to another caseworker"),
    Action.CLOSE_CASES: text("close or reopen cases"),
    Action.REVIEW_RETENTION: text("list the cases due for erasure"),
    Action.ERASE_CASES: text("erase cases"),
    Action.CREATE_CASES: text("create or import cases"),
    Action.EXPORT_CASE: text("export a case"),
    Action.EXPORT_IN_BULK: text("export more than one case at a time"),
    Action.RESOLVE_CONFLICTS: text("see or resolve the conflicts of received cases"),
}
"""Each action as the words completing "may not …" (the same as its value, translatable)."""


def _who(vault: OpenVault, role: Role) -> Text:
    return _user_and_role(vault.username, role)


def _user_and_role(username: str, role: Role) -> Text:
    return text("User '{user}' ({role})", user=username, role=role_word(role))


def refusal(username: str, role: Role, action: Action) -> Text:
    """The one line refusing ``action`` to ``username``: who, what, and which roles may."""
    return text(
        "{who} may not {action}; that needs: {roles}.",
        who=_user_and_role(username, role),
        action=_ACTION_WORDS[action],
        roles=listed(role_word(role) for role in Role if role in ALLOWED[action]),
    )


def require(vault: OpenVault, session: Session, action: Action) -> Role:
    """Refuse (PermissionDeniedError, one line) unless the signed-in user may do ``action``.

    Returns their current role.
    """
    role = current_role(vault, session)
    if not allowed(role, action):
        raise PermissionDeniedError(refusal(vault.username, role, action))
    return role


def require_now(vault: OpenVault, action: Action) -> Role:
    """``require`` in a transaction of its own (before work that opens none, or several)."""
    with vault.transaction() as session:
        return require(vault, session, action)


def visibility(vault: OpenVault, session: Session) -> Visibility | None:
    """Which cases the signed-in user may list (None: every case)."""
    role = current_role(vault, session)
    if allowed(role, Action.SEE_ALL_CASES):
        return None
    if role is Role.CASEWORKER:
        return Visibility(vault.username, own=True, assigned_role=Role.CASEWORKER)
    return Visibility(vault.username, own=False, assigned_role=Role.INTERPRETER)


def case_access(vault: OpenVault, repository: CaseRepository, case_number: str) -> CaseAccess:
    """How much of the case the signed-in user may see (NONE also when there is no such case)."""
    scope = visibility(vault, repository.session)
    if scope is None:
        return CaseAccess.FULL if repository.exists(case_number) else CaseAccess.NONE
    if not repository.is_visible(case_number, scope):
        return CaseAccess.NONE
    return CaseAccess.STATEMENT if scope.assigned_role is Role.INTERPRETER else CaseAccess.FULL


def require_case(
    vault: OpenVault, repository: CaseRepository, case_number: str, needed: CaseAccess
) -> None:
    """Refuse unless the signed-in user has at least ``needed`` access to the case.

    A case that does not exist is CaseNotFoundError (case numbers are not secret: they are
    sequential and printed on every packet page).
    """
    granted = case_access(vault, repository, case_number)
    if granted.value >= needed.value:
        return
    if not repository.exists(case_number):
        raise CaseNotFoundError(case_number)
    role = current_role(vault, repository.session)
    who = _who(vault, role)
    if granted is CaseAccess.STATEMENT:
        raise PermissionDeniedError(
            text(
                "{who} may see only the statement sections of case {case_number} and change "
                "only its translation.",
                who=who,
                case_number=case_number,
            )
        )
    if role is Role.INTERPRETER:
        raise PermissionDeniedError(
            text(
                "{who} may not open case {case_number}: it is not assigned to them.",
                who=who,
                case_number=case_number,
            )
        )
    raise PermissionDeniedError(
        text(
            "{who} may not open case {case_number}: it is neither theirs nor assigned to them.",
            who=who,
            case_number=case_number,
        )
    )
