"""Turn a ``PacketDocument`` into PDF bytes, in memory: sections, index of documents, attachments.

Each section starts on a new page; an index of documents with page numbers follows the first
section (the cover letter). The story is laid out once: the index's page numbers and the total
in "page X of Y" take a fixed room while the pages are made and are written in as forms once
the pages are counted (``page_frame``). Readable appended PDFs are added after the main part
with pypdf; the others are named in a note.

``render_leaflet`` draws a few sections for the applicant (the information notice) in the
same page frame, without index, case number or QR code.
"""

# (reportlab ships no type stubs; its objects are Any here.)

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, TableStyle
from reportlab.platypus import Image as RLImage
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from asylum_desk.domain.messages import text
from asylum_desk.packets.document import (
    Block,
    Fields,
    Heading,
    PacketDocument,
    Paragraph,
    Picture,
    Section,
    SignatureBoxes,
    Table,
)
from asylum_desk.packets.fonts import (
    LATIN,
    LATIN_BOLD,
    LATIN_ITALIC,
    line_height,
    markup,
    register_fonts,
)
from asylum_desk.packets.page_frame import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    NEUTRAL_WORDS,
    PAGE_HEIGHT,
    TEXT_WIDTH,
    BuildRecord,
    LateText,
    PacketDocTemplate,
    PageLabels,
    SectionStart,
    footer_overlays,
)

# Binary (Flate) streams instead of ASCII85 text: reportlab's pure-Python ASCII85 encoder
# took seconds per scanned page and made the file a quarter larger.
rl_config.useA85 = 0

__all__ = ["PacketRenderError", "render_leaflet", "render_packet"]

INK = colors.HexColor("#1F2933")
GREY = colors.HexColor("#52606D")
GRID = colors.HexColor("#B8C0C8")
SHADE = colors.HexColor("#EEF1F4")
NOTICE_BORDER = colors.HexColor("#7B8794")


class PacketRenderError(RuntimeError):
    """The packet could not be turned into a PDF."""


@dataclass(frozen=True, slots=True)
class _Attachment:
    caption: str
    reader: PdfReader


def _style(name: str, **values: object) -> ParagraphStyle:
    settings: dict[str, object] = {"fontName": LATIN, "textColor": INK}
    settings.update(values)
    return ParagraphStyle(name, **settings)


_BODY = _style("body", fontSize=10.5, leading=15, spaceAfter=7)
_STYLES: dict[str, ParagraphStyle] = {
    "body": _BODY,
    "quote": _style(
        "quote",
        fontName=LATIN_ITALIC,
        fontSize=10.5,
        leading=15,
        leftIndent=1.0 * cm,
        rightIndent=1.0 * cm,
        textColor=colors.HexColor("#323F4B"),
        spaceBefore=2,
        spaceAfter=9,
    ),
    "small": _style("small", fontSize=8.5, leading=12, textColor=GREY, spaceAfter=5),
    "notice": _style(
        "notice",
        fontSize=10,
        leading=14,
        borderColor=NOTICE_BORDER,
        borderWidth=0.8,
        borderPadding=(7, 8, 7, 8),
        backColor=colors.HexColor("#F5F7FA"),
        spaceBefore=9,
        spaceAfter=15,
        leftIndent=8,
        rightIndent=8,
    ),
}
_TITLE = _style("title", fontName=LATIN_BOLD, fontSize=16, leading=21, spaceAfter=4)
_HEADINGS = {
    1: _style("h1", fontName=LATIN_BOLD, fontSize=13.5, leading=18, spaceBefore=10, spaceAfter=5),
    2: _style("h2", fontName=LATIN_BOLD, fontSize=12, leading=16, spaceBefore=9, spaceAfter=4),
    3: _style("h3", fontName=LATIN_BOLD, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3),
}
_CELL = _style("cell", fontSize=9.5, leading=13)
_CELL_HEAD = _style("cell-head", fontName=LATIN_BOLD, fontSize=9.5, leading=13)
_LABEL = _style("label", fontName=LATIN_BOLD, fontSize=9.5, leading=13, textColor=GREY)
_CAPTION = _style("caption", fontSize=9, leading=12, textColor=GREY, spaceBefore=4, spaceAfter=10)
_INDEX_PAGE = _style("index-page", fontSize=10.5, leading=15, alignment=TA_RIGHT)
_INDEX_ENTRY = _style("index-entry", fontSize=10.5, leading=15)

SIGNATURE_BOX_WIDTH = 6.0 * cm
SIGNATURE_BOX_HEIGHT = 2.5 * cm
EMPTY_VALUE = "—"


