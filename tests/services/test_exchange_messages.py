"""Bundles, merging, duplicates and concurrent edits tell people things as ``Text``.

The English stays as it was; each sentence keeps its template and values so that the
interface can show it in its own language (``ui/workers.py`` ``translated``), and a ``Text``
inside another (a field's name inside a conflict, a reason inside the explanation) is
translated too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.domain.messages import Text, text
from asylum_desk.domain.three_way import path_steps, put_at
from asylum_desk.security.office_identity import (
    IdentityError,
    decrypt_with,
    generate_identity,
    parse_public_identity,
)
from asylum_desk.services import bundles, merge
from asylum_desk.services.bundles import BundleError, UnknownSenderError
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError
from asylum_desk.services.duplicates import DuplicateCandidate, find_possible_duplicates
from asylum_desk.services.field_labels import field_label
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.person_links import PersonLinkError, link_people, undo_decision
from asylum_desk.services.vault_access import create_vault
from tests.conftest import PASSPHRASE, canary_case
from tests.services.test_duplicates import Office, office

__all__ = ["office"]  # the fixture, used below


def message(error: pytest.ExceptionInfo[BaseException]) -> Text:
    """The error's first argument, which must be a ``Text``."""
    first = error.value.args[0]
    assert isinstance(first, Text), f"{type(first).__name__}: {first!r}"
    return first


def test_identity_refusals_are_texts() -> None:
    with pytest.raises(IdentityError) as not_one:
        parse_public_identity("hello")
    assert message(not_one) == "This is not an Asylum Desk office identity."
    with pytest.raises(IdentityError) as version:
        parse_public_identity("asylum-desk-office:v9:CPH:x:y:z")
    assert message(version).template == "Unsupported office identity version {version!r}."
    assert message(version) == "Unsupported office identity version 'v9'."
    with pytest.raises(IdentityError) as no_header:
        decrypt_with(generate_identity(), b"not age at all")
    assert message(no_header) == "This is not an encrypted bundle (no age header)."


@pytest.mark.vault_file_only
def test_bundle_refusals_keep_their_template_and_values(vault: OpenVault, tmp_path: Path) -> None:
    with pytest.raises(BundleError) as damaged:
        bundles.import_bundle(vault, b"not age at all")
    # The identity's sentence reaches the bundle error as it was, still translatable.
    assert message(damaged).template == "This is not an encrypted bundle (no age header)."
    with pytest.raises(ValueError) as unknown:
        bundles.export_bundle(vault, ["MDY"], ["X"], tmp_path / "b.adbundle")
    assert message(unknown).template.startswith("Office {office_code} is not in the address book")
    assert message(unknown).values == {"office_code": "MDY"}
    with pytest.raises(ValueError) as no_case:
        bundles.export_bundle(vault, ["MDY"], [], tmp_path / "b.adbundle")
    assert message(no_case) == "Name at least one case (--case)."


