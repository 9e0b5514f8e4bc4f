"""File › Send cases…: the chosen cases as one encrypted, signed bundle for other offices.

The recipients come from the address book; the file name offered carries only a timestamp
(``bundles.suggested_file_name``); the bundle is written off the GUI thread with progress and
Cancel (nothing is written when cancelled: the service writes the file at the very end).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import bundles
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.transfer.common import Cancelled, ProgressRun
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

PROBLEM_STYLE = "color: #b00020;"
CODE_ROLE = Qt.ItemDataRole.UserRole


def with_suffix(name: str) -> Path:
    """The chosen file name, with the bundle suffix added when it has none."""
    path = Path(name)
    if path.suffix.lower() == bundles.SUFFIX:
        return path
    return path.with_name(path.name + bundles.SUFFIX)


class SendDialog(QDialog):
    """Choose the receiving offices and the file; shows what will go and what went."""

    sent = Signal(str)
    """The bundle was written (its path)."""

    def __init__(
        self, vault: OpenVault, case_numbers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_numbers = list(dict.fromkeys(case_numbers))
        self.setWindowTitle(self.tr("Send cases"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.running = False
        self.run: ProgressRun | None = None
        self.path: Path | None = None
        count = len(self.case_numbers)
        what = QLabel(
            self.tr(
                "1 case will go, encrypted so that only the offices you tick can open it, and "
                "signed by this office:"
            )
            if count == 1
            else self.tr(
                "{count} cases will go, encrypted so that only the offices you tick can open "
                "them, and signed by this office:"
            ).format(count=count)
        )
        what.setWordWrap(True)
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases that will be sent"))
        self.cases.addItems(self.case_numbers)
        self.cases.setMaximumHeight(110)
        self.cases.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        to_label = QLabel(self.tr("&To (tick with the space bar):"))
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("Receiving offices"))
        to_label.setBuddy(self.recipients)
        self.none_known = QLabel(
            self.tr(
                "No other office is in your address book yet: add one first in "
                "File › Offices and identity…."
            )
        )
        self.none_known.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Sending result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("&Send…"))
        self.send_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.cases)
        layout.addWidget(to_label)
        layout.addWidget(self.recipients, 1)
        layout.addWidget(self.none_known)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._fill_recipients()

    def _fill_recipients(self) -> None:
        try:
            known = bundles.offices(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; nothing can be sent
            known = []
            self._problem(error_message(error))
        for office in known:
            item = QListWidgetItem(f"{office.office_code} — {office.office_name}")
            item.setData(CODE_ROLE, office.office_code)
            item.setToolTip(
                self.tr("Fingerprint {fingerprint}").format(fingerprint=office.fingerprint())
            )
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if len(known) == 1 else Qt.CheckState.Unchecked
            )
            self.recipients.addItem(item)
        self.none_known.setVisible(not known)
        self.send_button.setEnabled(bool(known) and bool(self.case_numbers))
        if known:
            self.recipients.setCurrentRow(0)
            self.recipients.setFocus()

    def _problem(self, text: str) -> None:
        self.result_label.setStyleSheet(PROBLEM_STYLE)
        self.result_label.setText(text)

    def chosen_offices(self) -> list[str]:
        """The office codes ticked."""
        codes = []
        for row in range(self.recipients.count()):
            item = self.recipients.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(CODE_ROLE)))
        return codes

    def choose_file(self) -> Path | None:
        """Where to write the bundle; the name offered holds no personal data."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the case bundle"),
            str(Path.home() / bundles.suggested_file_name()),
            self.tr("Case bundles (*{suffix})").format(suffix=bundles.SUFFIX),
            options=FILE_DIALOG_OPTIONS,
        )
        return with_suffix(name) if name else None

    def start(self) -> None:
        """Ask where to save, then write the bundle off the GUI thread."""
        if self.running:
            return
        recipients = self.chosen_offices()
        if not recipients:
            self._problem(self.tr("Tick at least one office to send to."))
            self.recipients.setFocus()
            return
        path = self.choose_file()
        if path is None:
            return
        self.path = path
        self.running = True
        self.send_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("Writing the bundle…"))
        vault, numbers = self.vault, list(self.case_numbers)
        # Once the file is being written, Cancel would leave a file behind: too late then.
        run = ProgressRun(self.tr("Writing the bundle"), self, frozenset({"writing", "done"}))
        self.run = run
        run.start(
            lambda progress: bundles.export_bundle(
                vault, recipients, numbers, path, progress=progress
            ),
            lambda fingerprints: self._done(recipients, path, fingerprints),
            self._failed,
        )

    def _done(self, recipients: list[str], path: Path, fingerprints: list[str]) -> None:
        self.running = False
        self.run = None
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.summary(recipients, path, fingerprints))
        self.send_button.setEnabled(False)  # sent: a second bundle is a new Send
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.sent.emit(str(path))

    def summary(self, recipients: list[str], path: Path, fingerprints: list[str]) -> str:
        """What was sent, to whom, where; and the reminder to compare fingerprints."""
        count = len(self.case_numbers)
        pairs = zip(sorted(recipients), fingerprints, strict=False)
        offices = ", ".join(f"{code} ({fingerprint})" for code, fingerprint in pairs)
        if count == 1:
            sent = self.tr("Sent 1 case to {offices}.").format(offices=offices)
        else:
            sent = self.tr("Sent {count} cases to {offices}.").format(count=count, offices=offices)
        where = self.tr("File: {path}").format(path=path)
        advice = self.tr(
            "Only those offices can open it. If you have not compared fingerprints with them "
            "by phone yet, do so before you hand over the file."
        )
        return f"{sent}\n{where}\n{advice}"

    def _failed(self, error: Exception) -> None:
        self.running = False
        self.run = None
        self.send_button.setEnabled(True)
        if isinstance(error, Cancelled):
            self._problem(self.tr("Cancelled; no bundle was written."))
        else:
            self._problem(self.tr("Not sent: {reason}").format(reason=error_message(error)))

    def abandon(self) -> None:
        """The vault is locking: stop the work in hand and close."""
        if self.run is not None:
            self.run.cancel()
        super().reject()  # deleted with it: a late result is not delivered

    def reject(self) -> None:
        if self.running and self.run is not None:
            self.run.cancel()  # the failure then says so; close once it has
            return
        super().reject()
