"""The hash-chained audit trail: appending events and checking that no row was altered.

Each row's hash covers the previous row's hash and every field of the row, so changing,
deleting or inserting a row behind Asylum Desk's back breaks the chain at that row.
Audit rows carry no personal data: only the user, action, entity kind and case number.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.storage.tables import AuditEventRow

GENESIS = "0" * 64


def now_utc() -> str:
    """The current time as ISO 8601 in UTC with microseconds (sortable text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def event_hash(prev_hash: str, row: AuditEventRow) -> str:
    """The hash that ``row`` must carry, given the previous row's hash."""
    payload = json.dumps(
        [row.id, row.at, row.actor, row.action, row.entity, row.case_number, row.detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(f"{prev_hash}\n{payload}".encode()).hexdigest()


def append(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    case_number: str | None = None,
    detail: str | None = None,
) -> AuditEventRow:
    """Add one event at the end of the chain (within the caller's transaction)."""
    last = session.execute(
        select(AuditEventRow.id, AuditEventRow.hash).order_by(AuditEventRow.id.desc()).limit(1)
    ).first()
    prev_id, prev_hash = (last[0], last[1]) if last else (0, GENESIS)
    row = AuditEventRow(
        id=prev_id + 1,
        at=now_utc(),
        actor=actor,
        action=action,
        entity=entity,
        case_number=case_number,
        detail=detail,
        prev_hash=prev_hash,
    )
    row.hash = event_hash(prev_hash, row)
    session.add(row)
    return row


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first audit row that does not fit the chain, and why."""

    row_id: int
    reason: str


def find_break(session: Session, batch: int = 5000) -> ChainBreak | None:
    """Walk the whole chain; return the first broken row, or None if it is intact."""
    expected_prev = GENESIS
    expected_id = 1
    last_id = 0
    while True:
        rows = session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.id > last_id)
            .order_by(AuditEventRow.id)
            .limit(batch)
        ).all()
        if not rows:
            return None
        for row in rows:
            if row.id != expected_id:
                return ChainBreak(expected_id, "is missing (deleted)")
            if row.prev_hash != expected_prev:
                return ChainBreak(row.id, "does not follow the row before it")
            if row.hash != event_hash(row.prev_hash, row):
                return ChainBreak(row.id, "was changed after it was written")
            expected_prev = row.hash
            expected_id += 1
            last_id = row.id
        session.expunge_all()
