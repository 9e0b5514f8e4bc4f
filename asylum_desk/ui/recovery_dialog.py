"""The "Forgot passphrase?" dialog: the printed recovery key opens the vault, a new passphrase.

A typo in the key is caught by its check characters before any slow key work, and the
message names the group to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.security.errors import RecoveryKeyTypoError, WrongRecoveryKeyError
from asylum_desk.security.recovery import ALPHABET, GROUP_LEN, GROUPS, parse_recovery_key
from asylum_desk.ui.passphrase_strength import NewPassphraseFields
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

Recover = Callable[[str, str, str], "OpenVault"]
"""(username, recovery key as typed, new passphrase) -> the unlocked vault."""

_ERROR_STYLE = "color: #b3261e;"
_MUTED_STYLE = "color: palette(placeholder-text);"
_BUSY_STYLE = (
    "QProgressBar { border: none; border-radius: 2px; background: palette(midlight); }"
    "QProgressBar::chunk { border-radius: 2px; background: palette(highlight); }"
)
# What may appear in a typed key: base32, the look-alike digits read as letters, separators.
_ALLOWED_IN_KEY = frozenset(
    ALPHABET + ALPHABET.lower() + "018" + " \t\n-_.\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
)


class _KeyEdit(QPlainTextEdit):
    """A few lines of monospace text for the key; Enter submits instead of adding a line."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class RecoveryDialog(QDialog):
    """Set a new passphrase for a user with the recovery key; ``vault`` is open on success."""

    def __init__(self, recover: Recover, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self._vault: OpenVault | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Reset your passphrase"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Type the recovery key that was printed or written down when this vault was "
                "created. Then choose a new passphrase for your user."
            )
        )
        intro.setWordWrap(True)

        self.username_edit = QLineEdit(username, self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.key_edit = _KeyEdit(self)
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setTabChangesFocus(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.15)
        self.key_edit.setFont(mono)
        self.key_edit.setPlaceholderText("ABCDE-FGHIJ-KLMNO-…")
        line = self.key_edit.fontMetrics().lineSpacing()
        self.key_edit.setFixedHeight(line * 3 + 14)
        self.key_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # One line under the key: how to type it, or (in red) what is wrong with it.
        self.key_problem = ""
        self.key_message = QLabel(self)
        self.key_message.setWordWrap(True)
        self.key_message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._clear_key_problem()

        self.passphrase = NewPassphraseFields(self)

        # A grid rather than QFormLayout, which misjudges the height of wrapped notes.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(12)
        rows = (
            (self.tr("User name:"), self.username_edit, Qt.AlignmentFlag.AlignVCenter),
            (self.tr("Recovery key:"), self.key_edit, Qt.AlignmentFlag.AlignTop),
        )
        for row, (text, field, alignment) in enumerate(rows):
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addWidget(caption, row, 0, alignment)
            form.addWidget(field, row, 1)
        form.addWidget(self.key_message, 2, 1)
        self.passphrase.add_to(form, 3, self.tr("New passphrase:"))

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setStyleSheet(_BUSY_STYLE)
        self.busy_bar.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(_ERROR_STYLE)
        self.message_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reset_button = QPushButton(self.tr("Reset passphrase and unlock"), self)
        self.reset_button.setDefault(True)
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.username_edit.textChanged.connect(self._update_button)
        self.key_edit.textChanged.connect(self._key_edited)
        self.key_edit.submitted.connect(self._submit_from_key)
        self.passphrase.changed.connect(self._update_button)
        self._update_button()
        (self.key_edit if username else self.username_edit).setFocus()

    @property
    def vault(self) -> OpenVault | None:
        """The vault, unlocked with the new passphrase, once the dialog was accepted."""
        return self._vault

    def submit(self) -> None:
        """Check the key's spelling at once, then open the vault in the background."""
        if self._busy or not self._ready():
            return
        key_text = self.key_edit.toPlainText()
        try:
            parse_recovery_key(key_text)
        except RecoveryKeyTypoError as error:
            self._show_key_problem(error_message(error))
            self.key_edit.setFocus()
            return
        username = self.username_edit.text().strip()
        new_passphrase = self.passphrase.passphrase()
        recover = self._recover
        self._set_busy(True)
        run_in_thread(
            lambda: recover(username, key_text, new_passphrase),
            self._recovered,
            self._failed,
            self,
        )

    def reject(self) -> None:
        if self._busy:
            return  # the work cannot be stopped half-way; wait for it
        self._clear_secrets()
        super().reject()

    def _recovered(self, vault: OpenVault) -> None:
        self._set_busy(False)
        self._vault = vault
        self._clear_secrets()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        message = error_message(error)
        if isinstance(error, (RecoveryKeyTypoError, WrongRecoveryKeyError)):
            self._show_key_problem(message)
            self.key_edit.setFocus()
            return
        self.message_label.setText(message)
        self.message_label.show()

    def _show_key_problem(self, message: str) -> None:
        self.key_problem = message
        self.key_message.setStyleSheet(_ERROR_STYLE)
        self.key_message.setText(message)

    def _clear_key_problem(self) -> None:
        self.key_problem = ""
        self.key_message.setStyleSheet(_MUTED_STYLE)
        self.key_message.setText(
            self.tr("Capital or small letters, spaces and dashes do not matter.")
        )

    def _key_edited(self) -> None:
        """Name a typo as soon as it is certain; length problems only wait for "Reset"."""
        text = self.key_edit.toPlainText()
        self.message_label.hide()
        if any(char not in _ALLOWED_IN_KEY for char in text):
            try:
                parse_recovery_key(text)
            except RecoveryKeyTypoError as error:
                self._show_key_problem(error_message(error))
                self._update_button()
                return
        compact = "".join(char for char in text if char.isalnum())
        if len(compact) >= GROUPS * GROUP_LEN:
            try:
                parse_recovery_key(text)
            except RecoveryKeyTypoError as error:
                self._show_key_problem(error_message(error))
                self._update_button()
                return
        self._clear_key_problem()
        self._update_button()

    def _submit_from_key(self) -> None:
        if self.reset_button.isEnabled():
            self.submit()
        else:
            self.focusNextChild()

    def _ready(self) -> bool:
        return (
            bool(self.username_edit.text().strip())
            and bool(self.key_edit.toPlainText().strip())
            and self.passphrase.is_acceptable()
        )

    def _update_button(self) -> None:
        self.reset_button.setEnabled(not self._busy and self._ready())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.username_edit, self.key_edit, self.buttons):
            widget.setEnabled(not busy)
        self.passphrase.set_enabled(not busy)
        self.busy_bar.setVisible(busy)
        if busy:
            self.message_label.setStyleSheet(_MUTED_STYLE)
            self.message_label.setText(self.tr("Opening the vault with the recovery key…"))
            self.message_label.show()
        else:
            self.message_label.setStyleSheet(_ERROR_STYLE)
            self.message_label.hide()
        self._update_button()

    def _clear_secrets(self) -> None:
        self.key_edit.clear()
        self.passphrase.clear()
