"""Read one JSON object of a case file field by field, naming the JSON path of any problem.

Every text goes through ``to_unicode`` (Zawgyi to Unicode, NFC). Free text may be empty,
which means the same as null; codes, dates and required texts may not.
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections.abc import Collection, Iterator
from typing import TypeVar

from asylum_desk.domain.dates import PartialDate, PartialDateError
from asylum_desk.domain.messages import text
from asylum_desk.interchange import format as fmt
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.loading import JsonObject
from asylum_desk.text.burmese import to_unicode

E = TypeVar("E", bound=enum.Enum)

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN_LENGTH = 40


def kind_of(value: object) -> str:
    """Name the JSON kind of a value, for messages (``a number``, ``text``...).

    JSON's own words (null, true, false) stay as they are; the others are ``Text``.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return text("a number")
    if isinstance(value, str):
        return text("text")
    if isinstance(value, list):
        return text("a list")
    return text("an object")


def show(value: str) -> str:
    """Quote a text as JSON does, on one line, shortened if long, surrogates escaped."""
    if len(value) > _SHOWN_LENGTH:
        value = value[: _SHOWN_LENGTH - 1] + "…"
    quoted = json.dumps(value, ensure_ascii=False)
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", quoted)


def show_number(value: float) -> str:
    """Write a number for a message, shortened if long."""
    written = repr(value)
    return written if len(written) <= _SHOWN_LENGTH else written[: _SHOWN_LENGTH - 1] + "…"


def child_path(path: str, key: str) -> str:
    """Return the path of field ``key`` of the object at ``path``."""
    if not _IDENTIFIER.fullmatch(key):
        return f"{path}[{show(key)}]"
    return f"{path}.{key}" if path else key


def _wrong(path: str, expected: str, value: object) -> InterchangeError:
    """``expected`` is a ``Text`` naming what the field holds (``a list``...)."""
    return InterchangeError(
        path, text("expected {expected}, got {kind}", expected=expected, kind=kind_of(value))
    )


def read_text(value: object, path: str) -> str | None:
    """Read free text or null; empty text is null."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong(path, text("text"), value)
    if _SURROGATE.search(value):
        problem = text("contains an unpaired UTF-16 surrogate (\\ud800-\\udfff)")
        raise InterchangeError(path, problem)
    return to_unicode(value) or None


def read_required_text(value: object, path: str) -> str:
    """Read free text that must be there and not be empty."""
    if value is None:
        raise InterchangeError(path, text("cannot be null"))
    read = read_text(value, path)
    if read is None:
        raise InterchangeError(path, text("cannot be empty"))
    return read


def read_code(value: object, path: str, pattern: re.Pattern[str], what: str) -> str | None:
    """Read a code such as a country or language code, or null."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong(path, text("text ({what})", what=what), value)
    if not pattern.fullmatch(value):
        raise InterchangeError(path, text("{value} is not {what}", value=show(value), what=what))
    return value


def read_date(value: object, path: str) -> PartialDate | None:
    """Read a partial ISO 8601 date (``1994``, ``1994-05``, ``1994-05-17``) or null."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong(path, text("a date as text (YYYY, YYYY-MM or YYYY-MM-DD)"), value)
    if not fmt.DATE.fullmatch(value):
        raise InterchangeError(path, text("{value} is not a date", value=show(value)))
    try:
        return PartialDate.parse(value)
    except PartialDateError:
        raise InterchangeError(path, text("{value} is not a date", value=show(value))) from None


def read_choice(value: object, path: str, vocabulary: type[E]) -> E | None:
    """Read a word of a closed vocabulary, or null."""
    if value is None:
        return None
    words = [str(member.value) for member in vocabulary]
    listed = ", ".join(words)
    if not isinstance(value, str):
        raise _wrong(path, text("one of {words}", words=listed), value)
    if value not in words:
        problem = text("{value} is not one of {words}", value=show(value), words=listed)
        raise InterchangeError(path, problem)
    return vocabulary(value)


def read_boolean(value: object, path: str, default: bool) -> bool:
    """Read true or false; null means ``default``."""
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _wrong(path, text("true or false"), value)
    return value


def read_integer(value: object, path: str, low: int, high: int) -> int | None:
    """Read a whole number from ``low`` to ``high``, or null."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong(path, text("a whole number"), value)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            problem = text("{value} is not a whole number", value=show_number(value))
            raise InterchangeError(path, problem)
        value = int(value)
    if not low <= value <= high:
        problem = text(
            "{value} is not between {low} and {high}", value=show_number(value), low=low, high=high
        )
        raise InterchangeError(path, problem)
    return value


