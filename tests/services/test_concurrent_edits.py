"""Two people saving one case: the second is stopped and shown the difference (both engines)."""

from __future__ import annotations

import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Note
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from tests.conftest import PASSPHRASE, canary_case


def test_the_second_save_is_stopped_with_the_other_persons_changes(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    with unlock(vault.place, "amara", PASSPHRASE) as elsewhere:
        mine = CaseService(vault).get_case_for_edit(number)
        theirs = CaseService(elsewhere).get_case_for_edit(number)
        # The other window saves first: a new occupation.
        theirs.case.applicant.occupation = "schoolteacher"
        CaseService(elsewhere).update_case(theirs.case, theirs)
        # This person edits the notes and the occupation, from the version they opened.
        edited = mine.case
        edited.notes.append(Note("Met the applicant again", PartialDate(2026, 4, 1), "amara"))
        edited.applicant.occupation = "police officer"
        with pytest.raises(CaseChangedElsewhereError) as stopped:
            CaseService(vault).update_case(edited, mine)
    error = stopped.value
    assert error.changed_by == "amara" and error.version == mine.version + 1
    assert "while you were editing" in str(error) and "\n" not in str(error)
    shown = {change.label: (change.saved, change.yours) for change in error.changes}
    assert shown == {"Applicant › Occupation": ("schoolteacher", "police officer")}
    # Nothing was saved: the other person's occupation stands, no note was added.
    stored = CaseService(vault).get_case(number)
    assert stored.applicant.occupation == "schoolteacher" and stored.notes == []


def test_saving_again_from_the_current_version_goes_through(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    opened = service.get_case_for_edit(number)
    opened.case.applicant.occupation = "farmer"
    version = service.update_case(opened.case, opened)
    assert version == opened.version + 1
    again = service.get_case_for_edit(number)
    assert again.version == version
    again.case.applicant.occupation = "tailor"
    assert service.update_case(again.case, again) == version + 1
    # Without the version (the command line, imports), a save is not checked.
    stale = opened.case
    stale.applicant.occupation = "driver"
    with pytest.raises(CaseChangedElsewhereError):
        service.update_case(stale, opened)
    service.update_case(stale)
    assert service.get_case(number).applicant.occupation == "driver"
