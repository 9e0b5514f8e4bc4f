"""Writing then reading gives the same cases; the writer's output is fixed and complete."""

from __future__ import annotations

import json

from hypothesis import given, settings

from asylum_desk.domain.model import Case, Dependent, Person
from asylum_desk.interchange import format as fmt
from asylum_desk.interchange import read_cases, write_cases
from tests.strategies import case_lists, cases

FIELDS_BY_PATH_END = {
    "case": fmt.CASE,
    "applicant": fmt.PERSON,
    "dependents": fmt.DEPENDENT,
    "family_left_behind": fmt.FAMILY_MEMBER,
    "flight": fmt.FLIGHT,
    "crossing": fmt.CROSSING,
    "documents": fmt.DOCUMENT,
    "consents": fmt.CONSENT,
    "notes": fmt.NOTE,
    "coi_refs": fmt.COI_REF,
    "service_record": fmt.SERVICE_RECORD,
    "attachments": fmt.ATTACHMENT,
    "service": fmt.SERVICE,
    "place_of_origin": fmt.PLACE_OF_ORIGIN,
    "anonymity": fmt.ANONYMITY,
    "location": fmt.FAMILY_LOCATION,
    "reasons": fmt.REASON,
    "statement": fmt.STATEMENT,
    "events": fmt.EVENT,
    "orders": fmt.ORDER,
    "refusal": fmt.REFUSAL,
}


@settings(max_examples=60, deadline=None)
@given(cases())
def test_read_write_round_trip(case: Case) -> None:
    text = write_cases([case])
    back = read_cases(text)
    assert back == [case]
    assert write_cases(back) == text


@settings(max_examples=20, deadline=None)
@given(case_lists())
def test_case_lists_round_trip(items: list[Case]) -> None:
    numbers = [case.case_number for case in items]
    assert None not in numbers and len(set(numbers)) == len(numbers)
    text = write_cases(items)
    assert read_cases(text) == items
    assert read_cases(text.encode("utf-8")) == items


def _objects(value: object, name: str) -> list[tuple[str, dict[str, object]]]:
    found: list[tuple[str, dict[str, object]]] = []
    if isinstance(value, dict):
        found.append((name, value))
        for key, child in value.items():
            found.extend(_objects(child, key))
    elif isinstance(value, list):
        for item in value:
            found.extend(_objects(item, name))
    return found


@settings(max_examples=30, deadline=None)
@given(cases())
def test_writer_writes_every_field_in_order(case: Case) -> None:
    document = json.loads(write_cases([case]))
    assert list(document) == list(fmt.FILE)
    [written] = document["cases"]
    for name, obj in _objects(written, "case"):
        assert tuple(obj) == FIELDS_BY_PATH_END[name], name


def test_writer_output_is_fixed() -> None:
    case = Case(applicant=Person(given_names="Zoë"), dependents=[Dependent(relationship="son")])
    text = write_cases([case])
    assert text.endswith("}\n") and "Zoë" in text
    assert text.startswith('{\n  "format": "asylum-desk.cases",\n  "version": 1,\n  "cases": [')
    assert '"family_name": null' in text and '"aliases": []' in text
    assert text == write_cases([case])


def test_no_cases() -> None:
    text = write_cases([])
    assert json.loads(text) == {"format": "asylum-desk.cases", "version": 1, "cases": []}
    assert read_cases(text) == []
