"""Each kind of problem gives a one-line message naming the JSON path."""

from __future__ import annotations

import json
from typing import Any

import pytest

from asylum_desk.domain.errors import DomainError
from asylum_desk.interchange import InterchangeError, read_cases


def _file(*cases: dict[str, Any], **top: Any) -> str:
    document: dict[str, Any] = {"format": "asylum-desk.cases", "version": 1, "cases": list(cases)}
    document.update(top)
    return json.dumps(document, ensure_ascii=False)


def _error(data: str | bytes) -> InterchangeError:
    with pytest.raises(InterchangeError) as caught:
        read_cases(data)
    message = str(caught.value)
    assert "\n" not in message
    return caught.value


OK: dict[str, Any] = {"applicant": {}}


def test_bad_date_names_the_path_exactly() -> None:
    bad = {"applicant": {"date_of_birth": "1994-13"}}
    error = _error(_file(OK, OK, OK, bad))
    assert str(error) == 'cases[3].applicant.date_of_birth: "1994-13" is not a date'
    assert error.path == "cases[3].applicant.date_of_birth"
    assert error.problem == '"1994-13" is not a date'
    assert isinstance(error, DomainError)


@pytest.mark.parametrize("text", ["2021-02-30", "21-03", "2021/03/01", " 2021", "0000", "१९९४"])
def test_other_bad_dates(text: str) -> None:
    error = _error(_file({"applicant": {}, "registered_on": text}))
    assert (
        str(error)
        == f"cases[0].registered_on: {json.dumps(text, ensure_ascii=False)} is not a date"
    )


def test_unknown_field() -> None:
    error = _error(_file({"applicant": {"nickname": "K"}}))
    assert str(error) == "cases[0].applicant.nickname: unknown field"


def test_unknown_field_with_odd_name() -> None:
    error = _error(_file({"applicant": {}, "two words": 1}))
    assert str(error) == 'cases[0]["two words"]: unknown field'


def test_unknown_top_level_field() -> None:
    assert str(_error(_file(extra=True))) == "extra: unknown field"


def test_not_json() -> None:
    message = str(_error('{\n  "format": "asylum-desk.cases",\n\n    oops\n}'))
    assert message.startswith("not a JSON file (line 4, column 5: ")


@pytest.mark.parametrize(
    "data",
    [b"", b"\xff\xfe\xfa", "[1, 2", "NaN", '{"version": Infinity}', "1" * 5000, "[" * 100_000],
)
def test_not_json_at_all(data: str | bytes) -> None:
    error = _error(data)
    assert error.path == ""
    assert str(error).startswith("not a JSON file (")


def test_not_a_case_file() -> None:
    assert str(_error("[]")) == "not an Asylum Desk case file (the file holds a list)"
    message = str(_error('{"format": "other", "version": 1, "cases": []}'))
    assert (
        message
        == 'format: expected "asylum-desk.cases", got "other" (not an Asylum Desk case file)'
    )
    assert str(_error('{"cases": []}')).startswith("format: required field is missing")


def test_newer_version() -> None:
    error = _error(_file(version=2, newer_field={"anything": 1}))
    assert (
        str(error) == "this file was written by a newer version of Asylum Desk (format version 2)"
    )


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("1", 'version: expected 1, got "1"'),
        (0, "version: 0 is not a format version (expected 1)"),
        (True, "version: expected 1, got true"),
        (1.5, "version: expected 1, got a number"),
        (10**400, f"version: {'1' + '0' * 38}… is not a format version (expected 1)"),
        (1e300, f"version: {str(int(1e300))[:39]}… is not a format version (expected 1)"),
        (1.0, None),
    ],
)
def test_bad_version(version: object, message: str | None) -> None:
    if message is None:
        assert read_cases(_file(version=version)) == []
    else:
        assert str(_error(_file(version=version))).startswith(message)


def test_version_missing() -> None:
    assert str(_error('{"format": "asylum-desk.cases", "cases": []}')) == (
        "version: required field is missing"
    )


