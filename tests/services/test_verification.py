"""Audit chain and case fingerprints: changes behind the service's back are found and named."""

from pathlib import Path

from sqlalchemy import text

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.verification import verify_vault
from tests.conftest import canary_case


def _filled(vault: OpenVault) -> list[str]:
    service = CaseService(vault)
    numbers = [service.create_case(canary_case()) for _ in range(3)]
    service.get_case(numbers[1])
    return numbers


def _behind_the_back(vault: OpenVault, statement: str) -> None:
    with vault.engine.begin() as connection:
        connection.execute(text(statement))


def test_an_untouched_vault_verifies(vault: OpenVault) -> None:
    numbers = _filled(vault)
    report = verify_vault(vault)
    assert report.ok, report.problems
    assert report.cases == len(numbers)
    assert report.audit_events == 1 + 3 + 1


def test_editing_an_audit_row_is_named(vault: OpenVault) -> None:
    _filled(vault)
    _behind_the_back(vault, "UPDATE audit_events SET actor = 'someone' WHERE id = 3")
    report = verify_vault(vault)
    assert "audit trail row 3 was changed after it was written" in report.problems


def test_deleting_an_audit_row_is_named(vault: OpenVault) -> None:
    _filled(vault)
    _behind_the_back(vault, "DELETE FROM audit_events WHERE id = 2")
    assert "audit trail row 2 is missing (deleted)" in verify_vault(vault).problems


def test_editing_a_case_row_is_named(vault: OpenVault) -> None:
    numbers = _filled(vault)
    _behind_the_back(
        vault,
        "UPDATE people SET given_names = 'Forged' WHERE case_id = "
        f"(SELECT id FROM cases WHERE case_number = '{numbers[2]}')",
    )
    report = verify_vault(vault)
    assert not report.ok
    assert report.problems == [
        f"case {numbers[2]} was changed outside Asylum Desk "
        "(it does not match its last audit entry)"
    ]


def test_verify_changes_nothing(vault: OpenVault, vault_path: Path) -> None:
    _filled(vault)
    vault.close()
    from asylum_desk.services.vault_access import unlock
    from tests.conftest import PASSPHRASE

    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        first = verify_vault(reopened)
        second = verify_vault(reopened)
    assert first.ok and second.ok
    assert first.audit_events == second.audit_events
