"""Every role rule, proved by calling the services directly as each kind of user.

The interface may hide buttons; these tests show the services refuse whatever the buttons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import CaseStatus, Role, Vulnerability
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import (
    Case,
    Crossing,
    Dependent,
    Event,
    FamilyMember,
    Note,
    Person,
    Statement,
)
from asylum_desk.services import access, assignments, retention, users
from asylum_desk.services.access import Action
from asylum_desk.services.assignments import AssignmentError
from asylum_desk.services.audit_log import AuditQuery, audit_actions, read_audit_log
from asylum_desk.services.case_service import WITHHELD_NAME, CaseService
from asylum_desk.services.drafts import DraftService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.packets import make_packet
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.users import UserChangeError
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    canary_case,
)
from tests.services.office_staff import ROLES, Staff

DOCS = Path(__file__).resolve().parents[2] / "docs" / "security.md"
NOTE = "Credibility: the dates of the second arrest do not match (caseworker only)."


class Office(Staff):
    """A vault with one user of every role and three cases: Thida's, Mya's and a shared one."""

    def __init__(self, admin: OpenVault, path: Path) -> None:
        super().__init__(admin, path)
        service = CaseService(admin)
        thidas = canary_case()
        thidas.caseworker = "thida"
        thidas.notes = [Note(NOTE, PartialDate(2026, 3, 12), "thida")]
        thidas.flight.events = [Event("Ordered to fire on marchers", PartialDate(2021, 3, 3))]
        self.thidas = service.create_case(thidas)
        self.myas = service.create_case(
            Case(
                applicant=Person(given_names="Hnin Wai"),
                caseworker="mya",
                crossing=Crossing(district="Champhai"),
                vulnerabilities=[Vulnerability.MEDICAL],
                flight=replace(
                    Case(applicant=Person()).flight,
                    statement=Statement("Mya's applicant's own words", "my"),
                ),
            )
        )
        self.unowned = service.create_case(Case(applicant=Person(given_names="Soe Lin")))


@pytest.fixture
def office(vault: OpenVault, vault_path: Path) -> Iterator[Office]:
    made = Office(vault, vault_path)
    try:
        yield made
    finally:
        made.close()


def numbers(items: list[object]) -> set[str]:
    return {item.case_number for item in items}  # type: ignore[attr-defined]


# ---- the rule table -------------------------------------------------------------------


def test_docs_security_states_the_rules_the_code_enforces() -> None:
    """docs/security.md's role table is the code's table, cell for cell."""
    text = DOCS.read_text(encoding="utf-8")
    rows = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("may "):
            rows[cells[0].removeprefix("may ")] = cells[1:]
    assert set(rows) == {action.value for action in Action}
    for action in Action:
        marks = rows[action.value]
        expected = ["yes" if access.allowed(role, action) else "no" for role in Role]
        assert [re.sub(r"\W", "", mark) for mark in marks] == expected, action


def test_admin_includes_every_supervisor_right_and_more() -> None:
    for action in Action:
        if access.allowed(Role.SUPERVISOR, action):
            assert access.allowed(Role.ADMIN, action)
    only_admin = {a for a in Action if access.ALLOWED[a] == {Role.ADMIN}}
    assert only_admin == {Action.MANAGE_USERS, Action.SET_RETENTION, Action.REKEY}


# ---- administrators -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["sule", "thida", "ko"])
def test_only_administrators_manage_users_retention_and_keys(office: Office, name: str) -> None:
    other = office.as_(name)
    key_file = office.admin.key_store.read().to_bytes()
    attempts: list[Callable[[], object]] = [
        lambda: users.add_user(other, "zaw", Role.ADMIN, "zaw's own passphrase"),
        lambda: users.remove_user(other, "mya"),
        lambda: users.set_role(other, "mya", Role.SUPERVISOR),
        lambda: users.list_users(other),
        lambda: retention.set_retention_years(other, 1),
        lambda: users.rekey(other),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDeniedError, match=rf"User '{name}' \(\w+\) may not"):
            attempt()
    assert office.admin.key_store.read().to_bytes() == key_file
    assert retention.retention_years(office.admin) is None
    assert {user.username for user in users.list_users(office.admin)} == {"amara", *ROLES}


# ---- supervisors ----------------------------------------------------------------------


def test_a_supervisor_sees_every_case_closes_assigns_and_reads_the_audit_log(
    office: Office,
) -> None:
    sule = office.as_("sule")
    service = CaseService(sule)
    assert service.count() == 3
    assert service.list_cases(CaseQuery()).total == 3
    assert service.get_case(office.thidas).notes[0].text == NOTE
    assert [s.case_number for s in service.search("kyawswa")] == [office.thidas]
    service.close_case(office.unowned, "moved to another country")
    made = assignments.assign(sule, office.myas, "thida")
    assert (made.username, made.role) == ("thida", Role.CASEWORKER)
    assert read_audit_log(sule, AuditQuery(action="assign")).total == 1
    assert len(export_cases(sule)) > 0  # bulk export
    assert retention.due_for_erasure(sule) == []


# ---- caseworkers ----------------------------------------------------------------------


def test_a_caseworkers_list_count_and_search_show_own_and_assigned_cases_only(
    office: Office,
) -> None:
    thida = CaseService(office.as_("thida"))
    assert thida.count() == 1
    page = thida.list_cases(CaseQuery(sort=SortKey.DISPLAY_NAME))
    assert (page.total, numbers(page.items)) == (1, {office.thidas})
    assert thida.search("Hnin") == []
    assert thida.search("Soe") == []
    assert numbers(thida.search("Applicant")) == {office.thidas}
    assert thida.count(CaseFilter(vulnerability=Vulnerability.MEDICAL)) == 0
    assert thida.count(CaseFilter(caseworker="mya")) == 0
    assignments.assign(office.admin, office.myas, "thida")
    assert thida.count() == 2
    assert numbers(thida.list_cases(CaseQuery()).items) == {office.thidas, office.myas}
    assert numbers(thida.search("Hnin")) == {office.myas}
    assert thida.count(CaseFilter(vulnerability=Vulnerability.MEDICAL)) == 1
    assignments.unassign(office.admin, office.myas, "thida")
    assert thida.count() == 1
    assert CaseService(office.as_("mya")).count() == 1


def test_a_caseworker_opens_and_edits_only_own_and_assigned_cases(office: Office) -> None:
    thida = office.as_("thida")
    service = CaseService(thida)
    own = service.get_case(office.thidas)
    own.status = CaseStatus.INTERVIEWED
    service.update_case(own)
    service.add_dependent(office.thidas, Dependent(given_names="Nay", relationship="son"))
    for refused in (
        lambda: service.get_case(office.myas),
        lambda: service.get_statement(office.myas),
        lambda: service.add_family_member(office.myas, FamilyMember(relationship="father")),
        lambda: service.save_translation(office.myas, "a translation"),
        lambda: make_packet(thida, office.myas, "unhcr"),
    ):
        with pytest.raises(PermissionDeniedError, match="neither theirs nor assigned to them"):
            refused()
    mya = CaseService(office.admin).get_case(office.myas)
    with pytest.raises(PermissionDeniedError):
        service.update_case(mya)
    assignments.assign(office.admin, office.myas, "thida")
    assigned = service.get_case(office.myas)
    assigned.flight.fears_on_return = "arrest"
    service.update_case(assigned)
    assert CaseService(office.admin).get_case(office.myas).flight.fears_on_return == "arrest"
    with pytest.raises(CaseNotFoundError):
        service.get_case("CPH-2026-0999")


def test_a_caseworker_may_not_close_hand_over_or_reopen_a_case(office: Office) -> None:
    service = CaseService(office.as_("thida"))
    with pytest.raises(PermissionDeniedError, match="may not close or reopen cases"):
        service.close_case(office.thidas, "resettled")
    case = service.get_case(office.thidas)
    case.status = CaseStatus.CLOSED
    case.closed_reason = "resettled"
    with pytest.raises(PermissionDeniedError, match="may not close or reopen cases"):
        service.update_case(case)
    case = service.get_case(office.thidas)
    case.caseworker = "mya"
    with pytest.raises(PermissionDeniedError, match="may not hand a case to another caseworker"):
        service.update_case(case)
    assert CaseService(office.admin).get_case(office.thidas).status is CaseStatus.REGISTERED
    CaseService(office.admin).close_case(office.thidas, "resettled")
    closed = service.get_case(office.thidas)
    closed.status = CaseStatus.DECIDED
    with pytest.raises(PermissionDeniedError, match="may not close or reopen cases"):
        service.update_case(closed)


def test_a_caseworker_creates_and_imports_only_their_own_cases(office: Office) -> None:
    thida = office.as_("thida")
    service = CaseService(thida)
    number = service.create_case(Case(applicant=Person(given_names="Aye Chan")))
    assert service.get_case(number).caseworker == "thida"
    with pytest.raises(PermissionDeniedError, match="only their own cases"):
        service.create_case(Case(applicant=Person(given_names="B"), caseworker="mya"))
    from asylum_desk.interchange.writer import write_cases

    others = canary_case()  # caseworker "Ruth Lalhmangaihi"
    with pytest.raises(PermissionDeniedError, match="only their own cases"):
        import_cases(thida, write_cases([others]))
    others.caseworker = None
    [imported] = import_cases(thida, write_cases([others]))
    assert service.get_case(imported).caseworker == "thida"
    assert CaseService(office.admin).count() == 5


def test_a_caseworker_exports_one_of_their_cases_at_a_time_never_in_bulk(office: Office) -> None:
    thida = office.as_("thida")
    assert CANARY_NAME in export_cases(thida, [office.thidas])
    with pytest.raises(PermissionDeniedError, match="may not export more than one case"):
        export_cases(thida)
    with pytest.raises(PermissionDeniedError, match="may not export more than one case"):
        export_cases(thida, [office.thidas, office.myas])
    with pytest.raises(PermissionDeniedError, match="neither theirs nor assigned"):
        export_cases(thida, [office.myas])


@pytest.mark.parametrize("name", ["thida", "ko"])
def test_caseworkers_and_interpreters_may_not_erase_assign_or_read_the_audit_log(
    office: Office, name: str
) -> None:
    other = office.as_(name)
    CaseService(office.admin).close_case(office.thidas, "resettled")
    for refused in (
        lambda: retention.due_for_erasure(other),
        lambda: retention.erase_cases(other, [office.thidas]),
        lambda: assignments.assign(other, office.myas, name),
        lambda: assignments.unassign(other, office.myas, name),
        lambda: assignments.assignments(other, office.myas),
        lambda: read_audit_log(other),
        lambda: audit_actions(other),
    ):
        with pytest.raises(PermissionDeniedError):
            refused()
    assert CaseService(office.admin).count() == 3


# ---- interpreters ---------------------------------------------------------------------


def test_an_interpreter_sees_nothing_until_a_case_is_assigned(office: Office) -> None:
    service = CaseService(office.as_("ko"))
    assert service.count() == 0
    assert service.list_cases(CaseQuery()).items == []
    assert service.search(office.thidas) == []
    with pytest.raises(PermissionDeniedError, match="not assigned to them"):
        service.get_statement(office.thidas)


def test_an_interpreter_reads_only_the_statement_sections_of_assigned_cases(
    office: Office,
) -> None:
    ko = office.as_("ko")
    service = CaseService(ko)
    assignments.assign(office.admin, office.thidas, "ko")
    view = service.get_statement(office.thidas)
    assert view.statement is not None and view.statement.text == CANARY_STATEMENT
    assert [event.description for event in view.events] == ["Ordered to fire on marchers"]
    assert view.reasons[0].detail == "refused to shoot"
    shown = repr(view)
    for secret in (NOTE, CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, "PX-991"):
        assert secret not in shown
    for refused in (
        lambda: service.get_case(office.thidas),
        lambda: service.add_dependent(office.thidas, Dependent(given_names="X")),
        lambda: service.close_case(office.thidas, "x"),
        lambda: export_cases(ko, [office.thidas]),
        lambda: make_packet(ko, office.thidas, "counsel"),
    ):
        with pytest.raises(PermissionDeniedError):
            refused()
    with pytest.raises(PermissionDeniedError, match="only the statement sections"):
        service.update_case(CaseService(office.admin).get_case(office.thidas))
    with pytest.raises(PermissionDeniedError, match="not assigned to them"):
        service.get_statement(office.myas)


def test_an_interpreters_list_shows_public_facts_only_and_search_matches_numbers_only(
    office: Office,
) -> None:
    service = CaseService(office.as_("ko"))
    assignments.assign(office.admin, office.thidas, "ko")
    assignments.assign(office.admin, office.myas, "ko")
    page = service.list_cases(CaseQuery(sort=SortKey.DISPLAY_NAME))
    assert page.total == 2
    by_number = {item.case_number: item for item in page.items}
    assert by_number[office.thidas].display_name == "Applicant K"  # a pseudonym is public
    assert by_number[office.myas].display_name == WITHHELD_NAME
    assert all(item.crossing_district is None for item in page.items)
    assert all(item.crossing_date is None for item in page.items)
    assert service.search("Hnin") == []
    assert service.search("kyawswa") == []
    assert numbers(service.search(office.myas.lower())) == {office.myas}
    assert service.count(CaseFilter(status=CaseStatus.REGISTERED)) == 2
    assert service.count(CaseFilter(caseworker="mya")) == 1
    with pytest.raises(PermissionDeniedError, match="only by status and caseworker"):
        service.count(CaseFilter(vulnerability=Vulnerability.MEDICAL))
    with pytest.raises(PermissionDeniedError, match="only by status and caseworker"):
        service.list_cases(CaseQuery(filter=CaseFilter(crossing_district="Champhai")))


def test_an_interpreter_may_change_the_translation_and_nothing_else(office: Office) -> None:
    ko = office.as_("ko")
    assignments.assign(office.admin, office.thidas, "ko")
    before = CaseService(office.admin).get_case(office.thidas)
    CaseService(ko).save_translation(office.thidas, "ဆန္ဒပြသူများကို ပစ်ရန် အမိန့်")
    after = CaseService(office.admin).get_case(office.thidas)
    assert after.flight.statement is not None
    assert after.flight.statement.translation == "ဆန္ဒပြသူများကို ပစ်ရန် အမိန့်"
    after.flight.statement.translation = None
    assert after == before
    entries = read_audit_log(office.admin, AuditQuery(user="ko", action="translate")).entries
    assert [entry.case_number for entry in entries] == [office.thidas]
    with pytest.raises(PermissionDeniedError, match="not assigned to them"):
        CaseService(ko).save_translation(office.myas, "x")


def test_an_interpreters_assignments_stop_counting_when_their_role_changes(
    office: Office,
) -> None:
    assignments.assign(office.admin, office.thidas, "ko")
    users.set_role(office.admin, "ko", Role.CASEWORKER)
    promoted = CaseService(office.as_("ko"))
    assert promoted.count() == 0
    with pytest.raises(PermissionDeniedError):
        promoted.get_case(office.thidas)
    assert assignments.assignments(office.admin, office.thidas) == []


# ---- assignments ----------------------------------------------------------------------


def test_assignment_rules(office: Office) -> None:
    admin = office.admin
    with pytest.raises(AssignmentError, match="There is no user 'nobody'"):
        assignments.assign(admin, office.thidas, "nobody")
    with pytest.raises(AssignmentError, match="sule is a supervisor and sees every case"):
        assignments.assign(admin, office.thidas, "sule")
    with pytest.raises(CaseNotFoundError):
        assignments.assign(admin, "CPH-2026-0999", "mya")
    assignments.assign(admin, office.thidas, "mya")
    with pytest.raises(AssignmentError, match="already assigned to mya"):
        assignments.assign(admin, office.thidas, "mya")
    with pytest.raises(AssignmentError, match="is not assigned to ko"):
        assignments.unassign(admin, office.thidas, "ko")
    [made] = assignments.assignments(admin, office.thidas)
    assert (made.username, made.role, made.assigned_by) == ("mya", Role.CASEWORKER, "amara")


def test_withdrawing_an_assignment_drops_that_users_drafts_of_the_case(office: Office) -> None:
    assignments.assign(office.admin, office.myas, "thida")
    thida = office.as_("thida")
    DraftService(thida).save(f"case:{office.myas}", CaseService(thida).get_case(office.myas))
    DraftService(thida).save("new-1", Case(applicant=Person(given_names="Draft")))
    assignments.unassign(office.admin, office.myas, "thida")
    assert [draft.draft_key for draft in DraftService(thida).pending()] == ["new-1"]


# ---- user management ------------------------------------------------------------------


def test_removing_users_rules(office: Office) -> None:
    admin = office.admin
    with pytest.raises(UserChangeError, match="cannot remove yourself"):
        users.remove_user(admin, "amara")
    with pytest.raises(UserChangeError, match="cannot change your own role"):
        users.set_role(admin, "amara", Role.SUPERVISOR)
    with pytest.raises(UserChangeError, match="There is no user 'nobody'"):
        users.remove_user(admin, "nobody")
    with pytest.raises(UserChangeError, match="mya is already a caseworker"):
        users.set_role(admin, "mya", Role.CASEWORKER)
    users.set_role(admin, "sule", Role.ADMIN)
    sule = office.as_("sule")
    users.remove_user(sule, "amara")  # another administrator remains: sule
    with pytest.raises(UserChangeError, match="cannot remove yourself"):
        users.remove_user(sule, "sule")
    assert {user.username for user in users.list_users(sule)} == set(ROLES)


def test_the_last_administrator_cannot_be_removed_or_demoted(office: Office) -> None:
    """Only an administrator changes users, never themselves: so never the last one."""
    for name in ("sule", "thida", "ko"):
        with pytest.raises(PermissionDeniedError, match="may not add or remove users"):
            users.remove_user(office.as_(name), "amara")
        with pytest.raises(PermissionDeniedError, match="may not add or remove users"):
            users.set_role(office.as_(name), "amara", Role.CASEWORKER)
    with pytest.raises(UserChangeError, match="cannot remove yourself"):
        users.remove_user(office.admin, "amara")
    # The rule also holds on its own, whatever the checks around it.
    from sqlalchemy import select

    from asylum_desk.storage.tables import User

    with office.admin.transaction() as session:
        amara = session.scalar(select(User).where(User.username == "amara"))
        assert amara is not None
        with pytest.raises(UserChangeError, match="amara is the last administrator"):
            users._refuse_if_last_admin(session, amara, removing=True)
    users.set_role(office.admin, "sule", Role.ADMIN)
    sule = office.as_("sule")
    users.set_role(sule, "amara", Role.SUPERVISOR)
    users.remove_user(sule, "amara")
    assert {user.username for user in users.list_users(sule)} == set(ROLES)


def test_a_role_change_or_removal_holds_at_once_in_a_session_already_open(
    office: Office,
) -> None:
    sule = office.as_("sule")
    thida = office.as_("thida")
    assert CaseService(sule).count() == 3
    users.set_role(office.admin, "sule", Role.CASEWORKER)
    assert CaseService(sule).count() == 0
    with pytest.raises(PermissionDeniedError, match=r"User 'sule' \(caseworker\) may not"):
        CaseService(sule).close_case(office.thidas, "resettled")
    assert CaseService(thida).count() == 1
    users.remove_user(office.admin, "thida")
    with pytest.raises(PermissionDeniedError, match="no longer a user of this vault"):
        CaseService(thida).count()
    with pytest.raises(PermissionDeniedError, match="no longer a user of this vault"):
        CaseService(thida).get_case(office.thidas)


def test_every_user_change_is_an_audit_event(office: Office) -> None:
    admin = office.admin
    users.set_role(admin, "mya", Role.SUPERVISOR)
    users.remove_user(admin, "ko")
    entries = read_audit_log(admin, AuditQuery(user="amara")).entries
    changes = [(e.action, e.detail) for e in entries if e.entity == "user"]
    assert changes[:2] == [
        ("remove_user", "user=ko role=interpreter"),
        ("set_role", "user=mya role=supervisor was=caseworker"),
    ]
    assert ("add_user", "user=thida role=caseworker") in changes


def test_a_removed_users_assignments_and_drafts_go_with_them(office: Office) -> None:
    assignments.assign(office.admin, office.myas, "thida")
    thida = office.as_("thida")
    DraftService(thida).save("new-1", Case(applicant=Person(given_names="Draft")))
    thida.close()
    users.remove_user(office.admin, "thida")
    assert assignments.assignments(office.admin, office.myas) == []
    from sqlalchemy import func, select

    from asylum_desk.storage.tables import DraftRow

    with office.admin.transaction() as session:
        assert session.scalar(select(func.count()).select_from(DraftRow)) == 0


# ---- the audit log --------------------------------------------------------------------


def test_the_audit_log_filters_by_user_case_action_and_day_and_holds_no_names(
    office: Office,
) -> None:
    admin = office.admin
    thida = office.as_("thida")
    CaseService(thida).get_case(office.thidas)
    CaseService(admin).close_case(office.unowned, "moved away")
    everything = read_audit_log(admin, AuditQuery(limit=1000))
    assert everything.total == len(everything.entries) > 10
    assert [e.id for e in everything.entries] == sorted(
        (e.id for e in everything.entries), reverse=True
    )
    for entry in everything.entries:
        text = repr(entry)
        for secret in (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, NOTE, "Hnin"):
            assert secret not in text
    by_thida = read_audit_log(admin, AuditQuery(user="thida"))
    assert {(e.action, e.case_number) for e in by_thida.entries} >= {("view", office.thidas)}
    assert {e.user for e in by_thida.entries} == {"thida"}
    on_case = read_audit_log(admin, AuditQuery(case_number=office.unowned))
    assert [e.action for e in on_case.entries] == ["close", "create"]
    closes = read_audit_log(admin, AuditQuery(action="close"))
    assert [e.case_number for e in closes.entries] == [office.unowned]
    today = datetime.now(UTC).date()
    assert read_audit_log(admin, AuditQuery(since=today, until=today)).total == everything.total
    assert read_audit_log(admin, AuditQuery(until=today - timedelta(days=1))).total == 0
    assert read_audit_log(admin, AuditQuery(since=today + timedelta(days=1))).total == 0
    page = read_audit_log(admin, AuditQuery(offset=2, limit=3))
    assert [e.id for e in page.entries] == [e.id for e in everything.entries[2:5]]
    assert {"create", "view", "close", "add_user"} <= set(audit_actions(admin))
    with pytest.raises(ValueError, match="between 1 and"):
        read_audit_log(admin, AuditQuery(limit=0))
    assert read_audit_log(office.as_("sule")).total > 0
    assert date.today()  # the days above are UTC days; the events' times are UTC too
