"""Names folded for duplicate detection: one key per way of writing a name, no I/O.

The same person is often registered under different romanisations of a Myanmar name:
``Aung Ko Ko`` / ``Aung Koko``, ``Thida`` / ``Thi Da``, ``Kyaw Zin Htet`` / ``Kyaw Zinhtet``,
``Htet`` / ``Htett`` / ``Tet``. Myanmar names have no family name and their syllables are
romanised with or without spaces, so the spaces are folded away, as are case, diacritics,
doubled letters and the ``h`` of aspirated consonants (``ht``, ``hp``, ``kh``, ``hl`` …).

Honorifics (``U``, ``Daw``, ``Ko``, ``Ma``, ``Maung``, ``Sai``, ``Nang``, ``Salai`` …) are not
part of the personal name; they are dropped from the start of a name, but never the last
word (``Ko`` alone stays a name) and never inside it (``Aung Ko Ko`` keeps its ``Ko Ko``).

Burmese-script names are compared without spaces and without a leading honorific (ဦး,
ဒေါ်, မောင် …). This module expects Unicode Burmese: the services convert Zawgyi first
(``asylum_desk.text.burmese.to_unicode``; the domain layer cannot import it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

HONORIFICS = frozenset(
    {
        "u",
        "daw",
        "ko",
        "ma",
        "maung",
        "mg",
        "sai",
        "nang",
        "nan",
        "salai",
        "saw",
        "naw",
        "mahn",
        "nai",
        "mi",
    }
)
"""Latin-script prefixes that are titles or gender/ethnic markers, not the personal name."""

BURMESE_HONORIFICS = (
    "ဦး",  # U
    "ဒေါ်",  # Daw
    "မောင်",  # Maung
    "ကို",  # Ko
    "မ",  # Ma
    "စိုင်း",  # Sai
    "နန်း",  # Nang
    "ဆလိုင်း",  # Salai
    "စော",  # Saw
    "နော်",  # Naw
)
"""Burmese-script honorifics, dropped only when written as a separate word."""

# Unambiguous as the first syllable of a name written without spaces.
_BURMESE_PREFIXES = ("ဦး", "ဒေါ်", "မောင်")

_WORD = re.compile(r"[^\W_]+")
_ASPIRATED = re.compile(r"(?<=[tpkslmnc])h|(?<=^)h(?=[tpklmnsy])|(?<=[aeiou])h(?=[tpklmnsy])")
_DOUBLED = re.compile(r"(.)\1+")
_MYANMAR = re.compile(r"[\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]")
_NOT_MYANMAR = re.compile(r"[^\u1000-\u109F\uAA60-\uAA7F\uA9E0-\uA9FF]+")
_SPACE = re.compile(r"[\s\u200b\u200c\u200d]+")


def _ascii_letters(text: str) -> str:
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def latin_words(name: str | None) -> list[str]:
    """The words of a Latin-script name, lowercased, without diacritics or punctuation."""
    if not name:
        return []
    letters = _ascii_letters(name)
    words: list[str] = _WORD.findall(letters)
    return words if letters.isascii() else [word for word in words if not _MYANMAR.search(word)]


def strip_honorifics(words: list[str]) -> list[str]:
    """Drop leading honorifics, keeping at least the last word."""
    start = 0
    while start < len(words) - 1 and words[start] in HONORIFICS:
        start += 1
    return words[start:]


def fold_word(word: str) -> str:
    """One romanised word folded: no aspiration ``h``, no doubled letters, ``r`` as ``y``."""
    folded = _ASPIRATED.sub("", word)
    folded = folded.replace("r", "y")  # Burmese ရ is romanised both ways (Thura / Thuya)
    return _DOUBLED.sub(r"\1", folded)


def fold_latin(name: str | None, words: dict[str, str] | None = None) -> str:
    """The comparison key of a Latin-script name ('' when there is nothing to compare).

    ``words``, when given, remembers folded words across calls (indexing many names). It is
    the caller's, not a module cache: no name outlives the caller's index.
    """
    if words is None:
        return "".join(fold_word(word) for word in strip_honorifics(latin_words(name)))
    folded: list[str] = []
    for word in strip_honorifics(latin_words(name)):
        done = words.get(word)
        if done is None:
            done = words[word] = fold_word(word)
        folded.append(done)
    return "".join(folded)


def fold_burmese(name: str | None) -> str:
    """The comparison key of a (Unicode) Burmese-script name: NFC, no spaces, no honorific."""
    if not name or not _MYANMAR.search(name):
        return ""
    text = unicodedata.normalize("NFC", name).strip()
    parts = [part for part in _SPACE.split(text) if part]
    while len(parts) > 1 and parts[0] in BURMESE_HONORIFICS:
        parts = parts[1:]
    joined = "".join(parts)
    for prefix in _BURMESE_PREFIXES:
        if joined.startswith(prefix) and len(joined) > len(prefix):
            joined = joined[len(prefix) :]
            break
    return _NOT_MYANMAR.sub("", joined)


def latin_keys(
    given_names: str | None,
    family_name: str | None,
    aliases: Iterable[str] = (),
    words: dict[str, str] | None = None,
) -> list[str]:
    """Every Latin-script key of a person: the full name in both orders and each alias.

    ``words``: as for ``fold_latin``.
    """
    keys: list[str] = []
    given, family = (given_names or "").strip(), (family_name or "").strip()
    candidates = [f"{given} {family}", f"{family} {given}"] if family else [given]
    candidates.extend(aliases)
    for candidate in candidates:
        key = fold_latin(candidate, words)
        if key and key not in keys:
            keys.append(key)
    return keys


def normalise_township(township: str | None) -> str:
    """A township name for equality: lowercase, no diacritics, spaces or punctuation."""
    return "".join(_WORD.findall(_ascii_letters(township or "")))
