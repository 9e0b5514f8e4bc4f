"""Users: who can unlock this vault and in which role; add, change a role, remove (admins).

The service refuses what is never allowed (removing yourself or the last administrator,
changing your own role); its one-line refusal is shown as it is.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.enums import Role
from asylum_desk.services import users
from asylum_desk.ui.office.add_user_dialog import AddUserDialog, role_combo
from asylum_desk.ui.office.common import (
    MessageLine,
    RowsModel,
    note_label,
    role_name,
    role_word,
    selected_keys,
    table_view,
)
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault


def _day(timestamp: str) -> str:
    try:
        return datetime.fromisoformat(timestamp).date().isoformat()
    except ValueError:
        return timestamp[:10]


def removal_question(parent: QWidget | None, name: str) -> QMessageBox:
    """The confirmation before removing ``name``; the default button is Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UsersPage", "Remove {name}?").format(name=name))
    box.setText(
        QCoreApplication.translate("UsersPage", "<b>Remove {name} from this vault?</b>").format(
            name=name
        )
    )
    removal = QCoreApplication.translate(
        "UsersPage",
        "{name}'s passphrase will no longer open this vault: their key slot is destroyed now. "
        "Their user record, their case assignments and their unsaved drafts are removed too. "
        "Cases they own keep their name as caseworker until a supervisor hands them to "
        "someone else.",
    ).format(name=name)
    no_rekey = QCoreApplication.translate(
        "UsersPage",
        "The vault is <b>not re-keyed</b> here. A copy of the key file made before now (an "
        "old copy of the vault folder, or a backup) still opens the vault with {name}'s "
        "passphrase. If they could have such a copy, re-key the vault afterwards (Office › "
        "Re-key the vault…, or <code>asylum-desk rekey</code>) and print the new recovery "
        "key; then take a new backup and destroy the older ones.",
    ).format(name=name)
    box.setInformativeText(f"<p>{removal}</p><p>{no_rekey}</p>")
    remove = box.addButton(
        QCoreApplication.translate("UsersPage", "Remove {name}").format(name=name),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    remove.setObjectName("confirm")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


class ChangeRoleDialog(QDialog):
    """Choose another role for one user; says what happens to their assignments."""

    def __init__(self, name: str, current: Role, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change {name}'s role").format(name=name))
        self.setMinimumWidth(520)
        self.role = role_combo(self.tr("New role"), current)
        now = QLabel(role_name(current))
        note = note_label(
            self.tr(
                "{name}'s case assignments as {role} are withdrawn when the role changes, "
                "with their unsaved drafts of those cases. The change holds at once, also if "
                "they are signed in right now."
            ).format(name=name, role=role_word(current))
        )
        form = QFormLayout()
        form.addRow(self.tr("Now:"), now)
        form.addRow(self.tr("&New role:"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Change role"))
        self.ok_button.setEnabled(False)  # until another role is chosen
        self.role.currentIndexChanged.connect(
            lambda _index: self.ok_button.setEnabled(self.chosen_role() is not current)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())


class UsersPage(QWidget):
    """The users of the vault and their roles (administrators)."""

    users_changed = Signal()

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._roles: dict[str, Role] = {}
        intro = note_label(
            self.tr(
                "Everyone who can unlock this vault on this laptop. Each person has their own "
                "passphrase; the role decides what they may see and do."
            )
        )
        self.model = RowsModel((self.tr("Name"), self.tr("Role"), self.tr("Added on")), self)
        self.table = table_view(self.model, self.tr("Users"))
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 160)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("&Change role…"))
        self.role_button.clicked.connect(self.change_role)
        self.remove_button = QPushButton(self.tr("&Remove user…"))
        self.remove_button.clicked.connect(self.remove_user)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.role_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.message = MessageLine(self.tr("Users status"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ---- reading ---------------------------------------------------------------------
    def refresh(self) -> bool:
        """Read the users again (keeping the selection); False when refused."""
        chosen = self.selected_user()
        try:
            listed = users.list_users(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; the page stays empty
            self.model.set_rows([], [])
            self._roles = {}
            self.add_button.setEnabled(False)
            self._update_buttons()
            self.message.show_error(error_message(error))
            return False
        me = self.vault.username
        rows = [
            (
                self.tr("{name} (you)").format(name=user.username)
                if user.username == me
                else user.username,
                role_name(user.role),
                _day(user.created_at),
            )
            for user in listed
        ]
        self._roles = {user.username: user.role for user in listed}
        self.model.set_rows(rows, [user.username for user in listed])
        self.add_button.setEnabled(True)
        if chosen in self._roles:
            self.select_user(chosen)
        self._update_buttons()
        return True

    def selected_user(self) -> str | None:
        keys = selected_keys(self.table)
        return str(keys[0]) if keys else None

    def select_user(self, name: str) -> None:
        if name in self.model.row_keys():
            self.table.selectRow(self.model.row_keys().index(name))

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        self.role_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # ---- changes -----------------------------------------------------------------------
    def add_user(self) -> AddUserDialog:
        """Open the Add user dialog (not modal: it is driven, and closed on lock)."""
        dialog = AddUserDialog(self.vault, self)
        dialog.user_added.connect(self._added)
        dialog.open()
        return dialog

    def _added(self, name: str, role: Role) -> None:
        self.refresh()
        self.select_user(name)
        self.message.show_note(
            self.tr(
                "Added {name} ({role}). They unlock with their own name and passphrase."
            ).format(name=name, role=role_word(role))
        )
        self.users_changed.emit()

    def change_role(self) -> None:
        """Give the selected user another role."""
        name = self.selected_user()
        if name is None:
            return
        role = self.choose_role(name, self._roles[name])
        if role is None or not self.vault.is_open:
            return
        try:
            users.set_role(self.vault, name, role)
        except Exception as error:  # noqa: BLE001 - one line; nothing changed
            self.message.show_error(
                self.tr("Role not changed: {reason}").format(reason=error_message(error))
            )
            return
        self.refresh()
        self.message.show_note(
            self.tr("{name} is now {role}.").format(name=name, role=role_word(role))
        )
        self.users_changed.emit()

    def remove_user(self) -> None:
        """Take away the selected user's access, after a confirmation."""
        name = self.selected_user()
        if name is None or not self.ask_remove(name) or not self.vault.is_open:
            return
        try:
            users.remove_user(self.vault, name)
        except Exception as error:  # noqa: BLE001 - one line; nothing changed
            self.message.show_error(
                self.tr("Not removed: {reason}").format(reason=error_message(error))
            )
            return
        self.refresh()
        self.message.show_note(
            self.tr(
                "Removed {name}: their passphrase no longer opens this vault. Not re-keyed: "
                "if they could have an old copy of the key file, use Office › Re-key the "
                "vault…"
            ).format(name=name)
        )
        self.users_changed.emit()

    # The two questions below open modal dialogs; tests replace them.
    def choose_role(self, name: str, current: Role) -> Role | None:
        """Ask for ``name``'s new role; None when cancelled."""
        dialog = ChangeRoleDialog(name, current, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_role()

    def ask_remove(self, name: str) -> bool:
        """Confirm removing ``name`` (saying what happens and that nothing is re-keyed)."""
        box = removal_question(self, name)
        box.exec()
        return box.clickedButton() is box.findChild(QPushButton, "confirm")
