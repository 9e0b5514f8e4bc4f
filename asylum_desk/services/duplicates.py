"""Possible duplicates: whether a person is already registered, under another spelling.

Every stored person (applicants and dependents) is read once per vault session into an
in-memory index of folded names (``asylum_desk.domain.name_matching``), and read again only
when a case has been added, erased or saved since. A check compares the person's folded
names with every indexed one in C (``rapidfuzz``), then scores the close ones with the
supporting evidence:

- name similarity, 0–100: the best of the Latin-script names (full name in both orders and
  aliases) and, when both people have one, the Burmese-script name;
- birth date: +10 same day, +8 same month, +5 same year; −5 one year apart (a common slip),
  −20 further apart;
- township of origin: +5 the same, −5 different (when both are known);
- sex: −25 when both are known and differ.

Candidates scoring ``THRESHOLD`` or more are returned, best first, one per case, with the
reasons. Only cases the signed-in user may open in full are ever returned (a caseworker
never learns the case number, or the reasons, of a case that is not theirs); interpreters
may not check at all (they never see names).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.dates import PartialDate, PartialDateError
from asylum_desk.domain.enums import Sex
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.model import Person
from asylum_desk.domain.name_matching import fold_burmese, latin_keys, normalise_township
from asylum_desk.services import access
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.storage import person_index
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseRow
from asylum_desk.text.burmese import to_unicode

THRESHOLD = 90.0
"""Lowest total score reported as a possible duplicate."""

NAME_CUTOFF = 70.0
"""Lowest name similarity worth scoring (the best evidence bonus is +15)."""

__all__ = [
    "NAME_CUTOFF",
    "THRESHOLD",
    "CaseDuplicates",
    "DuplicateCandidate",
    "find_case_duplicates",
    "find_possible_duplicates",
    "forget_index",
    "prepare_index",
]


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A stored person who may be the same as the one checked."""

    case_number: str
    position: int  # 0: the case's applicant; 1 and up: its dependents
    name: str
    score: float
    reasons: tuple[str, ...]

    @property
    def explanation(self) -> str:
        """The reasons in one line: ``names 94%, same birth year 1991, same township Kalay``."""
        return ", ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class CaseDuplicates:
    """The possible duplicates of one person of a case being checked."""

    position: int
    name: str
    candidates: list[DuplicateCandidate]


@dataclass(slots=True)
class _Block:
    """The distinct keys starting with one letter, and who has each."""

    keys: list[str] = field(default_factory=list)
    owners: list[list[int]] = field(default_factory=list)


def _blocks(pairs: dict[str, list[int]]) -> dict[str, _Block]:
    blocks: dict[str, _Block] = {}
    for key, owners in pairs.items():
        block = blocks.setdefault(key[0], _Block())
        block.keys.append(key)
        block.owners.append(owners)
    return blocks


@dataclass(slots=True)
class _Index:
    stamp: tuple[int, int, str | None]
    entries: list[person_index.PersonEntry] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)
    latin: dict[str, _Block] = field(default_factory=dict)
    burmese: dict[str, _Block] = field(default_factory=dict)
    keys: int = 0


_INDEXES: dict[int, _Index] = {}


def forget_index(vault: OpenVault) -> None:
    """Drop the vault's in-memory index (it is also dropped when the vault object goes)."""
    _INDEXES.pop(id(vault), None)


def _build(session: Session, stamp: tuple[int, int, str | None]) -> _Index:
    index = _Index(stamp)
    latin: dict[str, list[int]] = {}
    burmese: dict[str, list[int]] = {}
    words: dict[str, str] = {}  # folded words, for this build only
    for number, entry in enumerate(person_index.people(session)):
        index.entries.append(entry)
        index.townships.append(normalise_township(entry.township))
        for key in latin_keys(entry.given_names, entry.family_name, entry.aliases, words):
            latin.setdefault(key, []).append(number)
            index.keys += 1
        key = fold_burmese(entry.name_original_script)
        if key:
            burmese.setdefault(key, []).append(number)
            index.keys += 1
    index.latin = _blocks(latin)
    index.burmese = _blocks(burmese)
    return index


