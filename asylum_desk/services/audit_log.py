"""Reading the audit trail: who did what, when, to which case (supervisors and administrators).

Audit events hold no personal data beyond the case number: the user (a staff member), the
action, the kind of thing acted on, and for some actions a detail such as a fingerprint of
the content, a packet's recipient and file hash, or the user and role of a user change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, literal_column, select

from asylum_desk.domain.messages import text
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.tables import AuditEventRow

MAX_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class AuditQuery:
    """Which events to read: every condition given must hold; newest first.

    ``since`` and ``until`` are days in UTC, both included.
    """

    user: str | None = None
    case_number: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One event of the audit trail."""

    id: int
    at: str
    user: str
    action: str
    entity: str
    case_number: str | None
    detail: str | None


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of events and how many meet the query in all."""

    entries: list[AuditEntry]
    total: int


_SELECTIVE = 2000
"""A day range met by at most this many events is read through its index, then sorted."""


def _conditions(query: AuditQuery, *, index_days: bool = True) -> list[Any]:
    """SQL conditions of a query; ``index_days=False`` writes ``+at`` (see ``read_audit_log``)."""
    at: Any = AuditEventRow.at if index_days else literal_column("+audit_events.at")
    conditions: list[Any] = []
    if query.user is not None:
        conditions.append(AuditEventRow.actor == query.user)
    if query.case_number is not None:
        conditions.append(AuditEventRow.case_number == query.case_number)
    if query.action is not None:
        conditions.append(AuditEventRow.action == query.action)
    # ``at`` is ISO 8601 text in UTC, which sorts as time does.
    if query.since is not None:
        conditions.append(at >= query.since.isoformat())
    if query.until is not None:
        conditions.append(at < (query.until + timedelta(days=1)).isoformat())
    return conditions


def read_audit_log(vault: OpenVault, query: AuditQuery | None = None) -> AuditPage:
    """Events meeting ``query``, newest first, one page at a time."""
    query = query or AuditQuery()
    if query.offset < 0 or not 1 <= query.limit <= MAX_LIMIT:
        raise ValueError(text("Read between 1 and {most} audit events at a time.", most=MAX_LIMIT))
    conditions = _conditions(query)
    with vault.transaction() as session:
        access.require(vault, session, Action.READ_AUDIT_LOG)
        total = session.scalar(select(func.count()).select_from(AuditEventRow).where(*conditions))
        newest_first: Any = AuditEventRow.id.desc()
        if (total or 0) > _SELECTIVE:
            # A wide day range: walking the trail newest first and skipping the few events
            # outside it beats fetching every event of the range and sorting them.
            conditions = _conditions(query, index_days=False)
        elif query.since is not None or query.until is not None:
            # A narrow one: through its index, then sorted (``id + 0`` keeps SQLite from
            # walking the whole trail just to avoid sorting a few events).
            newest_first = (AuditEventRow.id + 0).desc()
        rows = session.execute(
            select(
                AuditEventRow.id,
                AuditEventRow.at,
                AuditEventRow.actor,
                AuditEventRow.action,
                AuditEventRow.entity,
                AuditEventRow.case_number,
                AuditEventRow.detail,
            )
            .where(*conditions)
            .order_by(newest_first)
            .offset(query.offset)
            .limit(query.limit)
        ).all()
    return AuditPage([AuditEntry(*row) for row in rows], int(total or 0))


def audit_actions(vault: OpenVault) -> list[str]:
    """Every action word the trail holds, for a filter's choices."""
    with vault.transaction() as session:
        access.require(vault, session, Action.READ_AUDIT_LOG)
        return sorted(session.scalars(select(AuditEventRow.action).distinct()))
