"""The case interchange format v1: read and write case files that other tools exchange."""

from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.format import FORMAT_NAME, FORMAT_VERSION
from asylum_desk.interchange.reader import read_cases
from asylum_desk.interchange.schema import load_schema, schema_path
from asylum_desk.interchange.writer import write_cases

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "InterchangeError",
    "load_schema",
    "read_cases",
    "schema_path",
    "write_cases",
]
