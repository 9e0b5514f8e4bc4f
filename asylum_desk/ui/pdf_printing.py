"""Show and print PDF bytes held in memory (QtPdf); nothing is written to a temporary file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300
"""Pages are drawn for the printer at this resolution at most (a page of A4 is ~25 MB)."""


class PdfPrintError(RuntimeError):
    """The printer could not be started or the PDF could not be read."""


class InMemoryPdf(QObject):
    """A QPdfDocument reading from bytes in memory; ``close`` lets go of them.

    One object can show one PDF after another (``load`` again), so that a view keeps the
    same document object for its whole life.
    """

    def __init__(self, pdf: bytes | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)
        if pdf is not None:
            self.load(pdf)

    def load(self, pdf: bytes) -> None:
        """Show ``pdf``; raise ``PdfPrintError`` (and hold nothing) when it cannot be read."""
        self.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.close()
            raise PdfPrintError(
                QCoreApplication.translate(
                    "PdfPrinting", "The packet could not be read back for display."
                )
            )

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        """Drop the document and the copy of the bytes this object held."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())


def open_painter(printer: QPrinter) -> QPainter:
    """Start a print job on ``printer``; raise ``PdfPrintError`` with a reason if it cannot."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfPrintError(
            QCoreApplication.translate(
                "PdfPrinting", "The printer could not be started; check that it is connected."
            )
        )
    return painter


def paint_pages(
    pdf: InMemoryPdf,
    printer: QPrinter,
    painter: QPainter,
    *,
    first_page: bool,
    pages: range | None = None,
) -> int:
    """Draw pages of ``pdf`` into a running print job; return how many were drawn.

    ``first_page`` says whether the job is still on its first sheet (no new page before it).
    Each page is scaled to fit the printable area, keeping its proportions.
    """
    document = pdf.document
    wanted = pages if pages is not None else range(document.pageCount())
    drawn = 0
    for number in wanted:
        if not first_page or drawn:
            printer.newPage()
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        size = document.pagePointSize(number)
        image = render_page(pdf, number, min(printer.resolution(), PRINT_DPI))
        painter.drawImage(_fit(target, size.width(), size.height()), image)
        drawn += 1
    return drawn


def render_page(pdf: InMemoryPdf, number: int, dpi: int) -> QImage:
    """One page as an image at ``dpi`` dots per inch, on white."""
    size = pdf.document.pagePointSize(number)
    pixels = QSize(max(1, round(size.width() * dpi / 72)), max(1, round(size.height() * dpi / 72)))
    image = pdf.document.render(number, pixels)
    if image.isNull():
        raise PdfPrintError(
            QCoreApplication.translate(
                "PdfPrinting", "Page {number} of the packet could not be drawn."
            ).format(number=number + 1)
        )
    return image


def print_pdf(pdf: InMemoryPdf, printer: QPrinter) -> int:
    """Print the pages the print dialog asked for (all by default); return how many."""
    count = pdf.page_count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        pages = range(first - 1, last)
    else:
        pages = range(count)
    painter = open_painter(printer)
    try:
        return paint_pages(pdf, printer, painter, first_page=True, pages=pages)
    finally:
        painter.end()


def _fit(target: QRect, width: float, height: float) -> QRect:
    """The largest rectangle of the page's proportions centred in ``target``."""
    if width <= 0 or height <= 0:
        return QRect(0, 0, target.width(), target.height())
    scale = min(target.width() / width, target.height() / height)
    w, h = round(width * scale), round(height * scale)
    x = (target.width() - w) // 2
    y = (target.height() - h) // 2
    return QRect(x, y, w, h)
