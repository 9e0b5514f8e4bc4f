"""Retention: the day a case closed, the period an administrator sets, due cases, erasure."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from asylum_desk.domain.enums import CaseStatus, Role
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.model import Attachment, Case, Person
from asylum_desk.services import assignments, retention, users
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.drafts import DraftService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.retention import RetentionError
from asylum_desk.services.vault_access import unlock
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.engine import create_vault_engine
from asylum_desk.storage.migrate import alembic_config, upgrade_to_head
from asylum_desk.storage.tables import (
    AttachmentRow,
    CaseAssignment,
    CaseRow,
    DraftRow,
    PersonRow,
)
from tests.conftest import CANARY_NAME, canary_case

TODAY = date.today()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def closed_on(vault: OpenVault, number: str) -> str | None:
    with vault.transaction() as session:
        return session.scalar(select(CaseRow.closed_on).where(CaseRow.case_number == number))


def test_closing_records_the_day_and_reopening_clears_it(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    assert closed_on(vault, number) is None
    service.close_case(number, "resettled to a third country")
    assert closed_on(vault, number) == TODAY.isoformat()
    case = service.get_case(number)
    assert (case.status, case.closed_reason) == (CaseStatus.CLOSED, "resettled to a third country")
    service.update_case(case)  # saving a closed case keeps its day
    assert closed_on(vault, number) == TODAY.isoformat()
    case.status = CaseStatus.DECIDED
    case.closed_reason = None
    service.update_case(case)
    assert closed_on(vault, number) is None
    imported_closed = service.create_case(
        Case(applicant=Person(given_names="A"), status=CaseStatus.CLOSED, closed_reason="old")
    )
    assert closed_on(vault, imported_closed) == TODAY.isoformat()


def test_the_retention_period_is_an_administrators_setting(vault: OpenVault) -> None:
    assert retention.retention_years(vault) is None
    retention.set_retention_years(vault, 7)
    assert retention.retention_years(vault) == 7
    for wrong in (0, -1, 101):
        with pytest.raises(RetentionError, match="between 1 and 100 years"):
            retention.set_retention_years(vault, wrong)
    assert retention.retention_years(vault) == 7
    retention.set_retention_years(vault, None)
    assert retention.retention_years(vault) is None
    details = [e.detail for e in read_audit_log(vault, AuditQuery(action="set_retention")).entries]
    assert details == ["years=off was=7", "years=7 was=off"]


def test_due_cases_are_closed_cases_whose_period_ran_out(vault: OpenVault) -> None:
    service = CaseService(vault)
    closed = service.create_case(canary_case())
    still_open = service.create_case(Case(applicant=Person(given_names="Open")))
    service.close_case(closed, "moved away")
    assert retention.due_for_erasure(vault, TODAY + timedelta(days=3650)) == []  # no period
    retention.set_retention_years(vault, 2)
    later = retention._years_after(TODAY, 2)
    assert retention.due_for_erasure(vault, later - timedelta(days=1)) == []
    [due] = retention.due_for_erasure(vault, later)
    assert (due.case_number, due.closed_on, due.due_on) == (
        closed,
        TODAY.isoformat(),
        later.isoformat(),
    )
    assert due.closed_reason == "moved away"
    assert still_open not in {d.case_number for d in retention.due_for_erasure(vault, later)}


def test_the_period_counts_from_29_february_to_28_february() -> None:
    assert retention._years_ago(date(2028, 2, 29), 1) == date(2027, 2, 28)
    assert retention._years_after(date(2028, 2, 29), 3) == date(2031, 2, 28)


def test_only_due_cases_can_be_erased_and_a_refusal_changes_nothing(vault: OpenVault) -> None:
    service = CaseService(vault)
    closed = service.create_case(canary_case())
    still_open = service.create_case(Case(applicant=Person(given_names="Open")))
    service.close_case(closed, "moved away")
    with pytest.raises(RetentionError, match="no retention period is set"):
        retention.erase_cases(vault, [closed], TODAY + timedelta(days=9999))
    retention.set_retention_years(vault, 1)
    with pytest.raises(RetentionError, match=f"Case {closed} is not due"):
        retention.erase_cases(vault, [closed], TODAY)
    with pytest.raises(RetentionError, match=f"Case {still_open} is not due"):
        retention.erase_cases(vault, [closed, still_open], TODAY + timedelta(days=800))
    with pytest.raises(CaseNotFoundError):
        retention.erase_cases(vault, ["CPH-2026-0999"], TODAY + timedelta(days=800))
    with pytest.raises(RetentionError, match="at least one case"):
        retention.erase_cases(vault, [])
    assert service.count() == 2
    assert read_audit_log(vault, AuditQuery(action="erase")).total == 0


def test_erasure_removes_the_case_with_everything_it_holds_and_keeps_the_audit_trail(
    vault: OpenVault, vault_path: Path
) -> None:
    users.add_user(vault, "thida", Role.CASEWORKER, "thida's own passphrase")
    service = CaseService(vault)
    case = canary_case()
    case.attachments = [Attachment("scan.png", "image/png", PNG, "police ID card")]
    erased = service.create_case(case)
    kept = service.create_case(Case(applicant=Person(given_names="Kept Case")))
    assignments.assign(vault, erased, "thida")
    with unlock(vault_path, "thida", "thida's own passphrase") as thida:
        DraftService(thida).save(f"case:{erased}", CaseService(thida).get_case(erased))
        DraftService(thida).save("new-1", Case(applicant=Person(given_names="Unrelated")))
    DraftService(vault).save(f"case:{erased}", service.get_case(erased))
    service.close_case(erased, "returned home voluntarily")
    retention.set_retention_years(vault, 3)
    later = TODAY + timedelta(days=3 * 366 + 1)

    report = retention.erase_cases(vault, [erased], later)

    assert report.case_numbers == [erased]
    assert report.free_space_overwritten
    with pytest.raises(CaseNotFoundError):
        service.get_case(erased)
    assert [s.case_number for s in service.search("kyawswa")] == []
    assert [s.case_number for s in service.search("Kept")] == [kept]
    with vault.transaction() as session:
        for table in (CaseRow, PersonRow, AttachmentRow, CaseAssignment):
            assert session.scalar(select(func.count()).select_from(table)) == (
                1 if table in (CaseRow, PersonRow) else 0
            ), table
        drafts = session.scalars(select(DraftRow.draft_key)).all()
        assert drafts == ["new-1"]
        if not vault.is_shared:  # a vault file keeps no free page the case was on
            free = session.connection().exec_driver_sql("PRAGMA freelist_count").scalar()
            assert free == 0
    [event] = read_audit_log(vault, AuditQuery(action="erase")).entries
    assert (event.case_number, event.user) == (erased, "amara")
    assert event.detail == f"closed_on={TODAY.isoformat()} retention_years=3"
    assert [entry.action for entry in case_history(vault, erased)][:2] == ["erase", "close"]
    assert verify_vault(vault).ok, verify_vault(vault).problems
    assert retention.due_for_erasure(vault, later) == []
    again = retention.erase_cases(vault, [erased], later)
    assert (again.case_numbers, again.already_erased) == ([], [erased])
    assert read_audit_log(vault, AuditQuery(action="erase")).total == 1


def test_a_supervisor_approves_erasure(vault: OpenVault, vault_path: Path) -> None:
    users.add_user(vault, "sule", Role.SUPERVISOR, "sule's own passphrase")
    number = CaseService(vault).create_case(canary_case())
    CaseService(vault).close_case(number, "moved away")
    retention.set_retention_years(vault, 1)
    later = TODAY + timedelta(days=400)
    with unlock(vault_path, "sule", "sule's own passphrase") as sule:
        with pytest.raises(PermissionDeniedError, match="may not change the retention period"):
            retention.set_retention_years(sule, 5)
        assert [d.case_number for d in retention.due_for_erasure(sule, later)] == [number]
        assert retention.erase_cases(sule, [number], later).case_numbers == [number]
    assert read_audit_log(vault, AuditQuery(action="erase")).entries[0].user == "sule"


@pytest.mark.vault_file_only  # about SQLite's write-ahead log
def test_erasure_refuses_while_the_vault_is_busy_elsewhere(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    CaseService(vault).close_case(number, "moved away")
    retention.set_retention_years(vault, 1)
    other = create_vault_engine(vault.files.database, vault.data_key)
    try:
        with other.begin() as reader:
            reader.exec_driver_sql("SELECT count(*) FROM cases").scalar()
            # A change after the reader's snapshot: the log cannot be emptied under it.
            CaseService(vault).create_case(Case(applicant=Person(given_names="Another")))
            with pytest.raises(RetentionError, match=r"open elsewhere.*nothing was erased"):
                retention.erase_cases(vault, [number], TODAY + timedelta(days=400))
    finally:
        other.dispose()
    assert CaseService(vault).count() == 2
    retention.erase_cases(vault, [number], TODAY + timedelta(days=400))
    assert CaseService(vault).count() == 1


def test_migration_0003_gives_cases_closed_before_it_their_closing_day(tmp_path: Path) -> None:
    from alembic import command

    engine = create_vault_engine(tmp_path / "old.db", os.urandom(32), create=True)
    insert_case = (
        "INSERT INTO cases (id, case_number, status, created_at, updated_at, version, "
        "display_name, anonymous, has_statement, has_crossing) VALUES "
        "(:id, :number, :status, 't', :updated, 1, 'A', 0, 0, 0)"
    )
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0002")
            for values in (
                {"id": 1, "number": "OLD-2020-0001", "status": "closed", "updated": "2022-05-01T1"},
                {"id": 2, "number": "OLD-2020-0002", "status": "closed", "updated": "2023-07-09T1"},
                {"id": 3, "number": "OLD-2020-0003", "status": "decided", "updated": "2023-01-01"},
            ):
                connection.execute(text(insert_case), values)
            connection.execute(
                text(
                    "INSERT INTO audit_events (id, at, actor, action, entity, case_number, "
                    "prev_hash, hash) VALUES (1, '2021-03-04T10:00:00+00:00', 'a', 'close', "
                    "'case', 'OLD-2020-0001', '', '')"
                )
            )
        upgrade_to_head(engine)
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT case_number, closed_on FROM cases ORDER BY id")
            ).all()
        with engine.begin() as connection:  # and back, and up again
            command.downgrade(alembic_config(connection), "0002")
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert [tuple(row) for row in rows] == [
        ("OLD-2020-0001", "2021-03-04"),  # the day of its last "close" event
        ("OLD-2020-0002", "2023-07-09"),  # no such event: the day it was last saved
        ("OLD-2020-0003", None),
    ]


def test_nothing_of_an_erased_case_is_left_for_its_caseworker(
    vault: OpenVault, vault_path: Path
) -> None:
    users.add_user(vault, "thida", Role.CASEWORKER, "thida's own passphrase")
    with unlock(vault_path, "thida", "thida's own passphrase") as thida:
        case = canary_case()
        case.caseworker = None  # becomes thida's own
        number = CaseService(thida).create_case(case)
        assert CaseService(thida).count() == 1
    CaseService(vault).close_case(number, "moved away")
    retention.set_retention_years(vault, 1)
    retention.erase_cases(vault, [number], TODAY + timedelta(days=400))
    with unlock(vault_path, "thida", "thida's own passphrase") as thida:
        assert CaseService(thida).count() == 0
        assert DraftService(thida).pending() == []
        assert CANARY_NAME not in repr(CaseService(thida).search("Zoe"))
