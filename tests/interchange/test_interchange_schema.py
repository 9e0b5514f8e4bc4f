"""The JSON Schema describes what the writer writes and refuses what the reader refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

from asylum_desk.domain.model import Case
from asylum_desk.interchange import InterchangeError, load_schema, read_cases, schema_path
from asylum_desk.interchange import format as fmt
from asylum_desk.interchange.writer import write_cases
from asylum_desk.resources import ENV_VARIABLE, resource_path
from tests.strategies import cases

SCHEMA = load_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

DEFS = {
    "case": fmt.CASE,
    "person": fmt.PERSON,
    "dependent": fmt.DEPENDENT,
    "service": fmt.SERVICE,
    "placeOfOrigin": fmt.PLACE_OF_ORIGIN,
    "anonymity": fmt.ANONYMITY,
    "familyMember": fmt.FAMILY_MEMBER,
    "familyLocation": fmt.FAMILY_LOCATION,
    "flight": fmt.FLIGHT,
    "reason": fmt.REASON,
    "statement": fmt.STATEMENT,
    "event": fmt.EVENT,
    "crossing": fmt.CROSSING,
    "document": fmt.DOCUMENT,
    "consent": fmt.CONSENT,
    "note": fmt.NOTE,
    "coiRef": fmt.COI_REF,
    "serviceRecord": fmt.SERVICE_RECORD,
    "order": fmt.ORDER,
    "refusal": fmt.REFUSAL,
    "attachment": fmt.ATTACHMENT,
}


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema_path() == resource_path("schema", "cases-v1.schema.json")
    assert schema_path().is_file()


def test_schema_objects_have_exactly_the_reader_fields() -> None:
    assert tuple(SCHEMA["properties"]) == fmt.FILE
    assert SCHEMA["additionalProperties"] is False
    for name, fields in DEFS.items():
        definition = SCHEMA["$defs"][name]
        assert tuple(definition["properties"]) == fields, name
        assert definition["additionalProperties"] is False, name


@settings(max_examples=30, deadline=None)
@given(cases())
def test_writer_output_is_valid(case: Case) -> None:
    VALIDATOR.validate(json.loads(write_cases([case])))


def test_exact_shape_is_valid() -> None:
    exact_shape = Path(__file__).parent / "exact_shape.json"
    VALIDATOR.validate(json.loads(exact_shape.read_text(encoding="utf-8")))


def _case(**fields: Any) -> dict[str, Any]:
    return {"format": "asylum-desk.cases", "version": 1, "cases": [{"applicant": {}, **fields}]}


INVALID: list[Any] = [
    [],
    {"format": "asylum-desk.cases", "version": 2, "cases": []},
    {"format": "other", "version": 1, "cases": []},
    {"format": "asylum-desk.cases", "version": 1},
    {"format": "asylum-desk.cases", "version": 1, "cases": [{}]},
    _case(status="open"),
    _case(registered_on="2021-13"),
    _case(registered_on="21"),
    _case(case_number="CPH-26-1"),
    _case(case_number="CPH-2026-00042"),
    _case(vulnerabilities=["brave"]),
    _case(vulnerabilities=[None]),
    _case(applicant={"nickname": "K"}),
    _case(applicant={"aliases": [""]}),
    _case(applicant={"nationality": "Myanmar"}),
    _case(applicant={"languages": ["MY"]}),
    _case(applicant={"sex": 1}),
    _case(family_left_behind=[{"relationship": "mother", "age": 131}]),
    _case(family_left_behind=[{"relationship": "mother", "age": 1.5}]),
    _case(family_left_behind=[{"age": 60}]),
    _case(family_left_behind=[{"relationship": ""}]),
    _case(flight={"reasons": [{"category": "boredom"}]}),
    _case(consents=[{"recipient": "Country Of Origin"}]),
    _case(notes=[{"text": None}]),
    _case(attachments=[{"file_name": "a/b", "content_base64": ""}]),
    _case(attachments=[{"file_name": "a", "content_base64": "AAA"}]),
    _case(attachments=[{"file_name": "a", "content_base64": "AA=A"}]),
    _case(attachments=[{"file_name": "a", "content_base64": "AAAA="}]),
]


@pytest.mark.parametrize("document", INVALID)
def test_invalid_documents_are_refused_by_both(document: Any) -> None:
    assert not VALIDATOR.is_valid(document)
    with pytest.raises(InterchangeError):
        read_cases(json.dumps(document))


VALID: list[Any] = [
    {"format": "asylum-desk.cases", "version": 1, "cases": []},
    _case(),
    _case(registered_on="2021", status=None, vulnerabilities=None, flight=None),
    _case(applicant={"given_names": "", "anonymity": None, "languages": ["mni", "my"]}),
    _case(family_left_behind=[{"relationship": "mother", "age": 60.0}]),
    _case(attachments=[{"file_name": "a.pdf", "media_type": None, "content_base64": "AAE="}]),
    _case(consents=[{"recipient": "unhcr_india_2"}]),
]


@pytest.mark.parametrize("document", VALID)
def test_valid_documents_are_accepted_by_both(document: Any) -> None:
    VALIDATOR.validate(document)
    read_cases(json.dumps(document))


def test_resources_can_be_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VARIABLE, str(tmp_path))
    assert resource_path("schema", "x.json") == tmp_path / "schema" / "x.json"
    monkeypatch.delenv(ENV_VARIABLE)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts") == tmp_path / "resources" / "fonts"
