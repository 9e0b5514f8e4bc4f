"""``verify``: is the vault whole? Encryption pages, schema, audit chain, case fingerprints."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asylum_desk.domain.messages import text
from asylum_desk.services.case_digest import case_digest
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage import audit_chain
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.engine import integrity_problems
from asylum_desk.storage.migrate import current_revision, head_revision
from asylum_desk.storage.tables import AuditEventRow

_BATCH = 500


@dataclass
class VerifyReport:
    """What ``verify`` found; ``problems`` is empty when the vault is whole."""

    cases: int = 0
    audit_events: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether nothing is wrong."""
        return not self.problems


def verify_vault(vault: OpenVault) -> VerifyReport:
    """Check everything that can be checked; never changes the vault."""
    report = VerifyReport()
    if not vault.is_shared:  # a shared database's pages are the server's to check
        report.problems.extend(
            text("database page check: {problem}", problem=problem)
            for problem in integrity_problems(vault.engine)
        )
    if current_revision(vault.engine) != head_revision():
        report.problems.append(text("the database schema is not at the current version"))
    with vault.transaction() as session:
        report.audit_events = int(session.scalar(select(func.count(AuditEventRow.id))) or 0)
        broken = audit_chain.find_break(session)
        if broken is not None:
            report.problems.append(
                text("audit trail row {row} {reason}", row=broken.row_id, reason=broken.reason)
            )
        latest = _latest_digests(session)
        repository = CaseRepository(session)
        numbers = repository.all_numbers()
        report.cases = len(numbers)
        for start in range(0, len(numbers), _BATCH):
            for case in repository.load_many(numbers[start : start + _BATCH]):
                number = str(case.case_number)
                if latest.get(number) != f"sha256={case_digest(case)}":
                    report.problems.append(
                        text(
                            "case {number} was changed outside Asylum Desk "
                            "(it does not match its last audit entry)",
                            number=number,
                        )
                    )
            session.expunge_all()
        # An erased case leaves its audit events (no personal data) and an "erase" event.
        erased = set(
            session.scalars(
                select(AuditEventRow.case_number).where(AuditEventRow.action == "erase")
            )
        )
        orphans = set(latest) - set(numbers) - erased
        report.problems.extend(
            text("case {number} is in the audit trail but missing from the vault", number=number)
            for number in sorted(orphans)
        )
    return report


def _latest_digests(session: Session) -> dict[str, str]:
    """The fingerprint each case had at its last recorded save."""
    newest = (
        select(AuditEventRow.case_number, func.max(AuditEventRow.id).label("last_id"))
        .where(AuditEventRow.entity.in_(("case", "dependent", "family_member")))
        .where(AuditEventRow.detail.like("sha256=%"))
        .group_by(AuditEventRow.case_number)
        .subquery()
    )
    rows = session.execute(
        select(AuditEventRow.case_number, AuditEventRow.detail).join(
            newest, AuditEventRow.id == newest.c.last_id
        )
    )
    return {str(number): str(detail) for number, detail in rows}
