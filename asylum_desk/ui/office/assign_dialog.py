"""Assign…: who works on one case besides its caseworker; assign to or withdraw from a user.

A caseworker assigned a case works on all of it; an interpreter sees only its statement
sections. Supervisors and administrators (the service refuses anyone else).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import assignments, staff
from asylum_desk.ui.office.common import (
    MessageLine,
    RowsModel,
    note_label,
    role_word,
    selected_keys,
    table_view,
)
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

AS_WHAT = {
    "caseworker": QT_TRANSLATE_NOOP("AssignDialog", "caseworker (all of the case)"),
    "interpreter": QT_TRANSLATE_NOOP("AssignDialog", "interpreter (statement)"),
}


def _when(timestamp: str) -> str:
    try:
        return datetime.fromisoformat(timestamp).strftime("%Y-%m-%d")
    except ValueError:
        return timestamp[:10]


class AssignDialog(QDialog):
    """The assignments of one case (supervisors and administrators)."""

    assignments_changed = Signal(str)
    """The case number whose assignments changed."""

    def __init__(self, vault: OpenVault, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_number = case_number
        self.setWindowTitle(self.tr("Assign case {number}").format(number=case_number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 440)

        self.model = RowsModel(
            (self.tr("User"), self.tr("Assigned as"), self.tr("Since"), self.tr("By")), self
        )
        self.table = table_view(self.model, self.tr("Current assignments"))
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 200)
        self.table.setColumnWidth(2, 100)
        self.unassign_button = QPushButton(self.tr("&Unassign…"))
        self.unassign_button.clicked.connect(self.unassign_selected)
        current_box = QGroupBox(self.tr("{number} is assigned to").format(number=case_number))
        current_layout = QVBoxLayout(current_box)
        current_layout.addWidget(self.table, 1)
        unassign_row = QHBoxLayout()
        unassign_row.addStretch(1)
        unassign_row.addWidget(self.unassign_button)
        current_layout.addLayout(unassign_row)

        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("Assign to"))
        self.user.setMinimumContentsLength(24)
        self.assign_button = QPushButton(self.tr("&Assign"))
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign_chosen)
        assign_box = QGroupBox(self.tr("Assign to"))
        assign_layout = QVBoxLayout(assign_box)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.user, 1)
        assign_row.addWidget(self.assign_button)
        assign_layout.addLayout(assign_row)
        assign_layout.addWidget(
            note_label(
                self.tr(
                    "A caseworker assigned a case works on all of it. An interpreter sees only "
                    "its statement sections and may change only the translation. The case's "
                    "own caseworker needs no assignment."
                )
            )
        )

        self.message = MessageLine(self.tr("Assignment status"), self)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(current_box, 1)
        layout.addWidget(assign_box)
        layout.addLayout(bottom)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self._load_users():
            self.refresh()
        self._update_buttons()

    def _load_users(self) -> bool:
        try:
            people = staff.assignable_users(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; the dialog stays empty
            self._refused(error)
            return False
        self.user.clear()
        for person in people:
            self.user.addItem(
                self.tr("{name} — {role}").format(
                    name=person.username, role=role_word(person.role)
                ),
                person.username,
            )
        if not people:
            self.user.addItem(self.tr("(no caseworker or interpreter yet)"), None)
        return True

    def _refused(self, error: Exception) -> None:
        self.message.show_error(error_message(error))
        for widget in (self.user, self.assign_button, self.table):
            widget.setEnabled(False)

    def refresh(self) -> None:
        """Read the case's assignments again."""
        try:
            current = assignments.assignments(self.vault, self.case_number)
        except Exception as error:  # noqa: BLE001 - one line
            self.model.set_rows([], [])
            self._refused(error)
            return
        rows = [
            (
                a.username,
                QCoreApplication.translate("AssignDialog", AS_WHAT[a.role.value])
                if a.role.value in AS_WHAT
                else role_word(a.role),
                _when(a.assigned_at),
                a.assigned_by,
            )
            for a in current
        ]
        self.model.set_rows(rows, [a.username for a in current])
        if not current:
            self.message.show_note(
                self.tr("{number} is assigned to nobody besides its caseworker.").format(
                    number=self.case_number
                )
            )
        self._update_buttons()

    def selected_user(self) -> str | None:
        keys = selected_keys(self.table)
        return str(keys[0]) if keys else None

    def _update_buttons(self) -> None:
        self.unassign_button.setEnabled(self.table.isEnabled() and self.selected_user() is not None)
        self.assign_button.setEnabled(self.user.isEnabled() and self.user.currentData() is not None)

    def assign_chosen(self) -> None:
        """Assign the case to the user chosen."""
        name = self.user.currentData()
        if name is None:
            return
        try:
            made = assignments.assign(self.vault, self.case_number, str(name))
        except Exception as error:  # noqa: BLE001 - one line; nothing changed
            self.message.show_error(
                self.tr("Not assigned: {reason}").format(reason=error_message(error))
            )
            return
        self.refresh()
        self.message.show_note(
            self.tr("Assigned {number} to {name} ({role}).").format(
                number=self.case_number, name=made.username, role=role_word(made.role)
            )
        )
        self.assignments_changed.emit(self.case_number)

    def unassign_selected(self) -> None:
        """Withdraw the selected assignment, after a confirmation."""
        name = self.selected_user()
        if name is None or not self.ask_unassign(name) or not self.vault.is_open:
            return
        try:
            assignments.unassign(self.vault, self.case_number, name)
        except Exception as error:  # noqa: BLE001 - one line; nothing changed
            self.message.show_error(
                self.tr("Not withdrawn: {reason}").format(reason=error_message(error))
            )
            return
        self.refresh()
        self.message.show_note(
            self.tr("{number} is no longer assigned to {name}.").format(
                number=self.case_number, name=name
            )
        )
        self.assignments_changed.emit(self.case_number)

    # Opens a modal question; tests replace it.
    def ask_unassign(self, name: str) -> bool:
        """Confirm withdrawing the case from ``name`` (their drafts of it are deleted)."""
        answer = QMessageBox.question(
            self,
            self.tr("Withdraw the assignment?"),
            self.tr(
                "Withdraw {number} from {name}? They will no longer see it, and their unsaved "
                "drafts of this case are deleted."
            ).format(number=self.case_number, name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
