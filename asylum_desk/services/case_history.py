"""The history of one case, read from the audit trail (no personal data in it)."""

from __future__ import annotations

from sqlalchemy import select

from asylum_desk.domain.history import HistoryEntry
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.tables import AuditEventRow


def case_history(vault: OpenVault, case_number: str, limit: int = 500) -> list[HistoryEntry]:
    """The newest ``limit`` events of a case, newest first."""
    with vault.transaction() as session:
        rows = session.execute(
            select(
                AuditEventRow.at, AuditEventRow.actor, AuditEventRow.action, AuditEventRow.entity
            )
            .where(AuditEventRow.case_number == case_number)
            .order_by(AuditEventRow.id.desc())
            .limit(limit)
        ).all()
    return [HistoryEntry(at, actor, action, entity) for at, actor, action, entity in rows]
