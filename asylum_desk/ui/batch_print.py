"""Print the packets of several cases in one print job, with progress and a Cancel button.

Each packet is made off the GUI thread (and logged), then drawn into the one print job; each
discloses only what its own case's consent allows. Cancelling stops after the packet being
made: the packets already drawn are printed, the rest are not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import packets as packet_service
from asylum_desk.ui.pdf_printing import InMemoryPdf, open_painter, paint_pages
from asylum_desk.ui.workers import error_message, run_in_thread, translated

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.services.packets import Packet


class BatchPrintDialog(QDialog):
    """Choose the recipient and language once, then print every selected case's packet."""

    def __init__(
        self, vault: OpenVault, case_numbers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_numbers = list(case_numbers)
        count = len(self.case_numbers)
        self.setWindowTitle(self.tr("Print packets for {count} cases").format(count=count))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        for key, label in packet_service.packet_recipients():
            self.recipient.addItem(label, key)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Declaration also in"))
        self.language.addItem(self.tr("Each applicant's own language"), None)
        for key, label in packet_service.declaration_languages():
            self.language.addItem(translated(label), key)
        explanation = QLabel(
            self.tr(
                "{count} cases are selected. Each packet holds only what that case's consent "
                "for this recipient allows; every packet printed is logged."
            ).format(count=count)
        )
        explanation.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Printing result"))
        form = QFormLayout()
        form.addRow(self.tr("&Recipient"), self.recipient)
        form.addRow(self.tr("&Declaration also in"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.print_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.print_button.setText(self.tr("&Print…"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

        self.printer: QPrinter | None = None
        self.painter: QPainter | None = None
        self.progress: QProgressDialog | None = None
        self.printed: list[str] = []
        self.failed: list[str] = []
        self.pages = 0
        self.cancelled = False
        self.running = False
        self._abandoned = False

    def choose_printer(self) -> QPrinter | None:
        """The system print dialog (tests replace this); None when cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("packets"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def start(self) -> None:
        """Ask for the printer, then print the packets one after another."""
        if self.running or not self.case_numbers:
            return
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            self.painter = open_painter(printer)
        except Exception as error:  # noqa: BLE001 - one line; nothing was printed
            self.result_label.setText(error_message(error))
            return
        self.printer = printer
        self.printed, self.failed, self.pages = [], [], 0
        self.cancelled, self.running = False, True
        self.print_button.setEnabled(False)
        progress = QProgressDialog(
            self.tr("Making and printing packets…"),
            self.tr("Cancel"),
            0,
            len(self.case_numbers),
            self,
        )
        progress.setWindowTitle(self.tr("Printing packets"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        self.progress = progress
        self._next(0)

    def cancel(self) -> None:
        """Stop after the packet being made now."""
        self.cancelled = True

    def _next(self, index: int) -> None:
        if self.progress is not None and self.progress.wasCanceled():
            self.cancelled = True
        if self.cancelled or index >= len(self.case_numbers):
            self._finish()
            return
        number = self.case_numbers[index]
        if self.progress is not None:
            self.progress.setLabelText(
                self.tr("Packet {index} of {count}: {number}").format(
                    index=index + 1, count=len(self.case_numbers), number=number
                )
            )
        vault, recipient = self.vault, str(self.recipient.currentData())
        language = self.language.currentData()

        def work() -> Packet:
            return packet_service.make_packet(vault, number, recipient, language=language)

        run_in_thread(
            work,
            lambda packet: self._print_one(index, packet),
            lambda error: self._skip(index, error),
            self,
        )

    def _print_one(self, index: int, packet: Packet) -> None:
        number = self.case_numbers[index]
        if self.printer is None or self.painter is None:
            return
        pdf = InMemoryPdf(parent=self)
        try:
            pdf.load(packet.pdf)
            drawn = paint_pages(pdf, self.printer, self.painter, first_page=self.pages == 0)
            packet_service.record_printed(self.vault, packet, drawn)
        except Exception as error:  # noqa: BLE001 - listed at the end; the batch goes on
            self.failed.append(f"{number}: {error_message(error)}")
        else:
            self.pages += drawn
            self.printed.append(number)
        finally:
            pdf.close()
            pdf.deleteLater()
        self._advance(index)

    def _skip(self, index: int, error: Exception) -> None:
        self.failed.append(f"{self.case_numbers[index]}: {error_message(error)}")
        self._advance(index)

    def _advance(self, index: int) -> None:
        if self.progress is not None:
            self.progress.setValue(index + 1)
        self._next(index + 1)

    def _finish(self) -> None:
        if self.painter is not None:
            if not self.printed and self.printer is not None:
                self.printer.abort()  # nothing to print: no empty sheet
            self.painter.end()
        self.painter = None
        self.printer = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.running = False
        self.print_button.setEnabled(True)
        self.result_label.setText(self.summary())
        if self._abandoned:
            super().reject()

    def summary(self) -> str:
        """One paragraph saying what was printed, what was not and why."""
        total = len(self.case_numbers)
        lines = [
            self.tr("Printed {printed} of {total} packets ({pages} pages).").format(
                printed=len(self.printed), total=total, pages=self.pages
            )
        ]
        if self.cancelled:
            lines.append(self.tr("Cancelled: the remaining packets were not made or printed."))
        if self.failed:
            lines.append(self.tr("Not printed: {reasons}").format(reasons="; ".join(self.failed)))
        return " ".join(lines)

    def abandon(self) -> None:
        """The vault is locking: stop, hide now, close once the packet in hand is done."""
        self._abandoned = True
        self.cancel()
        self.hide()
        if not self.running:
            super().reject()

    def reject(self) -> None:
        if self.running:
            self.cancel()  # finish the packet in hand, then close from the summary
            return
        super().reject()
