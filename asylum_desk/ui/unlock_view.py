"""The unlock screen: user name and passphrase open the vault; key work runs in the background.

After several wrong passphrases the next attempt must wait (the wait is kept beside the
vault, see ``services.unlock_attempts``): the screen counts down and keeps the Unlock button
disabled meanwhile. After unlocking, what the person should know (failed attempts since the
last unlock, a device secret that could not be remembered) goes to the window's status bar.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.security.errors import UnknownUserError
from asylum_desk.services.unlock_attempts import countdown_message, seconds_to_wait
from asylum_desk.ui.passphrase_strength import secret_line_edit
from asylum_desk.ui.recovery_dialog import Recover, RecoveryDialog
from asylum_desk.ui.workers import error_message, run_in_thread, translated

if TYPE_CHECKING:
    from asylum_desk.security.device_cache import DeviceKeyCache
    from asylum_desk.services.open_vault import OpenVault

Unlock = Callable[[str, str], "OpenVault"]
"""(username, passphrase) -> the unlocked vault."""
Remember = Callable[["OpenVault", str], None]
"""(vault, passphrase): keep an unlock secret in the device keyring."""
UnlockRemembered = Callable[[str], "OpenVault | None"]
"""username -> the vault, or None when nothing usable is remembered."""
UnlockDelay = Callable[[], float]
"""Seconds the next passphrase attempt must still wait (0 when it may start now)."""

_ERROR_STYLE = "color: #b3261e;"
_MUTED_STYLE = "color: palette(placeholder-text);"
_BUSY_STYLE = (
    "QProgressBar { border: none; border-radius: 2px; background: palette(midlight); }"
    "QProgressBar::chunk { border-radius: 2px; background: palette(highlight); }"
)
_CARD_WIDTH = 420
NOTICE_MS = 120_000
"""How long a notice after unlocking stays in the status bar (unless replaced)."""
_COUNTDOWN_TICK_MS = 200


class UnlockView(QWidget):
    """Ask for user name and passphrase; emit ``unlocked`` with the open vault."""

    unlocked = Signal(object)
    """Emitted with the ``OpenVault`` once the vault is open."""
    remember_failed = Signal(str)
    """Emitted (before ``unlocked``) when the vault opened but could not be remembered."""
    notice = Signal(str)
    """Emitted (after ``unlocked``) with what the person should know, e.g. failed attempts."""

    def __init__(
        self,
        vault_path: Path,
        unlock: Unlock,
        *,
        office_name: str = "",
        username: str = "",
        device_cache: DeviceKeyCache | None = None,
        remember: Remember | None = None,
        unlock_remembered: UnlockRemembered | None = None,
        recover: Recover | None = None,
        unlock_delay: UnlockDelay | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlock = unlock
        self._remember = remember
        self._unlock_remembered = unlock_remembered
        self._recover = recover
        self._unlock_delay: UnlockDelay = unlock_delay or (lambda: seconds_to_wait(vault_path))
        self._busy = False
        self._wait_until: float | None = None  # time.monotonic() when the wait is over
        self._shown_notice = ""
        self.recovery_dialog: RecoveryDialog | None = None

        title = QLabel(office_name or self.tr("Asylum Desk"), self)
        title_font = QFont(title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.DemiBold)
        title.setFont(title_font)
        title.setWordWrap(True)
        subtitle = QLabel(self.tr("Unlock the vault to continue."), self)
        self.path_label = QLabel(self)
        self.path_label.setStyleSheet(_MUTED_STYLE)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setToolTip(str(vault_path))
        self._vault_path = str(vault_path)

        self.username_edit = QLineEdit(username, self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.passphrase_edit = secret_line_edit(self, self.tr("Passphrase"))
        self.remember_checkbox = QCheckBox(self.tr("Remember on this device"), self)
        self.remember_checkbox.setToolTip(
            self.tr(
                "Keep an unlock secret in this computer's secure keyring, so you need not "
                "type the passphrase here. Anyone who can use your computer account could "
                "then open the vault."
            )
        )
        self.remember_checkbox.hide()
        self.keyring_note = QLabel(self)
        self.keyring_note.setStyleSheet(_MUTED_STYLE)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setStyleSheet(_BUSY_STYLE)
        self.busy_bar.setFixedHeight(4)
        self.busy_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.busy_bar.hide()
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(_ERROR_STYLE)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setMinimumHeight(self.message_label.fontMetrics().lineSpacing())
        _keep_place_when_hidden(self.message_label)
        _keep_place_when_hidden(self.busy_bar)
        self.message_label.hide()
        self.delay_label = QLabel(self)
        self.delay_label.setWordWrap(True)
        self.delay_label.setStyleSheet(_ERROR_STYLE)
        self.delay_label.setAccessibleName(self.tr("Wait before the next attempt"))
        self.delay_label.hide()
        self._countdown = QTimer(self)
        self._countdown.setInterval(_COUNTDOWN_TICK_MS)
        self._countdown.timeout.connect(self._tick_countdown)

        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.unlock_button.setMinimumWidth(120)
        self.forgot_button = QPushButton(self.tr("Forgot passphrase?"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet(
            "QPushButton { color: palette(link); border: none; padding: 4px 0; text-align: left; }"
            "QPushButton:hover { text-decoration: underline; }"
        )
        self.forgot_button.setVisible(recover is not None)

        self._build_layout(title, subtitle)
        self._elide_path()

        self.username_edit.returnPressed.connect(self._username_entered)
        self.passphrase_edit.returnPressed.connect(self.submit)
        self.unlock_button.clicked.connect(self.submit)
        self.forgot_button.clicked.connect(self.open_recovery)
        self._check_device_cache(device_cache)
        self.check_delay()
        self.focus_first_empty()

    def _build_layout(self, title: QLabel, subtitle: QLabel) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Passphrase:"), self.passphrase_edit)
        form.addRow("", self.remember_checkbox)

        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card = QFrame(self)
        card.setObjectName("unlockCard")
        card.setFixedWidth(_CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(6)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addWidget(self.path_label)
        inner.addSpacing(18)
        inner.addLayout(form)
        inner.addSpacing(4)
        inner.addWidget(self.busy_bar)
        inner.addWidget(self.message_label)
        inner.addWidget(self.delay_label)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        inner.addSpacing(12)
        inner.addWidget(self.keyring_note)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)

    def _elide_path(self) -> None:
        metrics = self.path_label.fontMetrics()
        self.path_label.setText(
            metrics.elidedText(self._vault_path, Qt.TextElideMode.ElideMiddle, _CARD_WIDTH)
        )

    # ------------------------------------------------------------------ public

    @property
    def waiting(self) -> bool:
        """Whether the next passphrase attempt must still wait (the countdown is showing)."""
        return self._wait_until is not None

    def check_delay(self) -> None:
        """Ask how long the next attempt must wait; count down and hold the button meanwhile.

        The wait is stored beside the vault, so it holds for a new window or process too.
        """
        try:
            seconds = self._unlock_delay()
        except Exception:  # noqa: BLE001 - the service waits anyway; never block the screen
            seconds = 0.0
        if seconds > 0:
            self._wait_until = time.monotonic() + seconds
            self._tick_countdown()
            self._countdown.start()
        else:
            self._end_countdown()

    def submit(self) -> None:
        """Unlock with what was typed (the slow key work runs in the background)."""
        if self._busy:
            return
        if self.waiting:
            return  # the countdown says when; typing ahead is fine, submitting is not yet
        self.check_delay()
        if self.waiting:
            return
        username = self.username_edit.text().strip()
        passphrase = self.passphrase_edit.text()
        if not username:
            self._show_message(self.tr("Type your user name."))
            self.username_edit.setFocus()
            return
        if not passphrase:
            self._show_message(self.tr("Type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        unlock = self._unlock
        remember = self._remember if self.remember_checkbox.isChecked() else None

        def work() -> tuple[OpenVault, str]:
            vault = unlock(username, passphrase)
            if remember is None:
                return vault, ""
            try:
                remember(vault, passphrase)
            except Exception as error:  # noqa: BLE001 - still unlocked; only say why
                return vault, error_message(error)
            return vault, ""

        self._set_busy(True, self.tr("Unlocking…"))
        run_in_thread(work, self._unlock_done, self._unlock_failed, self)

    def try_remembered(self, username: str) -> None:
        """Unlock without the passphrase when this device remembers ``username``."""
        if self._unlock_remembered is None or self._busy or not username:
            return
        self.username_edit.setText(username)
        unlock_remembered = self._unlock_remembered
        self._set_busy(True, self.tr("Unlocking…"))
        run_in_thread(
            lambda: unlock_remembered(username), self._remembered_done, self._unlock_failed, self
        )

    def reset(self) -> None:
        """Forget the passphrase and any message (when the vault is locked again)."""
        self.passphrase_edit.clear()
        self.message_label.clear()
        self.message_label.hide()
        self.remember_checkbox.setChecked(False)
        self._withdraw_notice()
        if not self._busy:
            self._set_busy(False)
            self.check_delay()
        self.focus_first_empty()

    def focus_first_empty(self) -> None:
        """Put the cursor where typing should start."""
        if self.username_edit.text().strip():
            self.passphrase_edit.setFocus()
        else:
            self.username_edit.setFocus()

    def open_recovery(self) -> RecoveryDialog | None:
        """Open the recovery dialog (window-modal); a success unlocks this view."""
        if self._recover is None or self._busy:
            return None
        dialog = RecoveryDialog(self._recover, self.username_edit.text().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._recovered(dialog))
        dialog.finished.connect(self._recovery_closed)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ outcomes

    def _unlock_done(self, outcome: tuple[OpenVault, str]) -> None:
        vault, remember_problem = outcome
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.remember_checkbox.setChecked(False)
        not_remembered = ""
        if remember_problem:
            not_remembered = self.tr("Unlocked, but not remembered: {problem}").format(
                problem=remember_problem
            )
            self._show_message(not_remembered, muted=True)
            self.remember_failed.emit(remember_problem)
        else:
            self.message_label.hide()
        self._end_countdown()
        self.unlocked.emit(vault)
        self._announce(vault.unlock_notice, not_remembered)

    def _remembered_done(self, vault: OpenVault | None) -> None:
        self._set_busy(False)
        if vault is None:
            self.message_label.hide()
            self.passphrase_edit.setFocus()
            return
        self.message_label.hide()
        self._end_countdown()
        self.unlocked.emit(vault)
        self._announce(vault.unlock_notice)

    def _unlock_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self._show_message(error_message(error))
        if isinstance(error, UnknownUserError):
            self.username_edit.setFocus()
            self.username_edit.selectAll()
        else:
            self.passphrase_edit.setFocus()
        self.check_delay()

    def _recovered(self, dialog: RecoveryDialog) -> None:
        vault = dialog.vault
        if vault is not None:
            self.passphrase_edit.clear()
            self.message_label.hide()
            self._end_countdown()
            self.unlocked.emit(vault)
            self._announce(vault.unlock_notice)

    def _recovery_closed(self) -> None:
        self.recovery_dialog = None

    # ------------------------------------------------------------------ helpers

    def _username_entered(self) -> None:
        if self.passphrase_edit.text():
            self.submit()
        else:
            self.passphrase_edit.setFocus()

    def _tick_countdown(self) -> None:
        if self._wait_until is None:
            self._end_countdown()
            return
        left = self._wait_until - time.monotonic()
        if left <= 0:
            self._end_countdown()
            return
        self.delay_label.setText(translated(countdown_message(left)))
        self.delay_label.show()
        self._update_unlock_button()

    def _end_countdown(self) -> None:
        self._countdown.stop()
        self._wait_until = None
        self.delay_label.clear()
        self.delay_label.hide()
        self._update_unlock_button()

    def _update_unlock_button(self) -> None:
        self.unlock_button.setEnabled(not self._busy and not self.waiting)

    def _announce(self, *parts: str) -> None:
        """Tell the person who just unlocked, in the window's status bar.

        By now the window shows the cases and this screen is out of sight; the ``notice``
        signal carries the same line for any other listener.
        """
        text = " ".join(translated(part) for part in parts if part)
        if not text:
            return
        self.notice.emit(text)
        top = self.window()
        if isinstance(top, QMainWindow):
            top.statusBar().showMessage(text, NOTICE_MS)
            self._shown_notice = text

    def _withdraw_notice(self) -> None:
        """At lock, a notice about the last session should not linger in the status bar."""
        top = self.window()
        if (
            self._shown_notice
            and isinstance(top, QMainWindow)
            and top.statusBar().currentMessage() == self._shown_notice
        ):
            top.statusBar().clearMessage()
        self._shown_notice = ""

    def _show_message(self, text: str, *, muted: bool = False) -> None:
        self.message_label.setStyleSheet(_MUTED_STYLE if muted else _ERROR_STYLE)
        self.message_label.setText(text)
        self.message_label.show()

    def _set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        for widget in (
            self.username_edit,
            self.passphrase_edit,
            self.remember_checkbox,
            self.forgot_button,
        ):
            widget.setEnabled(not busy)
        self._update_unlock_button()
        self.unlock_button.setText(status or self.tr("Unlock"))
        self.busy_bar.setVisible(busy)
        if busy:
            self.message_label.hide()

    def _check_device_cache(self, cache: DeviceKeyCache | None) -> None:
        """Ask the keyring in the background: a hanging keyring must not freeze the window."""
        if cache is None:
            self._keyring_unavailable(
                self.tr("Remembering the unlock on this device is turned off.")
            )
            return
        if self._remember is None:
            return
        run_in_thread(
            lambda: (cache.is_available(), cache.unavailable_reason()),
            self._device_cache_checked,
            lambda _error: self._keyring_unavailable(""),
            self,
        )

    def _device_cache_checked(self, outcome: tuple[bool, str]) -> None:
        available, reason = outcome
        if available:
            self.remember_checkbox.show()
        else:
            self._keyring_unavailable(reason)

    def _keyring_unavailable(self, reason: str) -> None:
        self.remember_checkbox.hide()
        self.remember_checkbox.setChecked(False)
        self.keyring_note.setText(translated(reason))
        self.keyring_note.setVisible(bool(reason))


def _keep_place_when_hidden(widget: QWidget) -> None:
    """Reserve the widget's room while hidden, so the form does not jump when it appears."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
