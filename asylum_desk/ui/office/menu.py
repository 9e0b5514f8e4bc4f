"""The Office menu's actions and what they open; the main window only adds them and wires.

Each action is enabled for the roles that may use it (``access.allowed`` with the role the
vault was unlocked with); the services still refuse, whatever the menu shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from asylum_desk.domain.enums import Role
from asylum_desk.services.access import Action, allowed

if TYPE_CHECKING:
    from asylum_desk.ui.main_window import MainWindow
    from asylum_desk.ui.office.assign_dialog import AssignDialog
    from asylum_desk.ui.office.office_dialog import OfficeDialog

# The pages' names (as office_dialog names them; the dialogs are imported when first opened).
USERS, AUDIT, RETENTION, MERGE = "users", "audit", "retention", "merge"


class OfficeActions(QObject):
    """Users…, Audit log…, Retention and erasure…, Merge conflicts…, Assign case…."""

    cases_erased = Signal()
    """Cases were erased or changed by a merge: the case list must be read again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.users_action = self._action(self.tr("&Users…"), lambda: self.open_page(USERS))
        self.users_action.setStatusTip(self.tr("Who can unlock this vault, and their roles."))
        self.audit_action = self._action(self.tr("&Audit log…"), lambda: self.open_page(AUDIT))
        self.audit_action.setStatusTip(
            self.tr("Who did what and when, by user, case, action and day.")
        )
        self.retention_action = self._action(
            self.tr("&Retention and erasure…"), lambda: self.open_page(RETENTION)
        )
        self.retention_action.setStatusTip(
            self.tr("How long closed cases are kept; approve the erasure of those due.")
        )
        self.merge_action = self._action(
            self.tr("&Merge conflicts…"), lambda: self.open_page(MERGE)
        )
        self.merge_action.setStatusTip(
            self.tr(
                "Fields of received cases changed both here and at another office: choose "
                "which to keep."
            )
        )
        self.assign_action = self._action(self.tr("A&ssign case…"), self.assign_case)
        self.assign_action.setStatusTip(
            self.tr("Assign the open or selected case to a caseworker or an interpreter.")
        )
        self.rekey_action = self._action(self.tr("Re-&key the vault…"), window.rekey_vault)
        self.rekey_action.setStatusTip(
            self.tr(
                "Encrypt the vault under a new key (after removing a user); prints a new "
                "recovery key."
            )
        )
        self.statistics_action = self._action(self.tr("S&tatistics…"), self.open_statistics)
        self.statistics_action.setStatusTip(
            self.tr(
                "Counts of cases by month, place, reason, status and need; no names, small "
                "counts hidden."
            )
        )
        self.rules = {
            self.users_action: Action.MANAGE_USERS,
            self.rekey_action: Action.REKEY,
            self.audit_action: Action.READ_AUDIT_LOG,
            self.retention_action: Action.REVIEW_RETENTION,
            self.merge_action: Action.RESOLVE_CONFLICTS,
            self.assign_action: Action.ASSIGN_CASES,
            self.statistics_action: Action.SEE_ALL_CASES,
        }
        self.actions = list(self.rules)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def enable_for(self, role: Role) -> None:
        """Enable each action the role may use, disable the others (after unlocking)."""
        for action, rule in self.rules.items():
            action.setEnabled(allowed(role, rule))

    # ---- the Office window ------------------------------------------------------------
    def dialog(self) -> OfficeDialog | None:
        """The Office window that is open, if any."""
        from asylum_desk.ui.office.office_dialog import OfficeDialog

        for dialog in self.window.findChildren(OfficeDialog):
            if dialog.isVisible() and dialog.vault is self.window.vault:
                return dialog
        return None

    def open_page(self, name: str) -> OfficeDialog | None:
        """Show the Office window (opening it if needed) at the page called ``name``."""
        vault = self.window.vault
        if vault is None:
            return None
        from asylum_desk.ui.office.office_dialog import OfficeDialog

        dialog = self.dialog()
        if dialog is None:
            dialog = OfficeDialog(vault, self.window)
            dialog.cases_erased.connect(self._erased)
            dialog.cases_merged.connect(self._merged)
            dialog.show()
        dialog.show_page(name)
        dialog.activateWindow()
        return dialog

    def _open_case_number(self) -> str | None:
        """The number of the saved case in the editor (its draft key says it), if any."""
        key = self.window.panel.draft_key
        return key.removeprefix("case:") if key and key.startswith("case:") else None

    def _erased(self, numbers: list[str]) -> None:
        number = self._open_case_number()
        if number in numbers:
            self.window.panel.close_case()
            self.window.statusBar().showMessage(
                self.tr("{number} was erased and is closed.").format(number=number), 8000
            )
        self.cases_erased.emit()

    def _merged(self, numbers: list[str]) -> None:
        number = self._open_case_number()
        if number in numbers:
            self.window.statusBar().showMessage(
                self.tr(
                    "{number} was changed by resolving conflicts; open it again to see the "
                    "changes before saving it."
                ).format(number=number),
                12000,
            )
        self.cases_erased.emit()  # the case list is read again

    # ---- statistics -------------------------------------------------------------------
    def open_statistics(self) -> QObject | None:
        """The statistics window (supervisors and administrators; the service checks)."""
        vault = self.window.vault
        if vault is None:
            return None
        from asylum_desk.ui.statistics_dialog import StatisticsDialog

        dialog = StatisticsDialog(vault, self.window)
        dialog.show()
        return dialog

    # ---- assigning --------------------------------------------------------------------
    def current_case(self) -> str | None:
        """The saved case open in the editor, else the one case selected in the list."""
        number = self._open_case_number()
        if number is not None:
            return number
        selected = self.window.case_list.selected_case_numbers()
        return selected[0] if len(selected) == 1 else None

    def assign_case(self) -> AssignDialog | None:
        """Open Assign… for the current case."""
        vault = self.window.vault
        if vault is None:
            return None
        number = self.current_case()
        if number is None:
            self.window.show_list(True)
            self.window.statusBar().showMessage(
                self.tr("Open a saved case, or select one case in the list, to assign it."),
                8000,
            )
            return None
        from asylum_desk.ui.office.assign_dialog import AssignDialog

        dialog = AssignDialog(vault, number, self.window)
        dialog.open()
        return dialog
