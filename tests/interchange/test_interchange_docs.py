"""The example and the messages in docs/interchange-format.md are true."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from asylum_desk.domain.enums import (
    CaseStatus,
    FamilySituation,
    LocationGranularity,
    ReasonCategory,
    Sex,
    Vulnerability,
)
from asylum_desk.interchange import load_schema, read_cases

DOC = Path(__file__).resolve().parents[2] / "docs" / "interchange-format.md"


def _json_blocks() -> list[str]:
    return re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_example_imports_and_is_valid() -> None:
    example = _json_blocks()[-1]
    jsonschema.Draft202012Validator(load_schema()).validate(json.loads(example))
    [case] = read_cases(example)
    assert case.case_number == "AIZ-2026-0007"
    assert case.applicant.display_name == "Applicant K"
    assert case.dependents[0].relationship == "daughter"
    assert case.family_left_behind[0].location is not None
    assert case.family_left_behind[0].location.granularity is LocationGranularity.COUNTRY
    assert case.attachments[0].content.startswith(b"\xff\xd8")


def test_every_vocabulary_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    vocabularies = (CaseStatus, Sex, ReasonCategory, Vulnerability, FamilySituation)
    for vocabulary in (*vocabularies, LocationGranularity):
        for member in vocabulary:
            assert f"`{member.value}`" in text, member
