"""Merging received cases field by field, and resolving the conflicts (supervisors only).

Two offices, CPH (the ``vault`` fixture) and AIZ, exchange one case. Every path of the merge
is exercised through real bundles: a change on one side only, on both sides alike, on both
sides differently, no common ancestor, new scans, and the resolution of what conflicts.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from asylum_desk.domain.enums import CaseStatus, Role
from asylum_desk.domain.model import Attachment, Case, Note
from asylum_desk.services import bundles, merge, retention, users, vault_access
from asylum_desk.services.audit_log import AuditQuery, read_audit_log
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.tables import CaseExchange, MergeConflict
from tests import scan_samples
from tests.conftest import CANARY_NAME, PASSPHRASE, canary_case

SUPERVISOR_PASS = "supervisor passphrase"
CASEWORKER_PASS = "caseworker passphrase"
Change = Callable[[Case], None]


@pytest.fixture
def aiz(tmp_path: Path) -> Iterator[OpenVault]:
    created = vault_access.create_vault(
        tmp_path / "aiz-vault",
        office_code="AIZ",
        office_name="Aizawl office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as opened:
        yield opened


class Exchange:
    """CPH and AIZ know each other; CPH has one case."""

    def __init__(self, cph: OpenVault, aiz: OpenVault, folder: Path) -> None:
        self.cph, self.aiz, self.folder = cph, aiz, folder
        ident_cph, ident_aiz = bundles.own_identity(cph), bundles.own_identity(aiz)
        bundles.add_office(cph, ident_aiz.text(), ident_aiz.fingerprint())
        bundles.add_office(aiz, ident_cph.text(), ident_cph.fingerprint())
        self.number = CaseService(cph).create_case(canary_case())
        self.sent = 0

    def send(self, source: OpenVault, target: OpenVault) -> bundles.Received:
        self.sent += 1
        out = self.folder / f"bundle-{self.sent}.adbundle"
        bundles.export_bundle(source, [target.office_code], [self.number], out)
        return bundles.import_bundle(target, out.read_bytes())

    def edit(self, vault: OpenVault, change: Change) -> None:
        service = CaseService(vault)
        case = service.get_case(self.number)
        change(case)
        service.update_case(case)

    def case(self, vault: OpenVault) -> Case:
        return CaseService(vault).get_case(self.number)


@pytest.fixture
def exchange(vault: OpenVault, aiz: OpenVault, tmp_path: Path) -> Exchange:
    made = Exchange(vault, aiz, tmp_path)
    made.send(vault, aiz)  # AIZ now has the case; both keep it as their base
    return made


def _occupation(value: str) -> Change:
    def change(case: Case) -> None:
        case.applicant.occupation = value

    return change


def _district(value: str) -> Change:
    def change(case: Case) -> None:
        assert case.crossing is not None
        case.crossing.district = value

    return change


def _digests_match(vault: OpenVault) -> None:
    """Every case matches the digest of its last recorded save (verify's case check)."""
    problems = [p for p in verify_vault(vault).problems if p.startswith("case ")]
    assert problems == []


def district(case: Case) -> str | None:
    assert case.crossing is not None
    return case.crossing.district


def _count(vault: OpenVault, table: type) -> int:
    with vault.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


# ---- each path of the merge -------------------------------------------------------------


def test_a_change_on_their_side_only_is_applied(exchange: Exchange) -> None:
    exchange.edit(exchange.aiz, _occupation("tailor"))
    received = exchange.send(exchange.aiz, exchange.cph)
    assert received.merged == [exchange.number] and received.new_cases == []
    assert received.conflicts == 0
    case = exchange.case(exchange.cph)
    assert case.applicant.occupation == "tailor"
    assert merge.open_conflicts(exchange.cph) == []
    _digests_match(exchange.cph)


def test_a_merged_case_is_found_by_what_was_merged_in(exchange: Exchange) -> None:
    """Saved through the repository: the search index knows the received district."""
    exchange.edit(exchange.aiz, _district("Zokhawthar"))
    exchange.send(exchange.aiz, exchange.cph)
    found = CaseService(exchange.cph).search("Zokhawthar")
    assert [summary.case_number for summary in found] == [exchange.number]


def test_a_change_on_our_side_only_is_kept(exchange: Exchange) -> None:
    exchange.edit(exchange.cph, _district("Zokhawthar"))
    received = exchange.send(exchange.aiz, exchange.cph)  # AIZ sends it back unchanged
    assert received.conflicts == 0
    assert district(exchange.case(exchange.cph)) == "Zokhawthar"


def test_changes_on_both_sides_to_different_fields_both_stay(exchange: Exchange) -> None:
    exchange.edit(exchange.cph, _district("Zokhawthar"))
    exchange.edit(exchange.aiz, _occupation("tailor"))
    received = exchange.send(exchange.aiz, exchange.cph)
    case = exchange.case(exchange.cph)
    assert received.conflicts == 0
    assert district(case) == "Zokhawthar"
    assert case.applicant.occupation == "tailor"


def test_the_same_change_on_both_sides_is_no_conflict(exchange: Exchange) -> None:
    exchange.edit(exchange.cph, _occupation("tailor"))
    exchange.edit(exchange.aiz, _occupation("tailor"))
    assert exchange.send(exchange.aiz, exchange.cph).conflicts == 0
    assert exchange.case(exchange.cph).applicant.occupation == "tailor"


def test_different_changes_to_one_field_are_a_conflict_and_ours_stays(
    exchange: Exchange,
) -> None:
    exchange.edit(exchange.cph, _occupation("teacher"))
    exchange.edit(exchange.aiz, _occupation("tailor"))
    received = exchange.send(exchange.aiz, exchange.cph)
    assert received.conflicts == 1
    assert exchange.case(exchange.cph).applicant.occupation == "teacher"
    [conflict] = merge.open_conflicts(exchange.cph)
    assert (conflict.case_number, conflict.field) == (exchange.number, "applicant.occupation")
    assert conflict.label == "Applicant › Occupation"
    assert (conflict.ours, conflict.theirs) == ("teacher", "tailor")
    assert conflict.base == "police sergeant"
    assert conflict.office_code == "AIZ" and conflict.received_at
    assert merge.open_conflicts(exchange.cph, exchange.number) == [conflict]
    # The same bundle again: the field's open conflict is replaced, not doubled.
    exchange.send(exchange.aiz, exchange.cph)
    assert len(merge.open_conflicts(exchange.cph)) == 1
    _digests_match(exchange.cph)


def test_without_a_base_every_difference_is_a_conflict(
    vault: OpenVault, aiz: OpenVault, tmp_path: Path
) -> None:
    """AIZ got the case as a plain file, not a bundle: CPH has no exchange with AIZ."""
    made = Exchange(vault, aiz, tmp_path)
    import_cases(aiz, export_cases(vault, [made.number]))
    made.edit(aiz, _occupation("tailor"))
    made.edit(aiz, _district("Zokhawthar"))
    received = made.send(aiz, vault)
    assert received.conflicts == 2
    fields = {c.field: c for c in merge.open_conflicts(vault)}
    assert set(fields) == {"applicant.occupation", "crossing.district"}
    assert fields["crossing.district"].base == "(not there)"
    case = made.case(vault)
    assert case.applicant.occupation == "police sergeant"
    assert district(case) == "Champhai"


def test_a_bundle_sent_and_received_back_merges_against_what_was_sent(
    exchange: Exchange,
) -> None:
    """The base of the merge is the case as CPH sent it to AIZ."""
    with exchange.cph.transaction() as session:
        [row] = session.scalars(select(CaseExchange)).all()
        assert (row.office_code, row.direction) == ("AIZ", "sent")
        assert json.loads(row.content)["applicant"]["occupation"] == "police sergeant"
    exchange.edit(exchange.cph, _occupation("teacher"))
    exchange.edit(exchange.aiz, _district("Zokhawthar"))
    assert exchange.send(exchange.aiz, exchange.cph).conflicts == 0
    case = exchange.case(exchange.cph)
    assert case.applicant.occupation == "teacher"
    assert district(case) == "Zokhawthar"
    with exchange.cph.transaction() as session:
        [row] = session.scalars(select(CaseExchange)).all()
        assert row.direction == "received"
        assert json.loads(row.content)["crossing"]["district"] == "Zokhawthar"


def test_list_items_are_merged_by_position(exchange: Exchange) -> None:
    def note(text: str) -> Change:
        def change(case: Case) -> None:
            case.notes.append(Note(text=text))

        return change

    def mother_age(case: Case) -> None:
        case.family_left_behind[0].age = 62

    exchange.edit(exchange.aiz, mother_age)
    exchange.edit(exchange.aiz, note("Second interview in Aizawl."))
    exchange.edit(exchange.cph, note("Phone call from Champhai."))
    received = exchange.send(exchange.aiz, exchange.cph)
    case = exchange.case(exchange.cph)
    assert case.family_left_behind[0].age == 62
    # Both added a note at the same place: a conflict, and ours stays.
    assert received.conflicts == 1
    assert [n.text for n in case.notes] == ["Phone call from Champhai."]
    [conflict] = merge.open_conflicts(exchange.cph)
    assert conflict.field == "notes[0].text" and conflict.label == "Notes 1 › Text"
    merge.resolve_conflict(exchange.cph, conflict.id, "theirs")
    assert [n.text for n in exchange.case(exchange.cph).notes] == ["Second interview in Aizawl."]


def test_an_item_we_removed_and_they_edited_can_be_put_back(exchange: Exchange) -> None:
    def first_note(case: Case) -> None:
        case.notes = [Note(text="First interview.")]

    exchange.edit(exchange.cph, first_note)
    exchange.send(exchange.cph, exchange.aiz)  # the base now has one note

    def drop(case: Case) -> None:
        case.notes = []

    def edit_and_add(case: Case) -> None:
        case.notes = [Note(text="First interview, corrected."), Note(text="Second interview.")]

    exchange.edit(exchange.cph, drop)
    exchange.edit(exchange.aiz, edit_and_add)
    assert exchange.send(exchange.aiz, exchange.cph).conflicts == 1
    assert [n.text for n in exchange.case(exchange.cph).notes] == ["Second interview."]
    [conflict] = merge.open_conflicts(exchange.cph)
    assert (conflict.field, conflict.ours) == ("notes[0]", "(not there)")
    merge.resolve_conflict(exchange.cph, conflict.id, "theirs")
    assert [n.text for n in exchange.case(exchange.cph).notes] == [
        "First interview, corrected.",
        "Second interview.",
    ]
    _digests_match(exchange.cph)


def test_new_scans_are_added_and_ours_never_dropped(exchange: Exchange) -> None:
    def scan(name: str, content: bytes) -> Change:
        def change(case: Case) -> None:
            case.attachments.append(Attachment(name, "image/png", content))

        return change

    ours, theirs = scan_samples.png(), scan_samples.jpeg()
    exchange.edit(exchange.cph, scan("ours.png", ours))
    exchange.edit(exchange.aiz, scan("theirs.jpg", theirs))
    received = exchange.send(exchange.aiz, exchange.cph)
    assert received.conflicts == 0
    attachments = exchange.case(exchange.cph).attachments
    assert [(a.file_name, a.content) for a in attachments] == [
        ("ours.png", ours),
        ("theirs.jpg", theirs),
    ]
    assert attachments[1].media_type == "image/jpeg"
    # Sent back and forth again: nothing is added twice.
    exchange.send(exchange.cph, exchange.aiz)
    exchange.send(exchange.aiz, exchange.cph)
    assert len(exchange.case(exchange.cph).attachments) == 2


# ---- resolving --------------------------------------------------------------------------


def _conflicted(exchange: Exchange) -> merge.ConflictView:
    exchange.edit(exchange.cph, _occupation("teacher"))
    exchange.edit(exchange.aiz, _occupation("tailor"))
    exchange.send(exchange.aiz, exchange.cph)
    [conflict] = merge.open_conflicts(exchange.cph)
    return conflict


def _resolved(vault: OpenVault) -> list[tuple[str | None, str | None]]:
    with vault.transaction() as session:
        return [(c.resolution, c.resolved_by) for c in session.scalars(select(MergeConflict))]


def test_resolving_with_theirs_applies_theirs_and_is_audited(exchange: Exchange) -> None:
    conflict = _conflicted(exchange)
    merge.resolve_conflict(exchange.cph, conflict.id, "theirs")
    assert exchange.case(exchange.cph).applicant.occupation == "tailor"
    assert merge.open_conflicts(exchange.cph) == []
    assert _resolved(exchange.cph) == [("theirs", "amara")]
    [event] = read_audit_log(exchange.cph, AuditQuery(action="resolve")).entries
    assert event.case_number == exchange.number
    assert event.detail == f"id={conflict.id} field=applicant.occupation take=theirs"
    assert "tailor" not in (event.detail or "") and CANARY_NAME not in (event.detail or "")
    _digests_match(exchange.cph)
    with pytest.raises(ValueError, match="no open conflict"):
        merge.resolve_conflict(exchange.cph, conflict.id, "ours")


def test_resolving_with_ours_keeps_ours(exchange: Exchange) -> None:
    conflict = _conflicted(exchange)
    merge.resolve_conflict(exchange.cph, conflict.id, "ours")
    assert exchange.case(exchange.cph).applicant.occupation == "teacher"
    assert _resolved(exchange.cph) == [("ours", "amara")]
    assert merge.open_conflicts(exchange.cph) == []


def test_a_bad_choice_changes_nothing(exchange: Exchange) -> None:
    conflict = _conflicted(exchange)
    with pytest.raises(ValueError, match="ours or theirs"):
        merge.resolve_conflict(exchange.cph, conflict.id, "both")
    with pytest.raises(ValueError, match="no open conflict 999"):
        merge.resolve_conflict(exchange.cph, 999, "ours")
    assert _resolved(exchange.cph) == [(None, None)]


def test_a_case_changed_since_is_not_clobbered(exchange: Exchange) -> None:
    conflict = _conflicted(exchange)
    exchange.edit(exchange.cph, _occupation("farmer"))
    with pytest.raises(merge.ConflictChangedError, match="changed since"):
        merge.resolve_conflict(exchange.cph, conflict.id, "theirs")
    assert exchange.case(exchange.cph).applicant.occupation == "farmer"
    assert _resolved(exchange.cph) == [(None, None)]
    merge.resolve_conflict(exchange.cph, conflict.id, "ours")  # keeping ours is always possible


def test_resolve_case_is_all_or_nothing(vault: OpenVault, aiz: OpenVault, tmp_path: Path) -> None:
    made = Exchange(vault, aiz, tmp_path)
    import_cases(aiz, export_cases(vault, [made.number]))
    made.edit(aiz, _occupation("tailor"))
    made.edit(aiz, _district("Zokhawthar"))
    made.send(aiz, vault)
    conflicts = {c.field: c.id for c in merge.open_conflicts(vault)}
    with pytest.raises(ValueError, match="not one of case"):
        merge.resolve_case(vault, "CPH-2026-0999", {conflicts["crossing.district"]: "theirs"})
    with pytest.raises(ValueError, match="no open conflict"):
        merge.resolve_case(vault, None, {conflicts["crossing.district"]: "theirs", 999: "ours"})
    assert district(made.case(vault)) == "Champhai"
    done = merge.resolve_case(
        vault,
        made.number,
        {conflicts["crossing.district"]: "theirs", conflicts["applicant.occupation"]: "ours"},
    )
    assert done == 2
    case = made.case(vault)
    assert district(case) == "Zokhawthar"
    assert case.applicant.occupation == "police sergeant"
    _digests_match(vault)


def test_caseworkers_may_not_see_or_resolve_conflicts(exchange: Exchange, vault_path: Path) -> None:
    conflict = _conflicted(exchange)
    folder = vault_path
    users.add_user(exchange.cph, "tun", Role.CASEWORKER, CASEWORKER_PASS)
    users.add_user(exchange.cph, "hla", Role.SUPERVISOR, SUPERVISOR_PASS)
    with vault_access.unlock(folder, "tun", CASEWORKER_PASS) as caseworker:
        with pytest.raises(PermissionDeniedError, match="resolve the conflicts"):
            merge.open_conflicts(caseworker)
        with pytest.raises(PermissionDeniedError):
            merge.resolve_conflict(caseworker, conflict.id, "theirs")
    assert _resolved(exchange.cph) == [(None, None)]
    with vault_access.unlock(folder, "hla", SUPERVISOR_PASS) as supervisor:
        merge.resolve_conflict(supervisor, conflict.id, "theirs")
    assert _resolved(exchange.cph) == [("theirs", "hla")]


def test_a_caseworker_receiving_a_closed_case_leaves_closing_to_a_supervisor(
    exchange: Exchange, vault_path: Path
) -> None:
    service = CaseService(exchange.aiz)
    service.close_case(exchange.number, "moved on")
    folder = vault_path
    users.add_user(exchange.cph, "tun", Role.CASEWORKER, CASEWORKER_PASS)
    CaseService(exchange.cph).update_case(
        _with_caseworker(CaseService(exchange.cph).get_case(exchange.number), "tun")
    )
    out = exchange.folder / "closed.adbundle"
    bundles.export_bundle(exchange.aiz, ["CPH"], [exchange.number], out)
    with vault_access.unlock(folder, "tun", CASEWORKER_PASS) as caseworker:
        received = bundles.import_bundle(caseworker, out.read_bytes())
    assert received.conflicts == 2
    assert exchange.case(exchange.cph).status is not CaseStatus.CLOSED
    fields = {c.field for c in merge.open_conflicts(exchange.cph)}
    assert fields == {"status", "closed_reason"}


def _with_caseworker(case: Case, name: str) -> Case:
    case.caseworker = name
    return case


# ---- erasure ----------------------------------------------------------------------------


def test_erasing_a_case_removes_its_exchanges_and_conflicts(exchange: Exchange) -> None:
    _conflicted(exchange)
    if exchange.cph.engine.dialect.name == "sqlite":
        with exchange.cph.transaction() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert _count(exchange.cph, CaseExchange) == 1 and _count(exchange.cph, MergeConflict) == 1
    CaseService(exchange.cph).close_case(exchange.number, "left the region")
    retention.set_retention_years(exchange.cph, 1)
    retention.erase_cases(exchange.cph, [exchange.number], date.today() + timedelta(days=800))
    assert _count(exchange.cph, CaseExchange) == 0
    assert _count(exchange.cph, MergeConflict) == 0
