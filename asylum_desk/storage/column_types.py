"""Column types that store domain values (partial dates, vocabularies, string lists) as text."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from sqlalchemy import Dialect, String, Text
from sqlalchemy.types import TypeDecorator

from asylum_desk.domain.dates import PartialDate


class PartialDateType(TypeDecorator[PartialDate]):
    """A partial date stored as its ISO text, which also sorts correctly."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.parse(value)


class VocabularyType(TypeDecorator[StrEnum]):
    """A member of a closed vocabulary stored as its word."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_class: type[StrEnum]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: StrEnum | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_class(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum_class(value)


class StringListType(TypeDecorator[list[str]]):
    """A short list of strings (aliases, languages) stored as a JSON array."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return json.dumps([str(item) for item in value or []], ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return [] if not value else [str(item) for item in json.loads(value)]
