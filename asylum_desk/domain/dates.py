"""Dates that may be known only to the year or month (``1994``, ``1994-05``, ``1994-05-17``)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from asylum_desk.domain.messages import text

_PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


class PartialDateError(ValueError):
    """A text that is not a (partial) ISO 8601 date."""


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A calendar date whose month and day may be unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise PartialDateError(text("{year} is not a year", year=self.year))
        if self.month is None:
            if self.day is not None:
                raise PartialDateError(text("a day needs a month"))
            return
        if not 1 <= self.month <= 12:
            raise PartialDateError(text("{month} is not a month", month=self.month))
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise PartialDateError(
                    text(
                        "{year:04d}-{month:02d} has no day {day}",
                        year=self.year,
                        month=self.month,
                        day=self.day,
                    )
                )

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise PartialDateError otherwise."""
        match = _PATTERN.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            raise PartialDateError(
                text("{value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", value=value)
            )
        year, month, day = match.groups()
        try:
            return cls(int(year), int(month) if month else None, int(day) if day else None)
        except PartialDateError as error:
            raise PartialDateError(
                text("{value!r} is not a date ({reason})", value=value, reason=error.args[0])
            ) from None

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        """A complete date."""
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        """Whether year, month and day are all known."""
        return self.day is not None

    def earliest(self) -> date:
        """The first day this partial date can mean (for sorting and ranges)."""
        return date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_optional(text: str | None) -> PartialDate | None:
    """Parse a partial date, keeping ``None`` (and empty text) as unknown."""
    if text is None or not text.strip():
        return None
    return PartialDate.parse(text)


def format_optional(value: PartialDate | None) -> str | None:
    """The ISO text of a partial date, or ``None``."""
    return None if value is None else str(value)
