"""Rules a case must meet before it is stored, reported with the field's path."""

from __future__ import annotations

import re

from asylum_desk.domain.case_number import CaseNumber
from asylum_desk.domain.errors import ValidationError
from asylum_desk.domain.messages import text
from asylum_desk.domain.model import Case, Person

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


def _check_person(person: Person, path: str) -> None:
    if person.anonymity.requested and not (person.anonymity.pseudonym or "").strip():
        raise ValidationError(
            f"{path}.anonymity.pseudonym", text("an anonymous person needs a pseudonym")
        )
    for index, language in enumerate(person.languages):
        if not _LANGUAGE.match(language):
            raise ValidationError(
                f"{path}.languages[{index}]",
                text("{language!r} is not an ISO 639 language code", language=language),
            )
    countries = {"nationality": person.nationality}
    if person.place_of_origin is not None:
        countries["place_of_origin.country"] = person.place_of_origin.country
    for name, country in countries.items():
        if country is not None and not _COUNTRY.match(country):
            raise ValidationError(
                f"{path}.{name}",
                text("{country!r} is not an ISO 3166 alpha-3 country code", country=country),
            )


def validate_case(case: Case) -> None:
    """Raise ValidationError for the first rule the case breaks."""
    if case.case_number is not None:
        try:
            CaseNumber.parse(case.case_number)
        except ValueError as error:
            raise ValidationError("case_number", error.args[0]) from None
    _check_person(case.applicant, "applicant")
    for index, dependent in enumerate(case.dependents):
        _check_person(dependent, f"dependents[{index}]")
    for index, member in enumerate(case.family_left_behind):
        if not member.relationship.strip():
            raise ValidationError(f"family_left_behind[{index}].relationship", text("is required"))
        if member.age is not None and not 0 <= member.age <= 130:
            raise ValidationError(
                f"family_left_behind[{index}].age", text("{age} is not an age", age=member.age)
            )
    seen: set[str] = set()
    for index, consent in enumerate(case.consents):
        if consent.recipient in seen:
            raise ValidationError(
                f"consents[{index}].recipient",
                text("{recipient!r} has two consent records", recipient=consent.recipient),
            )
        seen.add(consent.recipient)
