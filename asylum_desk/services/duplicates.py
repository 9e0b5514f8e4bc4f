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

import threading
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.dates import PartialDate, PartialDateError
from asylum_desk.domain.enums import Sex
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import listed, text
from asylum_desk.domain.model import Person
from asylum_desk.domain.name_matching import fold_burmese, latin_keys, normalise_township
from asylum_desk.services import access, person_links
from asylum_desk.services.access import Action, CaseAccess
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.person_links import PersonDecision
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
        """The reasons in one line: ``names 94%, same birth year 1991, same township Kalay``.

        A ``Text`` (each reason too), so the interface shows it in its own language.
        """
        return listed(self.reasons)


@dataclass(frozen=True, slots=True)
class CaseDuplicates:
    """The possible duplicates of one person of a case being checked."""

    position: int
    name: str
    candidates: list[DuplicateCandidate]
    linked: list[PersonDecision] = field(default_factory=list)
    """People of other cases decided to be this person (not candidates any more)."""
    not_duplicates: list[PersonDecision] = field(default_factory=list)
    """People of other cases decided not to be this person (not proposed again)."""


@dataclass(slots=True)
class _Block:
    """The distinct keys starting with one letter, and who has each."""

    keys: list[str] = field(default_factory=list)
    owners: list[list[int]] = field(default_factory=list)


@dataclass(slots=True)
class _Keys:
    """Folded keys by first letter (for the comparison) and by key (to add people later)."""

    blocks: dict[str, _Block] = field(default_factory=dict)
    owners: dict[str, list[int]] = field(default_factory=dict)

    def add(self, key: str, number: int) -> None:
        owners = self.owners.get(key)
        if owners is None:
            owners = self.owners[key] = []
            block = self.blocks.setdefault(key[0], _Block())
            block.keys.append(key)
            block.owners.append(owners)  # the same list: later owners show in the block
        owners.append(number)


@dataclass(slots=True)
class _Index:
    stamp: tuple[int, int, str | None]
    entries: list[person_index.PersonEntry | None] = field(default_factory=list)
    townships: list[str] = field(default_factory=list)
    latin: _Keys = field(default_factory=_Keys)
    burmese: _Keys = field(default_factory=_Keys)
    by_case: dict[int, list[int]] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # folded words, reused
    keys: int = 0
    dropped: int = 0  # entries replaced or erased since the full build (None in ``entries``)

    def add(self, entry: person_index.PersonEntry) -> None:
        number = len(self.entries)
        self.entries.append(entry)
        self.townships.append(normalise_township(entry.township))
        self.by_case.setdefault(entry.case_id, []).append(number)
        for key in latin_keys(entry.given_names, entry.family_name, entry.aliases, self.words):
            self.latin.add(key, number)
            self.keys += 1
        key = fold_burmese(entry.name_original_script)
        if key:
            self.burmese.add(key, number)
            self.keys += 1

    def drop_case(self, case_id: int) -> None:
        for number in self.by_case.pop(case_id, []):
            self.entries[number] = None
            self.dropped += 1


_INDEXES: dict[int, _Index] = {}
_KEEP = threading.Lock()
"""Guards ``_INDEXES``; held for moments only, so locking the vault never waits for a build."""
_WORK = threading.Lock()
"""One build, refresh or check at a time: a check waits for a build under way and uses it."""
_CHECK_OPEN_EVERY = 2048
"""While building, stop within this many people once the vault is locked."""


class _VaultLocked(RuntimeError):
    def __init__(self) -> None:
        super().__init__(text("the vault is locked"))


def forget_index(vault: OpenVault) -> None:
    """Drop the vault's in-memory index (it is also dropped when the vault object goes)."""
    _forget(id(vault))


def _forget(key: int) -> None:
    with _KEEP:
        _INDEXES.pop(key, None)


def _build(vault: OpenVault, session: Session, stamp: tuple[int, int, str | None]) -> _Index:
    index = _Index(stamp)
    for number, entry in enumerate(person_index.people(session)):
        if number % _CHECK_OPEN_EVERY == 0 and not vault.is_open:
            raise _VaultLocked  # locked meanwhile: stop reading, keep nothing
        index.add(entry)
    return index


