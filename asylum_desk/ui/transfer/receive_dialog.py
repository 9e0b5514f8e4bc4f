"""File › Receive bundle…: open a case bundle from another office, with progress.

A bundle from an office that is not in the address book is not taken until its fingerprint,
read out over the phone by that office, was typed in and matches: only then is the import
run again with ``accept_sender`` (which also adds the office to the address book).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.security.office_identity import normalise_fingerprint
from asylum_desk.services import bundles
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.transfer.common import (
    FINGERPRINT_PLACEHOLDER,
    Cancelled,
    ProgressRun,
    fingerprint_label,
    role_allows_offices,
)
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.security.office_identity import PublicIdentity
    from asylum_desk.services.bundles import Received
    from asylum_desk.services.open_vault import OpenVault

PROBLEM_STYLE = "color: #b00020;"


def choose_bundle(parent: QWidget) -> Path | None:
    """The bundle file to open (None when the user cancelled)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ReceiveDialog", "Receive a case bundle"),
        str(Path.home()),
        QCoreApplication.translate(
            "ReceiveDialog", "Case bundles (*{suffix});;All files (*)"
        ).format(suffix=bundles.SUFFIX),
        options=FILE_DIALOG_OPTIONS,
    )
    return Path(name) if name else None


class ReceiveDialog(QDialog):
    """Reads one bundle into the vault; asks about an unknown sender; says what came."""

    received = Signal()
    """Cases were imported or merged: the case list must be read again."""

    def __init__(self, vault: OpenVault, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path = path
        self.setWindowTitle(self.tr("Receive a case bundle"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.running = False
        self.run: ProgressRun | None = None
        self.sender: PublicIdentity | None = None
        self.result: Received | None = None
        file_label = QLabel(self.tr("Bundle: {file}").format(file=path.name))
        file_label.setToolTip(str(path))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Receiving result"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # ---- an unknown sender: confirm its fingerprint by phone ----
        self.sender_box = QGroupBox(self.tr("An office that is not in your address book"))
        self.sender_office = QLabel()
        self.sender_office.setAccessibleName(self.tr("Sending office"))
        self.sender_fingerprint = fingerprint_label("", self.tr("Sender's fingerprint"))
        explain = QLabel(
            self.tr(
                "Phone that office (at a number you already know, not one from the message) "
                "and ask them to read out their fingerprint. Type it here. The bundle is "
                "opened, and the office added to your address book, only if the two are the "
                "same."
            )
        )
        explain.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Fingerprint read out by phone"))
        self.typed.setPlaceholderText(FINGERPRINT_PLACEHOLDER)
        self.typed.returnPressed.connect(self.accept_sender)
        self.accept_button = QPushButton(self.tr("&Accept this office and receive"))
        self.accept_button.clicked.connect(self.accept_sender)
        self.role_note = QLabel()
        self.role_note.setWordWrap(True)
        who = QFormLayout()
        who.addRow(self.tr("Office"), self.sender_office)
        who.addRow(self.tr("Its fingerprint"), self.sender_fingerprint)
        typed_row = QFormLayout()
        typed_row.addRow(self.tr("Fingerprint read out by &phone"), self.typed)
        sender_layout = QVBoxLayout(self.sender_box)
        sender_layout.addLayout(who)
        sender_layout.addWidget(explain)
        sender_layout.addLayout(typed_row)
        sender_layout.addWidget(self.role_note)
        sender_layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sender_box.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.sender_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    # ---- running the import ------------------------------------------------------------
    def start(self, accept_sender: str | None = None) -> None:
        """Read the file and import it off the GUI thread, with progress and Cancel."""
        if self.running:
            return
        self.running = True
        self.accept_button.setEnabled(False)
        self._say(self.tr("Opening the bundle…"))
        vault, path = self.vault, self.path
        run = ProgressRun(self.tr("Receiving the bundle"), self)
        self.run = run
        run.start(
            lambda progress: bundles.import_bundle(
                vault, path.read_bytes(), accept_sender=accept_sender, progress=progress
            ),
            self._done,
            self._failed,
        )

    def accept_sender(self) -> None:
        """The fingerprint read out by phone was typed: receive if it is the sender's."""
        if self.sender is None or self.running:
            return
        typed = self.typed.text()
        if not typed.strip():
            self._say(
                self.tr("Type the fingerprint the office read out to you by phone."),
                problem=True,
            )
            self.typed.setFocus()
            return
        if normalise_fingerprint(typed) != self.sender.fingerprint():
            self._say(
                self.tr(
                    "The fingerprint you typed is not this bundle's sender's: do not open it. "
                    "Nothing was changed."
                ),
                problem=True,
            )
            self.typed.setFocus()
            self.typed.selectAll()
            return
        self.start(accept_sender=typed)

    def _done(self, received: Received) -> None:
        self.running = False
        self.run = None
        self.result = received
        self.sender_box.hide()
        self._say(self.summary(received))
        self.adjustSize()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.received.emit()

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.run = None
        if isinstance(error, bundles.UnknownSenderError):
            self._ask_about(error.sender)
            return
        self.accept_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled; nothing was changed."), problem=True)
        else:
            self._say(
                self.tr("Not received: {reason}").format(reason=error_message(error)),
                problem=True,
            )

    def _ask_about(self, sender: PublicIdentity) -> None:
        self.sender = sender
        self.sender_office.setText(f"{sender.office_code} — {sender.office_name}")
        self.sender_fingerprint.setText(sender.fingerprint())
        allowed = role_allows_offices(self.vault.role)
        self.accept_button.setEnabled(allowed)
        self.typed.setEnabled(allowed)
        self.role_note.setText(
            ""
            if allowed
            else self.tr(
                "Only a supervisor or an administrator may accept a new office. Ask one to "
                "add it (File › Offices and identity…), then receive the bundle again."
            )
        )
        self.sender_box.show()
        self.adjustSize()
        self._say(
            self.tr(
                "The bundle comes from office {office}, which is not in your address book. "
                "Nothing was changed yet."
            ).format(office=sender.office_code),
            problem=True,
        )
        if allowed:
            self.accept_button.setDefault(True)
            self.typed.setFocus()

    # ---- what is shown -------------------------------------------------------------------
    def summary(self, received: Received) -> str:
        """New cases, merged cases and conflicts, in words."""
        new_cases, merged, conflicts = received.new_cases, received.merged, received.conflicts
        lines = [
            self.tr("Received from office {office}.").format(office=received.sender.office_code)
        ]
        if new_cases:
            numbers = ", ".join(new_cases)
            lines.append(
                self.tr("New: 1 case ({numbers}).").format(numbers=numbers)
                if len(new_cases) == 1
                else self.tr("New: {count} cases ({numbers}).").format(
                    count=len(new_cases), numbers=numbers
                )
            )
        if merged:
            numbers = ", ".join(merged)
            lines.append(
                self.tr("Merged into cases you had: 1 case ({numbers}).").format(numbers=numbers)
                if len(merged) == 1
                else self.tr("Merged into cases you had: {count} cases ({numbers}).").format(
                    count=len(merged), numbers=numbers
                )
            )
        if not new_cases and not merged:
            lines.append(self.tr("Nothing new: every case in it was already here as it is."))
        if conflicts:
            lines.append(
                self.tr("1 field needs a supervisor: Office › Merge conflicts.")
                if conflicts == 1
                else self.tr("{count} fields need a supervisor: Office › Merge conflicts.").format(
                    count=conflicts
                )
            )
        return "\n".join(lines)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.status.setText(text)

    def abandon(self) -> None:
        """The vault is locking: stop the work in hand and close."""
        if self.run is not None:
            self.run.cancel()
        super().reject()  # deleted with it: a late result is not delivered

    def reject(self) -> None:
        if self.running and self.run is not None:
            self.run.cancel()  # the failure then says so
            return
        super().reject()
