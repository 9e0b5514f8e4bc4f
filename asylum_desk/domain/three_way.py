"""Three-way merge of JSON values (a case in the interchange format), field by field.

Pure logic, no storage: given the common ancestor (``base``), our version and theirs, keep
what changed on one side only and report what changed on both sides differently.

How values are compared, at each path:

- **Objects** are merged key by key (``applicant.given_names``).
- **Lists of objects** (family left behind, dependents, notes…) are matched **by position**:
  item 1 of ours is compared with item 1 of theirs and of the base, field by field
  (``family_left_behind[1].name``). An item that exists on one side and not on the other
  (added or removed) is one value at its path (``notes[3]``): added on one side only, it is
  added; removed on one side while unchanged on the other, it is removed; removed on one side
  and edited on the other, it is a conflict. Items have no identity of their own in the
  interchange format, so position is the only sound match that does not guess; a removal in
  the middle shifts later items, which then show as field changes (never lost: a change on
  both sides is always a conflict). Conflict paths name positions in the merged list: an
  item kept out of it (ours had none there) is to be inserted at its path.
- **Lists of texts or words** (aliases, languages, vulnerabilities) and every other value are
  compared whole.

Without a base (``NO_BASE``), nothing can be told apart as "changed on one side only": every
field that differs is a conflict, and ours is kept.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Any, Final

from asylum_desk.domain.messages import text


class _Marker:
    """A value that is not a JSON value (compared by identity)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


MISSING: Final = _Marker("MISSING")
"""Absent: a list item (or key) that this version does not have."""

NO_BASE: Final = _Marker("NO_BASE")
"""No common ancestor at all: nothing counts as changed on one side only."""


@dataclass(frozen=True, slots=True)
class Conflict:
    """One path changed differently on both sides.

    ``MISSING`` where a side has no item there; ``base`` is ``NO_BASE`` without an ancestor.
    """

    path: str
    base: Any
    ours: Any
    theirs: Any


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The merged value (ours wherever there is a conflict), the conflicts, what was taken."""

    value: Any
    conflicts: list[Conflict]
    taken: list[str]
    """Paths where theirs was applied (changed there only)."""


def _object_lists(ours: Any, theirs: Any) -> bool:
    return (
        isinstance(ours, list)
        and isinstance(theirs, list)
        and all(isinstance(item, dict) for item in ours + theirs)
    )


def _child(container: Any, key: str | int) -> Any:
    """The base's value at ``key``: ``None`` under a ``null`` object, else MISSING if absent."""
    if container is NO_BASE:
        return NO_BASE
    if container is None:
        return None if isinstance(key, str) else MISSING
    if isinstance(container, dict):
        return container.get(key, MISSING) if isinstance(key, str) else MISSING
    if isinstance(container, list) and isinstance(key, int):
        return container[key] if key < len(container) else MISSING
    return MISSING


def merge(base: Any, ours: Any, theirs: Any, path: str = "") -> MergeResult:
    """Merge ``theirs`` into ``ours`` given their common ancestor ``base`` (or NO_BASE)."""
    conflicts: list[Conflict] = []
    taken: list[str] = []
    value = _merge(base, ours, theirs, path, conflicts, taken)
    return MergeResult(value, conflicts, taken)


def _merge(
    base: Any, ours: Any, theirs: Any, path: str, conflicts: list[Conflict], taken: list[str]
) -> Any:
    if ours == theirs:
        return ours
    if base is not NO_BASE and base == ours:
        taken.append(path)
        return theirs
    if base is not NO_BASE and base == theirs:
        return ours
    if isinstance(ours, dict) and isinstance(theirs, dict):
        merged: dict[str, Any] = {}
        for key in list(ours) + [k for k in theirs if k not in ours]:
            here = f"{path}.{key}" if path else key
            result = _merge(
                _child(base, key),
                ours.get(key, MISSING),
                theirs.get(key, MISSING),
                here,
                conflicts,
                taken,
            )
            if result is not MISSING:
                merged[key] = result
        return merged
    if _object_lists(ours, theirs):
        items: list[Any] = []
        for index in range(max(len(ours), len(theirs))):
            # Paths name positions in the merged list (an item dropped before shifts them).
            result = _merge(
                _child(base, index),
                ours[index] if index < len(ours) else MISSING,
                theirs[index] if index < len(theirs) else MISSING,
                f"{path}[{len(items)}]",
                conflicts,
                taken,
            )
            if result is not MISSING:
                items.append(result)
        return items
    conflicts.append(Conflict(path, base, ours, theirs))
    return ours


_STEP = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def path_steps(path: str) -> list[str | int]:
    """``family_left_behind[1].name`` → ``["family_left_behind", 1, "name"]``."""
    steps: list[str | int] = []
    position = 0
    while position < len(path):
        found = _STEP.match(path, position)
        if found is None or (position == 0 and path.startswith(".")):
            raise ValueError(text("{path!r} is not a field path", path=path))
        steps.append(found.group(1) if found.group(1) is not None else int(found.group(2)))
        position = found.end()
    if not steps:
        raise ValueError(text("an empty field path"))
    return steps


def value_at(document: Any, path: str) -> Any:
    """The value at ``path`` (MISSING when a step is absent)."""
    current = document
    for step in path_steps(path):
        current = _child(current, step) if current is not None else MISSING
        if current is MISSING or current is NO_BASE:
            return MISSING
    return current


def put_at(document: Any, path: str, value: Any, *, insert: bool = False) -> None:
    """Set ``path`` to ``value`` in place; MISSING removes a list item or an object key.

    With ``insert``, a list item is inserted at its position instead of replacing the one
    there. A list item past the end is appended; an object on the way that is ``null``
    becomes ``{}`` (the caller reads the result back through the format's reader, which
    fills in the other fields).
    """
    steps = path_steps(path)
    current = document
    for step, following in itertools.pairwise(steps):
        nxt = current[step] if _has(current, step) else None
        if nxt is None:
            nxt = [] if isinstance(following, int) else {}
            _assign(current, step, nxt)
        current = nxt
    _assign(current, steps[-1], value, insert)


def _has(container: Any, step: str | int) -> bool:
    if isinstance(step, int):
        return isinstance(container, list) and step < len(container)
    return isinstance(container, dict) and step in container


def _assign(container: Any, step: str | int, value: Any, insert: bool = False) -> None:
    if isinstance(step, int):
        if not isinstance(container, list):
            raise ValueError(text("the case has no list there"))
        if value is MISSING:
            if step < len(container):
                del container[step]
        elif insert:
            container.insert(step, value)
        elif step < len(container):
            container[step] = value
        else:
            container.append(value)
        return
    if not isinstance(container, dict):
        raise ValueError(text("the case has no object there"))
    if value is MISSING:
        container.pop(step, None)
    else:
        container[step] = value
