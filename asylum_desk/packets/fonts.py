"""Embedded Noto fonts for packets, and markup that gives each script's runs its own font.

Fonts are registered once per process as reportlab ``TTFont``s (embedded as subsets, shaped
with uharfbuzz). ``SCRIPTS`` is the one table of the scripts the Latin font has no glyphs for
(Burmese, Devanagari): their characters, fonts and line height. ``markup`` turns plain text
into escaped paragraph markup in which every run of such a script is wrapped in that script's
font. Shaped runs carry their Unicode text as ``ActualText`` so that it extracts as typed (see
``actual_text``).
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from asylum_desk.domain.messages import text
from asylum_desk.packets import actual_text
from asylum_desk.resources import resource_path

LATIN = "NotoSans"
"""Family name of the font for Latin (and everything no script of ``SCRIPTS`` claims)."""
LATIN_BOLD = "NotoSans-Bold"
LATIN_ITALIC = "NotoSans-Italic"
MYANMAR = "NotoSansMyanmar"
"""Family name of the font for Burmese."""
MYANMAR_BOLD = "NotoSansMyanmar-Bold"
DEVANAGARI = "NotoSansDevanagari"
"""Family name of the font for Hindi and the other languages written in Devanagari."""
DEVANAGARI_BOLD = "NotoSansDevanagari-Bold"

_JOINERS = "\u200c\u200d"
"""Zero-width non-joiner and joiner: inside a run they stay with it (they change its shaping)."""


@dataclass(frozen=True, slots=True)
class Script:
    """A script set in its own font and shaped with HarfBuzz."""

    name: str
    characters: str
    """The body of a regular-expression character class: the script's code points."""
    regular: str
    bold: str
    regular_file: str
    bold_file: str
    line_height: float
    """The least leading of its lines, as a multiple of the font size (marks above and below
    the letters need more room than Latin)."""


SCRIPTS: tuple[Script, ...] = (
    Script(
        "Myanmar",
        "\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff",
        MYANMAR,
        MYANMAR_BOLD,
        "NotoSansMyanmar-Regular.ttf",
        "NotoSansMyanmar-Bold.ttf",
        line_height=1.9,
    ),
    Script(
        "Devanagari",
        "\u0900-\u097f\ua8e0-\ua8ff\u1cd0-\u1cff",
        DEVANAGARI,
        DEVANAGARI_BOLD,
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        line_height=1.6,
    ),
)
"""Script → fonts. A run of a script's characters is set in its font and shaped; everything
else is set in the Latin font and left unshaped."""

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    LATIN_ITALIC: "NotoSans-Italic.ttf",
    **{script.regular: script.regular_file for script in SCRIPTS},
    **{script.bold: script.bold_file for script in SCRIPTS},
}

_SHAPED_FONTS = frozenset(name for script in SCRIPTS for name in (script.regular, script.bold))

_RUN = re.compile(
    "|".join(
        f"([{script.characters}](?:[{_JOINERS}]*[{script.characters}])*)" for script in SCRIPTS
    )
)
"""A run of one script (group ``i + 1`` for ``SCRIPTS[i]``); joiners inside it belong to it."""

_MYANMAR_CHAR = re.compile(f"[{SCRIPTS[0].characters}]")
_SHAPED_CHAR = re.compile("[" + "".join(script.characters for script in SCRIPTS) + "]")


class FontError(RuntimeError):
    """A bundled font is missing or cannot be read."""


@functools.cache
def register_fonts() -> None:
    """Register the packet fonts and their families (once per process)."""
    for name, file_name in _FILES.items():
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
        except (OSError, ttfonts.TTFError) as error:
            raise FontError(
                text(
                    "The packet font {file} could not be loaded from {path}.",
                    file=file_name,
                    path=str(path),
                )
            ) from error
    # There is no bold italic (or italic of another script) file: fall back to the nearest face.
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD
    )
    for script in SCRIPTS:
        pdfmetrics.registerFontFamily(
            script.regular,
            normal=script.regular,
            bold=script.bold,
            italic=script.regular,
            boldItalic=script.bold,
        )
    _install_per_font_shaping()
    actual_text.install()


