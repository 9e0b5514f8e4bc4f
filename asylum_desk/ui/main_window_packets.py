"""The main window's packet actions: one case's packet, the batch, the information notice.

A mixin of ``MainWindow`` (it uses the window's vault, panel, case list and status bar).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


class PacketActionsMixin:
    """File › Packet…, Print packets of selected cases…, Applicant information notice…."""

    # Provided by MainWindow (and QMainWindow: statusBar); never defined here, so that the
    # mixin cannot shadow them.
    vault: Any
    panel: Any
    case_list: Any

    # ---- packets --------------------------------------------------------------------
    def open_packet(self) -> None:
        """Ctrl+P: the packet dialog for the open case (made from the saved case)."""
        if self.vault is None:
            return
        if not self.panel.is_open or self.panel.editor.case().case_number is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Open a saved case to make its packet."),
                6000,
            )
            return
        if self.panel.is_modified:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Save the case first (Ctrl+S): a packet is made from the saved case.",
                ),
                8000,
            )
            return
        from asylum_desk.ui.packet_dialog import PacketDialog

        number = self.panel.editor.case().case_number
        assert number is not None
        dialog = PacketDialog(self.vault, number, self)
        dialog.open()

    def open_notice(self) -> None:
        """The applicant information notice, headed with the office's name."""
        if self.vault is None:
            return
        from asylum_desk.ui.notice_dialog import NoticeDialog

        NoticeDialog(self.vault.office_name, self).open()

    def print_selected_packets(self) -> None:
        """Ctrl+Shift+P: print the packets of the cases selected in the list."""
        if self.vault is None:
            return
        numbers = self.case_list.selected_case_numbers()
        if not numbers:
            self.show_list(True)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Select the cases in the list first (Ctrl+click or Shift+click)."
                ),
                8000,
            )
            return
        from asylum_desk.ui.batch_print import BatchPrintDialog

        BatchPrintDialog(self.vault, numbers, self).open()
