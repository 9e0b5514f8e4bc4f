"""Errors of the domain, each with a one-line message a person can act on."""

from asylum_desk.domain.messages import text


class DomainError(Exception):
    """Base of every error that the services report to a person."""


class ValidationError(DomainError):
    """A value breaks a rule of the case model; ``path`` names the field (``applicant.sex``)."""

    def __init__(self, path: str, problem: str) -> None:
        # The field's path is a machine name; the problem is the sentence (a ``Text``).
        super().__init__(text("{path}: {problem}", path=path, problem=problem) if path else problem)
        self.path = path
        self.problem = problem


class CaseNotFoundError(DomainError):
    """No case has the given number."""

    def __init__(self, case_number: str) -> None:
        super().__init__(
            text("There is no case {case_number} in this vault.", case_number=case_number)
        )
        self.case_number = case_number


class CaseExistsError(DomainError):
    """A case with this number is already in the vault."""

    def __init__(self, case_number: str) -> None:
        super().__init__(
            text("Case {case_number} already exists in this vault.", case_number=case_number)
        )
        self.case_number = case_number
