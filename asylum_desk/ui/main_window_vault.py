"""The main window's vault chores: backups and their reminder, re-keying.

A mixin of ``MainWindow`` (it uses the window's vault, settings, panel and status bar).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from asylum_desk.ui.backup_banner import backup_reminder
from asylum_desk.ui.recent_files import FILE_DIALOG_OPTIONS
from asylum_desk.ui.workers import error_message, run_in_thread

DEFAULT_BACKUP_REMINDER_DAYS = 7


class VaultChoresMixin:
    """File › Back up…, the backup reminder, Office › Re-key the vault…."""

    vault: Any
    settings: Any
    panel: Any
    backup_banner: Any
    backup_action: Any
    autosave_timer: Any
    _resume: Any

    def backup_reminder_days(self) -> int:
        """Days after the last backup before a reminder shows (0: never remind)."""
        value = self.settings.value("backup/remind_after_days", DEFAULT_BACKUP_REMINDER_DAYS)
        try:
            return max(0, int(str(value)))
        except ValueError:
            return DEFAULT_BACKUP_REMINDER_DAYS

    # ---- re-keying ------------------------------------------------------------------
    def rekey_vault(self) -> None:
        """Re-encrypt the vault under a new key (admins), show the new recovery key, lock."""
        if self.vault is None or not self.ask_rekey():
            return
        from asylum_desk.services import users

        self.autosave_timer.stop()
        if self._unsaved_edits() and self.panel.draft_key is not None:
            self._save_draft()
            self._resume = (self.panel.draft_key, self.panel.editor.current_section_name())
        self._clear_views()
        vault, self.vault = self.vault, None
        office_code = vault.office_code
        self._show_locked_state()
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Re-keying the vault: this takes a moment…")
        )

        def done(recovery_key: str) -> None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Re-keyed. Unlock with your passphrase as before."
                ),
                15_000,
            )
            self.show_new_recovery_key(recovery_key, office_code)

        def failed(error: Exception) -> None:
            if vault.is_open:
                vault.close()
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Not re-keyed: {problem}").format(
                    problem=error_message(error)
                ),
                15_000,
            )

        run_in_thread(lambda: users.rekey(vault), done, failed, self)

    def ask_rekey(self) -> bool:
        """Confirm the re-key (tests replace this)."""
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Re-key the vault"),
            QCoreApplication.translate(
                "MainWindow",
                "Encrypt the vault under a new key? Everyone keeps their passphrase, old copies "
                "of the key file stop working, and the current recovery key is replaced by a new "
                "one that you must print. The vault locks afterwards.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_new_recovery_key(self, recovery_key: str, office_code: str) -> None:
        """Show the new recovery key until the user says it is kept (tests replace this)."""
        from asylum_desk.ui.rekey_dialog import NewRecoveryKeyDialog

        NewRecoveryKeyDialog(recovery_key, office_code, self).exec()

    # ---- backups --------------------------------------------------------------------
    def _remind_backup(self) -> None:
        if self.vault is None or self.vault.is_shared:  # the server backs that one up
            self.backup_banner.remind(None)
            return
        from asylum_desk.services.backup import last_backup_time

        try:
            last = last_backup_time(self.vault)
        except Exception:  # noqa: BLE001 - a reminder must never stand in the way
            return
        now = datetime.now(UTC)
        self.backup_banner.remind(backup_reminder(last, now, self.backup_reminder_days()))

    def back_up(self) -> None:
        """Write a backup file where the user says (verified before it replaces anything)."""
        if self.vault is None:
            return
        path = self.choose_backup_path(f"{self.vault.office_code.lower()}-{date.today()}.adbackup")
        if path is None:
            return
        from asylum_desk.services.backup import take_backup

        vault = self.vault
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Writing and checking the backup…")
        )

        def done(info: object) -> None:
            self.backup_action.setEnabled(self.vault is not None)
            size = getattr(info, "size", 0) / 1_000_000
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Backup written and checked: {file} ({size} MB)."
                ).format(file=path.name, size=f"{size:.1f}"),
                10_000,
            )
            self.backup_banner.remind(None)

        def failed(error: Exception) -> None:
            self.backup_action.setEnabled(self.vault is not None)
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "No backup written: {problem}").format(
                    problem=error_message(error)
                ),
                15_000,
            )

        run_in_thread(lambda: take_backup(vault, path), done, failed, self)

    def choose_backup_path(self, suggested_name: str) -> Path | None:
        """Where to write the backup (tests replace this)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "Back up the vault"),
            str(Path.home() / suggested_name),
            QCoreApplication.translate("MainWindow", "Asylum Desk backups (*.adbackup)"),
            options=FILE_DIALOG_OPTIONS,
        )
        return Path(name) if name else None
