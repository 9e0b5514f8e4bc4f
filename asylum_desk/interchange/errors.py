"""The one error a case file can cause: where in the document, and what is wrong there."""

from __future__ import annotations

from asylum_desk.domain.errors import DomainError
from asylum_desk.domain.messages import text


class InterchangeError(DomainError):
    """A case file that cannot be read; ``path`` is its JSON path (``cases[0].applicant.sex``).

    ``path`` is empty when the problem is the file as a whole (not JSON, a newer format).
    ``problem`` is a sentence for a person (a ``Text`` the interface translates); the message
    (``args[0]``) keeps it, prefixed with the path when there is one.
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(text("{path}: {problem}", path=path, problem=problem) if path else problem)
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InterchangeError], tuple[str, str]]:
        return (type(self), (self.path, self.problem))
