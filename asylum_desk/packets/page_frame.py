"""The page around a packet's text: A4 frames, header, footer with "page X of Y", first-page QR.

It also draws the footer alone, to be laid over the pages of appended PDFs.

A document is laid out once. What is known only when every page is counted (the total in
"page X of Y", the page numbers in an index of documents) is drawn as a named form XObject: a
page refers to the form while it is built (``canvas.doForm``) and ``PacketDocTemplate.finish``
defines the forms once the pages are counted, just before the file is written (reportlab
resolves such forward references when it saves). The lines that repeat on every page (office,
case number, confidentiality line) are forms too: drawn once, placed on each page. PDF readers,
printers and text extraction (pypdf, pdftotext) treat a form's text as part of the page.

``PacketDocTemplate`` also records on which page each section starts (through
``SectionStart`` markers), which the renderer needs for the index of documents.
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
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

from asylum_desk.packets.fonts import LATIN, markup, needs_shaping

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 2.3 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_TOP_FIRST = 3.6 * cm
"""The first page of a packet leaves room for the QR code above the text."""
MARGIN_BOTTOM = 2.4 * cm
QR_SIZE = 2.2 * cm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

RULE_COLOUR = colors.HexColor("#9AA3AD")
FRAME_TEXT_COLOUR = colors.HexColor("#4A5561")
NEUTRAL_WORDS = "Office documents"
"""Creator and producer: even the fact of applying for protection is confidential."""

_HEADER_Y = PAGE_HEIGHT - 1.5 * cm
_FOOTER_RULE_Y = MARGIN_BOTTOM - 0.5 * cm
_FOOTER_Y = _FOOTER_RULE_Y - 0.25 * cm
_POSITION_WIDTH = 5.2 * cm
"""Width of the footer's "page X of Y" box, at the right."""


@dataclass(frozen=True, slots=True)
class PageLabels:
    """What the header and footer print on every page."""

    office_name: str
    confidentiality_line: str
    case_number: str = ""
    """Printed in the header and footer; "" for a leaflet that names no case."""
    qr_payload: str | None = None
    """Drawn as a QR code on the first page; None for no QR code."""

    def position(self, page: int, total: int) -> str:
        """The footer's "page X of Y" (after the case number when there is one)."""
        where = f"page {page} of {total}"
        return f"Case {self.case_number} · {where}" if self.case_number else where


@dataclass(slots=True)
class BuildRecord:
    """What the build learned: where each section started, how many pages, the late texts."""

    section_pages: dict[int, int] = field(default_factory=dict)
    page_count: int = 0
    late_slots: dict[str, tuple[float, ParagraphStyle]] = field(default_factory=dict)
    """Key of each ``LateText`` drawn → its width and style."""


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


class LateText(Flowable):  # type: ignore[misc]
    """One line whose text is known only after the layout, such as a page number in an index.

    It takes the room of one line of ``style`` whatever the text (so the layout never depends
    on it) and draws a form that ``PacketDocTemplate.finish`` fills with the text.
    """

    def __init__(self, key: str, style: ParagraphStyle, record: BuildRecord) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.record = record
        self.width = 0.0
        self.height = style.leading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return (available_width, self.style.leading)

    def draw(self) -> None:
        self.record.late_slots[self.key] = (self.width, self.style)
        self.canv.doForm(_late_form(self.key))


def _late_form(key: str) -> str:
    return f"late{key}"


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

_FRAME_STYLE = ParagraphStyle(
    "frame",
    fontName=LATIN,
    fontSize=8,
    leading=13,
    textColor=FRAME_TEXT_COLOUR,
)

FormDrawing = Callable[[Canvas, int], None]
"""Draws a form's content, given the total number of pages."""


class PacketDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 pages with neutral metadata; with a QR code, the first page has a taller top margin.

    ``build`` lays the story out once and leaves the file open; ``finish`` completes the
    forms with the page total and the late texts, and writes the file.
    """

    _doSave = 0  # reportlab: build() must not save; finish() does, after defining the forms

    def __init__(
        self,
        buffer: Any,
        labels: PageLabels,
        record: BuildRecord,
        *,
        title: str,
        subject: str,
    ) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=labels.office_name,
            subject=subject,
            keywords="",
            creator=NEUTRAL_WORDS,
            producer=NEUTRAL_WORDS,
            lang=None,
            initialFontName=LATIN,  # otherwise every page lists a (non-embedded) Helvetica
            initialFontSize=10,
        )
        self.labels = labels
        self.record = record
        self._forms: dict[str, FormDrawing] = {}
        self._top_first = MARGIN_TOP_FIRST if labels.qr_payload is not None else MARGIN_TOP
        height_first = PAGE_HEIGHT - self._top_first - MARGIN_BOTTOM
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

    def finish(self, total_pages: int, late_texts: Mapping[str, str]) -> None:
        """Define the forms the pages refer to, then write the file.

        ``total_pages`` is the Y of "page X of Y"; ``late_texts`` maps each ``LateText`` key
        to its text (a key without one stays blank).
        """
        canvas = self.canv
        for name, draw in self._forms.items():
            canvas.beginForm(name)
            draw(canvas, total_pages)
            canvas.endForm()
        for key, (width, style) in self.record.late_slots.items():
            canvas.beginForm(_late_form(key))
            paragraph = RLParagraph(markup(late_texts.get(key, "")), style)
            paragraph.wrapOn(canvas, width, 2 * style.leading)
            paragraph.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.save()

    def _place(self, canvas: Canvas, name: str, draw: FormDrawing) -> None:
        """Draw the form ``name`` here; ``draw`` gives its content in ``finish``."""
        self._forms.setdefault(name, draw)
        canvas.doForm(name)

    def _draw_first_page(self, canvas: Canvas, doc: Any) -> None:
        self._draw_page(canvas, doc)
        if self.labels.qr_payload is not None:
            _draw_qr(
                canvas,
                self.labels.qr_payload,
                PAGE_WIDTH - MARGIN_RIGHT - QR_SIZE,
                PAGE_HEIGHT - 0.8 * cm - QR_SIZE,
            )

    def _draw_page(self, canvas: Canvas, doc: Any) -> None:
        labels = self.labels
        canvas.saveState()
        page = canvas.getPageNumber()
        half = TEXT_WIDTH / 2
        first_page = page == 1
        self._place(
            canvas,
            "frameOffice",
            lambda c, _: _draw_text(c, labels.office_name, MARGIN_LEFT, _HEADER_Y, half, TA_LEFT),
        )
        if labels.case_number and not first_page:
            case = f"Case {labels.case_number}"
            self._place(
                canvas,
                "frameCase",
                lambda c, _: _draw_text(c, case, MARGIN_LEFT + half, _HEADER_Y, half, TA_RIGHT),
            )
        rule_y = PAGE_HEIGHT - (self._top_first if first_page else MARGIN_TOP) + 0.5 * cm
        canvas.setStrokeColor(RULE_COLOUR)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, rule_y, PAGE_WIDTH - MARGIN_RIGHT, rule_y)
        canvas.line(MARGIN_LEFT, _FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_RIGHT, _FOOTER_RULE_Y)
        line_width = TEXT_WIDTH - _POSITION_WIDTH - 0.4 * cm
        self._place(
            canvas,
            "frameConfidential",
            lambda c, _: _draw_text(
                c, labels.confidentiality_line, MARGIN_LEFT, _FOOTER_Y, line_width, TA_LEFT
            ),
        )
        left = PAGE_WIDTH - MARGIN_RIGHT - _POSITION_WIDTH
        self._place(
            canvas,
            f"framePage{page}",
            lambda c, total: _draw_text(
                c, labels.position(page, total), left, _FOOTER_Y, _POSITION_WIDTH, TA_RIGHT
            ),
        )
        canvas.restoreState()


def _draw_qr(canvas: Canvas, payload: str, x: float, y: float) -> None:
    """Draw the QR code's dark modules as filled squares, QR_SIZE wide, lower left at (x, y).

    Drawn on the canvas directly: reportlab's graphics renderer would select Helvetica.
    """
    drawing = QrCodeWidget(payload, barLevel="M", barBorder=0).draw()  # encodes the payload
    left, bottom, right, top = drawing.getBounds()  # (the widget's own getBounds encodes again)
    scale_x, scale_y = QR_SIZE / (right - left), QR_SIZE / (top - bottom)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    for shape in drawing.contents:
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
    shaping = int(needs_shaping(text))
    style = _FRAME_STYLE.clone("frame-aligned", alignment=alignment, shaping=shaping)
    paragraph = RLParagraph(markup(text), style)
    _, height = paragraph.wrapOn(canvas, width, 3 * cm)
    paragraph.drawOn(canvas, x, top - height)


def footer_overlays(
    labels: PageLabels, sizes: list[tuple[float, float]], first_page: int, total_pages: int
) -> bytes:
    """Return a PDF whose pages hold only the footer, one per appended page, to lay over them.

    ``sizes`` are the (width, height) of the appended pages; ``first_page`` is the number of
    the first of them within the whole packet, ``total_pages`` the packet's page count.
    """
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=LATIN, initialFontSize=8)
    canvas.setTitle(f"Case {labels.case_number}")
    canvas.setAuthor(labels.office_name)
    canvas.setCreator(NEUTRAL_WORDS)
    canvas.setProducer(NEUTRAL_WORDS)
    for offset, (width, _height) in enumerate(sizes):
        canvas.setPageSize((width, _height))
        margin = min(MARGIN_LEFT, width / 10)
        usable = width - 2 * margin
        right_width = min(5.2 * cm, usable / 2)
        top = 0.9 * cm
        position = labels.position(first_page + offset, total_pages)
        _draw_text(canvas, labels.confidentiality_line, margin, top, usable - right_width, TA_LEFT)
        _draw_text(canvas, position, width - margin - right_width, top, right_width, TA_RIGHT)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
