"""Decisions on possible duplicates: "the same person" (linked) or "not the same person".

A caseworker who reviews a possible duplicate (``services.duplicates``) records what they
found, for one person of a case and one person of another case:

- ``link_people``: the same person, registered twice. The pair is then reported as linked
  (``CaseDuplicates.linked``, ``linked_people``), no longer as a possible duplicate.
- ``mark_not_duplicate``: different people (namesakes). The pair is not proposed again.
- ``undo_decision``: forget the decision; the pair may be proposed again.

A decision is one row of ``person_links`` per pair (the lower case id first). People are
named by their position in their case: 0 the applicant, 1 and up its dependents in order.
Decisions survive edits of either case; when a dependent is removed, a decision about a
position the case no longer has is ignored when decisions are read (and one about a later
dependent then names whoever holds that position now; see ``docs/duplicates.md``). Erasing
a case removes its decisions with it (foreign keys, ``ON DELETE CASCADE``).

Access is that of a duplicate check: caseworkers, supervisors and administrators, with
full access to both cases; interpreters never. Each decision and each undo is recorded in
the audit trail of both cases (positions and case numbers only, no names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import Text, text
from asylum_desk.services import access
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage.audit_chain import now_utc
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseRow, PersonLink, PersonRow

SAME = "same"
"""Decision: the two people are one person (linked)."""

DIFFERENT = "different"
"""Decision: the two people are not the same person (not proposed again)."""

AUDIT_ACTIONS = {SAME: "link", DIFFERENT: "not_duplicate"}
UNDO_ACTIONS = {SAME: "unlink", DIFFERENT: "undo_not_duplicate"}
AUDIT_ENTITY = "duplicate"

__all__ = [
    "DIFFERENT",
    "SAME",
    "PersonDecision",
    "PersonLinkError",
    "decided_pairs",
    "link_people",
    "linked_people",
    "mark_not_duplicate",
    "person_decisions",
    "person_label",
    "read_decisions",
    "undo_decision",
]


class PersonLinkError(ValueError):
    """A decision that cannot be recorded or undone (one line; nothing changed)."""


def person_label(position: int) -> str:
    """``applicant`` for position 0, ``dependent 2`` for position 2."""
    return text("applicant") if position == 0 else text("dependent {number}", number=position)


@dataclass(frozen=True, slots=True)
class PersonDecision:
    """A decision about one person of the case asked about and one person of another case."""

    position: int  # the person of the case asked about: 0 applicant, 1 and up dependents
    other_case_number: str
    other_position: int
    other_name: str
    decision: str  # SAME or DIFFERENT
    decided_by: str
    decided_at: str

    @property
    def linked(self) -> bool:
        """Whether the two were found to be the same person."""
        return self.decision == SAME

    @property
    def description(self) -> str:
        """``same person as CPH-2026-0012 (applicant)``."""
        case, number = self.other_case_number, self.other_position
        if self.linked:
            if number == 0:
                return text("same person as {case_number} (applicant)", case_number=case)
            return text(
                "same person as {case_number} (dependent {number})", case_number=case, number=number
            )
        if number == 0:
            return text("not the same person as {case_number} (applicant)", case_number=case)
        return text(
            "not the same person as {case_number} (dependent {number})",
            case_number=case,
            number=number,
        )


@dataclass(frozen=True, slots=True)
class _Person:
    case_id: int
    case_number: str
    position: int


def _people_counts(session: Session, case_ids: Iterable[int]) -> dict[int, int]:
    ids = list(set(case_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(PersonRow.case_id, func.count(PersonRow.id))
        .where(PersonRow.case_id.in_(ids))
        .group_by(PersonRow.case_id)
    ).all()
    return {case_id: count for case_id, count in rows}


def _check_position(position: object) -> int:
    if isinstance(position, bool) or not isinstance(position, int) or position < 0:
        raise PersonLinkError(
            text(
                "A person is named by their position: 0 the applicant, 1 and up a dependent "
                "(not {position!r}).",
                position=position,
            )
        )
    return position


def _person(
    vault: OpenVault,
    repository: CaseRepository,
    case_number: str,
    position: object,
    *,
    must_exist: bool = True,
) -> _Person:
    """The person at ``position`` of a case the user may open in full (else refused)."""
    checked = _check_position(position)
    access.require_case(vault, repository, case_number, CaseAccess.FULL)
    case_id = repository.session.scalar(
        select(CaseRow.id).where(CaseRow.case_number == case_number)
    )
    if case_id is None:  # pragma: no cover - require_case raised already
        raise CaseNotFoundError(case_number)
    if must_exist:
        count = _people_counts(repository.session, [case_id]).get(case_id, 0)
        if checked >= count:
            raise PersonLinkError(_no_such_person(case_number, checked, count - 1))
    return _Person(case_id, case_number, checked)


def _no_such_person(case_number: str, position: int, dependents: int) -> Text:
    """The refusal for a position the case does not have, e.g. dependent 5."""
    if position == 0:  # a case always has its applicant: only a damaged case gets here
        return text("Case {case_number} has no applicant.", case_number=case_number)
    if dependents <= 0:
        return text(
            "Case {case_number} has no dependent {position}: it has only an applicant.",
            case_number=case_number,
            position=position,
        )
    if dependents == 1:
        return text(
            "Case {case_number} has no dependent {position}: it has an applicant and 1 dependent.",
            case_number=case_number,
            position=position,
        )
    return text(
        "Case {case_number} has no dependent {position}: it has an applicant and {count} "
        "dependents.",
        case_number=case_number,
        position=position,
        count=dependents,
    )


def _names(session: Session, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
    wanted = set(keys)
    if not wanted:
        return {}
    rows = session.execute(
        select(
            PersonRow.case_id,
            PersonRow.position,
            PersonRow.given_names,
            PersonRow.family_name,
            PersonRow.name_original_script,
        ).where(PersonRow.case_id.in_({case_id for case_id, _ in wanted}))
    ).all()
    names: dict[tuple[int, int], str] = {}
    for case_id, position, given, family, original in rows:
        if (case_id, position) in wanted:
            latin = " ".join(part for part in (given, family) if part)
            names[(case_id, position)] = latin or original or ""
    return names


def _row(session: Session, one: _Person, other: _Person) -> PersonLink | None:
    first, second = sorted((one, other), key=lambda person: person.case_id)
    return session.scalar(
        select(PersonLink).where(
            PersonLink.case_id == first.case_id,
            PersonLink.position == first.position,
            PersonLink.other_case_id == second.case_id,
            PersonLink.other_position == second.position,
        )
    )


def _pair_values(one: _Person, other: _Person) -> dict[str, object]:
    return {
        "case_number": one.case_number,
        "number": one.position,
        "other_case_number": other.case_number,
        "other_number": other.position,
    }


def _already(one: _Person, other: _Person, decision: str) -> Text:
    """The refusal to record again the decision already recorded about two people."""
    values = _pair_values(one, other)
    if decision == SAME:
        if one.position == 0 and other.position == 0:
            return text(
                "The applicant of {case_number} and the applicant of {other_case_number} are "
                "already linked as the same person.",
                **values,
            )
        if one.position == 0:
            return text(
                "The applicant of {case_number} and the dependent {other_number} of "
                "{other_case_number} are already linked as the same person.",
                **values,
            )
        if other.position == 0:
            return text(
                "The dependent {number} of {case_number} and the applicant of "
                "{other_case_number} are already linked as the same person.",
                **values,
            )
        return text(
            "The dependent {number} of {case_number} and the dependent {other_number} of "
            "{other_case_number} are already linked as the same person.",
            **values,
        )
    if one.position == 0 and other.position == 0:
        return text(
            "The applicant of {case_number} and the applicant of {other_case_number} are "
            "already marked as different.",
            **values,
        )
    if one.position == 0:
        return text(
            "The applicant of {case_number} and the dependent {other_number} of "
            "{other_case_number} are already marked as different.",
            **values,
        )
    if other.position == 0:
        return text(
            "The dependent {number} of {case_number} and the applicant of "
            "{other_case_number} are already marked as different.",
            **values,
        )
    return text(
        "The dependent {number} of {case_number} and the dependent {other_number} of "
        "{other_case_number} are already marked as different.",
        **values,
    )


def _no_decision(one: _Person, other: _Person) -> Text:
    """The refusal to undo a decision that was never recorded about two people."""
    values = _pair_values(one, other)
    if one.position == 0 and other.position == 0:
        return text(
            "No decision is recorded about the applicant of {case_number} and the applicant "
            "of {other_case_number}.",
            **values,
        )
    if one.position == 0:
        return text(
            "No decision is recorded about the applicant of {case_number} and the dependent "
            "{other_number} of {other_case_number}.",
            **values,
        )
    if other.position == 0:
        return text(
            "No decision is recorded about the dependent {number} of {case_number} and the "
            "applicant of {other_case_number}.",
            **values,
        )
    return text(
        "No decision is recorded about the dependent {number} of {case_number} and the "
        "dependent {other_number} of {other_case_number}.",
        **values,
    )


def _audit(
    vault: OpenVault, session: Session, action: str, one: _Person, other: _Person, extra: str
) -> None:
    for mine, theirs in ((one, other), (other, one)):
        detail = f"person={mine.position} other={theirs.case_number} other_person={theirs.position}"
        vault.audit(session, action, AUDIT_ENTITY, mine.case_number, detail + extra)


def _pair(
    vault: OpenVault,
    session: Session,
    case_number: str,
    position: object,
    other_case_number: str,
    other_position: object,
    *,
    must_exist: bool = True,
) -> tuple[_Person, _Person]:
    access.require(vault, session, Action.CREATE_CASES)
    repository = CaseRepository(session, access.visibility(vault, session))
    one = _person(vault, repository, case_number, position, must_exist=must_exist)
    other = _person(vault, repository, other_case_number, other_position, must_exist=must_exist)
    if one.case_id == other.case_id:
        raise PersonLinkError(
            text(
                "Both people are in case {case_number}: only people of two different cases "
                "can be linked or told apart.",
                case_number=case_number,
            )
        )
    return one, other


def _decide(
    vault: OpenVault,
    case_number: str,
    position: int,
    other_case_number: str,
    other_position: int,
    decision: str,
) -> PersonDecision:
    with vault.transaction() as session:
        one, other = _pair(vault, session, case_number, position, other_case_number, other_position)
        row = _row(session, one, other)
        previous = row.decision if row is not None else None
        if previous == decision:
            raise PersonLinkError(_already(one, other, decision))
        first, second = sorted((one, other), key=lambda person: person.case_id)
        if row is None:
            row = PersonLink(
                case_id=first.case_id,
                position=first.position,
                other_case_id=second.case_id,
                other_position=second.position,
            )
            session.add(row)
        row.decision = decision
        row.decided_by = vault.username
        row.decided_at = now_utc()
        session.flush()
        _audit(vault, session, AUDIT_ACTIONS[decision], one, other, _was(previous))
        name = _names(session, [(other.case_id, other.position)]).get(
            (other.case_id, other.position), ""
        )
        return PersonDecision(
            one.position,
            other.case_number,
            other.position,
            name,
            decision,
            row.decided_by,
            row.decided_at,
        )


def _was(previous: str | None) -> str:
    return "" if previous is None else f" was={previous}"


def link_people(
    vault: OpenVault,
    case_number: str,
    position: int,
    other_case_number: str,
    other_position: int,
) -> PersonDecision:
    """Record that the two people are the same person (replaces a "not the same" decision)."""
    return _decide(vault, case_number, position, other_case_number, other_position, SAME)


def mark_not_duplicate(
    vault: OpenVault,
    case_number: str,
    position: int,
    other_case_number: str,
    other_position: int,
) -> PersonDecision:
    """Record that the two are different people: the pair is not proposed again."""
    return _decide(vault, case_number, position, other_case_number, other_position, DIFFERENT)


def undo_decision(
    vault: OpenVault,
    case_number: str,
    position: int,
    other_case_number: str,
    other_position: int,
) -> str:
    """Forget the decision about the two people; returns the decision undone (SAME/DIFFERENT).

    Also works for a position the case no longer has (a removed dependent), so that such a
    decision can be cleared.
    """
    with vault.transaction() as session:
        one, other = _pair(
            vault,
            session,
            case_number,
            position,
            other_case_number,
            other_position,
            must_exist=False,
        )
        row = _row(session, one, other)
        if row is None:
            raise PersonLinkError(_no_decision(one, other))
        decision = row.decision
        session.delete(row)
        session.flush()
        _audit(vault, session, UNDO_ACTIONS.get(decision, "unlink"), one, other, "")
        return decision


def decided_pairs(session: Session, case_id: int) -> dict[int, dict[tuple[int, int], str]]:
    """Every decision about the case's people, raw: position → {(other case id, position): …}.

    For leaving decided pairs out of duplicate checks; never shown as it is (no access check).
    """
    rows = session.execute(
        select(
            PersonLink.case_id,
            PersonLink.position,
            PersonLink.other_case_id,
            PersonLink.other_position,
            PersonLink.decision,
        ).where(or_(PersonLink.case_id == case_id, PersonLink.other_case_id == case_id))
    ).all()
    decided: dict[int, dict[tuple[int, int], str]] = {}
    for first_id, first_position, second_id, second_position, decision in rows:
        if first_id == case_id:
            decided.setdefault(first_position, {})[(second_id, second_position)] = decision
        if second_id == case_id:
            decided.setdefault(second_position, {})[(first_id, first_position)] = decision
    return decided


def read_decisions(
    vault: OpenVault, repository: CaseRepository, case_number: str
) -> list[PersonDecision]:
    """The decisions about a case's people, for the user (inside the caller's transaction).

    Only decisions naming another case the user may open in full are returned; a decision
    about a position either case no longer has is ignored. Sorted by this case's person,
    then the other case number and person. The caller has checked access to the case.
    """
    session = repository.session
    case_id = session.scalar(select(CaseRow.id).where(CaseRow.case_number == case_number))
    if case_id is None:
        raise CaseNotFoundError(case_number)
    oriented: list[tuple[int, int, int, PersonLink]] = []  # mine, other case, theirs, row
    for row in session.scalars(
        select(PersonLink).where(
            or_(PersonLink.case_id == case_id, PersonLink.other_case_id == case_id)
        )
    ):
        if row.case_id == case_id:
            oriented.append((row.position, row.other_case_id, row.other_position, row))
        else:
            oriented.append((row.other_position, row.case_id, row.position, row))
    others = {other_id for _, other_id, _, _ in oriented}
    counts = _people_counts(session, others | {case_id})
    numbers = dict(
        session.execute(select(CaseRow.id, CaseRow.case_number).where(CaseRow.id.in_(others))).all()
    )
    visible = {
        other_id
        for other_id, number in numbers.items()
        if access.case_access(vault, repository, number) is CaseAccess.FULL
    }
    kept = [
        item
        for item in oriented
        if item[0] < counts.get(case_id, 0)  # else a dependent since removed
        and item[1] in visible
        and item[2] < counts.get(item[1], 0)
    ]
    names = _names(session, [(other_id, theirs) for _, other_id, theirs, _ in kept])
    found = [
        PersonDecision(
            mine,
            numbers[other_id],
            theirs,
            names.get((other_id, theirs), ""),
            row.decision,
            row.decided_by,
            row.decided_at,
        )
        for mine, other_id, theirs, row in kept
    ]
    found.sort(key=lambda d: (d.position, d.other_case_number, d.other_position))
    return found


def person_decisions(vault: OpenVault, case_number: str) -> list[PersonDecision]:
    """Every decision about the case's people that the user may see (both kinds)."""
    with vault.transaction() as session:
        access.require(vault, session, Action.CREATE_CASES)
        repository = CaseRepository(session, access.visibility(vault, session))
        access.require_case(vault, repository, case_number, CaseAccess.FULL)
        return read_decisions(vault, repository, case_number)


def linked_people(vault: OpenVault, case_number: str) -> list[PersonDecision]:
    """People of other cases decided to be the same as people of this case (visible ones)."""
    return [decision for decision in person_decisions(vault, case_number) if decision.linked]
