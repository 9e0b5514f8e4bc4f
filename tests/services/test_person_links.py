"""Duplicate decisions: linking the same person, telling namesakes apart, undoing, access.

All names are invented (the office of ``tests/services/test_duplicates.py``).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.services import retention
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.duplicates import find_case_duplicates, find_possible_duplicates
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.person_links import (
    DIFFERENT,
    SAME,
    PersonLinkError,
    link_people,
    linked_people,
    mark_not_duplicate,
    person_decisions,
    undo_decision,
)
from asylum_desk.storage.tables import AuditEventRow, PersonLink
from tests.services.test_duplicates import Office, numbers, office, person

__all__ = ["office"]  # the fixture, used below


def stored_links(vault: OpenVault) -> int:
    with vault.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(PersonLink)) or 0)


def audit_events(vault: OpenVault) -> int:
    with vault.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEventRow)) or 0)


def test_linked_people_are_reported_as_linked_not_as_candidates(office: Office) -> None:
    admin = office.admin
    [applicant] = find_case_duplicates(admin, office.aung)
    assert numbers(applicant.candidates) == [office.myas_aung]
    decision = link_people(admin, office.aung, 0, office.myas_aung, 0)
    assert (decision.other_case_number, decision.other_position) == (office.myas_aung, 0)
    assert decision.other_name == "Aung Koko" and decision.decision == SAME
    assert decision.decided_by == "amara"
    assert decision.description == f"same person as {office.myas_aung} (applicant)"

    [applicant] = find_case_duplicates(admin, office.aung)
    assert applicant.candidates == []
    assert [(d.other_case_number, d.other_name) for d in applicant.linked] == [
        (office.myas_aung, "Aung Koko")
    ]
    assert find_possible_duplicates(admin, office.aung) == []
    # From the other side too (one row per pair, read both ways).
    [other] = find_case_duplicates(admin, office.myas_aung)
    assert office.aung not in numbers(other.candidates)
    [back] = linked_people(admin, office.myas_aung)
    assert (back.position, back.other_case_number, back.other_position) == (0, office.aung, 0)
    assert back.other_name == "Aung Ko Ko"
    assert linked_people(admin, office.kyaw) == []
    assert stored_links(admin) == 1


def test_not_the_same_person_is_not_proposed_again_until_undone(office: Office) -> None:
    admin = office.admin
    decision = mark_not_duplicate(admin, office.myas_aung, 0, office.aung, 0)
    assert decision.decision == DIFFERENT and not decision.linked
    assert find_possible_duplicates(admin, office.aung) == []
    assert find_possible_duplicates(admin, office.myas_aung) == []
    [applicant] = find_case_duplicates(admin, office.aung)  # listed for its decision only
    assert applicant.candidates == [] and applicant.linked == []
    assert [d.other_case_number for d in applicant.not_duplicates] == [office.myas_aung]
    assert linked_people(admin, office.aung) == []
    assert [d.decision for d in person_decisions(admin, office.aung)] == [DIFFERENT]
    # A person being registered has no decisions yet: both are still proposed for them.
    new = person("Aung Koko", PartialDate(1991), "Kalay")
    assert numbers(find_possible_duplicates(admin, new)) == [office.aung, office.myas_aung]

    assert undo_decision(admin, office.aung, 0, office.myas_aung, 0) == DIFFERENT
    assert numbers(find_possible_duplicates(admin, office.aung)) == [office.myas_aung]
    assert find_case_duplicates(admin, office.kyaw) == []
    with pytest.raises(PersonLinkError, match="No decision is recorded"):
        undo_decision(admin, office.aung, 0, office.myas_aung, 0)
    assert stored_links(admin) == 0


def test_a_decision_can_be_changed_but_not_repeated(office: Office) -> None:
    admin = office.admin
    mark_not_duplicate(admin, office.aung, 0, office.myas_aung, 0)
    changed = link_people(admin, office.myas_aung, 0, office.aung, 0)
    assert changed.decision == SAME
    assert [d.decision for d in person_decisions(admin, office.aung)] == [SAME]
    before = audit_events(admin)
    with pytest.raises(PersonLinkError, match="already linked"):
        link_people(admin, office.aung, 0, office.myas_aung, 0)
    assert audit_events(admin) == before and stored_links(admin) == 1
    assert undo_decision(admin, office.myas_aung, 0, office.aung, 0) == SAME


def test_decisions_and_undos_are_audited_in_both_cases_without_names(office: Office) -> None:
    admin = office.admin
    link_people(admin, office.aung, 0, office.myas_aung, 0)
    undo_decision(admin, office.aung, 0, office.myas_aung, 0)
    mark_not_duplicate(admin, office.aung, 1, office.older_thida, 0)
    undo_decision(admin, office.older_thida, 0, office.aung, 1)
    for action in ("link", "unlink", "not_duplicate", "undo_not_duplicate"):
        events = read_audit_log(admin, AuditQuery(action=action)).entries
        assert len(events) == 2, action
        for event in events:
            assert event.user == "amara"
            assert "Aung" not in (event.detail or "") and "Thi" not in (event.detail or "")
    [link_in_aung] = read_audit_log(
        admin, AuditQuery(action="link", case_number=office.aung)
    ).entries
    assert link_in_aung.detail == f"person=0 other={office.myas_aung} other_person=0"
    history = [entry.description for entry in case_history(admin, office.aung)]
    assert history[:4] == [
        "reopened duplicate",
        "dismissed duplicate",
        "unlinked duplicate",
        "linked duplicate",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, "MYAS", 5), "has no dependent 5: it has only an applicant"),
        ((1, "MYAS", 0), None),  # Aung's daughter (position 1) and Mya's Aung: allowed
        ((3, "MYAS", 0), "has no dependent 3: it has an applicant and 1 dependent"),
        ((-1, "MYAS", 0), "named by their position"),
        ((0, "AUNG", 1), "Both people are in case"),
        ((0, "CPH-2026-0999", 0), None),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(
    office: Office, args: tuple[int, str, int], message: str | None
) -> None:
    admin = office.admin
    position, other, other_position = args
    other = {"MYAS": office.myas_aung, "AUNG": office.aung}.get(other, other)
    before = audit_events(admin)
    if other == "CPH-2026-0999":
        with pytest.raises(CaseNotFoundError):
            link_people(admin, office.aung, position, other, other_position)
    elif message is None:
        link_people(admin, office.aung, position, other, other_position)
        assert stored_links(admin) == 1
        return
    else:
        with pytest.raises(PersonLinkError, match=message) as raised:
            mark_not_duplicate(admin, office.aung, position, other, other_position)
        assert "\n" not in str(raised.value)
    assert stored_links(admin) == 0 and audit_events(admin) == before


def test_interpreters_are_refused_everything(office: Office) -> None:
    ko = office.as_("ko")
    for call in (link_people, mark_not_duplicate, undo_decision):
        with pytest.raises(PermissionDeniedError):
            call(ko, office.aung, 0, office.myas_aung, 0)
    with pytest.raises(PermissionDeniedError):
        linked_people(ko, office.aung)
    assert stored_links(office.admin) == 0


def test_a_caseworker_links_only_cases_they_may_open(office: Office) -> None:
    thida = office.as_("thida")
    before = audit_events(office.admin)
    with pytest.raises(PermissionDeniedError, match="neither theirs nor assigned"):
        link_people(thida, office.aung, 0, office.myas_aung, 0)  # Mya's case
    with pytest.raises(PermissionDeniedError):
        mark_not_duplicate(thida, office.kyaw, 0, office.aung, 0)
    assert stored_links(office.admin) == 0 and audit_events(office.admin) == before
    # Her own two cases: fine.
    link_people(thida, office.aung, 1, office.older_thida, 0)
    # A supervisor links her case to Mya's; she sees only the link she may open.
    sule = office.as_("sule")
    link_people(sule, office.aung, 0, office.myas_aung, 0)
    assert [d.other_case_number for d in linked_people(sule, office.aung)] == [
        office.myas_aung,
        office.older_thida,
    ]
    assert [d.other_case_number for d in linked_people(thida, office.aung)] == [office.older_thida]
    [daughter] = find_case_duplicates(thida, office.aung)  # the applicant: nothing she may see
    assert daughter.position == 1
    assert [d.other_case_number for d in daughter.linked] == [office.older_thida]
    [applicant, _] = find_case_duplicates(thida, office.aung, everyone=True)
    assert applicant.linked == [] and applicant.candidates == []  # Mya's case stays hidden
    with pytest.raises(PermissionDeniedError):
        undo_decision(thida, office.aung, 0, office.myas_aung, 0)
    assert stored_links(office.admin) == 2


def test_a_removed_dependent_leaves_its_decision_unread(office: Office) -> None:
    admin = office.admin
    link_people(admin, office.aung, 1, office.older_thida, 0)
    service = CaseService(admin)
    case = service.get_case(office.aung)
    case.dependents = []
    service.update_case(case)
    assert linked_people(admin, office.aung) == []
    assert linked_people(admin, office.older_thida) == []
    assert stored_links(admin) == 1  # kept, ignored; it can still be cleared
    assert undo_decision(admin, office.older_thida, 0, office.aung, 1) == SAME
    assert stored_links(admin) == 0


def test_erasing_a_case_removes_its_decisions(office: Office) -> None:
    admin = office.admin
    link_people(admin, office.aung, 0, office.myas_aung, 0)
    mark_not_duplicate(admin, office.kyaw, 0, office.myas_aung, 0)
    link_people(admin, office.aung, 1, office.older_thida, 0)
    CaseService(admin).close_case(office.myas_aung, "moved away")
    retention.set_retention_years(admin, 1)
    retention.erase_cases(admin, [office.myas_aung], date.today() + timedelta(days=800))
    assert stored_links(admin) == 1  # only the pair without the erased case
    assert [d.other_case_number for d in linked_people(admin, office.aung)] == [office.older_thida]
