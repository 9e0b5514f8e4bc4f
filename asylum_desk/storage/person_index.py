"""Compact reads for duplicate detection: every person's names, birth date and township.

No schema of its own: one query over ``people`` joined to ``cases`` (case number only), read
as plain tuples, so that the services can build an in-memory index of 100,000 cases. The
birth date and sex are read as the stored text (``1991-04``, ``female``) and parsed only for
the few people a check scores: parsing 185,000 of them would double the read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Text, func, select, type_coerce
from sqlalchemy.orm import Session

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
    sex: str | None  # the stored value of ``Sex``
    date_of_birth: str | None  # ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``
    township: str | None


def people(session: Session, since: str | None = None) -> Iterator[PersonEntry]:
    """Every person of every case (applicants and dependents).

    ``since``: only the people of cases saved (or added) at or after that ``updated_at``.
    """
    statement = select(
        PersonRow.case_id,
        CaseRow.case_number,
        PersonRow.position,
        PersonRow.given_names,
        PersonRow.family_name,
        PersonRow.name_original_script,
        type_coerce(PersonRow.aliases, Text),
        type_coerce(PersonRow.sex, Text),
        type_coerce(PersonRow.date_of_birth, Text),
        PersonRow.place_of_origin_township,
    ).join(CaseRow, CaseRow.id == PersonRow.case_id)
    if since is not None:
        statement = statement.where(CaseRow.updated_at >= since)
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
        names = [str(alias) for alias in json.loads(aliases)] if aliases and aliases != "[]" else []
        yield PersonEntry(
            case_id, number, position, given, family, original, names, sex, born, township
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