def test_cases_missing_or_null() -> None:
    assert str(_error('{"format": "asylum-desk.cases", "version": 1}')) == (
        "cases: required field is missing"
    )
    assert str(_error(_file(cases=None))) == "cases: cannot be null"
    assert str(_error(_file(cases={}))) == "cases: expected a list, got an object"


def test_vocabulary() -> None:
    error = _error(_file({"applicant": {}, "vulnerabilities": ["medical", "brave"]}))
    assert str(error) == (
        'cases[0].vulnerabilities[1]: "brave" is not one of torture_survivor, medical, '
        "disability, single_parent, child, unaccompanied_minor, elderly, pregnant, "
        "sgbv_survivor, other"
    )


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ({}, "cases[0].applicant: required field is missing"),
        ({"applicant": None}, "cases[0].applicant: cannot be null"),
        ({"applicant": []}, "cases[0].applicant: expected an object, got a list"),
        ({"applicant": {}, "vulnerabilities": [1]}, "cases[0].vulnerabilities[0]: expected one of"),
        (
            {"applicant": {}, "vulnerabilities": [None]},
            "cases[0].vulnerabilities[0]: cannot be null",
        ),
        (
            {"applicant": {"given_names": 5}},
            "cases[0].applicant.given_names: expected text, got a number",
        ),
        ({"applicant": {"aliases": "K"}}, "cases[0].applicant.aliases: expected a list, got text"),
        ({"applicant": {"aliases": [""]}}, "cases[0].applicant.aliases[0]: cannot be empty"),
        (
            {"applicant": {"sex": "f"}},
            'cases[0].applicant.sex: "f" is not one of female, male, other, unknown',
        ),
        (
            {"applicant": {"nationality": "mm"}},
            'cases[0].applicant.nationality: "mm" is not a country code',
        ),
        (
            {"applicant": {"languages": ["MY"]}},
            'cases[0].applicant.languages[0]: "MY" is not a language code',
        ),
        (
            {"applicant": {"anonymity": {"requested": "yes"}}},
            "cases[0].applicant.anonymity.requested: expected true or false, got text",
        ),
        (
            {"applicant": {}, "case_number": "cph-2026-0042"},
            'cases[0].case_number: "cph-2026-0042" is not a case number',
        ),
        (
            {"applicant": {}, "case_number": "CPH-2026-00042"},
            'cases[0].case_number: "CPH-2026-00042" is not a case number',
        ),
        (
            {"applicant": {}, "status": "open"},
            'cases[0].status: "open" is not one of registered, interviewed,',
        ),
        (
            {"applicant": {}, "family_left_behind": [{}]},
            "cases[0].family_left_behind[0].relationship: required field is missing",
        ),
        (
            {"applicant": {}, "family_left_behind": [{"relationship": ""}]},
            "cases[0].family_left_behind[0].relationship: cannot be empty",
        ),
        (
            {"applicant": {}, "family_left_behind": [{"relationship": "x", "age": 131}]},
            "cases[0].family_left_behind[0].age: 131 is not between 0 and 130",
        ),
        (
            {"applicant": {}, "family_left_behind": [{"relationship": "x", "age": 5.5}]},
            "cases[0].family_left_behind[0].age: 5.5 is not a whole number",
        ),
        (
            {"applicant": {}, "family_left_behind": [{"relationship": "x", "age": True}]},
            "cases[0].family_left_behind[0].age: expected a whole number, got true",
        ),
        (
            {
                "applicant": {},
                "family_left_behind": [
                    {"relationship": "x", "location": {"granularity": "street"}}
                ],
            },
            "cases[0].family_left_behind[0].location.granularity: "
            '"street" is not one of country, region, exact',
        ),
        (
            {"applicant": {}, "flight": {"reasons": [{"detail": "x"}]}},
            "cases[0].flight.reasons[0].category: required field is missing",
        ),
        (
            {"applicant": {}, "flight": {"events": [{"date": "2021"}]}},
            "cases[0].flight.events[0].description: required field is missing",
        ),
        (
            {"applicant": {}, "flight": {"statement": {"language": "burmese"}}},
            'cases[0].flight.statement.language: "burmese" is not a language code',
        ),
        (
            {"applicant": {}, "documents": [{"kind": None}]},
            "cases[0].documents[0].kind: cannot be null",
        ),
        (
            {"applicant": {}, "consents": [{"recipient": "Junta Police"}]},
            'cases[0].consents[0].recipient: "Junta Police" is not a recipient',
        ),
        ({"applicant": {}, "notes": [None]}, "cases[0].notes[0]: cannot be null"),
        ({"applicant": {}, "notes": [{}]}, "cases[0].notes[0].text: required field is missing"),
        (
            {"applicant": {}, "coi_refs": [{"url": "x"}]},
            "cases[0].coi_refs[0].title: required field is missing",
        ),
        (
            {"applicant": {}, "service_record": {"orders": [{}]}},
            "cases[0].service_record.orders[0].content: required field is missing",
        ),
        (
            {"applicant": {}, "attachments": [{"file_name": "../x", "content_base64": ""}]},
            'cases[0].attachments[0].file_name: "../x" is not a file name',
        ),
        (
            {"applicant": {}, "attachments": [{"file_name": "..", "content_base64": ""}]},
            'cases[0].attachments[0].file_name: ".." is not a file name',
        ),
        (
            {"applicant": {}, "attachments": [{"file_name": "a", "content_base64": "AAA"}]},
            "cases[0].attachments[0].content_base64: is not base64",
        ),
        (
            {"applicant": {}, "attachments": [{"file_name": "a", "content_base64": "AA A"}]},
            'cases[0].attachments[0].content_base64: "AA A" is not base64',
        ),
        (
            {"applicant": {}, "attachments": [{"file_name": "a"}]},
            "cases[0].attachments[0].content_base64: required field is missing",
        ),
        (
            {"applicant": {"contact": "\ud800"}},
            "cases[0].applicant.contact: contains an unpaired UTF-16 surrogate",
        ),
    ],
)
def test_messages(case: dict[str, Any], message: str) -> None:
    assert str(_error(_file(case))).startswith(message)


