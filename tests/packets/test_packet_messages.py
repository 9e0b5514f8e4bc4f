"""Packet and case-file messages reach a person as ``Text``: the interface can translate them.

The English sentence stays as it was (the command line and logs read it); the template and
its values are what the interface looks up in its catalogue.
"""

from __future__ import annotations

import json
import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.messages import Text
from asylum_desk.interchange import format as fmt
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.loading import load_json
from asylum_desk.interchange.reader import read_cases
from asylum_desk.packets.compose import DOCUMENT_CHOICES, completeness_problems, compose_packet
from asylum_desk.packets.document import PacketDocument
from asylum_desk.packets.render import PacketRenderError, render_packet
from asylum_desk.packets.templates import TemplateError, load_applicant_wording, load_profile
from asylum_desk.resources import resource_path
from asylum_desk.services import packets as packet_service
from asylum_desk.ui.workers import error_message, translated
from tests.conftest import canary_case


def _case_file(**case: object) -> str:
    return json.dumps({"format": fmt.FORMAT_NAME, "version": fmt.FORMAT_VERSION, "cases": [case]})


def _problem(error: pytest.ExceptionInfo[InterchangeError]) -> Text:
    message = error.value.args[0]
    assert isinstance(message, Text)
    return message


# ---- case files ---------------------------------------------------------------------------


def test_a_file_that_is_not_json_names_line_and_column() -> None:
    with pytest.raises(InterchangeError) as caught:
        load_json('{"format": ')
    message = _problem(caught)
    assert message.template == "not a JSON file (line {line}, column {column}: {reason})"
    assert message.values["line"] == 1
    assert message.values["column"] == 12
    assert message == "not a JSON file (line 1, column 12: Expecting value)"


def test_a_json_constant_is_refused_with_its_name() -> None:
    with pytest.raises(InterchangeError) as caught:
        load_json('{"x": NaN}')
    message = _problem(caught)
    assert message.template == "not a JSON file ({reason})"
    reason = message.values["reason"]
    assert isinstance(reason, Text) and reason.template == "{name} is not a JSON number"
    assert message == "not a JSON file (NaN is not a JSON number)"


def test_a_field_of_the_wrong_kind_names_its_path_and_both_kinds() -> None:
    with pytest.raises(InterchangeError) as caught:
        read_cases(_case_file(case_number=42))
    message = _problem(caught)
    assert message.template == "{path}: {problem}"
    assert message.values["path"] == "cases[0].case_number"
    problem = message.values["problem"]
    assert isinstance(problem, Text) and problem.template == "expected {expected}, got {kind}"
    assert problem.values["kind"] == "a number" and isinstance(problem.values["kind"], Text)
    expected = problem.values["expected"]
    assert isinstance(expected, Text) and expected.template == "text ({what})"
    assert caught.value.problem is problem
    assert caught.value.path == "cases[0].case_number"
    assert message == (
        "cases[0].case_number: expected text (a case number (like CPH-2026-0042)), got a number"
    )


def test_an_unknown_field_and_a_newer_version_are_sentences() -> None:
    with pytest.raises(InterchangeError) as caught:
        read_cases(_case_file(favourite_colour="blue"))
    problem = _problem(caught).values["problem"]
    assert isinstance(problem, Text) and problem.template == "unknown field"
    newer = json.dumps({"format": fmt.FORMAT_NAME, "version": fmt.FORMAT_VERSION + 1, "cases": []})
    with pytest.raises(InterchangeError) as caught:
        read_cases(newer)
    message = _problem(caught)
    assert message.template.startswith("this file was written by a newer version")
    assert message.values == {"version": fmt.FORMAT_VERSION + 1}


def test_a_choice_outside_the_vocabulary_lists_the_words() -> None:
    with pytest.raises(InterchangeError) as caught:
        read_cases(_case_file(status="lost"))
    problem = _problem(caught).values["problem"]
    assert isinstance(problem, Text)
    assert problem.template == "{value} is not one of {words}"
    assert problem.values["value"] == '"lost"'


def test_an_interchange_error_survives_pickling_with_its_sentence() -> None:
    with pytest.raises(InterchangeError) as caught:
        read_cases(_case_file(case_number=42))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy.args[0], Text)
    assert copy.args[0].template == "{path}: {problem}"
    assert str(copy) == str(caught.value)


