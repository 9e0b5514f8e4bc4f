"""Packet… for one case: what goes in, what is disclosed, the real PDF, then print or save.

The PDF lives in memory only (QtPdf reads it from a buffer); it reaches the disk only when the
user saves it, after a warning and the offer of a password.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import packets as packet_service
from asylum_desk.ui.pdf_printing import InMemoryPdf, print_pdf
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.save_packet_dialog import SavePacketDialog
from asylum_desk.ui.workers import error_message, run_in_thread, translated

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.services.packets import Packet, PacketPreview

CHOOSE, PREVIEW = 0, 1


class PacketDialog(QDialog):
    """The packet of one case, from choosing what goes in to printing or saving it."""

    def __init__(self, vault: OpenVault, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_number = case_number
        self.packet: Packet | None = None
        self.pdf = InMemoryPdf(parent=self)
        self.setWindowTitle(self.tr("Packet for {number}").format(number=case_number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._previews: dict[str, PacketPreview] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._preview_page())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Packet status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self._print_shortcut)
        self.resize(900, 760)
        try:
            self._previews = packet_service.preview_packets(vault, case_number)
        except Exception as error:  # noqa: BLE001 - shown as one line; nothing is made
            self.message.setText(
                self.tr("No packet can be made: {reason}").format(reason=error_message(error))
            )
        if self._previews:
            spoken = next(iter(self._previews.values())).applicant_language
            self.language.setCurrentIndex(max(0, self.language.findData(spoken)))
        self.show_disclosure()

    # ---- page 1: what goes in --------------------------------------------------------
    def _choose_page(self) -> QWidget:
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for key, label in packet_service.packet_recipients():
            self.recipient.addItem(label, key)
        self.recipient.currentIndexChanged.connect(self.show_disclosure)
        self.recipient.currentIndexChanged.connect(self._offer_letter_languages)
        self.letter = QComboBox()
        self.letter.setAccessibleName(self.tr("Letter in"))
        self.letter.setToolTip(
            self.tr(
                "The language of the recipient's wording: cover letter, confidentiality "
                "notice, declaration and certificates. The data sheets stay in English."
            )
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Declaration also in"))
        for key, label in packet_service.declaration_languages():
            self.language.addItem(translated(label), key)
        self.language.setToolTip(
            self.tr(
                "The declaration is in English and in the applicant's own language, so that "
                "they read what they sign. The recipient's letters are in the recipient's "
                "language."
            )
        )

        self.documents = QListWidget()
        self.documents.setAccessibleName(self.tr("Documents to include"))
        for choice in packet_service.DOCUMENT_CHOICES:
            title = translated(choice.title)
            text = (
                self.tr("{document}  (always included)").format(document=title)
                if choice.required
                else title
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setCheckState(Qt.CheckState.Checked)
            if choice.required:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setForeground(self.palette().placeholderText())
            self.documents.addItem(item)

        self.disclosure = QLabel()
        self.disclosure.setWordWrap(True)
        self.disclosure.setTextFormat(Qt.TextFormat.RichText)
        self.disclosure.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.disclosure.setAccessibleName(self.tr("What this recipient will receive"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.disclosure)

        form = QFormLayout()
        form.addRow(self.tr("&Recipient"), self.recipient)
        form.addRow(self.tr("&Letter in"), self.letter)
        form.addRow(self.tr("&Declaration also in"), self.language)
        self._form = form
        self._offer_letter_languages()
        documents_box = QGroupBox(self.tr("Documents"))
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.addWidget(self.documents)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(documents_box, 1)
        summary_box = QGroupBox(self.tr("What this recipient will receive"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(scroll)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(summary_box, 3)

        self.make_button = QPushButton(self.tr("&Make packet"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.make_button)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        return page

    def chosen_recipient(self) -> str:
        return str(self.recipient.currentData())

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_letter_language(self) -> str:
        """The letter language chosen; English when the recipient has no other."""
        return str(self.letter.currentData()) if self.letter.count() > 1 else "en"

    def letter_language_label(self, code: str) -> str:
        if code == "en":
            return self.tr("English")
        if code == "hi":
            return self.tr("हिन्दी (Hindi)")
        return translated(packet_service.LETTER_LANGUAGE_LABELS.get(code, code))

    def _offer_letter_languages(self) -> None:
        """Offer the recipient's letter languages; the row shows only when there is a choice."""
        kept = self.letter.currentData()
        recipient = self.recipient.currentData()
        codes = packet_service.letter_languages(str(recipient)) if recipient else ["en"]
        self.letter.blockSignals(True)
        self.letter.clear()
        for code in codes:
            self.letter.addItem(self.letter_language_label(code), code)
        self.letter.setCurrentIndex(max(0, self.letter.findData(kept)))
        self.letter.blockSignals(False)
        self._form.setRowVisible(self.letter, len(codes) > 1)

    def chosen_documents(self) -> list[str]:
        keys = []
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return keys

    def show_disclosure(self) -> None:
        """Show what the chosen recipient will and will not receive, and what is missing."""
        preview = self._previews.get(self.chosen_recipient())
        if preview is None:
            self.disclosure.clear()
            self.make_button.setEnabled(False)
            return
        self.make_button.setEnabled(True)
        self.disclosure.setText(disclosure_html(preview))

    # ---- page 2: the real PDF --------------------------------------------------------
    def _preview_page(self) -> QWidget:
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Packet preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.pdf.document)
        self.preview_info = QLabel()
        self.preview_info.setWordWrap(True)
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Page width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("Actual size"), QPdfView.ZoomMode.Custom)
        self.zoom.currentIndexChanged.connect(self._zoom)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.back)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_packet)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.preview_info, 1)
        top.addWidget(self.zoom)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        return page

    def _zoom(self) -> None:
        mode = self.zoom.currentData()
        self.view.setZoomMode(mode)
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)

    def make(self) -> None:
        """Make the packet off the GUI thread, then show it."""
        recipient, language = self.chosen_recipient(), self.chosen_language()
        letter = self.chosen_letter_language()
        documents = self.chosen_documents()
        vault, number = self.vault, self.case_number
        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Making the packet…"))

        def work() -> Packet:
            return packet_service.make_packet(
                vault,
                number,
                recipient,
                language=language,
                include=documents,
                letter_language=letter,
            )

        run_in_thread(work, self._show_packet, self._failed, self)

    def _failed(self, error: Exception) -> None:
        self.make_button.setEnabled(True)
        self.message.setText(
            self.tr("No packet was made: {reason}").format(reason=error_message(error))
        )

    def _show_packet(self, packet: Packet) -> None:
        self._forget_pdf()
        try:
            self.pdf.load(packet.pdf)
        except Exception as error:  # noqa: BLE001 - one line, the dialog stays usable
            self._failed(error)
            return
        self.packet = packet
        self.view.pageNavigator().jump(0, QPointF(), 0)
        label = self.recipient.currentText()
        lines = [
            self.tr("{pages} pages for {recipient}. Not saved or printed yet.").format(
                pages=packet.page_count, recipient=escape(label)
            )
        ]
        if packet.missing:
            lines.append(
                self.tr("Still missing: {missing}").format(
                    missing=escape(" ".join(translated(problem) for problem in packet.missing))
                )
            )
        self.preview_info.setText("<br>".join(lines))
        self.message.clear()
        self.make_button.setEnabled(True)
        self.pages.setCurrentIndex(PREVIEW)
        self.print_button.setFocus()

    def back(self) -> None:
        """Return to the choices (the packet made so far is forgotten)."""
        self._forget_pdf()
        self.message.clear()
        self.pages.setCurrentIndex(CHOOSE)

    # ---- leaving the vault: print or save ----------------------------------------------
    def _print_shortcut(self) -> None:
        if self.pages.currentIndex() == PREVIEW:
            self.print_packet()

    def print_packet(self) -> None:
        """Send the packet to a printer the user picks; log it."""
        if self.packet is None:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf(self.pdf, printer)
            packet_service.record_printed(self.vault, self.packet, pages)
        except Exception as error:  # noqa: BLE001 - one line; nothing else changes
            self.message.setText(
                self.tr("Not printed: {reason}").format(reason=error_message(error))
            )
            return
        self.message.setText(self.tr("Sent {pages} pages to the printer.").format(pages=pages))

    def save(self) -> None:
        """Save the packet as a file, after the warning and the offer of a password."""
        if self.packet is None:
            return
        options = self.ask_save_options()
        if options is None:
            return
        password = options.file_password()
        path = self.choose_save_path(self.packet.file_name)
        if path is None:
            return
        try:
            digest = packet_service.save_packet(self.vault, self.packet, path, password=password)
        except Exception as error:  # noqa: BLE001 - one line; no half-written file is left
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_message(error)))
            return
        finally:
            options.password.clear()
        if password is not None:
            saved = self.tr("Saved {file} with a password (SHA-256 {digest}…).")
        else:
            saved = self.tr("Saved {file} WITHOUT a password (SHA-256 {digest}…).")
        self.message.setText(saved.format(file=path.name, digest=digest[:16]))

    # The three questions below open system dialogs; tests replace them.
    def ask_save_options(self) -> SavePacketDialog | None:
        """Warn that the file leaves the vault; None when the user cancels."""
        dialog = SavePacketDialog(packet_service.MIN_PASSWORD_LENGTH, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog

    def choose_save_path(self, suggested_name: str) -> Path | None:
        """Where to save; the suggested name says nothing about the person."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save packet"),
            str(Path.home() / suggested_name),
            self.tr("PDF files (*.pdf)"),
            options=FILE_DIALOG_OPTIONS,
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def choose_printer(self) -> QPrinter | None:
        """The system print dialog; None when the user cancels."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.packet.file_name if self.packet else "packet")
        dialog = QPrintDialog(printer, self)
        if self.packet is not None:
            dialog.setMinMax(1, self.pdf.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    # ---- forgetting ---------------------------------------------------------------------
    def _forget_pdf(self) -> None:
        self.pdf.close()
        self.packet = None

    def done(self, result: int) -> None:
        self._forget_pdf()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._forget_pdf()
        super().closeEvent(event)


def disclosure_html(preview: PacketPreview) -> str:
    """The summary shown before a packet is made: identity, family, left out, missing."""
    disclosure = preview.disclosure
    recipient = escape(preview.recipient_label)
    if disclosure.identity_disclosed:
        identity = QCoreApplication.translate(
            "PacketDialog", "The applicant's real name and identity details are disclosed."
        )
    elif disclosure.name_disclosed:
        identity = QCoreApplication.translate(
            "PacketDialog",
            "The applicant's name is disclosed; other identity details are withheld.",
        )
    else:
        identity = QCoreApplication.translate(
            "PacketDialog",
            "The applicant appears only under a pseudonym; the real name is left out.",
        )
    if disclosure.family_disclosed:
        family = QCoreApplication.translate(
            "PacketDialog", "Family members' names and places are disclosed."
        )
    else:
        family = QCoreApplication.translate(
            "PacketDialog",
            "Family left behind appear only by relationship, situation and month of last contact.",
        )
    parts = [f"<p><b>{recipient}</b></p>", f"<p>{escape(identity)}<br>{escape(family)}</p>"]
    withheld = disclosure.withheld
    if withheld:
        items = "".join(f"<li>{escape(translated(item))}</li>" for item in withheld)
        left_out = QCoreApplication.translate(
            "PacketDialog", "Left out of this packet ({count}):"
        ).format(count=len(withheld))
        parts.append(f"<p><b>{left_out}</b></p><ul>{items}</ul>")
    else:
        nothing = QCoreApplication.translate(
            "PacketDialog", "Nothing recorded in the case is left out."
        )
        parts.append(f"<p><b>{nothing}</b></p>")
    rest = QCoreApplication.translate(
        "PacketDialog", "Everything else recorded in the case is included."
    )
    parts.append(f"<p>{rest}</p>")
    if preview.missing:
        items = "".join(f"<li>{escape(translated(problem))}</li>" for problem in preview.missing)
        lacks = QCoreApplication.translate(
            "PacketDialog", "The procedure asks for what this case lacks:"
        )
        still = QCoreApplication.translate("PacketDialog", "You can still make the packet.")
        parts.append(f'<p style="color:#8a4b00"><b>{lacks}</b></p><ul>{items}</ul><p>{still}</p>')
    return "".join(parts)
