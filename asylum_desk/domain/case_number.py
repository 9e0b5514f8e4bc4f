"""Case numbers: office code, year and a sequence, e.g. ``CPH-2026-0042``.

A case number is never derived from a name or a birth date, so it may appear on every page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from asylum_desk.domain.messages import text

_OFFICE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
_NUMBER = re.compile(r"^([A-Z][A-Z0-9]{1,7})-(\d{4})-(\d{4,6})$")


def is_valid_office_code(code: str) -> bool:
    """Whether ``code`` can start a case number (2–8 capital letters or digits)."""
    return bool(_OFFICE.match(code))


@dataclass(frozen=True, slots=True)
class CaseNumber:
    """The parts of a case number."""

    office: str
    year: int
    sequence: int

    @classmethod
    def parse(cls, value: str) -> CaseNumber:
        """Read ``OFFICE-YYYY-NNNN``; raise ValueError with a readable message otherwise."""
        match = _NUMBER.match(value.strip().upper()) if isinstance(value, str) else None
        if match is None:
            raise ValueError(
                text("{value!r} is not a case number (like CPH-2026-0042)", value=value)
            )
        office, year, sequence = match.groups()
        return cls(office, int(year), int(sequence))

    def __str__(self) -> str:
        return f"{self.office}-{self.year:04d}-{self.sequence:04d}"
