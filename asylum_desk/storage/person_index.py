"""Compact reads for duplicate detection: every person's names, birth date and township.

No schema of its own: one query over ``people`` joined to ``cases`` (case number only), read
as plain tuples, so that the services can build an in-memory index of 100,000 cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import Sex
from asylum_desk.storage.case_repository import Visibility, _visible_ids
from asylum_desk.storage.tables import CaseRow, PersonRow


@dataclass(frozen=True, slots=True)
class PersonEntry:
    """What duplicate detection reads of one stored person."""

    case_id: int
    case_number: str
    position: int  # 0: the applicant; 1 and up: dependents
    given_names: str | None
    family_name: str | None
    name_original_script: str | None
    aliases: list[str]
    sex: Sex | None
    date_of_birth: PartialDate | None
    township: str | None


def people(session: Session) -> Iterator[PersonEntry]:
    """Every person of every case (applicants and dependents)."""
    statement = select(
        PersonRow.case_id,
        CaseRow.case_number,
        PersonRow.position,
        PersonRow.given_names,
        PersonRow.family_name,
        PersonRow.name_original_script,
        PersonRow.aliases,
        PersonRow.sex,
        PersonRow.date_of_birth,
        PersonRow.place_of_origin_township,
    ).join(CaseRow, CaseRow.id == PersonRow.case_id)
    for (
        case_id,
        number,
        position,
        given,
        family,
        original,
        aliases,
        sex,
        born,
        township,
    ) in session.execute(statement):
        yield PersonEntry(
            case_id, number, position, given, family, original, aliases, sex, born, township
        )


def stamp(session: Session) -> tuple[int, int, str | None]:
    """Changes when a case is added, erased or saved: (count, highest id, last update)."""
    row = session.execute(
        select(func.count(CaseRow.id), func.max(CaseRow.id), func.max(CaseRow.updated_at))
    ).one()
    return int(row[0]), int(row[1] or 0), row[2]


def visible_case_ids(session: Session, visibility: Visibility) -> set[int]:
    """The ids of the cases ``visibility`` allows (the case list's own rule)."""
    return set(session.scalars(select(_visible_ids(visibility).subquery().c[0])))
