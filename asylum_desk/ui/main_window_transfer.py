"""The main window's case bundle actions: Send cases…, Receive bundle…, Offices and identity….

A mixin of ``MainWindow`` (it uses the window's vault, panel, case list, model and status
bar). The dialogs live in ``asylum_desk.ui.transfer`` and are imported when first opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from asylum_desk.ui.workers import error_message


class TransferActionsMixin:
    """File › Send cases…, Receive bundle…, Offices and identity…."""

    # Provided by MainWindow (and QMainWindow: statusBar); never defined here.
    vault: Any
    panel: Any
    _panel: Any
    case_list: Any
    model: Any
    backup_action: Any
    _vault_actions: Any

    def _build_transfer_actions(self, file_menu: QMenu) -> None:
        """Make the three actions and put them in the File menu, before Back up…."""
        self.send_action = self._action(
            QCoreApplication.translate("MainWindow", "S&end cases…"), self.send_cases
        )
        self.send_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "Send the selected cases (or the open one) to other offices as one encrypted, "
                "signed bundle file.",
            )
        )
        self.receive_action = self._action(
            QCoreApplication.translate("MainWindow", "&Receive bundle…"), self.receive_bundle
        )
        self.receive_action.setStatusTip(
            QCoreApplication.translate("MainWindow", "Open a case bundle another office sent you.")
        )
        self.identity_action = self._action(
            QCoreApplication.translate("MainWindow", "Offices and &identity…"), self.open_offices
        )
        self.identity_action.setStatusTip(
            QCoreApplication.translate(
                "MainWindow",
                "This office's identity to give to others, and the offices you exchange cases "
                "with.",
            )
        )
        actions: list[QAction] = [self.send_action, self.receive_action, self.identity_action]
        for action in actions:
            file_menu.insertAction(self.backup_action, action)
        file_menu.insertSeparator(self.backup_action)
        self._vault_actions.extend(actions)
        file_menu.aboutToShow.connect(self._update_send_action)

    def _update_send_action(self) -> None:
        """Send cases… is enabled when there are cases to send (checked as the menu opens)."""
        self.send_action.setEnabled(self.vault is not None and bool(self.cases_to_send()))

    def cases_to_send(self) -> list[str]:
        """The cases selected in the list, or else the open (saved) case."""
        if self.case_list.isVisible():
            selected = self.case_list.selected_case_numbers()
            if selected:
                return list(selected)
        if self._panel is not None and self._panel.is_open:
            number = self._panel.editor.case().case_number
            if number is not None:
                return [number]
        return []

    def send_cases(self) -> None:
        """Send the selected cases, or the open one, in a bundle to other offices."""
        if self.vault is None:
            return
        numbers = self.cases_to_send()
        if not numbers:
            self.show_list(True)
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Select the cases to send in the list first (or open a saved case).",
                ),
                8000,
            )
            return
        if self._panel is not None and self._panel.is_modified:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "Save the open case first (Ctrl+S): a bundle holds the saved cases.",
                ),
                8000,
            )
            return
        from asylum_desk.ui.transfer.send_dialog import SendDialog

        try:
            dialog = SendDialog(self.vault, numbers, self)
        except Exception as error:  # noqa: BLE001 - one line; nothing was sent
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Cannot send: {problem}").format(
                    problem=error_message(error)
                ),
                8000,
            )
            return
        dialog.open()

    def receive_bundle(self) -> None:
        """Choose a bundle file and read its cases into the vault."""
        if self.vault is None:
            return
        from asylum_desk.ui.transfer.receive_dialog import ReceiveDialog, choose_bundle

        path = choose_bundle(self)
        if path is None or self.vault is None:
            return
        dialog = ReceiveDialog(self.vault, path, self)
        dialog.received.connect(self.model.refresh)
        dialog.open()
        dialog.start()

    def open_offices(self) -> None:
        """Show the office's own identity (line, fingerprint, QR code) and the address book."""
        if self.vault is None:
            return
        from asylum_desk.ui.transfer.address_book_dialog import AddressBookDialog

        try:
            dialog = AddressBookDialog(self.vault, self)
        except Exception as error:  # noqa: BLE001 - one line; nothing was changed
            self.statusBar().showMessage(error_message(error), 8000)
            return
        dialog.open()
