"""Two people editing one case at once: the second save is stopped and shown the difference.

Every case row carries a version, raised by each save. The editor remembers the version it
opened; a save that finds another version stored (someone else saved in between, in another
window, on another laptop of a shared database) changes nothing and raises
``CaseChangedElsewhereError``, naming who saved, when, and field by field what they changed
beside what this person has.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.messages import text
from asylum_desk.domain.model import Case
from asylum_desk.domain.three_way import MISSING, value_at
from asylum_desk.services.field_labels import field_label
from asylum_desk.services.merge import display_value, exchange_json
from asylum_desk.storage.tables import AuditEventRow


@dataclass(frozen=True, slots=True)
class EditableCase:
    """A case as opened for editing, with the version its save must still find."""

    case: Case
    version: int
    opened_as: Case = field(repr=False)
    """A copy of the case as opened, untouched by edits to ``case`` (what others changed is
    measured against it)."""

    @classmethod
    def of(cls, case: Case, version: int) -> EditableCase:
        return cls(case, version, copy.deepcopy(case))


@dataclass(frozen=True, slots=True)
class ChangedField:
    """One field the other person changed: what is saved now, and what this person has."""

    label: str
    saved: str
    yours: str


def _local_time(moment: str) -> str:
    """``HH:MM`` on this computer's clock, from the audit trail's UTC time."""
    try:
        return datetime.fromisoformat(moment).astimezone().strftime("%H:%M")
    except ValueError:
        return moment[11:16]


def _changed_elsewhere(case_number: str, changed_by: str, changed_at: str) -> str:
    """The one-line sentence: who saved the case, and at what time when known."""
    if changed_by and changed_at:
        return text(
            "{user} saved case {case_number} at {time} while you were editing it; your edits "
            "were not saved and are still in the editor.",
            user=changed_by,
            case_number=case_number,
            time=_local_time(changed_at),
        )
    if changed_by:
        return text(
            "{user} saved case {case_number} while you were editing it; your edits were not "
            "saved and are still in the editor.",
            user=changed_by,
            case_number=case_number,
        )
    if changed_at:
        return text(
            "Someone else saved case {case_number} at {time} while you were editing it; your "
            "edits were not saved and are still in the editor.",
            case_number=case_number,
            time=_local_time(changed_at),
        )
    return text(
        "Someone else saved case {case_number} while you were editing it; your edits were "
        "not saved and are still in the editor.",
        case_number=case_number,
    )


class CaseChangedElsewhereError(ValueError):
    """The case was saved by someone else since it was opened; nothing was saved."""

    def __init__(
        self,
        case_number: str,
        version: int,
        changed_by: str,
        changed_at: str,
        changes: list[ChangedField],
    ) -> None:
        super().__init__(_changed_elsewhere(case_number, changed_by, changed_at))
        self.case_number = case_number
        self.version = version
        self.changed_by = changed_by
        self.changed_at = changed_at
        self.changes = changes


def _text(value: Any) -> str:
    if value is MISSING:
        return text("(not there)")
    return display_value(json.dumps(value, ensure_ascii=False))


def _changed_paths(before: Any, after: Any, path: str, found: list[str]) -> None:
    """Paths of the leaves (or whole lists of words) that differ between two documents."""
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            here = f"{path}.{key}" if path else key
            _changed_paths(before.get(key, MISSING), after.get(key, MISSING), here, found)
        return
    if (
        isinstance(before, list)
        and isinstance(after, list)
        and any(isinstance(item, dict) for item in (*before, *after))
    ):
        for index in range(max(len(before), len(after))):
            _changed_paths(
                before[index] if index < len(before) else MISSING,
                after[index] if index < len(after) else MISSING,
                f"{path}[{index}]",
                found,
            )
        return
    found.append(path)


def changed_fields(opened: Case, yours: Case, saved: Case) -> list[ChangedField]:
    """The fields the other save changed since ``opened``, with both sides' values."""
    base, mine, theirs = exchange_json(opened), exchange_json(yours), exchange_json(saved)
    paths: list[str] = []
    _changed_paths(base, theirs, "", paths)
    return [
        ChangedField(field_label(path), _text(value_at(theirs, path)), _text(value_at(mine, path)))
        for path in paths
        if path
    ]


def last_saved_by(session: Session, case_number: str) -> tuple[str, str]:
    """Who last changed the case, and when (from the audit trail)."""
    row = session.execute(
        select(AuditEventRow.actor, AuditEventRow.at)
        .where(AuditEventRow.case_number == case_number)
        .where(AuditEventRow.action.not_in(("view", "packet", "print", "save", "export")))
        .order_by(AuditEventRow.id.desc())
        .limit(1)
    ).first()
    return (str(row[0]), str(row[1])) if row is not None else ("", "")
