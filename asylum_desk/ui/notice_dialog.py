"""The applicant information notice: pick the language, look at it, print or save it.

The notice names no case and no person (it tells the applicant who receives what, and that
they may refuse or withdraw consent), so it can be printed in advance, in a stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services.notices import make_information_notice, notice_file_name, save_notice
from asylum_desk.services.packets import declaration_languages
from asylum_desk.ui.pdf_printing import InMemoryPdf, print_pdf
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.workers import error_message, translated


class NoticeDialog(QDialog):
    """Shows the notice in the chosen language; Print… and Save… it."""

    def __init__(self, office_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office_name = office_name
        self.pdf_bytes = b""
        self.setWindowTitle(self.tr("Applicant information notice"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the notice"))
        for code, label in declaration_languages():
            self.language.addItem(self.tr("English") if code == "en" else translated(label), code)
        self.language.setCurrentIndex(max(0, self.language.findData("my")))
        self.language.currentIndexChanged.connect(self.show_notice)
        self.pdf = InMemoryPdf(parent=self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Notice preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf.document)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_notice)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        label = QLabel(self.tr("&Language"))
        label.setBuddy(self.language)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.language)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 760)
        self.show_notice()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def show_notice(self) -> None:
        """Make the notice in the chosen language and show it."""
        try:
            self.pdf_bytes = make_information_notice(self.chosen_language(), self.office_name)
            self.pdf.load(self.pdf_bytes)
        except Exception as error:  # noqa: BLE001 - one line; the dialog stays open
            self.pdf_bytes = b""
            self.message.setText(
                self.tr("The notice could not be made: {reason}").format(
                    reason=error_message(error)
                )
            )
            return
        self.message.setText(self.tr("{pages} pages.").format(pages=self.pdf.page_count))

    def print_notice(self) -> None:
        if not self.pdf_bytes:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf(self.pdf, printer)
        except Exception as error:  # noqa: BLE001 - one line
            self.message.setText(
                self.tr("Not printed: {reason}").format(reason=error_message(error))
            )
            return
        self.message.setText(self.tr("Sent {pages} pages to the printer.").format(pages=pages))

    def save(self) -> None:
        if not self.pdf_bytes:
            return
        path = self.choose_save_path(notice_file_name(self.chosen_language()))
        if path is None:
            return
        try:
            save_notice(path, self.pdf_bytes)
        except Exception as error:  # noqa: BLE001 - one line; no half-written file
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_message(error)))
            return
        self.message.setText(self.tr("Saved {file}.").format(file=path.name))

    # System dialogs; tests replace them.
    def choose_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("information notice"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def choose_save_path(self, suggested_name: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save notice"),
            str(Path.home() / suggested_name),
            self.tr("PDF files (*.pdf)"),
            options=FILE_DIALOG_OPTIONS,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def done(self, result: int) -> None:
        self.pdf.close()
        super().done(result)
