"""Before a packet leaves the vault as a file: warn, and offer a password (AES-256)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class SavePacketDialog(QDialog):
    """Protect the file with a password (the default) or knowingly save it without one."""

    def __init__(self, min_length: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save packet"))
        self._min_length = min_length
        warning = QLabel(
            self.tr(
                "A saved packet is an ordinary PDF file outside the vault. Anyone who gets the "
                "file, or the USB stick it is on, can read everything in it unless it has a "
                "password."
            )
        )
        warning.setWordWrap(True)
        self.protect = QRadioButton(self.tr("Protect the file with a password (AES-256)"))
        self.plain = QRadioButton(self.tr("Save without a password"))
        group = QButtonGroup(self)
        group.addButton(self.protect)
        group.addButton(self.plain)
        self.protect.setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("File password"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("File password again"))
        fields = QFormLayout()
        fields.addRow(self.tr("Password"), self.password)
        fields.addRow(self.tr("Again"), self.repeat)
        self.hint = QLabel(
            self.tr(
                "At least {count} characters. Tell it to the recipient by another way (a phone "
                "call), never in the same e-mail as the file."
            ).format(count=min_length)
        )
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose where to save…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.protect.toggled.connect(self._show_fields)

        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.protect)
        layout.addLayout(fields)
        layout.addWidget(self.hint)
        layout.addWidget(self.plain)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _show_fields(self, protect: bool) -> None:
        for widget in (self.password, self.repeat, self.hint):
            widget.setEnabled(protect)
        self.problem.clear()

    def file_password(self) -> str | None:
        """The password chosen, or None to save without one."""
        return self.password.text() if self.protect.isChecked() else None

    def accept(self) -> None:
        if self.protect.isChecked():
            if len(self.password.text()) < self._min_length:
                self.problem.setText(
                    self.tr("The password needs at least {count} characters.").format(
                        count=self._min_length
                    )
                )
                self.password.setFocus()
                return
            if self.password.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passwords are not the same."))
                self.repeat.setFocus()
                self.repeat.selectAll()
                return
        super().accept()

    def done(self, result: int) -> None:
        # Do not keep the password in the widgets once the dialog has answered.
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
        self.repeat.clear()
        super().done(result)
