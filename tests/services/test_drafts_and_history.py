from pathlib import Path

from asylum_desk.domain.enums import Role
from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.drafts import DraftService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.users import add_user
from asylum_desk.services.vault_access import unlock
from tests.conftest import CANARY_NAME, PASSPHRASE, canary_case


def test_a_draft_survives_closing_the_vault_and_is_per_user(
    vault: OpenVault, vault_path: Path
) -> None:
    add_user(vault, "thida", Role.CASEWORKER, "thida's own passphrase")
    DraftService(vault).save("new-1", canary_case())
    DraftService(vault).save("new-1", canary_case())  # replaced, not duplicated
    vault.close()  # as if the power failed: nothing else was saved
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        [draft] = DraftService(reopened).pending()
        assert draft.draft_key == "new-1"
        assert draft.case_number is None
        assert draft.case.applicant.given_names == CANARY_NAME
        assert CaseService(reopened).count() == 0
    with unlock(vault_path, "thida", "thida's own passphrase") as other:
        assert DraftService(other).pending() == []
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        DraftService(reopened).discard("new-1")
        assert DraftService(reopened).pending() == []


def test_history_lists_what_happened_newest_first(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    case = service.get_case(number)
    service.update_case(case)
    history = case_history(vault, number)
    assert [entry.description for entry in history] == ["saved case", "opened case", "created case"]
    assert {entry.actor for entry in history} == {"amara"}
    assert case_history(vault, "CPH-2026-0999") == []
