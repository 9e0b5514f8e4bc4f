"""Merging a received case into the one this office has, and resolving what conflicts.

The base of a merge is the case as it was last exchanged with the sending office (a row of
``case_exchanges``: what we sent it, or what it last sent us). Field by field, with
``asylum_desk.domain.three_way``: a change on their side only is applied, a change on ours
only is kept, a change on both sides becomes an open conflict (a ``merge_conflicts`` row)
and ours stays in the case until a supervisor chooses. Without a base, every field that
differs is a conflict: nothing is silently overwritten.

Some fields are this office's own and are never merged: the case number (the key) and the
caseworker (a user of this vault). Scans are never dropped: a scan they added (one that is
neither ours nor in the base, by content) is added to ours.

Closing or reopening a case needs a supervisor: a received change that would close or
reopen the case, imported by someone who may not, is kept as a conflict instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import CaseStatus
from asylum_desk.domain.errors import CaseNotFoundError, ValidationError
from asylum_desk.domain.messages import listed, text
from asylum_desk.domain.model import Attachment, Case
from asylum_desk.domain.three_way import (
    MISSING,
    NO_BASE,
    Conflict,
    merge,
    put_at,
    value_at,
)
from asylum_desk.domain.validation import validate_case
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.interchange.reader import read_case
from asylum_desk.interchange.writer import case_to_json
from asylum_desk.services import access
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.case_digest import case_digest
from asylum_desk.services.field_labels import field_label
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.text_entry import normalise_text_fields
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseExchange, CaseRow, MergeConflict

Choice = Literal["ours", "theirs"]
LOCAL_FIELDS = ("case_number", "caseworker", "attachments")
"""Never merged field by field: the key, this office's caseworker, the scans (added only)."""


class ConflictChangedError(ValueError):
    """The case changed since the conflict was recorded; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One open conflict as the merge view and the command line show it."""

    id: int
    case_number: str
    field: str
    label: str
    ours: str
    theirs: str
    base: str
    office_code: str
    received_at: str


@dataclass(frozen=True, slots=True)
class MergeOutcome:
    """What merging one received case did."""

    case_number: str
    conflicts: int
    applied: int
    scans_added: int


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- exchanges (the base of the next merge) ----------------------------------------------


def exchange_json(case: Case) -> dict[str, Any]:
    """The case in the interchange format, scans by SHA-256 instead of their bytes."""
    document = case_to_json(case)
    document["attachments"] = [
        {
            "file_name": attachment.file_name,
            "media_type": attachment.media_type,
            "description": attachment.description,
            "content_sha256": hashlib.sha256(attachment.content).hexdigest(),
        }
        for attachment in case.attachments
    ]
    return document


def record_exchange(
    session: Session,
    case_id: int,
    office_code: str,
    fingerprint: str,
    direction: Literal["sent", "received"],
    case: Case,
) -> None:
    """Record (or replace) the case as last exchanged with one office."""
    content = json.dumps(exchange_json(case), ensure_ascii=False, sort_keys=True)
    row = session.scalar(
        select(CaseExchange).where(
            CaseExchange.case_id == case_id, CaseExchange.office_fingerprint == fingerprint
        )
    )
    if row is None:
        row = CaseExchange(case_id=case_id, office_fingerprint=fingerprint)
        session.add(row)
    row.office_code = office_code
    row.direction = direction
    row.at = _now()
    row.content = content


def _base(session: Session, case_id: int, fingerprint: str) -> dict[str, Any] | None:
    content = session.scalar(
        select(CaseExchange.content).where(
            CaseExchange.case_id == case_id, CaseExchange.office_fingerprint == fingerprint
        )
    )
    return None if content is None else dict(json.loads(content))


# --- merging ------------------------------------------------------------------------------


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in LOCAL_FIELDS}


def _digest(attachment: Attachment) -> str:
    return hashlib.sha256(attachment.content).hexdigest()


def _closure(document: dict[str, Any]) -> tuple[bool, Any]:
    return document.get("status") == CaseStatus.CLOSED.value, document.get("closed_reason")


def _to_case(document: dict[str, Any], like: Case, attachments: list[Attachment]) -> Case:
    """Read a merged document back (the reader checks it), keeping our local fields."""
    full = dict(document)
    full.update(case_number=like.case_number, caseworker=like.caseworker, attachments=[])
    case = read_case(full, "case")
    case.attachments = attachments
    normalise_text_fields(case)
    try:
        validate_case(case)
    except ValidationError as error:
        where = f"case {like.case_number}: {error.path}"  # a case and field, not a sentence
        raise InterchangeError(
            where,
            text("{problem} (the merged case would break this rule)", problem=error.problem),
        ) from None
    return case


