from dataclasses import replace

import pytest

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import CaseStatus, FamilySituation, Vulnerability
from asylum_desk.domain.errors import CaseExistsError, CaseNotFoundError, ValidationError
from asylum_desk.domain.listing import CaseFilter, CaseQuery, SortKey
from asylum_desk.domain.model import Anonymity, Case, Crossing, Dependent, FamilyMember, Person
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from tests.conftest import CANARY_BURMESE, CANARY_NAME, canary_case


def simple_case(name: str, **changes: object) -> Case:
    case = Case(applicant=Person(given_names=name), registered_on=PartialDate(2026, 4, 2))
    return replace(case, **changes)  # type: ignore[arg-type]


def test_create_assigns_office_year_sequence_numbers(vault: OpenVault) -> None:
    service = CaseService(vault)
    first = service.create_case(simple_case("Hnin Wai"))
    second = service.create_case(simple_case("Soe Lin"))
    older = service.create_case(simple_case("Mya", registered_on=PartialDate(2025)))
    assert (first, second, older) == ("CPH-2026-0001", "CPH-2026-0002", "CPH-2025-0001")


def test_a_case_reads_back_exactly_as_stored(vault: OpenVault) -> None:
    service = CaseService(vault)
    original = canary_case()
    number = service.create_case(original)
    stored = service.get_case(number)
    assert stored == replace(original, case_number=number)


def test_given_case_number_is_kept_and_a_duplicate_is_refused(vault: OpenVault) -> None:
    service = CaseService(vault)
    assert service.create_case(simple_case("A", case_number="CPH-2021-0042")) == "CPH-2021-0042"
    with pytest.raises(CaseExistsError, match="CPH-2021-0042 already exists"):
        service.create_case(simple_case("B", case_number="CPH-2021-0042"))
    assert service.count() == 1


