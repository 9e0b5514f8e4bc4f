"""Duplicate detection: transliterations match, namesakes do not, access is respected.

All names are invented.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import Sex
from asylum_desk.domain.model import Case, Dependent, Person, PlaceOfOrigin
from asylum_desk.services import duplicates
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.duplicates import (
    THRESHOLD,
    find_case_duplicates,
    find_possible_duplicates,
)
from asylum_desk.services.errors import PermissionDeniedError
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from tests.services.office_staff import Staff


def person(
    name: str | None,
    born: PartialDate | None = None,
    township: str | None = None,
    burmese: str | None = None,
    sex: Sex | None = None,
) -> Person:
    origin = PlaceOfOrigin("MMR", "Sagaing", township) if township else None
    return Person(
        given_names=name,
        name_original_script=burmese,
        date_of_birth=born,
        place_of_origin=origin,
        sex=sex,
    )


class Office(Staff):
    """Cases of two caseworkers; every user role."""

    def __init__(self, admin: OpenVault, path: Path) -> None:
        super().__init__(admin, path)
        service = CaseService(admin)

        def add(caseworker: str, applicant: Person, *dependents: Dependent) -> str:
            case = Case(applicant=applicant, caseworker=caseworker, dependents=list(dependents))
            return service.create_case(case)

        self.aung = add(
            "thida",
            person("Aung Ko Ko", PartialDate(1991, 4), "Kalay", "အောင်ကိုကို", Sex.MALE),
            Dependent(
                relationship="daughter",
                given_names="Thi Da",
                date_of_birth=PartialDate(2015, 6),
            ),
        )
        self.older_thida = add("thida", person("Thida", PartialDate(1968), "Hakha", sex=Sex.FEMALE))
        self.kyaw = add("mya", person("Kyaw Zinhtet", PartialDate(1988, 11, 2), "Tamu", "ကျော်ဇင်ထက်"))
        self.myas_aung = add("mya", person("Aung Koko", PartialDate(1991), "Kalay"))


@pytest.fixture
def office(vault: OpenVault, vault_path: Path) -> Iterator[Office]:
    made = Office(vault, vault_path)
    try:
        yield made
    finally:
        made.close()


def numbers(candidates: list[duplicates.DuplicateCandidate]) -> list[str]:
    return [candidate.case_number for candidate in candidates]


def test_transliterations_with_honorific_match_with_reasons(office: Office) -> None:
    new = person("Ko Aung Koko", PartialDate(1991, 4), "Kalay", sex=Sex.MALE)
    found = find_possible_duplicates(office.admin, new)
    assert numbers(found) == [office.aung, office.myas_aung]
    best = found[0]
    assert best.position == 0 and best.name == "Aung Ko Ko"
    assert best.explanation == "names 100%, same birth month 1991-04, same township Kalay"
    assert found[1].explanation == "names 100%, same birth year 1991, same township Kalay"
    assert best.score >= found[1].score >= THRESHOLD


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Thida", "older_thida"), ("Kyaw Zin Htet", "kyaw"), ("U Kyaw Zin Htet", "kyaw")],
)
def test_each_transliteration_pair_matches(office: Office, name: str, expected: str) -> None:
    found = find_possible_duplicates(office.admin, person(name))
    assert getattr(office, expected) in numbers(found)


def test_a_dependent_is_found_too(office: Office) -> None:
    found = find_possible_duplicates(office.admin, person("Thi-da", PartialDate(2015)))
    assert [(c.case_number, c.position) for c in found] == [(office.aung, 1)]
    assert found[0].explanation == "names 100%, same birth year 2015"


def test_a_namesake_born_years_apart_elsewhere_is_not_a_duplicate(office: Office) -> None:
    namesake = person("Thida", PartialDate(1995, 2), "Kalay", sex=Sex.FEMALE)
    found = find_possible_duplicates(office.admin, namesake)
    assert found == []  # neither the Thida born 1968 in Hakha nor the Thi Da born 2015
    same_year = person("Thida", PartialDate(1968, 2), "Hakha", sex=Sex.FEMALE)
    assert numbers(find_possible_duplicates(office.admin, same_year)) == [office.older_thida]


def test_contradicting_birth_year_and_sex_push_a_same_name_below(office: Office) -> None:
    other = person("Aung Ko Ko", PartialDate(1975), "Hakha", sex=Sex.FEMALE)
    assert find_possible_duplicates(office.admin, other) == []


def test_burmese_script_names_are_compared_zawgyi_included(office: Office) -> None:
    only_burmese = person(None, burmese="ေက်ာ္ဇင္ထက္")  # Zawgyi for ကျော်ဇင်ထက်
    found = find_possible_duplicates(office.admin, only_burmese)
    assert numbers(found) == [office.kyaw]
    assert found[0].reasons == ("Burmese names 100%",)
    with_title = person("Kyaw Z. H.", burmese="ဦး ကျော်ဇင်ထက်")
    assert office.kyaw in numbers(find_possible_duplicates(office.admin, with_title))


def test_a_case_number_checks_its_applicant_against_other_cases(office: Office) -> None:
    found = find_possible_duplicates(office.admin, office.aung)
    assert numbers(found) == [office.myas_aung]


def test_a_whole_case_is_checked_applicant_and_dependents(office: Office) -> None:
    checked = find_case_duplicates(office.admin, office.aung)
    assert [(c.position, c.name) for c in checked] == [(0, "Aung Ko Ko")]
    assert numbers(checked[0].candidates) == [office.myas_aung]
    other = CaseService(office.admin).create_case(
        Case(
            applicant=person("Daw Thida", PartialDate(1968), "Hakha"),
            dependents=[Dependent(relationship="son", given_names="Aung Kyaw")],
        )
    )
    checked = find_case_duplicates(office.admin, other)
    assert [(c.position, numbers(c.candidates)) for c in checked] == [(0, [office.older_thida])]


def test_a_caseworker_never_gets_a_case_they_may_not_see(office: Office) -> None:
    thida = office.as_("thida")
    new = person("Aung Koko", PartialDate(1991), "Kalay")
    assert numbers(find_possible_duplicates(thida, new)) == [office.aung]
    for candidate in find_possible_duplicates(thida, person("Kyaw Zin Htet")):
        assert candidate.case_number not in {office.kyaw, office.myas_aung}
    assert find_possible_duplicates(thida, person("Kyaw Zin Htet")) == []
    assert numbers(find_possible_duplicates(thida, office.aung)) == []  # Mya's twin hidden
    with pytest.raises(PermissionDeniedError):
        find_possible_duplicates(thida, office.kyaw)
    with pytest.raises(PermissionDeniedError):
        find_case_duplicates(thida, office.myas_aung)
    mya = office.as_("mya")
    assert numbers(find_possible_duplicates(mya, new)) == [office.myas_aung]
    sule = office.as_("sule")
    assert numbers(find_possible_duplicates(sule, new)) == [office.aung, office.myas_aung]


def test_interpreters_may_not_check(office: Office) -> None:
    ko = office.as_("ko")
    with pytest.raises(PermissionDeniedError):
        find_possible_duplicates(ko, person("Aung Ko Ko"))


def test_the_index_sees_cases_added_after_it_was_built(office: Office) -> None:
    new = person("Nilar Win", PartialDate(1999))
    assert find_possible_duplicates(office.admin, new) == []
    added = CaseService(office.admin).create_case(Case(applicant=person("Ni Lar Winn")))
    assert numbers(find_possible_duplicates(office.admin, new)) == [added]


def test_limit_and_forgetting_the_index(office: Office) -> None:
    new = person("Aung Koko", PartialDate(1991), "Kalay")
    assert len(find_possible_duplicates(office.admin, new, limit=1)) == 1
    duplicates.forget_index(office.admin)
    assert id(office.admin) not in duplicates._INDEXES
    assert duplicates.prepare_index(office.admin) == 5  # four applicants, one daughter
    with pytest.raises(PermissionDeniedError):
        duplicates.prepare_index(office.as_("ko"))
    assert len(find_possible_duplicates(office.admin, new)) == 2


def test_locking_forgets_the_name_index(vault: OpenVault) -> None:
    from tests.conftest import PASSPHRASE

    opened = unlock(vault.place, "amara", PASSPHRASE)
    duplicates.prepare_index(opened)
    assert id(opened) in duplicates._INDEXES
    opened.close()
    assert id(opened) not in duplicates._INDEXES
