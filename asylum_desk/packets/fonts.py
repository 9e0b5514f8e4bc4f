"""Embedded Noto fonts for packets, and markup that gives Burmese runs the Myanmar font.

Fonts are registered once per process as reportlab ``TTFont``s (embedded as subsets, shaped
with uharfbuzz). ``markup`` turns plain text into escaped paragraph markup in which every run
of Myanmar characters is wrapped in the Myanmar font. Shaped runs carry their Unicode text as
``ActualText`` so that it extracts as typed (see ``actual_text``).
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph as rl_paragraph

from asylum_desk.packets import actual_text
from asylum_desk.resources import resource_path

LATIN = "NotoSans"
"""Family name of the font for Latin (and everything that is not Burmese)."""
LATIN_BOLD = "NotoSans-Bold"
LATIN_ITALIC = "NotoSans-Italic"
MYANMAR = "NotoSansMyanmar"
"""Family name of the font for Burmese."""
MYANMAR_BOLD = "NotoSansMyanmar-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    LATIN_ITALIC: "NotoSans-Italic.ttf",
    MYANMAR: "NotoSansMyanmar-Regular.ttf",
    MYANMAR_BOLD: "NotoSansMyanmar-Bold.ttf",
}

_MYANMAR_RUN = re.compile("([\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]+)")
_MYANMAR_CHAR = re.compile("[\u1000-\u109f\uaa60-\uaa7f\ua9e0-\ua9ff]")


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
                f"The packet font {file_name} could not be loaded from {path}."
            ) from error
    # There is no bold italic (or Myanmar italic) file: fall back to the nearest face.
    pdfmetrics.registerFontFamily(
        LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN_ITALIC, boldItalic=LATIN_BOLD
    )
    pdfmetrics.registerFontFamily(
        MYANMAR, normal=MYANMAR, bold=MYANMAR_BOLD, italic=MYANMAR, boldItalic=MYANMAR_BOLD
    )
    _install_per_font_shaping()
    actual_text.install()


def has_myanmar(text: str) -> bool:
    """Return True when ``text`` holds at least one Myanmar character."""
    return _MYANMAR_CHAR.search(text) is not None


def markup(text: str, *, bold: bool = False) -> str:
    """Return ``text`` as escaped paragraph markup, Burmese runs set in the Myanmar font.

    Line breaks become ``<br/>``. ``bold`` picks the bold faces of both fonts.
    """
    myanmar = MYANMAR_BOLD if bold else MYANMAR
    parts: list[str] = []
    for index, run in enumerate(_MYANMAR_RUN.split(text)):
        if not run:
            continue
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(f'<font name="{myanmar}">{escaped}</font>' if index % 2 else escaped)
    return "".join(parts)


def _needs_shaping(font: str | None) -> bool:
    """Only Burmese needs shaping; Latin is left alone so that no ligature hides its letters."""
    return font is not None and font.startswith(MYANMAR)


def _install_per_font_shaping() -> None:
    """Make reportlab shape each font's part of a mixed word with that font.

    reportlab shapes a whole word with the font of its first fragment, so a word such as
    ``ဒေါ်ခင်မြ,`` (Burmese followed by a Latin comma) would get glyph numbers from the wrong
    font. The wrapper splits such words into single-font pieces, shapes each Burmese piece with
    reportlab's own function, and joins the results. Latin pieces stay unshaped: ligatures such
    as "ffi" would otherwise extract and search as a single symbol. Each shaped piece records
    on its glyphs the text they show, for ``ActualText`` (``actual_text.annotate``).
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
