"""The first-start wizard: office, first user, vault folder, then the recovery key, once.

The vault is created (in the background) when the folder page is confirmed; from then on
there is no way back, and the wizard only finishes once the person confirms that the
recovery key is written down or printed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from asylum_desk.domain.case_number import is_valid_office_code
from asylum_desk.ui.passphrase_strength import NewPassphraseFields
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.services.vault_access import NewVault

CreateVault = Callable[[Path, str, str, str, str], "NewVault"]
"""(folder, office code, office name, user name, passphrase) -> the new vault."""
PrintRecovery = Callable[[str], None]
"""Print the recovery key (the default asks for a printer)."""
ChooseFolder = Callable[[Path], "Path | None"]
"""Ask for a folder, starting at the given one; None when cancelled."""

OFFICE_PAGE, USER_PAGE, LOCATION_PAGE, RECOVERY_PAGE = range(4)
VAULT_FOLDER_NAME = "Asylum Desk vault"
_ERROR_STYLE = "color: #b3261e;"
_MUTED_STYLE = "color: palette(placeholder-text);"
_BUSY_STYLE = (
    "QProgressBar { border: none; border-radius: 2px; background: palette(midlight); }"
    "QProgressBar::chunk { border-radius: 2px; background: palette(highlight); }"
)
_GROUPS_PER_LINE = 5


def _grid() -> QGridLayout:
    """A two-column form (a grid, because QFormLayout misjudges the height of wrapped notes)."""
    grid = QGridLayout()
    grid.setColumnStretch(1, 1)
    grid.setVerticalSpacing(10)
    grid.setHorizontalSpacing(12)
    return grid


def _add_row(grid: QGridLayout, row: int, label: str, field: QWidget) -> int:
    if label:
        caption = QLabel(label)
        caption.setBuddy(field)
        grid.addWidget(caption, row, 0)
    grid.addWidget(field, row, 1)
    return row + 1


def _note(text: str = "", *, error: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE if error else _MUTED_STYLE)
    return label


class OfficePage(QWizardPage):
    """Office name and the short code that starts every case number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("These appear on case numbers and on the documents you print."))
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Champhai field office"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(8)
        self.code_edit.setPlaceholderText(self.tr("e.g. CPH"))
        self.code_edit.setMaximumWidth(140)
        self.code_error = _note(
            self.tr("Use 2 to 8 capital letters or digits, starting with a letter."), error=True
        )
        self.code_error.hide()
        self.example_label = _note()
        grid = _grid()
        row = _add_row(grid, 0, self.tr("Office name:"), self.name_edit)
        row = _add_row(grid, row, self.tr("Office code:"), self.code_edit)
        row = _add_row(grid, row, "", self.example_label)
        row = _add_row(grid, row, "", self.code_error)
        grid.setRowStretch(row, 1)
        self.setLayout(grid)
        self.name_edit.textChanged.connect(self.completeChanged)
        self.code_edit.textEdited.connect(self._uppercase)
        self.code_edit.textChanged.connect(self._code_changed)
        self._code_changed()

    def office_name(self) -> str:
        """The office name as typed, without outer spaces."""
        return self.name_edit.text().strip()

    def office_code(self) -> str:
        """The office code, upper case."""
        return self.code_edit.text().strip().upper()

    def isComplete(self) -> bool:
        return bool(self.office_name()) and is_valid_office_code(self.office_code())

    def _uppercase(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            cursor = self.code_edit.cursorPosition()
            self.code_edit.setText(upper)
            self.code_edit.setCursorPosition(cursor)

    def _code_changed(self) -> None:
        code = self.office_code()
        shown = code if is_valid_office_code(code) else self.tr("CODE")
        self.example_label.setText(
            self.tr("Case numbers will look like {example}.").format(
                example=f"{shown}-{date.today().year}-0001"
            )
        )
        # Say so once a code is clearly wrong: a bad first character, or 2+ characters typed.
        wrong = bool(code) and not is_valid_office_code(code)
        self.code_error.setVisible(wrong and (len(code) >= 2 or not code[0].isalpha()))
        self.completeChanged.emit()


class FirstUserPage(QWizardPage):
    """The first user (an administrator) and their passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first user"))
        self.setSubTitle(
            self.tr(
                "This person becomes the administrator and can later give colleagues their own "
                "passphrases."
            )
        )
        self.username_edit = QLineEdit(self)
        self.username_edit.setPlaceholderText(self.tr("e.g. amara"))
        self.passphrase = NewPassphraseFields(self)
        grid = _grid()
        row = _add_row(grid, 0, self.tr("User name:"), self.username_edit)
        row = self.passphrase.add_to(grid, row)
        grid.setRowStretch(row, 1)
        self.setLayout(grid)
        self._office_names: list[str] = []
        self.username_edit.textChanged.connect(self._username_changed)
        self.passphrase.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, SetupWizard):
            office = wizard.office_page
            self._office_names = [office.office_name(), office.office_code()]
        self._username_changed()

    def _username_changed(self) -> None:
        self.passphrase.set_avoid([self.username(), *self._office_names])
        self.completeChanged.emit()

    def username(self) -> str:
        """The user name, without outer spaces."""
        return self.username_edit.text().strip()

    def isComplete(self) -> bool:
        return bool(self.username()) and self.passphrase.is_acceptable()


class LocationPage(QWizardPage):
    """Where the vault folder goes; confirming this page creates the vault."""

    def __init__(
        self, default_location: Path, choose_folder: ChooseFolder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep the vault"))
        self.setSubTitle(
            self.tr(
                "Everything in the vault is encrypted: without a passphrase or the recovery "
                "key, its files reveal nothing."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))
        self._choose_folder = choose_folder
        self._location = default_location
        self._busy = False
        self.path_edit = QLineEdit(str(default_location), self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Vault folder"))
        self.choose_button = QPushButton(self.tr("Choose another folder…"), self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setStyleSheet(_BUSY_STYLE)
        self.busy_bar.setFixedHeight(6)
        self.busy_bar.hide()
        self.status_label = _note()
        self.status_label.hide()
        self.error_label = _note(error=True)
        self.error_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(QLabel(self.tr("The vault will be created in this folder:")))
        layout.addWidget(self.path_edit)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(
            _note(
                self.tr(
                    "Choose a folder on this computer's own disk, not a shared or cloud-synced "
                    "folder. The folder must be new or empty."
                )
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def location(self) -> Path:
        """The folder the vault will be created in."""
        return self._location

    def choose_folder(self) -> None:
        """Ask for another folder; a folder that is not empty gets a new vault folder inside."""
        chosen = self._choose_folder(self._location.parent)
        if chosen is None:
            return
        if chosen.exists() and chosen.is_dir() and any(chosen.iterdir()):
            chosen = chosen / VAULT_FOLDER_NAME
        self._location = chosen
        self.path_edit.setText(str(chosen))
        self.show_error("")

    def isComplete(self) -> bool:
        return not self._busy

    def set_busy(self, busy: bool) -> None:
        """Show that the vault is being created, and keep the page still meanwhile."""
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.status_label.setText(
            self.tr("Creating the encrypted vault… this takes a few seconds.")
        )
        self.status_label.setVisible(busy)
        if busy:
            self.error_label.hide()
        self.completeChanged.emit()

    def show_error(self, message: str) -> None:
        """Show why the vault could not be created (or hide the message)."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))


class RecoveryKeyPage(QWizardPage):
    """The recovery key, shown this once, and the promise that it is kept safe."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way back into the "
                "vault. It is shown only now."
            )
        )
        self.setFinalPage(True)
        self.key_label = QLabel(self)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.6)
        mono.setWeight(QFont.Weight.DemiBold)
        mono.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
        self.key_label.setFont(mono)
        frame = QFrame(self)
        frame.setObjectName("recoveryKeyFrame")
        frame.setStyleSheet(
            "QFrame#recoveryKeyFrame { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(16, 18, 16, 18)
        inner.addStretch(1)
        inner.addWidget(self.key_label)
        inner.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.confirm_checkbox = QCheckBox(
            self.tr("I have written down or printed the recovery key and will keep it locked away"),
            self,
        )
        self.confirm_checkbox.toggled.connect(self.completeChanged)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(frame)
        layout.addWidget(
            _note(
                self.tr(
                    "13 groups of 5 characters, five groups to a line. Keep it apart from this "
                    "computer: anyone with both can open every case."
                )
            )
        )
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.confirm_checkbox)

    def set_key(self, recovery_key: str) -> None:
        """Show ``recovery_key`` (dash-separated groups) as lines of five groups."""
        groups = recovery_key.split("-") if recovery_key else []
        lines = [
            "-".join(groups[start : start + _GROUPS_PER_LINE])
            for start in range(0, len(groups), _GROUPS_PER_LINE)
        ]
        self.key_label.setText("\n".join(lines))

    def isComplete(self) -> bool:
        return self.confirm_checkbox.isChecked()


class SetupWizard(QWizard):
    """First start: create the office's vault and show its recovery key once."""

    def __init__(
        self,
        default_location: Path,
        create: CreateVault,
        *,
        print_recovery: PrintRecovery | None = None,
        choose_folder: ChooseFolder | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up Asylum Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(640, 540)
        self._create = create
        self._print_recovery = print_recovery or self._print_with_dialog
        self._new_vault: NewVault | None = None
        self._vault: OpenVault | None = None
        self._busy = False
        self.office_page = OfficePage(self)
        self.user_page = FirstUserPage(self)
        self.location_page = LocationPage(
            default_location, choose_folder or self._ask_for_folder, self
        )
        self.recovery_page = RecoveryKeyPage(self)
        self.setPage(OFFICE_PAGE, self.office_page)
        self.setPage(USER_PAGE, self.user_page)
        self.setPage(LOCATION_PAGE, self.location_page)
        self.setPage(RECOVERY_PAGE, self.recovery_page)
        self.recovery_page.print_button.clicked.connect(self._print_key)
        self.currentIdChanged.connect(self._page_changed)

    @property
    def vault(self) -> OpenVault | None:
        """The new vault, open, once the wizard was finished; otherwise None."""
        return self._vault

    def validateCurrentPage(self) -> bool:
        if self.currentId() != LOCATION_PAGE:
            return super().validateCurrentPage()
        if self._new_vault is not None:
            return True
        if not self._busy:
            self._start_creation()
        return False

    def done(self, result: int) -> None:
        if result == QWizard.DialogCode.Accepted and self._new_vault is not None:
            self._vault = self._new_vault.vault
        elif self._busy or self._new_vault is not None:
            return  # never walk away while creating, or before the key is confirmed
        self._new_vault = None
        self.recovery_page.set_key("")
        super().done(result)

    def _start_creation(self) -> None:
        office, user = self.office_page, self.user_page
        folder = self.location_page.location()
        code, name = office.office_code(), office.office_name()
        username, passphrase = user.username(), user.passphrase.passphrase()
        create = self._create
        self._set_busy(True)
        run_in_thread(
            lambda: create(folder, code, name, username, passphrase),
            self._created,
            self._creation_failed,
            self,
        )

    def _created(self, new_vault: NewVault) -> None:
        self._new_vault = new_vault
        self.user_page.passphrase.clear()
        self._set_busy(False)
        self.next()

    def _creation_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.location_page.show_error(error_message(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.location_page.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)

    def _page_changed(self, page_id: int) -> None:
        if page_id == RECOVERY_PAGE and self._new_vault is not None:
            self.recovery_page.set_key(self._new_vault.recovery_key)

    def _print_key(self) -> None:
        if self._new_vault is not None:
            self._print_recovery(self._new_vault.recovery_key)

    def _print_with_dialog(self, recovery_key: str) -> None:
        print_recovery_sheet(recovery_key, self.office_page.office_code(), self)

    def _ask_for_folder(self, start: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the vault"), str(start)
        )
        return Path(chosen) if chosen else None


def recovery_sheet_html(recovery_key: str, office_code: str, created: date) -> str:
    """The printed page: the key in numbered groups, and what to do with it."""
    groups = recovery_key.split("-")
    cells = "".join(
        f"<td style='padding:6px 14px'><span style='color:#666;font-size:9pt'>{number}</span>"
        f"<br><span style='font-family:monospace;font-size:18pt'>{html.escape(group)}</span></td>"
        + ("</tr><tr>" if number % _GROUPS_PER_LINE == 0 else "")
        for number, group in enumerate(groups, start=1)
    )
    title = QCoreApplication.translate("RecoverySheet", "Asylum Desk: recovery key")
    office = QCoreApplication.translate(
        "RecoverySheet", "Office {office}, vault created on {day}."
    ).format(office=html.escape(office_code), day=created.isoformat())
    how = QCoreApplication.translate(
        "RecoverySheet",
        "If every passphrase is forgotten, open Asylum Desk, choose <b>Forgot passphrase?</b> "
        "and type this key. Capital or small letters, spaces and dashes do not matter; a typo "
        "is caught and its group named.",
    )
    keep = QCoreApplication.translate(
        "RecoverySheet",
        "<b>Keep this sheet locked away, never with the laptop.</b> Anyone who has both can "
        "open every case. Do not photograph it or keep a copy on a computer or phone.",
    )
    return (
        f"<h2>{title}</h2><p>{office}</p>"
        f"<table cellspacing='0' style='margin:12px 0'><tr>{cells}</tr></table>"
        f"<p>{how}</p><p>{keep}</p>"
    )


def print_recovery_sheet(recovery_key: str, office_code: str, parent: QWidget) -> None:
    """Ask for a printer (printing to a file is not offered) and print the recovery sheet."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName("Asylum Desk")
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print the recovery key"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(recovery_key, office_code, date.today()))
    document.print_(printer)
    document.clear()