def render_packet(document: PacketDocument) -> bytes:
    """Return the packet as PDF bytes; nothing is written to disk.

    Raises ``PacketRenderError`` when the packet has no sections.
    """
    if not document.sections:
        raise PacketRenderError(text("The packet has no documents to print."))
    register_fonts()
    attachments, unreadable = _read_attachments(document.appended_pdfs)
    labels = PageLabels(
        office_name=document.office_name,
        confidentiality_line=document.confidentiality_line,
        case_number=document.case_number,
        qr_payload=f"{document.case_number} {document.packet_date.isoformat()}",
    )
    record = BuildRecord()
    buffer = io.BytesIO()
    template = PacketDocTemplate(
        buffer,
        labels,
        record,
        title=f"Case {document.case_number}",
        subject="Confidential document",
    )
    template.build(_story(document, record, attachments, unreadable))
    total = record.page_count + sum(len(item.reader.pages) for item in attachments)
    template.finish(total, _index_numbers(document, record, attachments))
    pdf = _neutralise_comments(buffer.getvalue())
    if attachments:
        overlay = footer_overlays(labels, _page_sizes(attachments), record.page_count + 1, total)
        pdf = _append(pdf, attachments, _neutralise_comments(overlay), document)
    return pdf


def render_leaflet(
    sections: Sequence[Section],
    *,
    office_name: str,
    confidentiality_line: str,
    title: str,
    subject: str,
) -> bytes:
    """Return a short document for the applicant as PDF bytes; nothing is written to disk.

    Each section starts on a new page. The header names the office; the footer carries the
    confidentiality line and "page X of Y". No index, no case number, no QR code. ``title``
    and ``subject`` go into the metadata (the author is the office): keep them neutral.
    Raises ``PacketRenderError`` when there are no sections.
    """
    if not sections:
        raise PacketRenderError(text("The document has nothing to print."))
    register_fonts()
    labels = PageLabels(office_name=office_name, confidentiality_line=confidentiality_line)
    record = BuildRecord()
    buffer = io.BytesIO()
    template = PacketDocTemplate(buffer, labels, record, title=title, subject=subject)
    story: list[Flowable] = []
    for index, section in enumerate(sections):
        if index:
            story.append(PageBreak())
        story.extend(_section(index, section, record))
    template.build(story)
    template.finish(record.page_count, {})
    return _neutralise_comments(buffer.getvalue())


def _read_attachments(
    appended: Sequence[tuple[str, bytes]],
) -> tuple[list[_Attachment], list[str]]:
    """Split appended PDFs into readable ones and the captions of those that are not."""
    readable: list[_Attachment] = []
    unreadable: list[str] = []
    for caption, data in appended:
        if b"%PDF-" not in data[:1024]:
            # Checked here so that pypdf does not log the first bytes of a foreign file.
            unreadable.append(caption)
            continue
        try:
            reader = PdfReader(io.BytesIO(data))
            usable = not reader.is_encrypted and len(reader.pages) > 0  # not encrypted or empty
            for page in reader.pages if usable else ():
                page.get_contents()
                _ = page.mediabox
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError):
            usable = False
        if not usable:
            unreadable.append(caption)
            continue
        readable.append(_Attachment(caption, reader))
    return readable, unreadable


def _story(
    document: PacketDocument,
    record: BuildRecord,
    attachments: Sequence[_Attachment],
    unreadable: Sequence[str],
) -> list[Flowable]:
    story: list[Flowable] = []
    for index, section in enumerate(document.sections):
        if index:
            story.append(PageBreak())
        story.extend(_section(index, section, record))
        if index == 0:
            story.append(PageBreak())
            story.extend(_index(document, record, attachments, unreadable))
    return story


def _section(index: int, section: Section, record: BuildRecord) -> list[Flowable]:
    flowables: list[Flowable] = [
        SectionStart(index, record),
        _paragraph(section.title, _TITLE),
        _rule(),
    ]
    for block in section.blocks:
        flowables.extend(_block(block))
    return flowables