def _index(vault: OpenVault, session: Session) -> _Index:
    for key in [key for key in _INDEXES if key != id(vault)]:
        # Another vault object (locked, or gone): keep no names of it in memory.
        del _INDEXES[key]
    stamp = person_index.stamp(session)
    cached = _INDEXES.get(id(vault))
    if cached is not None and cached.stamp == stamp:
        return cached
    built = _build(session, stamp)
    if cached is None:
        weakref.finalize(vault, _INDEXES.pop, id(vault), None)
        vault.when_closed(lambda: forget_index(vault))  # no names kept once locked
    _INDEXES[id(vault)] = built
    return built


def prepare_index(vault: OpenVault) -> int:
    """Build (or refresh) the vault's index now; returns the number of people indexed.

    The first check of a session reads every person (seconds at 100,000 cases): the
    interface may call this off the GUI thread right after unlocking. Refused like a check.
    """
    with vault.transaction() as session:
        access.require(vault, session, Action.CREATE_CASES)
        return len(_index(vault, session).entries)


def _display_name(entry: person_index.PersonEntry) -> str:
    parts = [entry.given_names, entry.family_name]
    latin = " ".join(part for part in parts if part)
    return latin or entry.name_original_script or ""


def _date(stored: str | None) -> PartialDate | None:
    if not stored:
        return None
    try:
        return PartialDate.parse(stored)
    except PartialDateError:
        return None


def _birth_evidence(mine: PartialDate | None, theirs: PartialDate | None) -> tuple[float, str]:
    if mine is None or theirs is None:
        return 0.0, ""
    if mine.year != theirs.year:
        apart = abs(mine.year - theirs.year)
        penalty = -5.0 if apart == 1 else -20.0
        return penalty, f"birth years differ ({theirs.year})"
    if mine.month is None or theirs.month is None or mine.month != theirs.month:
        return 5.0, f"same birth year {mine.year}"
    if mine.day is None or theirs.day is None or mine.day != theirs.day:
        return 8.0, f"same birth month {mine.year}-{mine.month:02d}"
    return 10.0, f"same date of birth {mine}"


@dataclass(frozen=True, slots=True)
class _Query:
    latin: list[str]
    burmese: str
    date_of_birth: PartialDate | None
    township: str
    township_label: str
    sex: Sex | None


def _query(person: Person) -> _Query:
    original = to_unicode(person.name_original_script) if person.name_original_script else None
    aliases = [to_unicode(alias) for alias in person.aliases]
    township = person.place_of_origin.township if person.place_of_origin else None
    return _Query(
        latin=latin_keys(person.given_names, person.family_name, aliases),
        burmese=fold_burmese(original),
        date_of_birth=person.date_of_birth,
        township=normalise_township(township),
        township_label=(township or "").strip(),
        sex=person.sex,
    )


def _scores(blocks: dict[str, _Block], keys: Sequence[str]) -> dict[int, float]:
    """Name similarity of every indexed person close enough to one of ``keys``.

    Blocking: only keys with the same first letter are compared (after folding, which
    already removes honorifics and the aspiration ``h``). A first letter romanised two ways
    is still found through the Burmese-script name, whose first consonant does not vary.
    """
    scores: dict[int, float] = {}
    for key in keys:
        block = blocks.get(key[0])
        if block is None:
            continue
        for _, score, at in process.extract(
            key, block.keys, scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF, limit=None
        ):
            for owner in block.owners[at]:
                scores[owner] = max(scores.get(owner, 0.0), score)
    return scores


def _name_scores(index: _Index, query: _Query) -> tuple[dict[int, float], dict[int, float]]:
    burmese = [query.burmese] if query.burmese else []
    return _scores(index.latin, query.latin), _scores(index.burmese, burmese)


