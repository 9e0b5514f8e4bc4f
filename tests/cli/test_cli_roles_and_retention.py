"""The command line for roles, assignments, retention and erasure: outputs and exit codes."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.tables import CaseRow
from tests.cli.test_cli import NEW_PASSPHRASE, Cli, cli
from tests.conftest import PASSPHRASE

__all__ = ["cli"]


@pytest.fixture
def office(cli: Cli) -> Cli:
    """A vault with one imported case and three more users (all with NEW_PASSPHRASE)."""
    cli.init()
    assert cli("import", str(cli.cases_file(1)))[0] == 0
    cli.monkeypatch.setenv("ASYLUM_DESK_NEW_PASSPHRASE", NEW_PASSPHRASE)
    for name, role in (("sule", "supervisor"), ("thida", "caseworker"), ("ko", "interpreter")):
        assert cli("add-user", "--new-user", name, "--role", role)[0] == 0
    return cli


def as_(cli: Cli, name: str, *args: str) -> tuple[int, str, str]:
    return cli(*args, user=name, passphrase=NEW_PASSPHRASE)


def test_assign_and_withdraw(office: Cli) -> None:
    assert as_(office, "thida", "search", "kyawswa")[1] == ""
    code, out, err = as_(office, "sule", "assign", "--case", "CPH-2026-0001", "--to", "thida")
    assert code == 0, err
    assert out.strip() == "Assigned CPH-2026-0001 to thida (caseworker)."
    assert as_(office, "thida", "search", "kyawswa")[1].startswith("CPH-2026-0001")
    again = as_(office, "sule", "assign", "--case", "CPH-2026-0001", "--to", "thida")
    assert again[0] == 2 and "already assigned" in again[2]
    denied = as_(office, "thida", "assign", "--case", "CPH-2026-0001", "--to", "ko")
    assert denied[0] == 3 and "may not assign cases" in denied[2]
    assert as_(office, "sule", "assign", "--case", "CPH-2026-0099", "--to", "thida")[0] == 2
    assert as_(office, "sule", "assign", "--case", "CPH-2026-0001", "--to", "nobody")[0] == 2
    code, out, _ = office("assign", "--case", "CPH-2026-0001", "--to", "thida", "--remove")
    assert code == 0 and "no longer assigned to thida" in out
    assert as_(office, "thida", "search", "kyawswa")[1] == ""


def test_set_role(office: Cli) -> None:
    code, out, err = office("set-role", "--name", "thida", "--role", "supervisor")
    assert code == 0, err
    assert out.strip() == "thida is now supervisor."
    assert as_(office, "thida", "search", "kyawswa")[1].startswith("CPH-2026-0001")
    assert office("set-role", "--name", "amara", "--role", "caseworker")[0] == 2
    assert as_(office, "sule", "set-role", "--name", "ko", "--role", "admin")[0] == 3


def test_remove_user_errors_are_one_line_and_change_nothing(office: Cli) -> None:
    key_file = (office.vault / "vault.key").read_bytes()
    code, _, err = office("remove-user", "--name", "amara")
    assert code == 2 and err.count("\n") == 1 and "cannot remove yourself" in err
    assert office("remove-user", "--name", "nobody")[0] == 2
    assert as_(office, "sule", "remove-user", "--name", "thida")[0] == 3
    assert (office.vault / "vault.key").read_bytes() == key_file


def test_retention_due_and_erase(office: Cli) -> None:
    code, out, _ = office("retention")
    assert code == 0 and "No retention period is set" in out
    assert as_(office, "sule", "retention", "--years", "5")[0] == 3
    assert office("retention", "--years", "0")[0] == 2
    code, out, err = office("retention", "--years", "5")
    assert code == 0, err
    assert "due for erasure 5 years after closing" in out
    code, out, _ = as_(office, "sule", "retention", "--due")
    assert code == 0 and "No case is due for erasure." in out
    assert as_(office, "thida", "retention", "--due")[0] == 3
    not_due = as_(office, "sule", "erase", "--case", "CPH-2026-0001")
    assert not_due[0] == 2 and "not due for erasure" in not_due[2]
    # Closed long ago: set the closing day back in time (the audit trail does not hold it).
    with unlock(office.vault, "amara", PASSPHRASE) as vault:
        from asylum_desk.services.case_service import CaseService

        CaseService(vault).close_case("CPH-2026-0001", "moved to a third country")
        with vault.transaction() as session:
            session.execute(update(CaseRow).values(closed_on="2019-04-30"))
    code, out, _ = as_(office, "sule", "retention", "--due")
    assert code == 0
    assert "CPH-2026-0001\tclosed 2019-04-30\tdue 2024-04-30\tmoved to a third country" in out
    assert as_(office, "thida", "erase", "--case", "CPH-2026-0001")[0] == 3
    code, out, err = as_(office, "sule", "erase", "--case", "CPH-2026-0001")
    assert code == 0, err
    assert out.strip() == "Erased CPH-2026-0001; only its audit events remain."
    assert office("search", "kyawswa")[1] == ""
    assert office("verify")[0] == 0
    code, out, _ = as_(office, "sule", "erase", "--case", "CPH-2026-0001")
    assert code == 0 and "was erased before" in out
    assert office("retention", "--off")[0] == 0
    assert "No retention period is set" in office("retention")[1]