def list_items(value: object, path: str) -> Iterator[tuple[object, str]]:
    """Yield the items of a list with their paths; null is an empty list."""
    if value is None:
        return
    if not isinstance(value, list):
        raise _wrong(path, text("a list"), value)
    for index, item in enumerate(value):
        yield item, f"{path}[{index}]"


class Fields:
    """One JSON object of the document; refuses unknown and repeated fields on sight."""

    __slots__ = ("_values", "path")

    def __init__(self, value: object, path: str, known: Collection[str]) -> None:
        if not isinstance(value, dict):
            raise _wrong(path, text("an object"), value)
        if isinstance(value, JsonObject) and value.repeated:
            repeated = child_path(path, value.repeated[0])
            raise InterchangeError(repeated, text("appears more than once"))
        for key in value:
            if key not in known:
                raise InterchangeError(child_path(path, key), text("unknown field"))
        self._values: dict[str, object] = value
        self.path = path

    def at(self, key: str) -> str:
        """Return the path of field ``key``."""
        return child_path(self.path, key)

    def raw(self, key: str) -> object:
        """Return the JSON value of ``key`` (None when missing)."""
        return self._values.get(key)

    def text(self, key: str) -> str | None:
        return read_text(self.raw(key), self.at(key))

    def require(self, key: str) -> None:
        """Refuse an object that lacks field ``key`` (null is left to the field's reader)."""
        if key not in self._values:
            raise InterchangeError(self.at(key), text("required field is missing"))

    def required_text(self, key: str) -> str:
        self.require(key)
        return read_required_text(self.raw(key), self.at(key))

    def texts(self, key: str) -> list[str]:
        """Read a list of non-empty texts; null is an empty list."""
        return [read_required_text(item, path) for item, path in self.items(key)]

    def code(self, key: str, pattern: re.Pattern[str], what: str) -> str | None:
        return read_code(self.raw(key), self.at(key), pattern, what)

    def required_code(self, key: str, pattern: re.Pattern[str], what: str) -> str:
        self.require(key)
        code = read_code(self.raw(key), self.at(key), pattern, what)
        if code is None:
            raise InterchangeError(self.at(key), text("cannot be null"))
        return code

    def codes(self, key: str, pattern: re.Pattern[str], what: str) -> list[str]:
        """Read a list of codes; null is an empty list, a null item is an error."""
        codes: list[str] = []
        for item, path in self.items(key):
            code = read_code(item, path, pattern, what)
            if code is None:
                raise InterchangeError(path, text("cannot be null"))
            codes.append(code)
        return codes

    def date(self, key: str) -> PartialDate | None:
        return read_date(self.raw(key), self.at(key))

    def choice(self, key: str, vocabulary: type[E]) -> E | None:
        return read_choice(self.raw(key), self.at(key), vocabulary)

    def required_choice(self, key: str, vocabulary: type[E]) -> E:
        self.require(key)
        word = read_choice(self.raw(key), self.at(key), vocabulary)
        if word is None:
            raise InterchangeError(self.at(key), text("cannot be null"))
        return word

    def choices(self, key: str, vocabulary: type[E]) -> list[E]:
        """Read a list of vocabulary words; null is an empty list, a null item is an error."""
        words: list[E] = []
        for item, path in self.items(key):
            word = read_choice(item, path, vocabulary)
            if word is None:
                raise InterchangeError(path, text("cannot be null"))
            words.append(word)
        return words

    def boolean(self, key: str, default: bool) -> bool:
        return read_boolean(self.raw(key), self.at(key), default)

    def integer(self, key: str, low: int, high: int) -> int | None:
        return read_integer(self.raw(key), self.at(key), low, high)

    def items(self, key: str) -> Iterator[tuple[object, str]]:
        return list_items(self.raw(key), self.at(key))

    def child(self, key: str, known: Collection[str]) -> Fields | None:
        """Open the object in field ``key``, or return None when it is missing or null."""
        value = self.raw(key)
        return None if value is None else Fields(value, self.at(key), known)

    def required_child(self, key: str, known: Collection[str]) -> Fields:
        self.require(key)
        value = self.raw(key)
        if value is None:
            raise InterchangeError(self.at(key), text("cannot be null"))
        return Fields(value, self.at(key), known)

    def children(self, key: str, known: Collection[str]) -> Iterator[Fields]:
        """Open the objects of a list field; null is an empty list, a null item is an error."""
        for item, path in self.items(key):
            if item is None:
                raise InterchangeError(path, text("cannot be null"))
            yield Fields(item, path, known)
