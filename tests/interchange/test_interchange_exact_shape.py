"""A file with exactly the fields of the issue's shape imports (``exact_shape.json``, invented).

The file has every field of the format as the issue states it, and none of those Asylum Desk
added; its people, places and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.domain.model import Dependent, Person
from asylum_desk.interchange import read_cases, write_cases

EXACT_SHAPE = (Path(__file__).parent / "exact_shape.json").read_text(encoding="utf-8")


def test_exact_issue_shape_imports() -> None:
    [case] = read_cases(EXACT_SHAPE)
    assert case.case_number == "AIZ-2026-0007"
    assert case.status is CaseStatus.REGISTERED
    assert case.registered_on == PartialDate(2026, 3, 10)
    assert case.vulnerabilities == [Vulnerability.TORTURE_SURVIVOR]
    applicant = case.applicant
    assert type(applicant) is Person
    assert applicant.family_name is None
    assert applicant.name_original_script == "သူရဇင်"
    assert applicant.sex is Sex.FEMALE
    assert applicant.date_of_birth == PartialDate(1994, 5)
    assert applicant.service is not None and applicant.service.rank == "constable"
    assert applicant.place_of_origin is not None
    assert applicant.place_of_origin.township == "Kalay"
    assert applicant.anonymity.requested and applicant.anonymity.pseudonym == "Applicant K"
    assert case.display_name == "Applicant K"
    [child] = case.dependents
    assert type(child) is Dependent and child.relationship == "daughter"
    assert child.date_of_birth == PartialDate(2019)
    [mother] = case.family_left_behind
    assert mother.age == 58 and mother.situation is FamilySituation.THREATENED
    assert mother.location is not None
    assert mother.location.granularity is LocationGranularity.REGION
    assert mother.last_contact == PartialDate(2026, 2) and mother.safe_to_contact is False
    assert case.flight.reasons[0].category is ReasonCategory.REFUSED_UNLAWFUL_ORDER
    assert case.flight.statement is not None and case.flight.statement.language == "my"
    assert case.flight.events[0].date == PartialDate(2026, 2, 28)
    assert case.crossing is not None and case.crossing.country == "IND"
    assert case.documents[0].kind == "police service card" and case.documents[0].held
    assert case.consents[0].recipient == "counsel" and case.consents[0].disclose_identity
    assert case.notes[0].text == "first interview"
    assert case.coi_refs[0].title == "Situation update"
    # Fields Asylum Desk added are optional and take their defaults.
    assert case.caseworker is None and case.service_record is None
    assert case.attachments == [] and case.closed_reason is None
    assert read_cases(write_cases([case])) == [case]


def test_minimal_case_needs_only_an_applicant() -> None:
    [case] = read_cases(
        '{"format": "asylum-desk.cases", "version": 1, "cases": [{"applicant": {}}]}'
    )
    assert case.applicant == Person()
    assert case.status is CaseStatus.REGISTERED
    assert case.flight.reasons == [] and case.crossing is None


def test_nulls_mean_defaults_and_empty_lists() -> None:
    document = """{"format": "asylum-desk.cases", "version": 1, "cases": [{
      "case_number": null, "status": null, "vulnerabilities": null, "dependents": null,
      "flight": null, "applicant": {"aliases": null, "anonymity": null, "sex": null},
      "family_left_behind": [{"relationship": "father", "situation": null,
                              "safe_to_contact": null, "location": {"granularity": null}}],
      "documents": [{"kind": "passport", "held": null}]}]}"""
    [case] = read_cases(document)
    assert case.status is CaseStatus.REGISTERED
    assert case.vulnerabilities == [] and case.dependents == []
    assert case.applicant == Person()
    [father] = case.family_left_behind
    assert father.situation is FamilySituation.UNKNOWN and father.safe_to_contact is False
    assert father.location is not None
    assert father.location.granularity is LocationGranularity.COUNTRY
    assert case.documents[0].held is True


def test_empty_free_text_reads_as_null() -> None:
    document = """{"format": "asylum-desk.cases", "version": 1, "cases": [{
      "caseworker": "", "applicant": {"given_names": "", "family_name": "Example"}}]}"""
    [case] = read_cases(document)
    assert case.caseworker is None
    assert case.applicant.given_names is None and case.applicant.family_name == "Example"


def test_added_fields_import() -> None:
    document = """{"format": "asylum-desk.cases", "version": 1, "cases": [{
      "caseworker": "Caseworker B", "closed_reason": "resettled",
      "applicant": {"given_names": "Example"},
      "family_left_behind": [{"relationship": "brother", "date_of_birth": "1990"}],
      "coi_refs": [{"title": "Report", "document_type": "report", "accessed_on": "2026-03-21",
                    "pinpoint": "p. 4", "supports": "risk to defectors"}],
      "service_record": {"force": "police", "joined_on": "2015", "left_on": "2021-03",
         "orders": [{"content": "disperse the crowd by force", "date": "2021-02",
                     "issuing_rank": "major"}],
         "refusal": {"what": "firing", "date": "2021-02-28", "how": "put down weapon",
                     "witnesses": "two colleagues"},
         "colleagues_who_fled": ["Colleague 1"], "crossing_helpers": []},
      "attachments": [{"file_name": "card.jpg", "media_type": "image/jpeg",
                       "description": "front", "content_base64": "AAEC/w=="}]}]}"""
    [case] = read_cases(document)
    assert case.caseworker == "Caseworker B" and case.closed_reason == "resettled"
    assert case.family_left_behind[0].date_of_birth == PartialDate(1990)
    assert case.coi_refs[0].accessed_on == PartialDate(2026, 3, 21)
    record = case.service_record
    assert record is not None and record.left_on == PartialDate(2021, 3)
    assert record.orders[0].issuing_rank == "major"
    assert record.refusal is not None and record.refusal.how == "put down weapon"
    assert case.attachments[0].content == b"\x00\x01\x02\xff"


def test_attachment_media_type_defaults() -> None:
    document = """{"format": "asylum-desk.cases", "version": 1, "cases": [{"applicant": {},
      "attachments": [{"file_name": "scan", "content_base64": ""}]}]}"""
    [case] = read_cases(document)
    assert case.attachments[0].media_type == "application/octet-stream"
    assert case.attachments[0].content == b""


def test_bytes_with_bom_and_empty_file_list() -> None:
    data = '{"format": "asylum-desk.cases", "version": 1, "cases": []}'.encode("utf-8-sig")
    assert read_cases(data) == []
