"""What the search index holds for a case, and how a typed query becomes a match.

The vault file uses SQLite's FTS5; a shared PostgreSQL database uses text-search documents
built here, word for word the same (see ``document`` and ``ts_query``).

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


_WORD = re.compile(r"[\w\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]+")


def fold(word: str) -> str:
    """A word as the index keeps it: lower case, and Latin diacritics gone outside Burmese."""
    word = unicodedata.normalize("NFC", word)
    if _MYANMAR.search(word):
        return word  # Burmese vowel signs are combining marks, and they matter
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )
    return unicodedata.normalize("NFC", stripped).casefold()


def _words(text: str) -> list[str]:
    words: list[str] = []
    for token in _WORD.findall(text):
        words.extend(part for part in token.split("_") if part)
    return [fold(word) for word in words]


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def document(body: str) -> str:
    """A PostgreSQL ``tsvector`` literal of ``index_body``'s text: folded words, positions.

    Built here, not by the server's parser, so that Burmese words and the folding are the
    same as the vault file's (the server's parser splits Burmese at its vowel signs).
    """
    return " ".join(f"{_lexeme(word)}:{position}" for position, word in
                    enumerate(_words(body)[:16000], start=1))


def ts_query(query: str) -> str | None:
    """A PostgreSQL ``tsquery`` literal: every typed word must start an indexed word.

    A Burmese word must match consecutive syllables, as in the vault file's phrase match.
    """
    parts: list[str] = []
    for token in _TOKEN.findall(unicodedata.normalize("NFC", query)):
        if _MYANMAR.fullmatch(token):
            syllables = burmese_syllables(token) or [token]
            lexemes = [_lexeme(s) for s in syllables]
            lexemes[-1] += ":*"
            parts.append("(" + " <-> ".join(lexemes) + ")" if len(lexemes) > 1 else lexemes[0])
            continue
        words = _words(token)
        if not words:
            continue
        lexemes = [_lexeme(w) for w in words]
        lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")" if len(lexemes) > 1 else lexemes[0])
    return " & ".join(parts) if parts else None
