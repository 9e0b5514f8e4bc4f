"""Column types that store domain values (partial dates, vocabularies, string lists) as text."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from sqlalchemy import Dialect, String, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
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


class nocase(FunctionElement[str]):
    """A text column compared and sorted without regard to case, by each engine's own index.

    ``display_name COLLATE NOCASE`` in the vault file, ``lower(display_name)`` in a shared
    PostgreSQL database: each matches the expression index its migration created.
    """

    inherit_cache = True
    type = String()


@compiles(nocase)
def _nocase_default(element: nocase, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} COLLATE NOCASE"


@compiles(nocase, "postgresql")
def _nocase_postgresql(element: nocase, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


class unindexed(FunctionElement[Any]):
    """A column the query planner should not use an index for (``+column`` in SQLite).

    For a filter most cases meet, SQLite does better walking the sort index and skipping the
    few that fail; PostgreSQL's planner weighs that itself, so there it is the plain column.
    """

    inherit_cache = True

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{compiler.process(element.clauses, **kw)}"


@compiles(unindexed, "postgresql")
def _unindexed_postgresql(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))
