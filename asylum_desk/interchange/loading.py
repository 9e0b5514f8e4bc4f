"""Turn the bytes of a case file into JSON values, refusing what JSON does not allow."""

from __future__ import annotations

import json
from typing import Any

from asylum_desk.domain.messages import Text, text
from asylum_desk.interchange.errors import InterchangeError


class JsonObject(dict[str, Any]):
    """A JSON object that remembers the keys its text held more than once."""

    __slots__ = ("repeated",)

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.repeated: list[str] = []
        if len(self) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen and key not in self.repeated:
                    self.repeated.append(key)
                seen.add(key)


def _refuse_constant(name: str) -> object:
    raise ValueError(text("{name} is not a JSON number", name=name))


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    raw = bytes(data)
    try:
        return raw.decode(json.detect_encoding(raw))
    except UnicodeDecodeError as error:
        problem = text("not a JSON file (not UTF-8 text: {reason})", reason=error.reason)
        raise InterchangeError("", problem) from None


def load_json(data: bytes | str) -> object:
    """Parse ``data``; raise InterchangeError ``not a JSON file (...)`` if it is not JSON."""
    decoded = _decode(data)
    try:
        return json.loads(decoded, object_pairs_hook=JsonObject, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        problem = text(
            "not a JSON file (line {line}, column {column}: {reason})",
            line=error.lineno,
            column=error.colno,
            reason=error.msg,
        )
        raise InterchangeError("", problem) from None
    except RecursionError:
        raise InterchangeError("", text("not a JSON file (nested too deeply)")) from None
    except ValueError as error:
        reason = error.args[0] if error.args and isinstance(error.args[0], Text) else str(error)
        raise InterchangeError("", text("not a JSON file ({reason})", reason=reason)) from None