def _candidates(
    index: _Index,
    query: _Query,
    excluded_case_id: int | None,
    visible: set[int] | None,
    limit: int,
) -> list[DuplicateCandidate]:
    latin, burmese = _name_scores(index, query)
    best: dict[int, DuplicateCandidate] = {}
    for owner in latin.keys() | burmese.keys():
        entry = index.entries[owner]
        if entry.case_id == excluded_case_id:
            continue
        if visible is not None and entry.case_id not in visible:
            continue  # never scored, never counted, never explained
        reasons: list[str] = []
        name_score = max(latin.get(owner, 0.0), burmese.get(owner, 0.0))
        if owner in latin:
            reasons.append(f"names {latin[owner]:.0f}%")
        if owner in burmese:
            reasons.append(f"Burmese names {burmese[owner]:.0f}%")
        score = name_score
        bonus, why = _birth_evidence(query.date_of_birth, _date(entry.date_of_birth))
        score += bonus
        if why:
            reasons.append(why)
        theirs = index.townships[owner]
        if query.township and theirs:
            if query.township == theirs:
                score += 5.0
                reasons.append(f"same township {query.township_label}")
            else:
                score -= 5.0
                reasons.append(f"different township ({entry.township})")
        if query.sex is not None and entry.sex is not None and query.sex.value != entry.sex:
            score -= 25.0
            reasons.append("different sex")
        if score < THRESHOLD:
            continue
        candidate = DuplicateCandidate(
            entry.case_number, entry.position, _display_name(entry), score, tuple(reasons)
        )
        held = best.get(entry.case_id)
        if held is None or candidate.score > held.score:
            best[entry.case_id] = candidate
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.case_number, c.position))
    return ranked[:limit]


def _visible(vault: OpenVault, session: Session) -> set[int] | None:
    scope = access.visibility(vault, session)
    return None if scope is None else person_index.visible_case_ids(session, scope)


def _case_id(repository: CaseRepository, case_number: str) -> int:
    found = repository.session.scalar(select(CaseRow.id).where(CaseRow.case_number == case_number))
    if found is None:
        raise CaseNotFoundError(case_number)
    return found


def find_possible_duplicates(
    vault: OpenVault, person_or_case_number: Person | str, limit: int = 10
) -> list[DuplicateCandidate]:
    """Stored people who may be ``person`` (or the applicant of the given case), best first.

    A person not yet stored (being registered) is compared with everyone; a case number
    means its applicant, compared with everyone in other cases. Refused for interpreters,
    and for a case the user may not open in full.
    """
    with vault.transaction() as session:
        access.require(vault, session, Action.CREATE_CASES)
        excluded: int | None = None
        if isinstance(person_or_case_number, str):
            repository = CaseRepository(session, access.visibility(vault, session))
            case_number = person_or_case_number
            access.require_case(vault, repository, case_number, CaseAccess.FULL)
            case = repository.load(case_number)
            if case is None:
                raise CaseNotFoundError(case_number)
            excluded = _case_id(repository, case_number)
            person: Person = case.applicant
        else:
            person = person_or_case_number
        index = _index(vault, session)
        return _candidates(index, _query(person), excluded, _visible(vault, session), limit)


def find_case_duplicates(
    vault: OpenVault, case_number: str, limit: int = 10
) -> list[CaseDuplicates]:
    """Possible duplicates, in other cases, of the applicant and each dependent of a case.

    Lists only the people who have at least one candidate.
    """
    with vault.transaction() as session:
        access.require(vault, session, Action.CREATE_CASES)
        repository = CaseRepository(session, access.visibility(vault, session))
        access.require_case(vault, repository, case_number, CaseAccess.FULL)
        case = repository.load(case_number)
        if case is None:
            raise CaseNotFoundError(case_number)
        excluded = _case_id(repository, case_number)
        index = _index(vault, session)
        visible = _visible(vault, session)
        people: Sequence[Person] = (case.applicant, *case.dependents)
        found: list[CaseDuplicates] = []
        for position, person in enumerate(people):
            candidates = _candidates(index, _query(person), excluded, visible, limit)
            if candidates:
                name = " ".join(p for p in (person.given_names, person.family_name) if p)
                found.append(
                    CaseDuplicates(position, name or person.name_original_script or "", candidates)
                )
        return found
