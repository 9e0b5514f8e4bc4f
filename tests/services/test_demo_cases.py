"""The demo cases: valid, storable, listed under pseudonyms, findable in both scripts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from asylum_desk.domain.enums import KNOWN_RECIPIENTS, FamilySituation, ReasonCategory
from asylum_desk.domain.listing import CaseQuery
from asylum_desk.domain.validation import validate_case
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault

_MYANMAR = re.compile(r"[\u1000-\u109F]")


@pytest.fixture
def demo_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenVault]:
    monkeypatch.setenv("ASYLUM_DESK_INSECURE_TEST_KDF", "1")
    created = create_vault(
        tmp_path / "demo-vault",
        office_code="CPH",
        office_name="Champhai field office",
        username="demo",
        passphrase="a demo passphrase for tests only",
    )
    with created.vault as vault:
        yield vault


@pytest.fixture
def stored(demo_vault: OpenVault) -> tuple[CaseService, list[str]]:
    service = CaseService(demo_vault)
    return service, [service.create_case(case) for case in demo_cases()]


def test_every_demo_case_passes_validation() -> None:
    for case in demo_cases():
        validate_case(case)


def test_demo_cases_cover_what_a_demonstration_needs() -> None:
    cases = demo_cases()
    assert len(cases) == 8
    assert all(case.case_number is None and case.registered_on for case in cases)
    records = [case.service_record for case in cases if case.service_record is not None]
    assert len(records) >= 5
    assert all(record.refusal and record.conduct_statement for record in records)
    assert all(record.orders and record.colleagues_who_fled is not None for record in records)
    assert sum(case.applicant.anonymity.requested for case in cases) >= 3
    assert any(case.dependents for case in cases)
    situations = {member.situation for case in cases for member in case.family_left_behind}
    assert {
        FamilySituation.THREATENED,
        FamilySituation.IN_HIDING,
        FamilySituation.DETAINED,
    } <= situations
    reasons = {reason.category for case in cases for reason in case.flight.reasons}
    assert {
        ReasonCategory.REFUSED_UNLAWFUL_ORDER,
        ReasonCategory.CIVIL_DISOBEDIENCE,
        ReasonCategory.PROTEST_PARTICIPATION,
        ReasonCategory.POLITICAL_OPINION,
        ReasonCategory.ETHNICITY,
        ReasonCategory.RELIGION,
    } <= reasons
    for case in cases:
        statement = case.flight.statement
        assert statement is not None and statement.language == "my"
        assert statement.text and _MYANMAR.search(statement.text)
        assert statement.translation and statement.interpreter
        assert case.applicant.name_original_script
        assert _MYANMAR.search(case.applicant.name_original_script)
        assert case.crossing is not None and case.crossing.country == "IND"
        assert {consent.recipient for consent in case.consents} <= set(KNOWN_RECIPIENTS)


def test_demo_cases_are_fresh_objects_on_every_call() -> None:
    first, second = demo_cases(), demo_cases()
    assert first == second
    first[0].applicant.aliases.append("changed")
    assert first[0] != second[0]


def test_storing_every_demo_case_assigns_eight_case_numbers(
    stored: tuple[CaseService, list[str]],
) -> None:
    service, numbers = stored
    assert len(numbers) == 8
    assert len(set(numbers)) == 8
    assert all(re.fullmatch(r"CPH-202[56]-\d{4}", number) for number in numbers)
    assert service.count() == 8


def test_anonymous_demo_applicants_are_listed_under_their_pseudonym(
    stored: tuple[CaseService, list[str]],
) -> None:
    service, numbers = stored
    page = service.list_cases(CaseQuery(limit=100))
    assert page.total == 8
    by_number = {item.case_number: item for item in page.items}
    for number, case in zip(numbers, demo_cases(), strict=True):
        row = by_number[number]
        if case.applicant.anonymity.requested:
            assert row.anonymous
            assert row.display_name == case.applicant.anonymity.pseudonym
            assert case.applicant.full_name not in row.display_name
        else:
            assert not row.anonymous
            assert row.display_name == case.applicant.full_name
    pseudonyms = {item.display_name for item in page.items if item.anonymous}
    assert {"Applicant K", "Applicant S", "Applicant M"} <= pseudonyms


def test_search_finds_a_demo_case_by_a_burmese_name_fragment(
    stored: tuple[CaseService, list[str]],
) -> None:
    service, numbers = stored
    # "သက်ပိုင်" is the middle and last syllable of မင်းသက်ပိုင် (Min Thet Paing).
    found = service.search("သက်ပိုင်")
    assert [item.case_number for item in found] == [numbers[0]]
    assert found[0].display_name == "Min Thet Paing"


def test_search_by_burmese_fragment_shows_only_the_pseudonym_of_an_anonymous_case(
    stored: tuple[CaseService, list[str]],
) -> None:
    service, numbers = stored
    found = service.search("လင်းနိုင်")  # from ရဲလင်းနိုင်, whose list name is "Applicant S"
    assert [item.case_number for item in found] == [numbers[2]]
    assert found[0].display_name == "Applicant S"


def test_search_finds_demo_cases_by_a_latin_prefix(
    stored: tuple[CaseService, list[str]],
) -> None:
    service, numbers = stored
    found = service.search("thir")
    assert [item.case_number for item in found] == [numbers[3]]
    assert found[0].display_name == "Thiri Hnin Wai"
    # A place prefix matches every case that crossed in that district.
    tengnoupal = {item.case_number for item in service.search("Tengn")}
    assert tengnoupal == {numbers[2], numbers[4], numbers[6]}


def test_search_finds_a_demo_case_by_its_number(stored: tuple[CaseService, list[str]]) -> None:
    service, numbers = stored
    found = service.search(numbers[5])
    assert numbers[5] in [item.case_number for item in found]


def test_stored_demo_cases_read_back_unchanged(stored: tuple[CaseService, list[str]]) -> None:
    service, numbers = stored
    for number, case in zip(numbers, demo_cases(), strict=True):
        loaded = service.get_case(number)
        case.case_number = number
        assert loaded == case
