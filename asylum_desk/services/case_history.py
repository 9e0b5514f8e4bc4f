"""The history of one case, read from the audit trail (no personal data in it)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.tables import AuditEventRow

ACTION_WORDS = {
    "create": "created",
    "import": "imported",
    "update": "saved",
    "view": "opened",
    "close": "closed",
    "add": "added",
    "export": "exported",
}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing that happened to a case."""

    at: str
    actor: str
    action: str
    entity: str

    @property
    def description(self) -> str:
        """A short sentence such as "saved case" or "added family member"."""
        verb = ACTION_WORDS.get(self.action, self.action.replace("_", " "))
        return f"{verb} {self.entity.replace('_', ' ')}"


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
