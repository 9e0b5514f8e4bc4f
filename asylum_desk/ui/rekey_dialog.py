"""After a re-key: the new recovery key, shown once, to print before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from asylum_desk.ui.setup_wizard import RecoveryKeyPage, print_recovery_sheet


class NewRecoveryKeyDialog(QDialog):
    """Shows the new recovery key; closes only once the user says it is kept."""

    def __init__(self, recovery_key: str, office_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.recovery_key = recovery_key
        self.office_code = office_code
        explanation = QLabel(
            self.tr(
                "The vault is now encrypted under a new key. Everyone keeps their passphrase; "
                "an old copy of the key file (in an old backup, say) opens nothing any more, "
                "and the old recovery key no longer works. Print this new recovery key and "
                "lock it away, then take a new backup."
            )
        )
        explanation.setWordWrap(True)
        self.page = RecoveryKeyPage(self)
        self.page.set_key(recovery_key)
        self.page.print_button.clicked.connect(self.print_key)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setEnabled(False)
        self.page.completeChanged.connect(
            lambda: self.done_button.setEnabled(self.page.isComplete())
        )
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def print_key(self) -> None:
        print_recovery_sheet(self.recovery_key, self.office_code, self)

    def reject(self) -> None:
        """Escape does nothing until the key is kept: it is shown only this once."""
        if self.page.isComplete():
            super().reject()

    def done(self, result: int) -> None:
        if not self.page.isComplete():
            return
        self.page.key_label.clear()
        self.recovery_key = ""
        super().done(result)