def test_repeated_key() -> None:
    data = (
        '{"format": "asylum-desk.cases", "version": 1,'
        ' "cases": [{"applicant": {"sex": "male", "sex": "female"}}]}'
    )
    assert str(_error(data)) == "cases[0].applicant.sex: appears more than once"


def test_messages_can_always_be_printed() -> None:
    error = _error(_file({"applicant": {"\ud800": 1}}))
    assert str(error) == 'cases[0].applicant["\\ud800"]: unknown field'
    error = _error(_file({"applicant": {}, "status": "\udc00"}))
    assert str(error).startswith('cases[0].status: "\\udc00" is not one of')


def test_duplicate_case_numbers() -> None:
    first = {"applicant": {}, "case_number": "CPH-2026-0042"}
    error = _error(_file(first, OK, first))
    assert str(error) == 'cases[2].case_number: "CPH-2026-0042" is also the case number of cases[0]'


def test_long_values_are_shortened() -> None:
    error = _error(_file({"applicant": {}, "status": "x" * 500}))
    assert len(str(error)) < 200
    member = {"relationship": "son", "age": 10**400}
    error = _error(_file({"applicant": {}, "family_left_behind": [member]}))
    assert str(error).endswith("… is not between 0 and 130")
    assert len(str(error)) < 200


def test_all_or_nothing() -> None:
    good = {"applicant": {"given_names": "Example"}, "case_number": "CPH-2026-0001"}
    with pytest.raises(InterchangeError):
        read_cases(_file(good, good | {"case_number": "CPH-2026-0002", "status": "lost"}))


def test_error_survives_pickling() -> None:
    import pickle

    error = InterchangeError("cases[0]", "unknown field")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.problem, str(copy)) == (error.path, error.problem, str(error))
    assert str(InterchangeError("", "not a JSON file (x)")) == "not a JSON file (x)"
