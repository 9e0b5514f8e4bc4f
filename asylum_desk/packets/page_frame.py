"""The page around a packet's text: A4 frames, header, footer with "page X of Y", first-page QR.

It also draws the footer alone, to be laid over the pages of appended PDFs.

``PacketDocTemplate`` also records on which page each section starts (through
``SectionStart`` markers), which the renderer needs for the index of documents.
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus import Paragraph as RLParagraph

from asylum_desk.packets.fonts import LATIN, has_myanmar, markup

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 2.3 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_TOP_FIRST = 3.6 * cm
"""The first page leaves room for the QR code above the text."""
MARGIN_BOTTOM = 2.4 * cm
QR_SIZE = 2.2 * cm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

RULE_COLOUR = colors.HexColor("#9AA3AD")
FRAME_TEXT_COLOUR = colors.HexColor("#4A5561")
NEUTRAL_WORDS = "Office documents"
"""Creator and producer: even the fact of applying for protection is confidential."""


@dataclass(frozen=True, slots=True)
class PageLabels:
    """What the header and footer print on every page."""

    case_number: str
    office_name: str
    confidentiality_line: str
    qr_payload: str
    total_pages: int | None
    """Pages of the whole packet (appended PDFs included); None on a first pass."""


@dataclass(slots=True)
class BuildRecord:
    """What a build pass learned: where each section started and how many pages it made."""

    section_pages: dict[int, int] = field(default_factory=dict)
    page_count: int = 0


class SectionStart(Flowable):  # type: ignore[misc]
    """An invisible marker that records the page on which a section starts."""

    def __init__(self, index: int, record: BuildRecord) -> None:
        super().__init__()
        self.index = index
        self.record = record
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        self.record.section_pages[self.index] = self.canv.getPageNumber()


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

_FRAME_STYLE = ParagraphStyle(
    "frame",
    fontName=LATIN,
    fontSize=8,
    leading=13,
    textColor=FRAME_TEXT_COLOUR,
)


class PacketDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages with neutral metadata; the first page has a taller top margin for the QR code."""

    def __init__(self, buffer: Any, labels: PageLabels, record: BuildRecord) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"Case {labels.case_number}",
            author=labels.office_name,
            subject="Confidential document",
            keywords="",
            creator=NEUTRAL_WORDS,
            producer=NEUTRAL_WORDS,
            lang=None,
            initialFontName=LATIN,  # otherwise every page lists a (non-embedded) Helvetica
            initialFontSize=10,
        )
        self.labels = labels
        self.record = record
        height_first = PAGE_HEIGHT - MARGIN_TOP_FIRST - MARGIN_BOTTOM
        height_later = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
        first = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, height_first, id="first", **_NO_PADDING
        )
        later = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, height_later, id="later", **_NO_PADDING
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", [first], onPage=self._draw_first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", [later], onPage=self._draw_page),
            ]
        )

    def afterPage(self) -> None:
        self.record.page_count = self.canv.getPageNumber()

    def _draw_first_page(self, canvas: Canvas, doc: Any) -> None:
        self._draw_page(canvas, doc)
        _draw_qr(
            canvas,
            self.labels.qr_payload,
            PAGE_WIDTH - MARGIN_RIGHT - QR_SIZE,
            PAGE_HEIGHT - 0.8 * cm - QR_SIZE,
        )

    def _draw_page(self, canvas: Canvas, doc: Any) -> None:
        labels = self.labels
        canvas.saveState()
        total = "…" if labels.total_pages is None else str(labels.total_pages)
        page = canvas.getPageNumber()
        header_y = PAGE_HEIGHT - 1.5 * cm
        half = TEXT_WIDTH / 2
        first_page = page == 1
        _draw_text(canvas, labels.office_name, MARGIN_LEFT, header_y, half, TA_LEFT)
        if not first_page:
            case = f"Case {labels.case_number}"
            _draw_text(canvas, case, MARGIN_LEFT + half, header_y, half, TA_RIGHT)
        rule_y = PAGE_HEIGHT - (MARGIN_TOP_FIRST if first_page else MARGIN_TOP) + 0.5 * cm
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
        footer_rule_y = MARGIN_BOTTOM - 0.5 * cm
        canvas.line(MARGIN_LEFT, footer_rule_y, PAGE_WIDTH - MARGIN_RIGHT, footer_rule_y)
        footer_y = footer_rule_y - 0.25 * cm
        right_width = 5.2 * cm
        _draw_text(
            canvas,
            labels.confidentiality_line,
            MARGIN_LEFT,
            footer_y,
            TEXT_WIDTH - right_width - 0.4 * cm,
            TA_LEFT,
        )
        position = f"Case {labels.case_number} · page {page} of {total}"
        _draw_text(
            canvas,
            position,
            PAGE_WIDTH - MARGIN_RIGHT - right_width,
            footer_y,
            right_width,
            TA_RIGHT,
        )
        canvas.restoreState()


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float) -> None:
    """Draw the QR code's dark modules as filled squares, QR_SIZE wide, lower left at (x, y).

    Drawn on the canvas directly: reportlab's graphics renderer would select Helvetica.
    """
    widget = QrCodeWidget(payload, barLevel="M", barBorder=0)
    left, bottom, right, top = widget.getBounds()
    scale_x, scale_y = QR_SIZE / (right - left), QR_SIZE / (top - bottom)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    for shape in widget.draw().contents:
        if isinstance(shape, Rect) and shape.fillColor is not None:
            canvas.rect(
                x + (shape.x - left) * scale_x,
                y + (shape.y - bottom) * scale_y,
                shape.width * scale_x,
                shape.height * scale_y,
                stroke=0,
                fill=1,
            )
    canvas.restoreState()


def _draw_text(
    canvas: Canvas, text: str, x: float, top: float, width: float, alignment: int
) -> None:
    """Draw a small paragraph whose top edge is at ``top``."""
    style = _FRAME_STYLE.clone("frame-aligned", alignment=alignment, shaping=int(has_myanmar(text)))
    paragraph = RLParagraph(markup(text), style)
    _, height = paragraph.wrapOn(canvas, width, 3 * cm)
    paragraph.drawOn(canvas, x, top - height)


def footer_overlays(labels: PageLabels, sizes: list[tuple[float, float]], first_page: int) -> bytes:
    """Return a PDF whose pages hold only the footer, one per appended page, to lay over them.

    ``sizes`` are the (width, height) of the appended pages; ``first_page`` is the number of
    the first of them within the whole packet.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=LATIN, initialFontSize=8)
    canvas.setTitle(f"Case {labels.case_number}")
    canvas.setAuthor(labels.office_name)
    canvas.setCreator(NEUTRAL_WORDS)
    canvas.setProducer(NEUTRAL_WORDS)
    total = "…" if labels.total_pages is None else str(labels.total_pages)
    for offset, (width, _height) in enumerate(sizes):
        canvas.setPageSize((width, _height))
        margin = min(MARGIN_LEFT, width / 10)
        usable = width - 2 * margin
        right_width = min(5.2 * cm, usable / 2)
        top = 0.9 * cm
        position = f"Case {labels.case_number} · page {first_page + offset} of {total}"
        _draw_text(canvas, labels.confidentiality_line, margin, top, usable - right_width, TA_LEFT)
        _draw_text(canvas, position, width - margin - right_width, top, right_width, TA_RIGHT)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
