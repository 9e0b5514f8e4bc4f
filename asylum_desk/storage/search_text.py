"""What the search index holds for a case, and how a typed query becomes an FTS5 match.

Names are matched by word prefix, ignoring case and diacritics (``zoe`` finds ``Zoë``).
Burmese is written without spaces between syllables, so Burmese text is also indexed
syllable by syllable: ``ကို`` then finds ``အောင်ကိုကို``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from asylum_desk.domain.model import Case, Person

_MYANMAR = re.compile(r"[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]+")
# A syllable starts at a consonant (or independent vowel) that is not stacked under the
# previous one (U+1039) and not killed by asat (U+103A) or a stacking sign right after it.
_SYLLABLE_START = re.compile(r"(?<!\u1039)(?=[\u1000-\u102A\u103F\u104C-\u104F](?![\u1039\u103A]))")
_TOKEN = re.compile(r"\S+")


def burmese_syllables(text: str) -> list[str]:
    """Split each run of Myanmar script into syllables."""
    syllables: list[str] = []
    for run in _MYANMAR.findall(text):
        syllables.extend(part for part in _SYLLABLE_START.split(run) if part)
    return syllables


def _person_terms(person: Person) -> Iterable[str | None]:
    yield person.given_names
    yield person.family_name
    yield person.name_original_script
    yield from person.aliases
    yield person.anonymity.pseudonym
    if person.place_of_origin is not None:
        origin = person.place_of_origin
        yield from (origin.region, origin.township, origin.village)


def index_body(case: Case, case_number: str) -> str:
    """The searchable text of a case: its number, every name and alias, and its places."""
    terms: list[str | None] = [case_number]
    for person in (case.applicant, *case.dependents):
        terms.extend(_person_terms(person))
    if case.crossing is not None:
        crossing = case.crossing
        terms.extend(
            (crossing.crossing_point, crossing.district, crossing.state, crossing.current_location)
        )
    text = " ".join(unicodedata.normalize("NFC", term) for term in terms if term)
    syllables = burmese_syllables(text)
    return f"{text} {' '.join(syllables)}" if syllables else text


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every typed word must match the start of an indexed word.

    Each word is quoted (so punctuation and FTS operators typed by a person are literal).
    Returns None when the query has nothing to search for.
    """
    words: list[str] = []
    for token in _TOKEN.findall(unicodedata.normalize("NFC", query)):
        if _MYANMAR.fullmatch(token):
            # Consecutive syllables anywhere in a name, not only at its start.
            words.append(" ".join(burmese_syllables(token)) or token)
        else:
            words.append(token)
    phrases = []
    for word in words:
        cleaned = word.replace('"', " ").strip()
        if any(ch.isalnum() for ch in cleaned) or _MYANMAR.search(cleaned):
            phrases.append(f'"{cleaned}"*')
    return " AND ".join(phrases) if phrases else None