def _store(vault: OpenVault, repository: CaseRepository, row: CaseRow, case: Case) -> None:
    """Save through the repository (search index included), as the case service does."""
    repository.replace(row, case, datetime.now(UTC).isoformat(timespec="microseconds"))
    if case.status is not CaseStatus.CLOSED:
        row.closed_on = None
    elif row.closed_on is None:
        row.closed_on = date.today().isoformat()


def _stored(value: Any) -> str | None:
    return None if value is MISSING or value is NO_BASE else json.dumps(value, ensure_ascii=False)


def _add_conflicts(
    session: Session, case_id: int, conflicts: list[Conflict], office_code: str, at: str
) -> None:
    for conflict in conflicts:
        # A newer edit of the same field from the same office replaces the open conflict.
        session.execute(
            delete(MergeConflict).where(
                MergeConflict.case_id == case_id,
                MergeConflict.field == conflict.path,
                MergeConflict.office_code == office_code,
                MergeConflict.resolved_at.is_(None),
            )
        )
        session.add(
            MergeConflict(
                case_id=case_id,
                field=conflict.path,
                ours=_stored(conflict.ours),
                theirs=_stored(conflict.theirs),
                base=_stored(conflict.base),
                office_code=office_code,
                received_at=at,
            )
        )


def merge_received(
    vault: OpenVault,
    repository: CaseRepository,
    theirs: Case,
    office_code: str,
    fingerprint: str,
) -> MergeOutcome:
    """Merge a received, checked case into ours, inside the caller's transaction.

    Records the received case as the new base for that office. The caller checked that the
    signed-in user may import; they must also be able to open our case.
    """
    number = str(theirs.case_number)
    session = repository.session
    access.require_case(vault, repository, number, CaseAccess.FULL)
    row = repository.row(number)
    ours = repository.load(number)
    if row is None or ours is None:
        raise CaseNotFoundError(number)
    base_document = _base(session, row.id, fingerprint)
    ours_json, theirs_json = case_to_json(ours), case_to_json(theirs)
    result = merge(
        NO_BASE if base_document is None else _comparable(base_document),
        _comparable(ours_json),
        _comparable(theirs_json),
    )
    merged: dict[str, Any] = result.value
    conflicts = list(result.conflicts)
    if _closure(merged) != _closure(ours_json) and not access.allowed(
        access.current_role(vault, session), Action.CLOSE_CASES
    ):
        for path in ("status", "closed_reason"):
            if merged[path] != ours_json[path]:
                merged[path] = ours_json[path]
                base_value = NO_BASE if base_document is None else base_document.get(path)
                conflicts.append(Conflict(path, base_value, ours_json[path], theirs_json[path]))
    known = {_digest(a) for a in ours.attachments}
    if base_document is not None:
        known |= {str(a.get("content_sha256")) for a in base_document.get("attachments", [])}
    added = [a for a in theirs.attachments if _digest(a) not in known]
    unique = list({_digest(a): a for a in added}.values())
    case = _to_case(merged, ours, [*ours.attachments, *unique])
    if case_to_json(case) != ours_json:
        _store(vault, repository, row, case)
    at = _now()
    _add_conflicts(session, row.id, conflicts, office_code, at)
    record_exchange(session, row.id, office_code, fingerprint, "received", theirs)
    vault.audit(session, "merge", "case", number, f"sha256={case_digest(case)}")
    applied = len(result.taken) - sum(1 for c in conflicts if c.path in result.taken)
    return MergeOutcome(number, len(conflicts), applied, len(unique))


# --- the merge view: open conflicts and their resolution ----------------------------------


def display_value(stored: str | None) -> str:
    """A stored JSON value as short text for a person."""
    if stored is None:
        return text("(not there)")
    return _show(json.loads(stored))


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return text("(empty)")
    if isinstance(value, bool):
        return text("yes") if value else text("no")
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        shown: str | None = None
        for key, item in value.items():
            if item in (None, "", [], {}):
                continue
            one = text("{field}: {value}", field=field_label(key), value=_show(item))
            shown = one if shown is None else text("{items}; {item}", items=shown, item=one)
        return shown or text("(empty)")
    if isinstance(value, list):
        elements = [_show(item) for item in value]
        if not any(isinstance(item, dict) for item in value):
            return listed(elements)
        records = elements[0]
        for element in elements[1:]:
            records = text("{items} | {item}", items=records, item=element)
        return records
    return str(value)


def _view(conflict: MergeConflict, case_number: str) -> ConflictView:
    return ConflictView(
        id=conflict.id,
        case_number=case_number,
        field=conflict.field,
        label=field_label(conflict.field),
        ours=display_value(conflict.ours),
        theirs=display_value(conflict.theirs),
        base=display_value(conflict.base),
        office_code=conflict.office_code,
        received_at=conflict.received_at,
    )


