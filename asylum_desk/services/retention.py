"""Retention and erasure: how long closed cases are kept, which are due, and erasing them.

An administrator sets the retention period ("erase N years after closing"), kept in the
vault's settings. A supervisor lists the closed cases whose period has run out and approves
the erasure of each. Erasure removes the case with its people, family, statement, scans and
documents, its assignments and every user's drafts of it, and then makes sure the freed
space holds none of it (see ``erase_cases``). What stays is the audit trail, which never
held personal data: an ``erase`` event with the case number, and the earlier events of the
case (who did what, when, and fingerprints of its content).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlcipher3
from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import text
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import AuditEventRow, DraftRow, Setting

RETENTION_SETTING = "retention_years"
MAX_RETENTION_YEARS = 100


class RetentionError(ValueError):
    """A retention setting or an erasure that cannot be done (one line, nothing changed)."""


@dataclass(frozen=True, slots=True)
class DueCase:
    """A closed case whose retention period has run out (public facts only)."""

    case_number: str
    closed_on: str
    due_on: str
    closed_reason: str | None
    caseworker: str | None


@dataclass(frozen=True, slots=True)
class ErasureReport:
    """What an erasure did."""

    case_numbers: list[str]
    """The cases erased now."""
    already_erased: list[str]
    """Cases named that were erased before (only the overwriting of free space was redone)."""
    database_bytes_before: int
    database_bytes_after: int
    free_space_overwritten: bool
    """False if another connection kept the rebuild from finishing (see overwrite_free_space)."""


def _years_ago(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _read_years(session: Session) -> int | None:
    value = session.scalar(select(Setting.value).where(Setting.key == RETENTION_SETTING))
    return None if value is None else int(value)


def retention_years(vault: OpenVault) -> int | None:
    """The retention period in years (None: not set, nothing is ever due)."""
    with vault.transaction() as session:
        return _read_years(session)


def set_retention_years(vault: OpenVault, years: int | None) -> None:
    """Set (or with None, switch off) "erase N years after closing" (administrators only)."""
    access.require_now(vault, Action.SET_RETENTION)
    if years is not None and not 1 <= years <= MAX_RETENTION_YEARS:
        raise RetentionError(
            text(
                "The retention period must be between 1 and {most} years, not {years}.",
                most=MAX_RETENTION_YEARS,
                years=years,
            )
        )
    with vault.transaction() as session:
        setting = session.get(Setting, RETENTION_SETTING)
        old = None if setting is None else setting.value
        if years is None:
            if setting is not None:
                session.delete(setting)
        elif setting is None:
            session.add(Setting(key=RETENTION_SETTING, value=str(years)))
        else:
            setting.value = str(years)
        vault.audit(
            session,
            "set_retention",
            "vault",
            detail=f"years={'off' if years is None else years} was={old or 'off'}",
        )


def _due(session: Session, years: int | None, today: date) -> list[DueCase]:
    if years is None:
        return []
    last_day = _years_ago(today, years).isoformat()
    rows = CaseRepository(session).closed_on_or_before(last_day)
    return [
        DueCase(
            case_number=row.case_number,
            closed_on=str(row.closed_on),
            due_on=_years_after(date.fromisoformat(str(row.closed_on)), years).isoformat(),
            closed_reason=row.closed_reason,
            caseworker=row.caseworker,
        )
        for row in rows
    ]


def due_for_erasure(vault: OpenVault, today: date | None = None) -> list[DueCase]:
    """Closed cases whose retention period has run out, longest closed first (supervisors)."""
    access.require_now(vault, Action.REVIEW_RETENTION)
    with vault.transaction() as session:
        return _due(session, _read_years(session), today or date.today())


def erase_cases(
    vault: OpenVault, case_numbers: Sequence[str], today: date | None = None
) -> ErasureReport:
    """Erase closed cases that are due (supervisors approve; nothing else can be erased).

    In one transaction: every named case must be due (else nothing is erased), then each is
    deleted with its sections, scans, assignments and every user's drafts of it, and an
    ``erase`` audit event records its number. Then the freed space is overwritten:

    - ``secure_delete`` (always on) zeroes deleted rows and freed pages as they are written;
    - the search index is merged (its words for deleted cases otherwise stay in old segments);
    - the write-ahead log is folded into the database and truncated, ``VACUUM`` rewrites the
      database without free pages (temporary data in memory only), and the log is truncated
      again, so neither ``vault.db`` nor ``vault.db-wal`` holds an old page of the case.

    A case named that was already erased is skipped and the free space overwritten again
    (for when another connection kept that from finishing the first time).
    """
    access.require_now(vault, Action.ERASE_CASES)
    wanted = list(dict.fromkeys(number.strip() for number in case_numbers))
    if not wanted:
        raise RetentionError(text("Name at least one case to erase."))
    if not vault.is_shared and not _log_can_be_emptied(vault):
        raise RetentionError(
            text(
                "The vault is open elsewhere (another window or command): close it there, "
                "then erase; nothing was erased."
            )
        )
    before = _database_bytes(vault)
    with vault.transaction() as session:
        years = _read_years(session)
        due = {item.case_number: item for item in _due(session, years, today or date.today())}
        repository = CaseRepository(session)
        erased_before = set(
            session.scalars(
                select(AuditEventRow.case_number).where(
                    AuditEventRow.action == "erase", AuditEventRow.case_number.in_(wanted)
                )
            )
        )
        already = [n for n in wanted if n in erased_before and not repository.exists(n)]
        for number in wanted:
            if number in due or number in already:
                continue
            if not repository.exists(number):
                raise CaseNotFoundError(number)
            if years is None:
                raise RetentionError(
                    text(
                        "Case {number} is not due for erasure: no retention period is set.",
                        number=number,
                    )
                )
            raise RetentionError(
                text(
                    "Case {number} is not due for erasure (only closed cases are, "
                    "{years} years after closing).",
                    number=number,
                    years=years,
                )
            )
        for number in (n for n in wanted if n not in already):
            row = repository.row(number)
            if row is None:  # pragma: no cover - checked above
                raise CaseNotFoundError(number)
            session.execute(
                delete(DraftRow).where(
                    or_(DraftRow.case_number == number, DraftRow.draft_key == f"case:{number}")
                )
            )
            repository.delete(row)
            vault.audit(
                session,
                "erase",
                "case",
                number,
                f"closed_on={due[number].closed_on} retention_years={years}",
            )
        session.flush()
        repository.compact_search_index()
    overwritten = overwrite_free_space(vault)
    erased = [number for number in wanted if number not in already]
    return ErasureReport(erased, already, before, _database_bytes(vault), overwritten)


def _database_bytes(vault: OpenVault) -> int:
    if vault.is_shared:
        with vault.engine.connect() as connection:
            size = connection.exec_driver_sql("SELECT pg_database_size(current_database())")
            return int(size.scalar() or 0)
    return vault.files.database.stat().st_size


def _checkpoint(connection: Any) -> bool:
    """Fold the write-ahead log into the database and truncate it; False if a reader blocks."""
    rows = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return bool(rows) and not rows[0][0]


def _log_can_be_emptied(vault: OpenVault) -> bool:
    """Whether no other connection holds the log (checked before erasing anything)."""
    connection = vault.engine.raw_connection()
    try:
        return _checkpoint(connection)
    except sqlcipher3.OperationalError:
        return False
    finally:
        connection.close()


def overwrite_free_space(vault: OpenVault) -> bool:
    """Fold the log in, rebuild the database without free pages, empty the log again.

    Returns False when another connection (the vault open in another window or command)
    kept it from finishing; erasing the same case again (or any later erasure) completes it.
    """
    if vault.is_shared:
        # PostgreSQL keeps deleted rows until VACUUM makes their space reusable; it does not
        # zero them, and the server's disk encryption covers what remains (deployment.md).
        with vault.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as shared:
            shared.exec_driver_sql("VACUUM")
        return True
    # The driver's own connection, outside any transaction (VACUUM refuses to run in one).
    connection = vault.engine.raw_connection()
    try:
        if not _checkpoint(connection):
            return False
        connection.execute("VACUUM").fetchall()
        return _checkpoint(connection)
    except sqlcipher3.OperationalError:
        return False
    finally:
        connection.close()
