"""ActualText for shaped text: text extracted from a packet is the Unicode that was typed.

Shaping turns Burmese into glyphs that are reordered (the vowel sign E, U+1031, is drawn before
its consonant), joined into ligatures or stacked, and Devanagari likewise (the vowel sign I,
U+093F, drawn before its consonant; conjuncts as single glyphs; a reph above the letter after
it). reportlab gives the glyphs that have no character of their own private-use code points in
its font subsets and writes no ``ActualText``, so a PDF reader that extracts or copies the text
gets the letters in drawing order, some of them as private-use characters. A ToUnicode map
cannot fix that: it maps glyphs, one by one, and the reordering is between glyphs.

The fix is the PDF's own answer (ISO 32000-1, 14.9.4): every run of shaped text is wrapped in a
marked-content span that carries its text, ``/Span <</ActualText <FEFF…>>> BDC … EMC``.
Three small hooks into reportlab do it:

- ``annotate`` (called by the shaping wrapper in ``fonts.py``) records, on reportlab's
  per-glyph ``ShapeData``, the characters of the cluster that each glyph starts (the first
  glyph of a HarfBuzz cluster carries the cluster's text, the others carry ""). These records
  travel with the glyphs when reportlab joins words into lines or slices them.
- ``install`` wraps ``PDFTextObject._formatText``, the one place that turns a string into
  ``Tj``/``TJ`` operators: for a shaped string whose glyphs carry the records it puts the
  operators between ``BDC`` and ``EMC``. Each call draws one run on one line, so every span
  opens and closes within a line and a text object, and word spacing (``Tw``, set outside the
  call) still stretches justified lines.
- a wrapper of ``paragraph._fragWordIter``, which reportlab uses only to
  split a word too long for its line (a Burmese phrase in a narrow table cell) into pieces. It
  walked the characters of a shaped string as plain ``str``, dropping the glyph positions and
  records; now it walks whole syllables that keep their ``ShapeData`` (and their advances as
  their width), so the pieces draw as shaped, break between syllables, and each piece's span
  carries its own part of the text.

They rely on reportlab internals; they are applied only to the reportlab version they were
written against (``WRITTEN_FOR``). With another version the packets still render and print
correctly, text extraction is as before, and the packet tests say so.
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import paragraph

WRITTEN_FOR = "5.1"
"""The reportlab major.minor version whose internals these hooks were written against."""

_TEXT = "_asylum_desk_text"
"""Attribute set on a ``ShapeData``: the characters of the cluster this glyph starts."""

_SYLLABLE = re.compile(
    "(?<!\u1039)[\u1000-\u1021\u1023-\u102a\u103f\u1040-\u104f](?![\u103a\u1039])"
    "|(?<!\u094d)[\u0904-\u0939\u093d\u0950\u0958-\u0961\u0964-\u0970\u0972-\u097f]"
    "|[^\u1000-\u109f\u0900-\u097f\u200c\u200d]"
)
"""Where a syllable starts. Burmese: a consonant that is neither stacked under the one before
(U+1039) nor killed by an asat or stacking the next one (U+103A, U+1039), an independent
vowel, a digit or punctuation. Devanagari: a consonant that does not follow a virama (U+094D:
it joins the conjunct before it), an independent vowel, the avagraha, om, a danda or a digit;
vowel signs, nukta, virama and the other marks never start one. Or any character of another
script, except the zero-width (non-)joiners."""


_DEVANAGARI = re.compile("[\u0900-\u097f]")


def applies() -> bool:
    """Return True when the installed reportlab is the one the hooks were written against."""
    version = ".".join(str(reportlab.Version).split(".")[:2])
    return (
        version == WRITTEN_FOR
        and hasattr(ttfonts, "ShapedStr")
        and "cluster" in getattr(ttfonts.ShapeData, "_fields", ())
        and callable(getattr(textobject.PDFTextObject, "_formatText", None))
        and callable(getattr(paragraph, "_fragWordIter", None))
    )


def annotate(text: str, word: Any) -> None:
    """Record on the glyphs of the shaped frag word ``word`` which characters of ``text`` they show.

    ``word`` is what reportlab's ``shapeFragWord`` returned for ``text`` (the text of all its
    fragments, joined): a width followed by ``(fragment, string)`` pairs. HarfBuzz numbers each
    glyph with the index of the first character of its cluster; a cluster's text runs to the
    next cluster's index. Pairs that were not shaped (plain ``str``) are left alone.
    """
    glyphs = [
        data
        for _, string in word[1:]
        if isinstance(string, ttfonts.ShapedStr)
        for data in string.__shapeData__
    ]
    starts = sorted({data.cluster for data in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    for data in glyphs:
        start = data.cluster
        end = ends.pop(start, None)  # only the first glyph of a cluster takes its text
        setattr(data, _TEXT, "" if end is None else text[start:end])


def end_on_a_base(word: Any) -> None:
    """Draw a Devanagari word's trailing marks before their base glyph, where they still land.

    A word that ends in a mark HarfBuzz moves back onto its letter (the vowel sign E of
    ``सके``, an asat) leaves the pen ahead of the last glyph drawn. Poppler takes the end of a
    span's last glyph as the end of its ActualText, so a comma set right after the word (a
    Latin run of its own) looked like the next word and extracted as "सके ,". Drawing the
    zero-advance marks first, offset by the base's advance, puts every glyph where it was and
    makes the base the last one drawn. The moved glyphs' texts go, joined in their order, to
    the first of them, so the cluster still extracts as typed and is never broken.
    """
    for index, (frag, string) in enumerate(word[1:], start=1):
        if not isinstance(string, ttfonts.ShapedStr):
            continue
        data = list(string.__shapeData__)
        marks = len(data)
        while marks > 0 and data[marks - 1].x_advance == 0:
            marks -= 1
        base = marks - 1
        texts = [getattr(item, _TEXT, None) for item in data[base:]]
        if marks == len(data) or base < 0 or data[base].x_advance <= 0 or None in texts:
            continue
        if not _DEVANAGARI.search("".join(text or "" for text in texts)):
            continue  # Burmese keeps its drawing order (readers without ActualText rely on it)
        advance = data[base].x_advance
        moved = [item._replace(x_offset=item.x_offset + advance) for item in data[marks:]]
        ordered = [*moved, data[base]]
        for item in ordered:
            setattr(item, _TEXT, "")
        setattr(ordered[0], _TEXT, "".join(text or "" for text in texts))
        chars = str(string)
        glyphs = chars[:base] + chars[marks:] + chars[base]
        word[index] = (frag, ttfonts.ShapedStr(glyphs, shapeData=data[:base] + ordered))


def actual_text(string: str) -> str | None:
    """The Unicode text behind a shaped string, for its ActualText; None when it has none.

    None for plain strings and for glyphs shaped without a record (another code path). A
    shaped string whose glyphs are its own characters still gets one: their HarfBuzz positions
    (a mark moved onto its base) can make a reader split or reorder them.
    """
    if not isinstance(string, ttfonts.ShapedStr):
        return None
    parts: list[str] = []
    recorded = False
    for char, data in zip(string, string.__shapeData__, strict=False):
        text = getattr(data, _TEXT, None)
        if text is not None:
            recorded = True
            parts.append(text)
        elif data is ttfonts._sdSimple:  # a character added to a shaped string: itself
            parts.append(char)
        else:
            return None
    return "".join(parts) if recorded else None


def syllables(string: Any) -> list[tuple[int, int]]:
    """Split the glyphs of a shaped string into (start, end) ranges, one per syllable.

    A range starts at a glyph that starts a cluster whose text starts a syllable (see
    ``_SYLLABLE``); glyphs shaped without a record start one each. So a line is never broken
    inside a cluster (a reordered vowel sign stays with its consonant) or a syllable.
    """
    texts: list[str | None] = []
    for char, data in zip(string, string.__shapeData__, strict=False):
        text = getattr(data, _TEXT, None)
        texts.append(char if text is None and data is ttfonts._sdSimple else text)
    full = "".join(text or "" for text in texts)
    boundaries = {match.start() for match in _SYLLABLE.finditer(full)}
    starts: list[int] = []
    offset = 0
    for index, text in enumerate(texts):
        if not starts or text is None or (text and offset in boundaries):
            starts.append(index)
        offset += len(text or "")
    return list(zip(starts, [*starts[1:], len(texts)], strict=True))


def span(text: str, operators: str) -> str:
    """``operators`` wrapped in a marked-content span whose ActualText is ``text``."""
    utf16 = "FEFF" + text.encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{utf16}>>> BDC {operators} EMC"


@functools.cache
def install() -> bool:
    """Install the hooks into reportlab (once per process); return whether they apply."""
    if not applies():
        return False
    format_text_of = textobject.PDFTextObject._formatText
    chars_of = paragraph._fragWordIter

    def format_text(self: Any, text: str) -> str:
        """The operators of ``_formatText``, a shaped run's inside its ActualText span."""
        operators = format_text_of(self, text)
        actual = actual_text(text) if operators else None
        return operators if actual is None else span(actual, operators)

    def frag_word_chars(word: Any) -> Iterator[tuple[Any, float, Any]]:
        """Like ``_fragWordIter``: (fragment, width, character) for a word to split.

        A shaped string yields ``ShapedStr`` slices, one per syllable, that keep their
        ``ShapeData`` and are as wide as their advances; everything else goes through
        reportlab's own.
        """
        for frag, string in word[1:]:
            if isinstance(string, ttfonts.ShapedStr) and not hasattr(frag, "cbDefn"):
                scale = frag.fontSize / 1000
                for start, end in syllables(string):
                    width = sum(data.x_advance for data in string.__shapeData__[start:end])
                    yield frag, width * scale, string[start:end]
            else:
                yield from chars_of([0, (frag, string)])

    textobject.PDFTextObject._formatText = format_text
    paragraph._fragWordIter = frag_word_chars
    return True