def _refresh(index: _Index, session: Session, stamp: tuple[int, int, str | None]) -> bool:
    """Bring ``index`` up to ``stamp`` by re-reading only the cases saved since; or say no.

    Saved or added cases are re-read (their old people dropped); an erased case cannot be
    seen this way, so when the number of indexed cases is not the vault's the answer is no
    (a full build follows), as it is once half the entries have been dropped.
    """
    since = index.stamp[2]
    if since is None or stamp[2] is None or stamp[2] < since or stamp[1] < index.stamp[1]:
        return False
    changed: dict[int, list[person_index.PersonEntry]] = {}
    for entry in person_index.people(session, since=since):
        changed.setdefault(entry.case_id, []).append(entry)
    for case_id, people in changed.items():
        index.drop_case(case_id)
        for entry in people:
            index.add(entry)
    if len(index.by_case) != stamp[0] or index.dropped * 2 > len(index.entries):
        return False
    index.stamp = stamp
    return True


def _index(vault: OpenVault, session: Session) -> _Index:
    """The vault's index, up to date (call with ``_WORK`` held)."""
    with _KEEP:
        for key in [key for key in _INDEXES if key != id(vault)]:
            # Another vault object (locked, or gone): keep no names of it in memory.
            del _INDEXES[key]
        cached = _INDEXES.get(id(vault))
    stamp = person_index.stamp(session)
    if cached is not None and cached.stamp == stamp:
        return cached
    if cached is not None:
        _forget(id(vault))  # not kept while half refreshed
        if _refresh(cached, session, stamp):
            return _keep(vault, cached, first=False)
    return _keep(vault, _build(vault, session, stamp), first=cached is None)


def _keep(vault: OpenVault, index: _Index, *, first: bool) -> _Index:
    """Keep ``index`` for the vault, unless it was locked meanwhile (then refuse)."""
    with _KEEP:
        if not vault.is_open:
            raise _VaultLocked  # a late build must not bring names back after locking
        _INDEXES[id(vault)] = index
    if first:
        weakref.finalize(vault, _forget, id(vault))
        vault.when_closed(lambda: forget_index(vault))  # no names kept once locked
    if not vault.is_open:  # locked while registering: its forgetting may have run already
        forget_index(vault)
        raise _VaultLocked
    return index


@contextmanager
def _reading(vault: OpenVault) -> Iterator[Session]:
    """A unit of work that only reads: it takes no write lock, so a long build holds up no save.

    Checks and builds also take ``_WORK``, so that two threads never build at once. If the
    vault locks meanwhile, the connection is closed at once (not left to a pool the vault
    has already disposed of).
    """
    with _WORK, vault.engine.connect() as connection:
        try:
            with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if not vault.is_open:
                connection.invalidate()


def prepare_index(vault: OpenVault) -> int:
    """Build (or refresh) the vault's index now; returns the number of people indexed.

    The first check of a session reads every person (seconds at 100,000 cases): the
    interface calls this off the GUI thread right after unlocking. Refused like a check.
    It takes no write lock. If the vault is locked meanwhile, it stops (RuntimeError, "the
    vault is locked") and keeps nothing.
    """
    with _reading(vault) as session:
        access.require(vault, session, Action.CREATE_CASES)
        index = _index(vault, session)
        return len(index.entries) - index.dropped


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
        return penalty, text("birth years differ ({year})", year=theirs.year)
    if mine.month is None or theirs.month is None or mine.month != theirs.month:
        return 5.0, text("same birth year {year}", year=mine.year)
    if mine.day is None or theirs.day is None or mine.day != theirs.day:
        return 8.0, text("same birth month {year}-{month:02d}", year=mine.year, month=mine.month)
    return 10.0, text("same date of birth {date}", date=str(mine))


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