def _index(
    document: PacketDocument,
    record: BuildRecord,
    attachments: Sequence[_Attachment],
    unreadable: Sequence[str],
) -> list[Flowable]:
    """The index of documents; its page numbers are filled in once the pages are counted."""
    rows: list[list[Flowable]] = [
        [_paragraph(section.title, _INDEX_ENTRY), LateText(f"section{i}", _INDEX_PAGE, record)]
        for i, section in enumerate(document.sections)
    ]
    rows.extend(
        [_paragraph(item.caption, _INDEX_ENTRY), LateText(f"attachment{i}", _INDEX_PAGE, record)]
        for i, item in enumerate(attachments)
    )
    table = RLTable(rows, colWidths=[TEXT_WIDTH - 2.2 * cm, 2.2 * cm])
    table.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    flowables: list[Flowable] = [_paragraph(document.index_title, _TITLE), _rule(), table]
    for caption in unreadable:
        note = f"Attachment {caption} could not be included: not a readable PDF."
        flowables.append(Spacer(1, 0.4 * cm))
        flowables.append(_paragraph(note, _STYLES["notice"]))
    return flowables


def _index_numbers(
    document: PacketDocument, record: BuildRecord, attachments: Sequence[_Attachment]
) -> dict[str, str]:
    """The index's page numbers, by ``LateText`` key: sections, then appended PDFs."""
    numbers = {
        f"section{i}": str(record.section_pages[i])
        for i in range(len(document.sections))
        if i in record.section_pages
    }
    page = record.page_count + 1
    for i, item in enumerate(attachments):
        numbers[f"attachment{i}"] = str(page)
        page += len(item.reader.pages)
    return numbers


def _block(block: Block) -> list[Flowable]:
    if isinstance(block, Heading):
        return [_paragraph(block.text, _HEADINGS.get(block.level, _HEADINGS[3]))]
    if isinstance(block, Paragraph):
        # Burmese and Devanagari runs get their fonts from the markup; Latin letters and digits
        # inside such a paragraph stay in the Latin font (the Myanmar font has no glyphs for them).
        return [_paragraph(block.text, _STYLES.get(block.style, _BODY))]
    if isinstance(block, Fields):
        return [_fields(block)]
    if isinstance(block, Table):
        return [_table(block)]
    if isinstance(block, SignatureBoxes):
        return [_signature_boxes(block)]
    if isinstance(block, Picture):
        return _picture(block)
    raise PacketRenderError(
        text("The packet holds a block the renderer does not know: {block!r}.", block=block)
    )


def _paragraph(text: str, style: ParagraphStyle, *, bold: bool = False) -> RLParagraph:
    """A paragraph in the right fonts.

    Burmese or Devanagari in it is shaped, and its lines are then as tall as the script needs
    (``fonts.SCRIPTS``) so that marks above and below the letters are not clipped. In a bold
    style (titles, headings) those runs are set in the script's bold face too.
    """
    bold = bold or style.fontName == LATIN_BOLD
    height = line_height(text)
    if height is not None:
        leading = max(style.leading, style.fontSize * height)
        style = style.clone(f"{style.name}-shaped", leading=leading, shaping=1)
    return RLParagraph(markup(text, bold=bold), style)


def _table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cell font is Noto: reportlab's default would add Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), LATIN, 9.5), *commands])


def _rule() -> Flowable:
    line = RLTable([[""]], colWidths=[TEXT_WIDTH], rowHeights=[4])
    line.setStyle(_table_style([("LINEABOVE", (0, 0), (-1, 0), 0.6, GRID)]))
    spacer = Spacer(1, 0.25 * cm)
    return KeepTogether([line, spacer])


