"""Export, import into a fresh vault, export again: the same document. Imports are atomic."""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from asylum_desk.domain.errors import CaseExistsError
from asylum_desk.domain.model import Case
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.writer import write_cases
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.vault_access import create_vault
from asylum_desk.storage import audit_chain
from asylum_desk.storage.tables import AuditEventRow
from tests.conftest import PASSPHRASE, canary_case
from tests.strategies import case_lists

SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fresh_vault(folder: Path) -> OpenVault:
    return create_vault(
        folder, office_code="TST", office_name="Test", username="u", passphrase=PASSPHRASE
    ).vault


@SETTINGS
@given(cases=case_lists(max_size=3))
def test_export_import_export_gives_the_same_document(cases: list[Case]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        with _fresh_vault(Path(folder) / "a") as first:
            numbers = import_cases(first, write_cases(cases))
            exported = export_cases(first, numbers)
        with _fresh_vault(Path(folder) / "b") as second:
            again = import_cases(second, exported)
            assert again == numbers
            assert export_cases(second, again) == exported
    given_numbers = [case.case_number for case in cases]
    assert all(a == b for a, b in zip(given_numbers, numbers, strict=True) if a is not None)


def _state(vault: OpenVault) -> tuple[int, int]:
    """How many cases and audit events the vault holds (and that the chain is intact)."""
    with vault.transaction() as session:
        assert audit_chain.find_break(session) is None
        audit_rows = session.scalar(select(func.count(AuditEventRow.id))) or 0
    return CaseService(vault).count(), int(audit_rows)


BREAKERS = [
    ("applicant", "date_of_birth", "1994-13"),
    ("applicant", "nickname", "Ko Ko"),
    ("applicant", "sex", "robot"),
    (None, "vulnerabilities", ["brave"]),
    (None, "status", 7),
    (None, "case_number", "not a number"),
]


@SETTINGS
@given(
    cases=case_lists(max_size=3).filter(lambda cases: len(cases) > 0),
    breaker=st.sampled_from(BREAKERS),
    data=st.data(),
)
def test_a_malformed_file_never_leaves_a_partial_import(
    vault: OpenVault,
    cases: list[Case],
    breaker: tuple[str | None, str, object],
    data: st.DataObject,
) -> None:
    before = _state(vault)
    document = json.loads(write_cases(cases))
    index = data.draw(st.integers(0, len(document["cases"]) - 1))
    section, key, value = breaker
    target = document["cases"][index]
    if section is not None:
        target = target[section]
    target[key] = value
    with pytest.raises(InterchangeError) as raised:
        import_cases(vault, json.dumps(document))
    assert str(raised.value).startswith(f"cases[{index}]")
    assert _state(vault) == before


def test_a_clashing_case_number_rejects_the_whole_file(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    document = export_cases(vault, [number])
    before = _state(vault)
    other = json.loads(document)
    fresh = dict(other["cases"][0], case_number="CPH-2026-0500")
    other["cases"].insert(0, fresh)
    with pytest.raises(CaseExistsError, match=number):
        import_cases(vault, json.dumps(other))
    assert _state(vault) == before
