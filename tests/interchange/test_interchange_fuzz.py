"""Broken files, mutated or random, raise InterchangeError naming the place, and nothing else.

Every mutated document is also refused by the JSON Schema, so schema and reader agree.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import jsonschema
from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_desk.domain.model import Case
from asylum_desk.interchange import InterchangeError, load_schema, read_cases, write_cases
from tests.strategies import cases

VALIDATOR = jsonschema.Draft202012Validator(load_schema())
UNKNOWN = "zz_unknown"
DATE_KEYS = {
    "registered_on",
    "date_of_birth",
    "last_contact",
    "date",
    "given_on",
    "written_on",
    "accessed_on",
    "joined_on",
    "left_on",
}
ENUM_KEYS = {"status", "sex", "situation", "granularity", "category"}
REQUIRED = re.compile(
    r"^(format|version|cases|cases\[\d+\]\.applicant"
    r"|cases\[\d+\]\.family_left_behind\[\d+\]\.relationship"
    r"|cases\[\d+\]\.flight\.reasons\[\d+\]\.category"
    r"|cases\[\d+\]\.flight\.events\[\d+\]\.description"
    r"|cases\[\d+\]\.documents\[\d+\]\.kind"
    r"|cases\[\d+\]\.consents\[\d+\]\.recipient"
    r"|cases\[\d+\]\.notes\[\d+\]\.text"
    r"|cases\[\d+\]\.coi_refs\[\d+\]\.title"
    r"|cases\[\d+\]\.service_record\.orders\[\d+\]\.content"
    r"|cases\[\d+\]\.attachments\[\d+\]\.(file_name|content_base64))$"
)

Slot = tuple[str, Any, Any]  # path, container, key or index


def _slots(value: Any, path: str = "") -> list[Slot]:
    found: list[Slot] = []
    if isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}" if path else key
            found.append((child_path, value, key))
            found.extend(_slots(child, child_path))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            child_path = f"{path}[{index}]"
            found.append((child_path, value, index))
            found.extend(_slots(child, child_path))
    return found


def _objects(document: Any) -> list[tuple[str, dict[str, Any]]]:
    found = [("", document)]
    found += [(path, box[key]) for path, box, key in _slots(document) if isinstance(box[key], dict)]
    return found


def _document(case: Case) -> Any:
    return json.loads(write_cases([case]))


def _refused(document: Any) -> InterchangeError:
    assert not VALIDATOR.is_valid(document), "the schema accepts what the reader must refuse"
    try:
        read_cases(json.dumps(document, ensure_ascii=False))
    except InterchangeError as error:
        assert "\n" not in str(error)
        return error
    raise AssertionError("the reader accepted a broken document")


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


FUZZ = settings(max_examples=25, deadline=None)


@FUZZ
@given(cases(), st.data())
def test_unknown_key_is_refused(case: Case, data: st.DataObject) -> None:
    document = _document(case)
    path, obj = data.draw(st.sampled_from(_objects(document)))
    obj[UNKNOWN] = 1
    error = _refused(document)
    assert error.path == _child(path, UNKNOWN)
    assert error.problem == "unknown field"


@FUZZ
@given(cases(), st.data(), st.sampled_from([{UNKNOWN: 1}, 3.5, [[]]]))
def test_wrong_type_is_refused(case: Case, data: st.DataObject, wrong: Any) -> None:
    document = _document(case)
    path, box, key = data.draw(st.sampled_from(_slots(document)))
    box[key] = copy.deepcopy(wrong)
    error = _refused(document)
    assert error.path in {path, _child(path, UNKNOWN), f"{path}[0]"}


@FUZZ
@given(cases(), st.data())
def test_missing_required_field_is_refused(case: Case, data: st.DataObject) -> None:
    document = _document(case)
    required = [slot for slot in _slots(document) if REQUIRED.match(slot[0])]
    path, box, key = data.draw(st.sampled_from(required))
    del box[key]
    error = _refused(document)
    assert error.path == path
    assert error.problem.startswith("required field is missing")


@FUZZ
@given(cases(), st.data(), st.sampled_from(["1994-13", "2021-02-30", "1994-5", "", "May 1994"]))
def test_bad_date_is_refused(case: Case, data: st.DataObject, bad: str) -> None:
    document = _document(case)
    dates = [slot for slot in _slots(document) if slot[2] in DATE_KEYS]
    path, box, key = data.draw(st.sampled_from(dates))
    box[key] = bad
    if bad == "2021-02-30":  # the schema checks the form, the reader also the calendar
        assert VALIDATOR.is_valid(document)
        with_error = _reader_error(document)
    else:
        with_error = _refused(document)
    assert str(with_error) == f"{path}: {json.dumps(bad)} is not a date"


def _reader_error(document: Any) -> InterchangeError:
    try:
        read_cases(json.dumps(document))
    except InterchangeError as error:
        return error
    raise AssertionError("the reader accepted a broken document")


@FUZZ
@given(cases(), st.data())
def test_bad_vocabulary_word_is_refused(case: Case, data: st.DataObject) -> None:
    document = _document(case)
    words = [
        slot
        for slot in _slots(document)
        if slot[2] in ENUM_KEYS or re.search(r"\.vulnerabilities\[\d+\]$", slot[0])
    ]
    path, box, key = data.draw(st.sampled_from(words))
    box[key] = "brave"
    error = _refused(document)
    assert error.path == path
    assert error.problem.startswith('"brave" is not one of ')


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.just(10**400)
    | st.floats()
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=12,
)


def _only_interchange_errors(data: str | bytes) -> None:
    try:
        result = read_cases(data)
    except InterchangeError as error:
        assert "\n" not in str(error)
        str(error).encode("utf-8")  # printable: no unpaired surrogates
    else:
        assert isinstance(result, list)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=64) | st.text(max_size=64))
def test_any_bytes_raise_only_interchange_error(data: str | bytes) -> None:
    _only_interchange_errors(data)


@settings(max_examples=100, deadline=None)
@given(JSON_VALUES)
def test_any_json_raises_only_interchange_error(value: Any) -> None:
    _only_interchange_errors(json.dumps(value))
    _only_interchange_errors(
        json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": value})
    )
    _only_interchange_errors(
        json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": [{"applicant": value}]})
    )


@FUZZ
@given(cases(), st.data(), JSON_VALUES)
def test_any_json_anywhere_raises_only_interchange_error(
    case: Case, data: st.DataObject, value: Any
) -> None:
    document = _document(case)
    _path, box, key = data.draw(st.sampled_from(_slots(document)))
    box[key] = value
    _only_interchange_errors(json.dumps(document))
