"""File › Offices and identity…: this office's public identity, and the address book.

This office's identity line is public (it holds no secret): it is shown, copied and drawn as
a QR code for another office to take. Another office is added only after its fingerprint,
read out over the phone, was typed in and matches the one computed from its line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.security.office_identity import normalise_fingerprint, parse_public_identity
from asylum_desk.services import bundles
from asylum_desk.ui.transfer.common import (
    FINGERPRINT_PLACEHOLDER,
    QrCodeView,
    fingerprint_label,
    role_allows_offices,
)
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

PROBLEM_STYLE = "color: #b00020;"
MATCH_STYLE = "color: #1b5e20;"
NO_FINGERPRINT = "—"


class AddOfficeDialog(QDialog):
    """Paste another office's identity line, type the fingerprint read out by phone, add."""

    added = Signal(str)
    """An office was added (its office code)."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Add an office"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.computed: str | None = None
        intro = QLabel(
            self.tr(
                "Paste the identity line the other office sent you. Then phone that office, "
                "ask them to read out their fingerprint, and type it below. Add the office "
                "only if the two are the same."
            )
        )
        intro.setWordWrap(True)
        self.identity = QLineEdit()
        self.identity.setAccessibleName(self.tr("Identity line of the other office"))
        self.identity.setPlaceholderText("asylum-desk-office:v1:…")
        self.identity.textChanged.connect(self._read_identity)
        self.office = QLabel(NO_FINGERPRINT)
        self.office.setAccessibleName(self.tr("Office of this identity"))
        self.fingerprint = fingerprint_label(
            NO_FINGERPRINT, self.tr("Fingerprint of this identity")
        )
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Fingerprint read out by phone"))
        self.typed.setPlaceholderText(FINGERPRINT_PLACEHOLDER)
        self.typed.textChanged.connect(self._compare)
        self.match = QLabel()
        self.match.setAccessibleName(self.tr("Do the fingerprints match"))
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Identity line"), self.identity)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Its fingerprint"), self.fingerprint)
        form.addRow(self.tr("Fingerprint read out by &phone"), self.typed)
        form.addRow("", self.match)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add office"))
        self.add_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _read_identity(self, text: str) -> None:
        self.problem.clear()
        self.computed = None
        if not text.strip():
            self.office.setText(NO_FINGERPRINT)
            self.fingerprint.setText(NO_FINGERPRINT)
        else:
            try:
                office = parse_public_identity(text)
            except ValueError as error:
                self.office.setText(NO_FINGERPRINT)
                self.fingerprint.setText(NO_FINGERPRINT)
                self.problem.setText(error_message(error))
            else:
                self.computed = office.fingerprint()
                self.office.setText(f"{office.office_code} — {office.office_name}")
                self.fingerprint.setText(self.computed)
        self._compare()

    def _compare(self) -> None:
        typed = normalise_fingerprint(self.typed.text())
        if self.computed is None or not typed:
            self.match.clear()
        elif typed == self.computed:
            self.match.setStyleSheet(MATCH_STYLE)
            self.match.setText(self.tr("The fingerprints are the same."))
        elif len(typed) >= len(self.computed):
            self.match.setStyleSheet(PROBLEM_STYLE)
            self.match.setText(
                self.tr("The fingerprints are NOT the same: do not add this office.")
            )
        else:
            self.match.clear()

    def accept(self) -> None:
        """Add the office through the service; any refusal is one line and changes nothing."""
        text = self.identity.text().strip()
        if not text:
            self.problem.setText(self.tr("Paste the other office's identity line first."))
            self.identity.setFocus()
            return
        if not self.typed.text().strip():
            self.problem.setText(
                self.tr("Type the fingerprint the other office read out to you by phone.")
            )
            self.typed.setFocus()
            return
        try:
            office = bundles.add_office(self.vault, text, self.typed.text())
        except Exception as error:  # noqa: BLE001 - one line; nothing was added
            self.problem.setText(error_message(error))
            return
        self.added.emit(office.office_code)
        super().accept()


class AddressBookDialog(QDialog):
    """The office's own identity line, fingerprint and QR code; the other offices known."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Offices and identity"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.add_dialog: AddOfficeDialog | None = None
        own = bundles.own_identity(vault)
        self.identity_text = own.text()

        # ---- this office ----
        explain = QLabel(
            self.tr(
                "Give this line to the offices that will send you cases (by e-mail, messenger "
                "or the QR code). It holds no secret. Then phone each office and read out the "
                "fingerprint, so that they know the line really came from you."
            )
        )
        explain.setWordWrap(True)
        self.identity = QLineEdit(self.identity_text)
        self.identity.setReadOnly(True)
        self.identity.setAccessibleName(self.tr("This office's identity line"))
        self.identity.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the identity line to paste it into a message."))
        self.copy_button.clicked.connect(self.copy_identity)
        line = QHBoxLayout()
        line.addWidget(self.identity, 1)
        line.addWidget(self.copy_button)
        self.fingerprint = fingerprint_label(
            own.fingerprint(), self.tr("This office's fingerprint")
        )
        self.qr = QrCodeView(self.identity_text)
        details = QVBoxLayout()
        details.addWidget(explain)
        details.addLayout(line)
        details.addWidget(
            QLabel(
                self.tr("Office {code} — {name}. Fingerprint:").format(
                    code=own.office_code, name=own.office_name
                )
            )
        )
        details.addWidget(self.fingerprint)
        self.copied = QLabel()
        self.copied.setAccessibleName(self.tr("Copy result"))
        details.addWidget(self.copied)
        details.addStretch(1)
        own_box = QGroupBox(self.tr("This office"))
        own_layout = QHBoxLayout(own_box)
        own_layout.addLayout(details, 1)
        own_layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        # ---- the address book ----
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Office"), self.tr("Fingerprint")]
        )
        self.table.setAccessibleName(self.tr("Offices in the address book"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr("No other office yet. Add the offices you exchange cases with.")
        )
        self.add_button = QPushButton(self.tr("&Add office…"))
        self.add_button.clicked.connect(self.add_office)
        allowed = role_allows_offices(vault.role)
        self.add_button.setEnabled(allowed)
        if not allowed:
            self.add_button.setToolTip(self.tr("Only supervisors and administrators add offices."))
        book_box = QGroupBox(self.tr("Other offices (the address book)"))
        book_layout = QVBoxLayout(book_box)
        book_layout.addWidget(self.table)
        book_layout.addWidget(self.empty)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        if not allowed:
            row.addWidget(QLabel(self.tr("Only supervisors and administrators add offices.")))
        row.addStretch(1)
        book_layout.addLayout(row)

        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Result"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own_box)
        layout.addWidget(book_box, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.reload()

    def reload(self) -> None:
        """Read the address book again."""
        try:
            known = bundles.offices(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; the table stays as it was
            self.message.setText(error_message(error))
            return
        self.table.setRowCount(len(known))
        for row, office in enumerate(known):
            for column, text in enumerate(
                (office.office_code, office.office_name, office.fingerprint())
            ):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                self.table.setItem(row, column, item)
        self.empty.setVisible(not known)

    def office_codes(self) -> list[str]:
        """The office codes shown in the table, top to bottom."""
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def copy_identity(self) -> None:
        """Put the identity line on the clipboard (it is public)."""
        QGuiApplication.clipboard().setText(self.identity_text)
        self.copied.setText(self.tr("Copied. Paste it into a message to the other office."))

    def add_office(self) -> None:
        """Open the Add office dialog; the table is read again after an office was added."""
        dialog = AddOfficeDialog(self.vault, self)
        dialog.added.connect(self._added)
        self.add_dialog = dialog
        dialog.open()

    def _added(self, code: str) -> None:
        self.reload()
        self.message.setText(
            self.tr("Office {code} was added to the address book.").format(code=code)
        )
