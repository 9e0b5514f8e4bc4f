"""The core layers' sentences reach the interface as ``Text`` (template and values kept)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_desk.domain.dates import PartialDate, PartialDateError
from asylum_desk.domain.errors import ValidationError
from asylum_desk.domain.messages import Text
from asylum_desk.domain.model import Case, Person
from asylum_desk.domain.validation import validate_case
from asylum_desk.security.errors import RecoveryKeyTypoError, WrongRecoveryKeyError
from asylum_desk.security.recovery import parse_recovery_key
from asylum_desk.services.attachments import AttachmentError, check_attachment
from asylum_desk.services.unlock_attempts import FailedAttempts, SuccessReport
from asylum_desk.storage.errors import NotAVaultError, VaultMissingError
from asylum_desk.storage.shared import SharedDatabaseError, parse_database_url
from asylum_desk.storage.vault_files import existing_vault


def _message(error: BaseException) -> Text:
    message = error.args[0]
    assert isinstance(message, Text)
    return message


def test_a_validation_problem_keeps_its_sentence_for_the_editor() -> None:
    case = Case(applicant=Person(given_names="A", languages=["english"]))
    with pytest.raises(ValidationError) as caught:
        validate_case(case)
    problem = caught.value.problem
    assert isinstance(problem, Text)
    assert problem.template == "{language!r} is not an ISO 639 language code"
    assert problem.values == {"language": "english"}
    whole = _message(caught.value)
    assert whole == "applicant.languages[0]: 'english' is not an ISO 639 language code"
    assert whole.values["problem"] is problem


def test_a_bad_case_number_is_a_sentence_with_its_value() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_case(Case(case_number="nope", applicant=Person(given_names="A")))
    assert caught.value.path == "case_number"
    problem = caught.value.problem
    assert isinstance(problem, Text)
    assert problem.template == "{value!r} is not a case number (like CPH-2026-0042)"


def test_a_wrong_date_names_the_reason_as_a_sentence_too() -> None:
    with pytest.raises(PartialDateError) as caught:
        PartialDate.parse("2023-02-30")
    message = _message(caught.value)
    assert message == "'2023-02-30' is not a date (2023-02 has no day 30)"
    assert message.template == "{value!r} is not a date ({reason})"
    assert isinstance(message.values["reason"], Text)


def test_security_defaults_and_recovery_typos_are_texts() -> None:
    assert _message(WrongRecoveryKeyError()).template == (
        "This recovery key does not open this vault."
    )
    with pytest.raises(RecoveryKeyTypoError) as caught:
        parse_recovery_key("ABCDE-FGHIJ")
    message = _message(caught.value)
    assert message.template == "The recovery key has {groups} groups; {typed} were typed."
    assert message.values == {"groups": 13, "typed": 2}


def test_vault_location_errors_are_texts(tmp_path: Path) -> None:
    with pytest.raises(VaultMissingError) as missing:
        existing_vault(tmp_path / "absent")
    assert _message(missing.value).template == "There is no vault at {path}."
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(NotAVaultError) as not_vault:
        existing_vault(tmp_path / "file.txt")
    assert _message(not_vault.value).template == (
        "{path} is not an Asylum Desk vault (a vault is a folder)."
    )


def test_database_url_refusals_are_texts() -> None:
    with pytest.raises(SharedDatabaseError) as caught:
        parse_database_url("postgresql://clerk@hq.example.org/asylum?sslmode=disable")
    message = _message(caught.value)
    assert message.values == {"mode": "disable"}
    assert message.startswith("sslmode=disable would send case data unencrypted")


def test_an_attachment_refusal_is_one_whole_sentence_naming_the_file() -> None:
    with pytest.raises(AttachmentError) as caught:
        check_attachment("scan.png", b"")
    message = _message(caught.value)
    assert message == "scan.png is empty."
    assert message.template == "{name} is empty."
    with pytest.raises(AttachmentError) as caught:
        check_attachment("notes.txt", b"hello")
    assert _message(caught.value).values == {"name": "notes.txt"}


def test_the_unlock_notice_is_a_text_of_texts() -> None:
    before = FailedAttempts(count=2, last_failure=None)
    assert before.describe() == "2 failed unlock attempts since the last unlock."
    problem = SuccessReport(FailedAttempts(count=1), "").notice()
    assert isinstance(problem, Text)
    both = SuccessReport(before, "x").notice()
    assert isinstance(both, Text) and both.template == "{attempts} {problem}"
    assert SuccessReport(FailedAttempts(), "").notice() == ""
