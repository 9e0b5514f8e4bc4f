"""Every text a person types or imports is normalised once: Zawgyi to Unicode, then NFC."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

from asylum_desk.text.burmese import to_unicode

T = TypeVar("T")


def normalise_text_fields(value: T) -> T:
    """Normalise every string inside a domain object, in place; returns the object."""
    if is_dataclass(value) and not isinstance(value, type):
        for item in fields(value):
            current = getattr(value, item.name)
            if isinstance(current, str) and not _is_vocabulary(current):
                setattr(value, item.name, to_unicode(current))
            elif isinstance(current, list):
                setattr(value, item.name, [_normalise_item(entry) for entry in current])
            elif is_dataclass(current):
                normalise_text_fields(current)
    return value


def _normalise_item(entry: Any) -> Any:
    if isinstance(entry, str) and not _is_vocabulary(entry):
        return to_unicode(entry)
    return normalise_text_fields(entry)


def _is_vocabulary(value: str) -> bool:
    # Enum members are str subclasses; they are words of the format, not typed text.
    return type(value) is not str
