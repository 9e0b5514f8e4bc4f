"""The JSON Schema of the case interchange format v1, for tools and for checking our writer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from asylum_desk.resources import resource_path

SCHEMA_FILE = ("schema", "cases-v1.schema.json")
"""Where the schema is, below the resources folder."""


def schema_path() -> Path:
    """Return the path of ``cases-v1.schema.json``."""
    return resource_path(*SCHEMA_FILE)


def load_schema() -> dict[str, Any]:
    """Return the schema (draft 2020-12) as a JSON object."""
    with schema_path().open(encoding="utf-8") as stream:
        schema: dict[str, Any] = json.load(stream)
    return schema
