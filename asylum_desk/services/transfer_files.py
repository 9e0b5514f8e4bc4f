"""Import and export of cases in the interchange format v1 (all or nothing)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from asylum_desk.domain.errors import CaseExistsError, CaseNotFoundError, ValidationError
from asylum_desk.domain.model import Case
from asylum_desk.domain.validation import validate_case
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.reader import read_cases
from asylum_desk.interchange.writer import write_cases
from asylum_desk.services import access
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.attachments import AttachmentError, check_attachment
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.text_entry import normalise_text_fields
from asylum_desk.storage.case_repository import CaseRepository


def import_cases(vault: OpenVault, data: bytes | str) -> list[str]:
    """Read a whole file, then store every case in one transaction; returns the case numbers.

    Any problem (malformed file, invalid case, a case number already in the vault) rejects
    the whole file and leaves the vault exactly as it was.
    """
    cases = read_checked_cases(data)
    with vault.transaction() as session:
        return import_cases_in_session(vault, CaseRepository(session), cases)


def read_checked_cases(data: bytes | str) -> list[Case]:
    """Read a whole file and check every case (text, rules, scans) before storing any."""
    cases = read_cases(data)
    for index, case in enumerate(cases):
        normalise_text_fields(case)
        try:
            validate_case(case)
        except ValidationError as error:
            where = f"cases[{index}].{error.path}"  # a JSON path, not a sentence
            raise InterchangeError(where, error.problem) from None
        _check_attachments(case, f"cases[{index}]")
    return cases


def import_cases_in_session(
    vault: OpenVault, repository: CaseRepository, cases: Sequence[Case]
) -> list[str]:
    """Store checked cases inside the caller's transaction; a number already here refuses all."""
    service = CaseService(vault)
    clashes = repository.existing_numbers(
        [case.case_number for case in cases if case.case_number is not None]
    )
    if clashes:
        raise CaseExistsError(clashes[0])
    return [service.add_in_session(repository, copy.deepcopy(c), "import") for c in cases]


def _check_attachments(case: Case, path: str) -> None:
    """Only real PNG, JPEG and PDF scans are imported; their content decides the media type."""
    for number, attachment in enumerate(case.attachments):
        try:
            attachment.media_type = check_attachment(attachment.file_name, attachment.content)
        except AttachmentError as error:
            where = f"{path}.attachments[{number}]"  # a JSON path, not a sentence
            raise InterchangeError(where, error.args[0]) from None


def export_cases(
    vault: OpenVault,
    case_numbers: Sequence[str] | None = None,
    write: Callable[[str], None] | None = None,
) -> str:
    """The interchange document of the given cases (every case when None).

    More than one case (or all) is a bulk export: supervisors and administrators only. A
    caseworker exports one case at a time, and only one they may open. ``write`` (saving
    the document to a file) runs before the export is logged: if it fails, nothing is
    logged as exported.
    """
    with vault.transaction() as session:
        return export_cases_in_session(vault, session, case_numbers, write)[0]


def export_cases_in_session(
    vault: OpenVault,
    session: Session,
    case_numbers: Sequence[str] | None = None,
    write: Callable[[str], None] | None = None,
) -> tuple[str, list[Case]]:
    """``export_cases`` inside the caller's transaction; also returns the cases written."""
    bulk = not case_numbers or len(set(case_numbers)) > 1
    access.require(vault, session, Action.EXPORT_IN_BULK if bulk else Action.EXPORT_CASE)
    repository = CaseRepository(session)
    numbers = list(case_numbers) if case_numbers else repository.all_numbers()
    if access.visibility(vault, session) is not None:
        for number in sorted(set(numbers)):
            access.require_case(vault, repository, number, CaseAccess.FULL)
    cases = repository.load_many(numbers)
    missing = sorted(set(numbers) - {case.case_number for case in cases})
    if missing:
        raise CaseNotFoundError(missing[0])
    document = write_cases(cases)
    if write is not None:
        write(document)  # an error here rolls the audit events below back
    vault.audit(session, "export", "cases", detail=f"count={len(cases)}")
    for case in cases:
        vault.audit(session, "export", "case", case.case_number)
    return document, cases