def open_conflicts(vault: OpenVault, case_number: str | None = None) -> list[ConflictView]:
    """The open conflicts (of one case, or all), by case and field (supervisors, admins)."""
    with vault.transaction() as session:
        access.require(vault, session, Action.RESOLVE_CONFLICTS)
        query = (
            select(MergeConflict, CaseRow.case_number)
            .join(CaseRow, CaseRow.id == MergeConflict.case_id)
            .where(MergeConflict.resolved_at.is_(None))
            .order_by(CaseRow.case_number, MergeConflict.id)
        )
        if case_number is not None:
            if not CaseRepository(session).exists(case_number):
                raise CaseNotFoundError(case_number)
            query = query.where(CaseRow.case_number == case_number)
        found = [_view(conflict, number) for conflict, number in session.execute(query)]
        for number in sorted({view.case_number for view in found}):
            vault.audit(session, "view", "conflicts", number)
        return found


def _decode(stored: str | None) -> Any:
    return MISSING if stored is None else json.loads(stored)


def _resolve_in(
    vault: OpenVault, repository: CaseRepository, conflict_id: int, choice: str
) -> str | None:
    """Resolve one conflict; returns its case number when theirs was applied (else None)."""
    if choice not in ("ours", "theirs"):
        raise ValueError(
            text("Choose ours or theirs, not {choice!r}; nothing was changed.", choice=choice)
        )
    session = repository.session
    conflict = session.get(MergeConflict, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise ValueError(
            text(
                "There is no open conflict {conflict_id}; nothing was changed.",
                conflict_id=conflict_id,
            )
        )
    number = session.scalar(select(CaseRow.case_number).where(CaseRow.id == conflict.case_id))
    conflict.resolved_at = _now()
    conflict.resolved_by = vault.username
    conflict.resolution = choice
    vault.audit(
        session,
        "resolve",
        "conflict",
        number,
        f"id={conflict_id} field={conflict.field} take={choice}",
    )
    if choice == "ours":
        return None
    row = repository.row(str(number))
    current = repository.load(str(number))
    if row is None or current is None:  # pragma: no cover - the foreign key keeps them
        raise CaseNotFoundError(str(number))
    document = case_to_json(current)
    document["attachments"] = []
    ours = _decode(conflict.ours)
    # An item ours does not have is inserted (it overwrites nothing); anything else is
    # replaced only if the case still holds there what it held when the conflict arose.
    if ours is not MISSING and value_at(document, conflict.field) != ours:
        raise ConflictChangedError(
            text(
                "Case {case_number} changed since conflict {conflict_id} was recorded "
                "({field} is no longer what it was); nothing was changed. "
                "Keep ours, or edit the case by hand.",
                case_number=number,
                conflict_id=conflict_id,
                field=field_label(conflict.field),
            )
        )
    put_at(document, conflict.field, _decode(conflict.theirs), insert=ours is MISSING)
    updated = _to_case(_comparable(document), current, current.attachments)
    _store(vault, repository, row, updated)
    return str(number)


def _audit_saved(vault: OpenVault, repository: CaseRepository, number: str) -> None:
    case = repository.load(number)
    if case is not None:
        vault.audit(repository.session, "merge", "case", number, f"sha256={case_digest(case)}")


def resolve_conflict(vault: OpenVault, conflict_id: int, choice: str) -> None:
    """Keep ours, or apply theirs into the case (supervisors, admins); audited.

    Theirs is applied only if the case still holds at that field what it held when the
    conflict was recorded; otherwise nothing is changed (ConflictChangedError).
    """
    resolve_case(vault, None, {conflict_id: choice})


def resolve_case(vault: OpenVault, case_number: str | None, choices: dict[int, str]) -> int:
    """Resolve several conflicts (of one case, when named) in one transaction, all or none.

    Returns how many were resolved.
    """
    if not choices:
        raise ValueError(text("Choose ours or theirs for at least one conflict."))
    with vault.transaction() as session:
        access.require(vault, session, Action.RESOLVE_CONFLICTS)
        repository = CaseRepository(session)
        if case_number is not None:
            owned = set(
                session.scalars(
                    select(MergeConflict.id)
                    .join(CaseRow, CaseRow.id == MergeConflict.case_id)
                    .where(CaseRow.case_number == case_number)
                )
            )
            stray = sorted(set(choices) - owned)
            if stray:
                raise ValueError(
                    text(
                        "Conflict {conflict_id} is not one of case {case_number}; "
                        "nothing was changed.",
                        conflict_id=stray[0],
                        case_number=case_number,
                    )
                )
        changed: set[str] = set()
        # Last recorded first: an item inserted or removed in a list then shifts only the
        # positions of conflicts already resolved.
        for conflict_id, choice in sorted(choices.items(), reverse=True):
            number = _resolve_in(vault, repository, conflict_id, choice)
            if number is not None:
                changed.add(number)
        for number in sorted(changed):
            _audit_saved(vault, repository, number)
        return len(choices)
