"""Asked once at start when the app works on a shared database: the server's password.

The password is checked by connecting before the window goes on; it is kept only in memory,
or (when asked) in this computer's secure keyring, never in a file or setting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services.database_login import describe
from asylum_desk.ui.passphrase_strength import secret_line_edit
from asylum_desk.ui.workers import error_message, translated


class DatabasePasswordDialog(QDialog):
    """The shared database's address, a password field, and "remember on this computer"."""

    def __init__(
        self,
        address: str,
        check: Callable[[str], None],
        *,
        can_remember: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shared database"))
        self._check = check
        self.password = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Asylum Desk works on the office's shared database. Type the database "
                "password (your administrator gives it to you)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        user, server, database = describe(address)
        details = QFormLayout()
        for caption, value in (
            (self.tr("Server:"), server),
            (self.tr("Database:"), database),
            (self.tr("User:"), user),
        ):
            shown = QLabel(translated(value))
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(caption, shown)
        self.password_edit = secret_line_edit(self, self.tr("Database password"))
        details.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(details)
        self.remember = QCheckBox(self.tr("&Remember on this computer (secure keyring)"))
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.use_local = False
        """Set when the person chose this laptop's own vault instead (server unreachable)."""
        local = buttons.addButton(
            self.tr("Use this &laptop's vault instead"), QDialogButtonBox.ButtonRole.ResetRole
        )
        local.setToolTip(
            self.tr(
                "Work on the vault kept on this computer for now; the shared database stays "
                "in the preferences for the next start."
            )
        )
        local.clicked.connect(self._use_local)
        buttons.accepted.connect(self.try_connect)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _use_local(self) -> None:
        self.use_local = True
        self.reject()

    def try_connect(self) -> None:
        """Check the password by connecting; stay open with one line when that fails."""
        password = self.password_edit.text()
        try:
            self._check(password)
        except Exception as error:  # noqa: BLE001 - shown as one line; the person tries again
            self.message.setText(error_message(error))
            self.message.show()
            self.adjustSize()
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        self.password = password
        self.accept()