def has_myanmar(text: str) -> bool:
    """Return True when ``text`` holds at least one Myanmar character."""
    return _MYANMAR_CHAR.search(text) is not None


def needs_shaping(text: str) -> bool:
    """Return True when ``text`` holds a character of a script in ``SCRIPTS`` (to be shaped)."""
    return _SHAPED_CHAR.search(text) is not None


def line_height(text: str) -> float | None:
    """The least leading ``text`` needs, as a multiple of the font size; None for Latin only."""
    heights = [
        script.line_height
        for script in SCRIPTS
        if re.search(f"[{script.characters}]", text) is not None
    ]
    return max(heights, default=None)


def markup(text: str, *, bold: bool = False) -> str:
    """Return ``text`` as escaped paragraph markup, each script's runs set in its font.

    Line breaks become ``<br/>``. ``bold`` picks the bold faces of the scripts' fonts.
    """
    parts: list[str] = []
    position = 0
    for match in _RUN.finditer(text):
        parts.append(_escaped(text[position : match.start()]))
        script = SCRIPTS[(match.lastindex or 1) - 1]
        font = script.bold if bold else script.regular
        parts.append(f'<font name="{font}">{_escaped(match.group())}</font>')
        position = match.end()
    parts.append(_escaped(text[position:]))
    return "".join(parts)


def _escaped(run: str) -> str:
    return escape(run).replace("\n", "<br/>")


def _needs_shaping(font: str | None) -> bool:
    """Only the fonts of ``SCRIPTS`` are shaped: no ligature may hide Latin letters."""
    return font in _SHAPED_FONTS


def _install_per_font_shaping() -> None:
    """Make reportlab shape each font's part of a mixed word with that font.

    reportlab shapes a whole word with the font of its first fragment, so a word such as
    ``ဒေါ်ခင်မြ,`` (Burmese followed by a Latin comma) would get glyph numbers from the wrong
    font. The wrapper splits such words into single-font pieces, shapes each piece in a font of
    ``SCRIPTS`` with reportlab's own function, and joins the results. Latin pieces stay
    unshaped: ligatures such as "ffi" would otherwise extract and search as a single symbol.
    Each shaped piece records on its glyphs the text they show, for ``ActualText``
    (``actual_text.annotate``).
    """
    original = ttfonts.shapeFragWord
    if getattr(original, "_per_font", False):
        return

    record = actual_text.applies()

    def shape(word: Any, *args: Any, **kwargs: Any) -> Any:
        """Shape a single-font word with reportlab and note on its glyphs the text they show."""
        shaped = original(word, *args, **kwargs)
        if record and shaped is not word:
            text = "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))
            actual_text.annotate(text, shaped)
            actual_text.end_on_a_base(shaped)
        return shaped

    def shape_per_font(word: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, ttfonts.ShapedFragWord):
            return word
        pieces: list[list[Any]] = []
        current_font: str | None = None
        for item in word[1:]:
            frag = item[0]
            font = None if hasattr(frag, "cbDefn") else frag.fontName
            if not pieces or (font is not None and font != current_font and current_font):
                pieces.append([])
            if font is not None:
                current_font = font
            pieces[-1].append(item)
        if len(pieces) <= 1:
            return shape(word, *args, **kwargs) if _needs_shaping(current_font) else word
        joined = ttfonts.makeShapedFragWord(word)([])
        width = 0.0
        for piece in pieces:
            piece_width = sum(
                pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
                for frag, text in piece
                if not hasattr(frag, "cbDefn")
            )
            fonts = {frag.fontName for frag, _ in piece if not hasattr(frag, "cbDefn")}
            shaped = [piece_width, *piece]
            if any(_needs_shaping(font) for font in fonts):
                shaped = shape(shaped, *args, **kwargs)
            width += shaped[0]
            joined.extend(shaped[1:])
        joined.insert(0, width)
        return joined

    wrapper: Callable[..., Any] = shape_per_font
    wrapper._per_font = True  # type: ignore[attr-defined]
    ttfonts.shapeFragWord = wrapper
    rl_paragraph.shapeFragWord = wrapper