def _scores(indexed: _Keys, keys: Sequence[str]) -> dict[int, float]:
    """Name similarity of every indexed person close enough to one of ``keys``.

    Blocking: only keys with the same first letter are compared (after folding, which
    already removes honorifics and the aspiration ``h``). A first letter romanised two ways
    is still found through the Burmese-script name, whose first consonant does not vary.
    """
    scores: dict[int, float] = {}
    for key in keys:
        block = indexed.blocks.get(key[0])
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
    decided: Mapping[tuple[int, int], str] | None = None,
) -> list[DuplicateCandidate]:
    latin, burmese = _name_scores(index, query)
    best: dict[int, DuplicateCandidate] = {}
    for owner in latin.keys() | burmese.keys():
        entry = index.entries[owner]
        if entry is None or entry.case_id == excluded_case_id:
            continue  # re-read since (a newer entry stands for the person) or erased
        if visible is not None and entry.case_id not in visible:
            continue  # never scored, never counted, never explained
        if decided and (entry.case_id, entry.position) in decided:
            continue  # linked, or found to be someone else: not proposed again
        reasons: list[str] = []
        name_score = max(latin.get(owner, 0.0), burmese.get(owner, 0.0))
        if owner in latin:
            reasons.append(text("names {score:.0f}%", score=latin[owner]))
        if owner in burmese:
            reasons.append(text("Burmese names {score:.0f}%", score=burmese[owner]))
        score = name_score
        bonus, why = _birth_evidence(query.date_of_birth, _date(entry.date_of_birth))
        score += bonus
        if why:
            reasons.append(why)
        theirs = index.townships[owner]
        if query.township and theirs:
            if query.township == theirs:
                score += 5.0
                reasons.append(text("same township {township}", township=query.township_label))
            else:
                score -= 5.0
                reasons.append(text("different township ({township})", township=entry.township))
        if query.sex is not None and entry.sex is not None and query.sex.value != entry.sex:
            score -= 25.0
            reasons.append(text("different sex"))
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
    means its applicant, compared with everyone in other cases except the people a decision
    was recorded about (``services.person_links``: linked, or not the same person). Refused
    for interpreters, and for a case the user may not open in full.
    """
    with _reading(vault) as session:
        access.require(vault, session, Action.CREATE_CASES)
        excluded: int | None = None
        decided: Mapping[tuple[int, int], str] | None = None
        if isinstance(person_or_case_number, str):
            repository = CaseRepository(session, access.visibility(vault, session))
            case_number = person_or_case_number
            access.require_case(vault, repository, case_number, CaseAccess.FULL)
            case = repository.load(case_number)
            if case is None:
                raise CaseNotFoundError(case_number)
            excluded = _case_id(repository, case_number)
            decided = person_links.decided_pairs(session, excluded).get(0)
            person: Person = case.applicant
        else:
            person = person_or_case_number
        index = _index(vault, session)
        visible = _visible(vault, session)
        return _candidates(index, _query(person), excluded, visible, limit, decided)


def find_case_duplicates(
    vault: OpenVault, case_number: str, limit: int = 10, *, everyone: bool = False
) -> list[CaseDuplicates]:
    """Possible duplicates, in other cases, of the applicant and each dependent of a case.

    Lists only the people who have at least one candidate or decision (``everyone``: every
    person of the case, for a review). People decided to be the same (linked) or not the
    same are not candidates: they are in ``linked`` and ``not_duplicates``.
    """
    with _reading(vault) as session:
        access.require(vault, session, Action.CREATE_CASES)
        repository = CaseRepository(session, access.visibility(vault, session))
        access.require_case(vault, repository, case_number, CaseAccess.FULL)
        case = repository.load(case_number)
        if case is None:
            raise CaseNotFoundError(case_number)
        excluded = _case_id(repository, case_number)
        decided = person_links.decided_pairs(session, excluded)
        decisions = person_links.read_decisions(vault, repository, case_number)
        index = _index(vault, session)
        visible = _visible(vault, session)
        people: Sequence[Person] = (case.applicant, *case.dependents)
        found: list[CaseDuplicates] = []
        for position, person in enumerate(people):
            query = _query(person)
            mine = decided.get(position)
            candidates = _candidates(index, query, excluded, visible, limit, mine)
            linked = [d for d in decisions if d.position == position and d.linked]
            different = [d for d in decisions if d.position == position and not d.linked]
            if candidates or linked or different or everyone:
                name = " ".join(p for p in (person.given_names, person.family_name) if p)
                found.append(
                    CaseDuplicates(
                        position,
                        name or person.name_original_script or "",
                        candidates,
                        linked,
                        different,
                    )
                )
        return found