def test_update_close_and_add_people(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(simple_case("Thiri"))
    case = service.get_case(number)
    case.status = CaseStatus.INTERVIEWED
    case.vulnerabilities = [Vulnerability.SINGLE_PARENT]
    service.update_case(case)
    service.add_dependent(number, Dependent(given_names="Nay", relationship="son"))
    service.add_family_member(
        number, FamilyMember(relationship="father", situation=FamilySituation.DETAINED)
    )
    service.close_case(number, "resettled to a third country")
    stored = service.get_case(number)
    assert stored.status is CaseStatus.CLOSED
    assert stored.closed_reason == "resettled to a third country"
    assert stored.vulnerabilities == [Vulnerability.SINGLE_PARENT]
    assert [d.relationship for d in stored.dependents] == ["son"]
    assert stored.family_left_behind[0].situation is FamilySituation.DETAINED
    with pytest.raises(ValidationError, match="needs a reason"):
        service.close_case(number, "  ")


def test_unknown_case_is_a_clear_error(vault: OpenVault) -> None:
    with pytest.raises(CaseNotFoundError, match="There is no case CPH-2026-0999"):
        CaseService(vault).get_case("CPH-2026-0999")


def test_anonymous_applicant_needs_a_pseudonym(vault: OpenVault) -> None:
    case = simple_case("Real Name")
    case.applicant.anonymity = Anonymity(requested=True, pseudonym=None)
    with pytest.raises(ValidationError, match=r"applicant\.anonymity\.pseudonym"):
        CaseService(vault).create_case(case)
    assert CaseService(vault).count() == 0


def test_zawgyi_text_is_converted_to_unicode_on_entry(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(simple_case("Ko", applicant=Person(name_original_script="ေနာက္")))
    assert service.get_case(number).applicant.name_original_script == "နောက်"
    assert [s.case_number for s in service.search("နောက်")] == [number]


def test_list_shows_pseudonyms_sorts_filters_and_pages(vault: OpenVault) -> None:
    service = CaseService(vault)
    service.create_case(canary_case())
    for index, name in enumerate(["banyar", "Aye Chan", "Cho Zin", "Ei Mon"]):
        service.create_case(
            simple_case(
                name,
                caseworker="Ruth" if index % 2 else "Mary",
                crossing=Crossing(date=PartialDate(2026, 1, index + 1), district="Champhai"),
                status=CaseStatus.SUBMITTED if index == 3 else CaseStatus.REGISTERED,
            )
        )
    page = service.list_cases(CaseQuery(sort=SortKey.DISPLAY_NAME, limit=3))
    assert page.total == 5
    assert [item.display_name for item in page.items] == ["Applicant K", "Aye Chan", "banyar"]
    assert page.items[0].anonymous
    assert all(CANARY_NAME not in item.display_name for item in page.items)
    rest = service.list_cases(CaseQuery(sort=SortKey.DISPLAY_NAME, offset=3, limit=3))
    assert [item.display_name for item in rest.items] == ["Cho Zin", "Ei Mon"]
    latest = service.list_cases(CaseQuery(sort=SortKey.CROSSING_DATE, descending=True, limit=2))
    assert [item.display_name for item in latest.items] == ["Applicant K", "Ei Mon"]
    earliest = service.list_cases(CaseQuery(sort=SortKey.CROSSING_DATE, limit=1))
    assert earliest.items[0].display_name == "banyar"
    submitted = service.list_cases(CaseQuery(filter=CaseFilter(status=CaseStatus.SUBMITTED)))
    assert [item.display_name for item in submitted.items] == ["Ei Mon"]
    ruth = service.list_cases(CaseQuery(filter=CaseFilter(caseworker="Ruth")))
    assert ruth.total == 2


def test_vulnerability_filter(vault: OpenVault) -> None:
    service = CaseService(vault)
    service.create_case(simple_case("A", vulnerabilities=[Vulnerability.MEDICAL]))
    service.create_case(simple_case("B", vulnerabilities=[Vulnerability.ELDERLY]))
    found = service.list_cases(CaseQuery(filter=CaseFilter(vulnerability=Vulnerability.MEDICAL)))
    assert [item.display_name for item in found.items] == ["A"]


@pytest.mark.parametrize(
    "query",
    [
        "zoe",
        "ZOË",
        "kyaw",
        "Kyawswa-Lwin",
        "ကျော်",
        "စွာ",
        "cph-2026-0001",
        "Thitpyin",
        "champ",
        "Applicant K",
    ],
)
def test_search_by_number_name_script_alias_place(vault: OpenVault, query: str) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    service.create_case(simple_case("Unrelated Person"))
    assert [summary.case_number for summary in service.search(query)] == [number]


def test_search_finds_nothing_for_a_mismatch_and_stays_current(vault: OpenVault) -> None:
    service = CaseService(vault)
    number = service.create_case(canary_case())
    assert service.search("Nobodyhere") == []
    assert service.search('"') == []
    case = service.get_case(number)
    case.applicant.given_names = "Htet Aung"
    case.applicant.name_original_script = CANARY_BURMESE
    service.update_case(case)
    assert service.search("Zoe") == []
    assert [s.case_number for s in service.search("htet")] == [number]


def test_broad_search_lists_newest_first_and_narrow_search_ranks(
    vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asylum_desk.storage import case_repository

    service = CaseService(vault)
    numbers = [service.create_case(simple_case(f"Aung Myo {word}")) for word in "ABCDE"]
    exact = service.create_case(simple_case("Aung"))
    monkeypatch.setattr(case_repository, "_RANKED_MATCHES", 3)
    broad = [s.case_number for s in service.search("aung", 0, 4)]
    assert broad == [exact, *reversed(numbers)][:4]
    second_page = [s.case_number for s in service.search("aung", 4, 4)]
    assert second_page == list(reversed(numbers))[3:]
    monkeypatch.setattr(case_repository, "_RANKED_MATCHES", 1000)
    ranked = [s.case_number for s in service.search("aung", 0, 10)]
    assert ranked[0] == exact  # the shortest document with the word ranks first (bm25)
    assert sorted(ranked) == sorted([*numbers, exact])


def test_filters_give_the_same_page_whichever_index_is_used(
    vault: OpenVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asylum_desk.storage import case_repository

    service = CaseService(vault)
    for index in range(12):
        service.create_case(
            simple_case(
                f"Person {index:02d}",
                status=CaseStatus.INTERVIEWED if index % 3 else CaseStatus.REGISTERED,
                vulnerabilities=[Vulnerability.MEDICAL] if index % 2 else [],
            )
        )
    queries = [
        CaseQuery(sort=SortKey.DISPLAY_NAME, filter=CaseFilter(status=CaseStatus.INTERVIEWED)),
        CaseQuery(
            sort=SortKey.DISPLAY_NAME,
            descending=True,
            filter=CaseFilter(vulnerability=Vulnerability.MEDICAL),
        ),
    ]
    selective = [service.list_cases(query) for query in queries]
    monkeypatch.setattr(case_repository, "_SELECTIVE_FILTER", 0)
    walking = [service.list_cases(query) for query in queries]
    assert selective == walking
    assert [item.display_name for item in selective[1].items][:2] == ["Person 11", "Person 09"]
    assert selective[0].total == 8


def test_every_demo_case_can_be_saved_again_edited_and_read_back(vault: OpenVault) -> None:
    """Updating a case rewrites its child rows, one-per-case rows (service record) included."""
    from asylum_desk.services.demo_cases import demo_cases

    service = CaseService(vault)
    for case in demo_cases():
        number = service.create_case(case)
        stored = service.get_case(number)
        service.update_case(stored)  # unchanged
        assert service.get_case(number) == stored
        if stored.service_record is not None:
            stored.service_record.duties = "Edited duties."
            service.update_case(stored)
            assert service.get_case(number).service_record.duties == "Edited duties."  # type: ignore[union-attr]
            stored.service_record = None
            service.update_case(stored)
            assert service.get_case(number).service_record is None
