"""The rules the editor shows next to the fields, checked on a built case (no widgets here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.errors import ValidationError
from asylum_desk.domain.model import Case, Person
from asylum_desk.domain.validation import validate_case
from asylum_desk.ui.editor.fields import COUNTRY_CODE, LANGUAGE_CODE
from asylum_desk.ui.editor.form import Problem
from asylum_desk.ui.editor.labels import STATUS_LABELS, label
from asylum_desk.ui.workers import translated

_ORDER = list(CaseStatus)


def at_least(status: CaseStatus, threshold: CaseStatus) -> bool:
    """Whether a case with ``status`` has reached ``threshold`` in the normal order."""
    return _ORDER.index(status) >= _ORDER.index(threshold)


def language_problem(code: str) -> str | None:
    """Why a language code is not one, or ``None``."""
    if LANGUAGE_CODE.fullmatch(code):
        return None
    return QCoreApplication.translate(
        "CaseChecks", "{code} is not a language code: use ISO 639 codes such as my, en, ctd"
    ).format(code=code)


def country_problem(code: str | None) -> str | None:
    """Why a country code is not one (``None`` and valid codes pass)."""
    if code is None or COUNTRY_CODE.fullmatch(code):
        return None
    return QCoreApplication.translate(
        "CaseChecks",
        "{code} is not a country code: use three capital letters such as MMR, IND, THA",
    ).format(code=code)


def _person(person: Person, path: str, dependent: bool) -> list[Problem]:
    found: list[Problem] = []
    if person.anonymity.requested and not (person.anonymity.pseudonym or "").strip():
        if dependent:
            message = QCoreApplication.translate(
                "CaseChecks",
                "Enter a pseudonym: an anonymous dependent is shown by it everywhere else",
            )
        else:
            message = QCoreApplication.translate(
                "CaseChecks",
                "Enter a pseudonym: an anonymous applicant is shown by it everywhere else",
            )
        found.append((f"{path}.anonymity.pseudonym", message))
    for index, language in enumerate(person.languages):
        message = language_problem(language)
        if message:
            found.append((f"{path}.languages[{index}]", message))
    countries = [("nationality", person.nationality)]
    if person.place_of_origin is not None:
        countries.append(("place_of_origin.country", person.place_of_origin.country))
    for key, code in countries:
        message = country_problem(code)
        if message:
            found.append((f"{path}.{key}", message))
    return found


def _required(items: list[object], path: str, key: str, message: str) -> list[Problem]:
    """``message`` (translated) for each item whose ``key`` is empty."""
    return [
        (f"{path}[{index}].{key}", message)
        for index, item in enumerate(items)
        if not str(getattr(item, key) or "").strip()
    ]


def case_problems(case: Case) -> list[Problem]:
    """Every rule a case breaks, in the order of the editor's sections."""
    translate = QCoreApplication.translate
    found = _person(case.applicant, "applicant", dependent=False)
    for index, dependent in enumerate(case.dependents):
        found += _person(dependent, f"dependents[{index}]", dependent=True)
    family = case.family_left_behind
    found += _required(
        list(family),
        "family_left_behind",
        "relationship",
        translate("CaseChecks", "The relationship is required"),
    )
    for index, member in enumerate(family):
        if member.age is not None and not 0 <= member.age <= 130:
            message = translate("CaseChecks", "{age} is not an age: 0–130").format(age=member.age)
            found.append((f"family_left_behind[{index}].age", message))
        if member.location is not None:
            message = country_problem(member.location.country)
            if message:
                found.append((f"family_left_behind[{index}].location.country", message))
    statement = case.flight.statement
    if statement is not None and statement.language:
        message = language_problem(statement.language)
        if message:
            found.append(("flight.statement.language", message))
    if at_least(case.status, CaseStatus.STATEMENT_DRAFTED) and not (
        statement is not None and (statement.text or "").strip()
    ):
        status = label(STATUS_LABELS[CaseStatus.STATEMENT_DRAFTED])
        message = translate("CaseChecks", "The statement is required from “{status}” on")
        found.append(("flight.statement.text", message.format(status=status)))
    found += _required(
        list(case.flight.events),
        "flight.events",
        "description",
        translate("CaseChecks", "What happened is required"),
    )
    if case.service_record is not None:
        found += _required(
            list(case.service_record.orders),
            "service_record.orders",
            "content",
            translate("CaseChecks", "The order is required"),
        )
    if case.crossing is not None:
        message = country_problem(case.crossing.country)
        if message:
            found.append(("crossing.country", message))
    found += _required(
        list(case.documents),
        "documents",
        "kind",
        translate("CaseChecks", "The kind of document is required"),
    )
    if at_least(case.status, CaseStatus.PACKET_READY) and not case.consents:
        status = label(STATUS_LABELS[CaseStatus.PACKET_READY])
        message = translate(
            "CaseChecks",
            "At least one consent is required from “{status}” on: "
            "record what the applicant agreed to",
        )
        found.append(("consents", message.format(status=status)))
    found += _required(
        list(case.notes), "notes", "text", translate("CaseChecks", "The note is required")
    )
    try:
        validate_case(case)
    except ValidationError as error:
        if not any(path == error.path for path, _ in found):
            # A services' sentence (``Text``) in the interface language, else as given.
            found.append((error.path, translated(error.problem)))
    return found
