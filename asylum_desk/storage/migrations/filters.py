"""What Alembic compares: the ORM tables, not the full-text index SQLite manages itself."""

from typing import Any


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Skip the FTS5 search table and its shadow tables, which the ORM does not declare."""
    return not (type_ == "table" and name is not None and name.startswith("case_search"))