def _fields(block: Fields) -> Flowable:
    rows = [
        [_paragraph(label, _LABEL, bold=True), _paragraph(value or EMPTY_VALUE, _CELL)]
        for label, value in block.rows
    ]
    if not rows:
        return Spacer(1, 0)
    table = RLTable(rows, colWidths=[0.36 * TEXT_WIDTH, 0.64 * TEXT_WIDTH], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return KeepTogether([table, Spacer(1, 0.35 * cm)]) if len(rows) < 8 else table


def _table(block: Table) -> Flowable:
    columns = max([len(block.header), *(len(row) for row in block.rows)])
    if columns == 0:
        return Spacer(1, 0)
    fractions = block.widths if block.widths and len(block.widths) == columns else None
    if fractions is None:
        fractions = tuple(1 / columns for _ in range(columns))
    scale = sum(fractions) or 1.0
    widths = [TEXT_WIDTH * fraction / scale for fraction in fractions]

    def cells(values: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
        padded = [*values, *([""] * (columns - len(values)))]
        return [_paragraph(value, style, bold=style is _CELL_HEAD) for value in padded]

    rows = [cells(block.header, _CELL_HEAD)] if block.header else []
    rows.extend(cells(row, _CELL) for row in block.rows)
    table = RLTable(rows, colWidths=widths, repeatRows=1 if block.header else 0, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if block.header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(_table_style(commands))
    return KeepTogether([table, Spacer(1, 0.4 * cm)]) if len(rows) < 6 else table


def _signature_boxes(block: SignatureBoxes) -> Flowable:
    """Bordered empty boxes with their labels underneath, as many per row as fit."""
    gap = 0.6 * cm
    per_row = max(1, int((TEXT_WIDTH + gap) // (SIGNATURE_BOX_WIDTH + gap)))
    cells: list[list[Flowable | str]] = []
    styles: list[tuple[object, ...]] = []
    labels = list(block.labels)
    for start in range(0, len(labels), per_row):
        chunk = labels[start : start + per_row]
        row = len(cells)
        cells.append(["" for _ in chunk])
        cells.append([_paragraph(label, _CAPTION) for label in chunk])
        styles.append(("BOTTOMPADDING", (0, row + 1), (-1, row + 1), 12))
        for column in range(len(chunk)):
            styles.append(("BOX", (column * 2, row), (column * 2, row), 0.8, NOTICE_BORDER))
    if not cells:
        return Spacer(1, 0)
    # Boxes sit in even columns; odd columns are gaps between them.
    grid: list[list[Flowable | str]] = []
    for row_cells in cells:
        spaced: list[Flowable | str] = []
        for position, cell in enumerate(row_cells):
            if position:
                spaced.append("")
            spaced.append(cell)
        spaced.extend([""] * (2 * per_row - 1 - len(spaced)))
        grid.append(spaced)
    widths = [SIGNATURE_BOX_WIDTH if i % 2 == 0 else gap for i in range(2 * per_row - 1)]
    heights = [SIGNATURE_BOX_HEIGHT if i % 2 == 0 else None for i in range(len(grid))]
    table = RLTable(grid, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    paddings: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    table.setStyle(_table_style([*paddings, *styles]))
    return KeepTogether([Spacer(1, 0.5 * cm), table, Spacer(1, 0.3 * cm)])


def _picture(block: Picture) -> list[Flowable]:
    """The scan scaled to fit the text area (aspect ratio kept), with its caption below."""
    try:
        width, height = ImageReader(io.BytesIO(block.data)).getSize()
    except (OSError, ValueError, SyntaxError) as error:
        del error
        note = f"Picture {block.caption} could not be included: not a readable image."
        return [_paragraph(note, _STYLES["notice"])]
    max_width = TEXT_WIDTH
    max_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 3.5 * cm
    scale = min(max_width / width, max_height / height)
    size = (width * scale, height * scale)
    image = RLImage(io.BytesIO(block.data), width=size[0], height=size[1])
    return [KeepTogether([Spacer(1, 0.2 * cm), image, _paragraph(block.caption, _CAPTION)])]


def _neutralise_comments(pdf: bytes) -> bytes:
    """Blank reportlab's own comments in the file, keeping every byte offset unchanged.

    Only the words are blanked: the header's comment starts with binary bytes after its "%"
    (they mark the file as binary) and those stay.
    """
    for comment in (
        b"ReportLab generated PDF document -- digest (opensource)",
        b"ReportLab Generated PDF document (opensource)",
        b"ReportLab Generated PDF document http://www.reportlab.com",
    ):
        pdf = pdf.replace(comment, b" " * len(comment))
    return pdf


def _page_sizes(attachments: Sequence[_Attachment]) -> list[tuple[float, float]]:
    sizes: list[tuple[float, float]] = []
    for attachment in attachments:
        for page in attachment.reader.pages:
            box = page.mediabox
            rotated = (page.rotation or 0) % 180 == 90
            width, height = float(box.width), float(box.height)
            sizes.append((height, width) if rotated else (width, height))
    return sizes


def _append(
    pdf: bytes, attachments: Sequence[_Attachment], overlay: bytes, document: PacketDocument
) -> bytes:
    """Add the attachments' pages after the main part with the packet's footer laid over them.

    Their annotations, actions and page metadata are dropped: nothing clickable or hidden
    travels with the packet.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    footers = iter(PdfReader(io.BytesIO(overlay)).pages)
    for attachment in attachments:
        for page in attachment.reader.pages:
            added = writer.add_page(page)
            for key in ("/Annots", "/Metadata", "/PieceInfo", "/AA"):
                if key in added:
                    del added[NameObject(key)]
            added.transfer_rotation_to_content()
            added.merge_page(next(footers))
    writer.add_metadata(
        {
            "/Title": f"Case {document.case_number}",
            "/Author": document.office_name,
            "/Subject": "Confidential document",
            "/Keywords": "",
            "/Creator": NEUTRAL_WORDS,
            "/Producer": NEUTRAL_WORDS,
        }
    )
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