@pytest.mark.vault_file_only
def test_an_unknown_sender_and_the_progress_words_are_texts(
    vault: OpenVault, tmp_path: Path
) -> None:
    made = create_vault(
        tmp_path / "other",
        office_code="AIZ",
        office_name="Aizawl office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with made.vault as other:
        mine, theirs = bundles.own_identity(vault), bundles.own_identity(other)
        bundles.add_office(other, mine.text(), mine.fingerprint())
        number = CaseService(other).create_case(canary_case())
        out = tmp_path / "b.adbundle"
        stages: list[str] = []
        bundles.export_bundle(
            other, [vault.office_code], [number], out, lambda stage, _d, _t: stages.append(stage)
        )
    assert stages and all(isinstance(stage, Text) for stage in stages)
    assert {"Encrypting", "Writing", "Done"} <= set(stages)
    with pytest.raises(UnknownSenderError) as stranger:
        bundles.import_bundle(vault, out.read_bytes())
    assert message(stranger).values == {
        "office_code": "AIZ",
        "fingerprint": theirs.fingerprint(),
    }
    assert str(stranger.value).startswith("the sender, office AIZ, is not in your address book")


def test_field_labels_are_built_from_translatable_words() -> None:
    label = field_label("family_left_behind[1].name")
    assert label == "Family left behind 2 › Name"
    assert isinstance(label, Text) and label.template == "{path} › {field}"
    numbered = label.values["path"]
    assert isinstance(numbered, Text) and numbered.template == "{field} {number}"
    assert numbered.values["number"] == 2
    assert isinstance(numbered.values["field"], Text)
    assert numbered.values["field"].template == "Family left behind"
    # Every key of a case has its own word; an unknown key is shown as before.
    assert field_label("applicant.date_of_birth") == "Applicant › Date of birth"
    assert field_label("coi_refs[0].url") == "COI reference 1 › Url"
    assert field_label("[2]") == "Item 3"
    assert field_label("some_new_key") == "Some new key"
    assert isinstance(merge.display_value(None), Text)
    assert merge.display_value("true") == "yes" and isinstance(merge.display_value("true"), Text)
    assert merge.display_value('""') == "(empty)"


def test_field_path_refusals_are_texts() -> None:
    with pytest.raises(ValueError) as bad:
        path_steps(".x")
    assert message(bad) == "'.x' is not a field path"
    with pytest.raises(ValueError) as no_list:
        put_at({"applicant": {}}, "applicant[0]", 1)
    assert message(no_list) == "the case has no list there"


@pytest.mark.vault_file_only
def test_conflict_choices_are_texts(vault: OpenVault) -> None:
    with pytest.raises(ValueError) as nothing:
        merge.resolve_case(vault, None, {})
    assert message(nothing) == "Choose ours or theirs for at least one conflict."
    with pytest.raises(ValueError) as which:
        merge.resolve_case(vault, None, {7: "both"})
    assert message(which).values == {"choice": "both"}
    assert str(message(which)) == "Choose ours or theirs, not 'both'; nothing was changed."
    with pytest.raises(ValueError) as gone:
        merge.resolve_case(vault, None, {7: "ours"})
    assert message(gone).values == {"conflict_id": 7}


def test_changed_elsewhere_is_one_whole_sentence() -> None:
    named = CaseChangedElsewhereError("CPH-2026-0001", 3, "ben", "", [])
    assert message_of(named).template.startswith("{user} saved case {case_number} while you")
    assert str(named) == (
        "ben saved case CPH-2026-0001 while you were editing it; your edits were not saved "
        "and are still in the editor."
    )
    someone = CaseChangedElsewhereError("CPH-2026-0001", 3, "", "2026-05-01T10:30:00+00:00", [])
    assert message_of(someone).template.startswith("Someone else saved case {case_number} at")
    assert set(message_of(someone).values) == {"case_number", "time"}


def message_of(error: BaseException) -> Text:
    first = error.args[0]
    assert isinstance(first, Text)
    return first


def test_the_explanation_of_a_candidate_keeps_each_reason() -> None:
    reasons = (
        text("names {score:.0f}%", score=94.4),
        text("same birth year {year}", year=1991),
        text("different sex"),
    )
    candidate = DuplicateCandidate("CPH-2026-0001", 0, "Aung", 99.0, reasons)
    line = candidate.explanation
    assert line == "names 94%, same birth year 1991, different sex"
    assert isinstance(line, Text) and line.template == "{items}, {item}"
    assert line.values["item"] is reasons[2]
    assert DuplicateCandidate("X", 0, "", 90.0, ()).explanation == ""


def test_the_reasons_of_a_real_check_are_texts(office: Office) -> None:
    found = find_possible_duplicates(office.admin, office.aung)
    assert found
    for candidate in found:
        assert all(isinstance(reason, Text) for reason in candidate.reasons)
        assert isinstance(candidate.explanation, Text)


def test_person_link_refusals_are_whole_sentences(office: Office) -> None:
    admin = office.admin
    link_people(admin, office.aung, 0, office.myas_aung, 0)
    with pytest.raises(PersonLinkError) as again:
        link_people(admin, office.aung, 0, office.myas_aung, 0)
    assert message(again).template == (
        "The applicant of {case_number} and the applicant of {other_case_number} are "
        "already linked as the same person."
    )
    assert str(message(again)) == (
        f"The applicant of {office.aung} and the applicant of {office.myas_aung} are "
        "already linked as the same person."
    )
    undo_decision(admin, office.aung, 0, office.myas_aung, 0)
    with pytest.raises(PersonLinkError) as undone:
        undo_decision(admin, office.aung, 0, office.myas_aung, 0)
    assert message(undone).template.startswith(
        "No decision is recorded about the applicant of {case_number}"
    )
    with pytest.raises(PersonLinkError) as missing:
        link_people(admin, office.aung, 5, office.myas_aung, 0)
    assert message(missing).values["position"] == 5
    assert "{position}" in message(missing).template
