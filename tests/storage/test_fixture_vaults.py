"""Every released schema version's fixture vault still opens, migrates and verifies."""

import shutil
from pathlib import Path

import pytest

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import unlock
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PASSPHRASE = "fixture vault passphrase"


def fixture_vaults() -> list[Path]:
    return sorted(FIXTURES.glob("vault-schema-*"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert FIXTURES / f"vault-schema-{head_revision()}" in fixture_vaults()


@pytest.mark.parametrize("fixture", fixture_vaults(), ids=lambda path: path.name)
def test_fixture_vault_opens_and_migrates(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / fixture.name
    shutil.copytree(fixture, copy)
    with unlock(copy, "fixture", PASSPHRASE) as vault:
        assert current_revision(vault.engine) == head_revision()
        assert verify_vault(vault).ok
        [summary] = CaseService(vault).search("Applicant")
        assert summary.case_number == "FIX-2026-0001"
        assert CaseService(vault).get_case("FIX-2026-0001").applicant.anonymity.requested
