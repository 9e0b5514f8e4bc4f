"""Add user…: a name, a role, and a passphrase the new person types themselves, twice.

Deriving the new key slot (Argon2id) takes a few seconds: it runs off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.enums import Role
from asylum_desk.services import users
from asylum_desk.ui.office.common import MessageLine, busy_bar, note_label
from asylum_desk.ui.passphrase_strength import NewPassphraseFields
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

ROLE_LABELS: dict[Role, str] = {
    Role.CASEWORKER: QT_TRANSLATE_NOOP(
        "Roles", "Caseworker: registers and works on their own and assigned cases"
    ),
    Role.INTERPRETER: QT_TRANSLATE_NOOP(
        "Roles", "Interpreter: sees only the statement of assigned cases"
    ),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP(
        "Roles", "Supervisor: every case, closing, assigning, erasure, audit log"
    ),
    Role.ADMIN: QT_TRANSLATE_NOOP(
        "Roles", "Administrator: all of that, plus users and the retention period"
    ),
}


def role_combo(name: str, current: Role | None = None) -> QComboBox:
    """A choice of role, each with one line saying what it may do."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    for role, label in ROLE_LABELS.items():
        combo.addItem(QCoreApplication.translate("Roles", label), role)
    combo.setCurrentIndex(max(0, combo.findData(current or Role.CASEWORKER)))
    return combo


class AddUserDialog(QDialog):
    """Give a new person their own passphrase and a role (administrators)."""

    user_added = Signal(str, object)
    """The new user's name and role."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._busy = False
        self._abandoned = False
        self.setWindowTitle(self.tr("Add a user"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("User name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. thida"))
        self.name_edit.setMaxLength(100)
        self.role = role_combo(self.tr("Role"))
        hand_over = note_label(
            self.tr(
                "Now hand the keyboard to the new user. They type a passphrase of their own, "
                "twice, while nobody watches; nobody else should ever know it. A few ordinary "
                "words are easy to remember and hard to guess."
            )
        )
        self.passphrase = NewPassphraseFields(self)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        captions = ((self.tr("&Name:"), self.name_edit), (self.tr("&Role:"), self.role))
        for row, (text, field) in enumerate(captions):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addWidget(caption, row, 0)
            form.addWidget(field, row, 1)
        form.addWidget(hand_over, 2, 0, 1, 2)
        self.passphrase.add_to(form, 3, self.tr("Their &passphrase:"))

        self.busy = busy_bar(self)
        self.message = MessageLine(self.tr("Add user status"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("&Add user"))
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.name_edit.textChanged.connect(self._name_changed)
        self.passphrase.changed.connect(self._update_button)
        self._name_changed()
        self.name_edit.setFocus()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def submit(self) -> None:
        """Make the new key slot in the background; the dialog closes when it is done."""
        if self._busy or not self._ready():
            return
        vault, name, role = self.vault, self.name_edit.text().strip(), self.chosen_role()
        secret = self.passphrase.passphrase()
        self._set_busy(True)
        self.message.show_note(
            self.tr("Adding {name}: protecting their key takes a few seconds…").format(name=name)
        )
        run_in_thread(
            lambda: users.add_user(vault, name, role, secret),
            lambda _none: self._added(name, role),
            self._failed,
            self,
        )

    def _added(self, name: str, role: Role) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self.passphrase.clear()
        self.user_added.emit(name, role)
        self.accept()

    def _failed(self, error: Exception) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self.message.show_error(self.tr("Not added: {reason}").format(reason=error_message(error)))

    def _ready(self) -> bool:
        return bool(self.name_edit.text().strip()) and self.passphrase.is_acceptable()

    def _name_changed(self) -> None:
        self.passphrase.set_avoid([self.name_edit.text().strip(), self.vault.office_name])
        self._update_button()

    def _update_button(self) -> None:
        self.add_button.setEnabled(not self._busy and self._ready())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.name_edit.setEnabled(not busy)
        self.role.setEnabled(not busy)
        self.passphrase.set_enabled(not busy)
        self.buttons.setEnabled(not busy)
        self.busy.setVisible(busy)
        self._update_button()

    def reject(self) -> None:
        if self._busy:
            return  # the key slot is being written; it cannot be stopped half-way
        self.passphrase.clear()
        super().reject()

    def abandon(self) -> None:
        """The vault locks: forget the passphrase and close, even while work runs."""
        self._abandoned = True
        self._busy = False
        self.passphrase.clear()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        self.passphrase.clear()
        super().closeEvent(event)