# ---- templates and packets -----------------------------------------------------------------


def test_an_unknown_recipient_is_a_sentence() -> None:
    with pytest.raises(TemplateError) as caught:
        load_profile("nobody")
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message.template == "Unknown recipient {recipient!r} (known: {known})."
    assert message.startswith("Unknown recipient 'nobody' (known: ")


def test_a_broken_template_names_file_and_key(tmp_path: Path) -> None:
    shutil.copy(resource_path("templates") / "government.en.json", tmp_path)
    path = tmp_path / "government.en.json"
    data = json.loads(path.read_text("utf-8"))
    data["label"] = " "
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(TemplateError) as caught:
        load_profile("government", folder=tmp_path)
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message.template == "Template {file}: {key!r} must be a non-empty text."
    assert message.values == {"file": "government.en.json", "key": "label"}
    assert message == "Template government.en.json: 'label' must be a non-empty text."


def test_missing_applicant_wording_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_applicant_wording("xx", folder=tmp_path)
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message == "There is no applicant wording in 'xx' (applicant.xx.json)."


def test_unknown_documents_and_declaration_languages_are_sentences() -> None:
    case = canary_case()
    with pytest.raises(ValueError) as caught:
        compose_packet(
            case, "unhcr", office_name="O", caseworker="c", packet_date=date(2026, 1, 2),
            include=["poems"],
        )  # fmt: skip
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message == "A packet has no document called poems."
    with pytest.raises(ValueError) as caught:
        compose_packet(
            case, "unhcr", office_name="O", caseworker="c", packet_date=date(2026, 1, 2),
            language="zz",
        )  # fmt: skip
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message.template == "There is no declaration wording in {language!r} ({known})."


def test_an_empty_packet_is_refused_with_a_sentence() -> None:
    empty = PacketDocument("C-1", date(2024, 5, 6), "Office", "UNHCR", "Confidential", "Index", ())
    with pytest.raises(PacketRenderError) as caught:
        render_packet(empty)
    assert caught.value.args[0] == "The packet has no documents to print."
    assert isinstance(caught.value.args[0], Text)


def test_a_short_file_password_names_the_minimum() -> None:
    with pytest.raises(ValueError) as caught:
        packet_service.encrypt_pdf(b"%PDF", "short")
    message = caught.value.args[0]
    assert isinstance(message, Text)
    assert message.values == {"count": packet_service.MIN_PASSWORD_LENGTH}


def test_labels_for_the_dialogs_are_texts() -> None:
    assert all(isinstance(choice.title, Text) for choice in DOCUMENT_CHOICES)
    assert all(isinstance(label, Text) for _, label in packet_service.declaration_languages())
    assert isinstance(packet_service.LETTER_LANGUAGE_LABELS["en"], Text)
    case = canary_case()
    case.consents = []
    problems = completeness_problems(case, "government")
    assert "No consent is recorded for this recipient." in problems
    assert all(isinstance(problem, Text) for problem in problems)


# ---- in the interface ------------------------------------------------------------------------


class _Upper(QTranslator):
    """A stand-in catalogue: every services' template in capitals, placeholders kept."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Services":
            return ""
        return "".join(part if part.startswith("{") else part.upper() for part in _split(source))


def _split(template: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in template:
        if char == "{" and depth == 0:
            parts.append(current)
            current, depth = char, 1
        elif char == "}" and depth == 1:
            parts.append(current + char)
            current, depth = "", 0
        else:
            current += char
    parts.append(current)
    return parts


def test_the_interface_translates_the_problem_inside_an_import_error(qapp: object) -> None:
    translator = _Upper()
    QCoreApplication.installTranslator(translator)
    try:
        with pytest.raises(InterchangeError) as caught:
            read_cases(_case_file(case_number=None, status=7))
        shown = error_message(caught.value)
        assert translated(DOCUMENT_CHOICES[0].title) == "COVER LETTER"
    finally:
        QCoreApplication.removeTranslator(translator)
    # the path and the vocabulary stay as they are; the problem and the kinds are translated
    words = ", ".join(status.value for status in CaseStatus)
    assert shown == f"cases[0].status: EXPECTED ONE OF {words}, GOT A NUMBER"
