"""The main window: wires the unlock screen, the case list and the case panel together.

It holds no data of its own while locked: locking saves a draft of unsaved edits inside the
vault, closes the vault, and empties every view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.enums import Role
from asylum_desk.domain.history import HistoryEntry
from asylum_desk.domain.listing import CaseQuery
from asylum_desk.domain.model import CaseSummary
from asylum_desk.services.concurrent_edits import EditableCase
from asylum_desk.ui.backup_banner import BackupBanner
from asylum_desk.ui.case_list_model import CaseListModel
from asylum_desk.ui.case_list_view import CaseListView
from asylum_desk.ui.clipboard_guard import ClipboardGuard
from asylum_desk.ui.drafts_banner import DraftsBanner
from asylum_desk.ui.duplicates_banner import DuplicatesBanner
from asylum_desk.ui.duplicates_dialog import DuplicateReview
from asylum_desk.ui.help_window import HelpActions
from asylum_desk.ui.idle_lock import IdleWatcher
from asylum_desk.ui.main_window_cases import CaseEditingMixin
from asylum_desk.ui.main_window_packets import PacketActionsMixin
from asylum_desk.ui.main_window_transfer import TransferActionsMixin
from asylum_desk.ui.main_window_vault import VaultChoresMixin
from asylum_desk.ui.office.common import role_word
from asylum_desk.ui.office.menu import OfficeActions
from asylum_desk.ui.preferences_dialog import PreferencesDialog
from asylum_desk.ui.recent_files import forget_file_dialog_history
from asylum_desk.ui.workers import run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.case_service import CaseService
    from asylum_desk.services.drafts import DraftService
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.ui.case_panel import CasePanel

AUTOSAVE_MS = 3000
SIDE_BY_SIDE_WIDTH = 1700
"""Narrower windows show the list or the open case, not both (F9 switches)."""
DEFAULT_IDLE_MINUTES = 5


def _ignore(_value: object) -> None:
    """Nothing to report back (forgetting the device key never fails loudly)."""


def _truthy(value: object) -> bool:
    """A boolean read back from QSettings (INI files give the strings "true"/"false")."""
    return value is True or str(value).lower() in {"true", "1"}


class MainWindow(
    CaseEditingMixin, PacketActionsMixin, VaultChoresMixin, TransferActionsMixin, QMainWindow
):
    """Asylum Desk's one window."""

    def __init__(
        self,
        *,
        vault_path: Path,
        office_name: str,
        unlock_view: QWidget,
        forget_device: Callable[[str], None],
        settings: QSettings,
    ) -> None:
        super().__init__()
        self.vault_path = vault_path
        self.settings = settings
        self.vault: OpenVault | None = None
        self._opened: EditableCase | None = None  # the open case as loaded, with its version
        self._forget_device = forget_device
        self._resume: tuple[str, str] | None = None  # draft key, section (no personal data)
        self.setWindowTitle(
            self.tr("Asylum Desk — {office}").format(office=office_name)
            if office_name
            else self.tr("Asylum Desk")
        )

        self.unlock_view = unlock_view
        unlock_view.unlocked.connect(self.on_unlocked)  # type: ignore[attr-defined]
        self.model = CaseListModel(self._fetch_page, self._search_page)
        self.case_list = CaseListView(self.model)
        self.case_list.case_chosen.connect(self.open_case)
        self._panel: CasePanel | None = None  # built at the first unlock (a big widget)
        self.banner = DraftsBanner()
        self.banner.restore.connect(self.restore_draft)
        self.banner.discard.connect(self.discard_draft)
        self.backup_banner = BackupBanner()
        self.backup_banner.back_up.connect(self.back_up)
        self.duplicates_banner = DuplicatesBanner()
        self.duplicates_banner.open_case.connect(self.open_case)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.case_list)
        splitter.addWidget(QWidget())  # the case panel takes this place at the first unlock
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([740, 540])
        self.splitter = splitter
        workspace = QWidget()
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.duplicates_banner)
        layout.addWidget(splitter, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(unlock_view)
        self.pages.addWidget(workspace)
        self.setCentralWidget(self.pages)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        self.idle.set_timeout(self.idle_minutes() * 60_000)
        self.clipboard_guard = ClipboardGuard(parent=self)
        self._build_actions()
        self.set_privacy_mode(_truthy(settings.value("view/privacy_mode", False)), announce=False)
        self.vault_label = QLabel(str(vault_path))
        self.user_label = QLabel()
        self.lock_label = QLabel()
        for label in (self.vault_label, self.user_label, self.lock_label):
            self.statusBar().addPermanentWidget(label)
        self._show_locked_state()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # ---- actions and menus ----------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New case"), self.new_case, QKeySequence(key.New))
        self.save_action = self._action(self.tr("&Save"), self.save_case, QKeySequence(key.Save))
        self.find_action = self._action(self.tr("&Find…"), self.find, QKeySequence(key.Find))
        self.list_action = self._action(self.tr("Case &list"), self.toggle_list, "F9")
        self.list_action.setCheckable(True)
        self.list_action.setChecked(True)
        self.privacy_action = self._action(
            self.tr("&Privacy mode"), self.toggle_privacy, "Ctrl+Shift+H"
        )
        self.privacy_action.setCheckable(True)
        self.privacy_action.setStatusTip(
            self.tr("Hide names in the list (case numbers and pseudonyms only), for public places.")
        )
        self.print_action = self._action(
            self.tr("&Packet…"), self.open_packet, QKeySequence(key.Print)
        )
        self.print_action.setStatusTip(
            self.tr("Make, preview, print or save the open case's packet.")
        )
        self.batch_print_action = self._action(
            self.tr("Print packets of selected &cases…"),
            self.print_selected_packets,
            "Ctrl+Shift+P",
        )
        self.batch_print_action.setStatusTip(
            self.tr(
                "Select several cases in the list (Ctrl+click or Shift+click), then print "
                "their packets in one go."
            )
        )
        self.notice_action = self._action(
            self.tr("Applicant information &notice…"), self.open_notice
        )
        self.notice_action.setStatusTip(
            self.tr(
                "Print the notice that tells applicants who receives what and that they may refuse."
            )
        )
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.backup_action.setStatusTip(
            self.tr("Write one encrypted, checked backup file, for example to a USB stick.")
        )
        self.lock_action = self._action(self.tr("&Lock"), self.lock, "Ctrl+L")
        self.panic_action = self._action(
            self.tr("Lock and &forget this device"), self.panic, "Ctrl+Shift+L"
        )
        self.undo_action = self._action(
            self.tr("&Undo"), lambda: self.panel.editor.undo(), QKeySequence(key.Undo)
        )
        self.redo_action = self._action(
            self.tr("&Redo"), lambda: self.panel.editor.redo(), QKeySequence(key.Redo)
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence(key.Quit))
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence(key.Preferences)
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.duplicate_review = DuplicateReview(self)  # File › Possible duplicates…
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (
            self.new_action,
            self.save_action,
            self.duplicate_review.action,
            self.print_action,
            self.batch_print_action,
            self.notice_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.panic_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.list_action)
        view_menu.addAction(self.privacy_action)
        self.office = OfficeActions(self)
        self.office.cases_erased.connect(self.model.refresh)
        office_menu = menu.addMenu(self.tr("&Office"))
        for action in self.office.actions:
            if action is self.office.assign_action:
                office_menu.addSeparator()
            office_menu.addAction(action)
        self.help = HelpActions(self)  # Help › User guide (F1), Administrator guide
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        for action in (
            self.list_action,
            self.new_action,
            self.save_action,
            self.print_action,
            self.find_action,
            self.lock_action,
        ):
            toolbar.addAction(action)
        self.addAction(self.panic_action)
        self._vault_actions = [
            self.new_action,
            self.save_action,
            self.find_action,
            self.list_action,
            self.lock_action,
            self.undo_action,
            self.redo_action,
            self.print_action,
            self.batch_print_action,
            self.notice_action,
            self.backup_action,
            self.duplicate_review.action,
            *self.office.actions,
        ]
        self._build_transfer_actions(file_menu)

    # ---- the case panel -------------------------------------------------------------
    @property
    def panel(self) -> CasePanel:
        """The case panel (built on first use, so the unlock screen shows sooner)."""
        if self._panel is None:
            from asylum_desk.ui.case_panel import CasePanel

            panel = CasePanel()
            panel.save_requested.connect(self.save_case)
            panel.changed.connect(self._schedule_autosave)
            panel.addAction(self.undo_action)
            panel.addAction(self.redo_action)
            self.splitter.replaceWidget(1, panel)
            self._panel = panel
        return self._panel

    def _unsaved_edits(self) -> bool:
        return self._panel is not None and self._panel.is_modified

    # ---- preferences ----------------------------------------------------------------
    def idle_minutes(self) -> int:
        """Minutes without input before the vault locks itself."""
        value = self.settings.value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
        try:
            return max(1, int(str(value)))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        """Store and apply a new idle time."""
        self.settings.setValue("lock/idle_minutes", minutes)
        self.idle.set_timeout(minutes * 60_000)

    def edit_preferences(self) -> None:
        """Edit the preferences (idle time before locking, backup reminder)."""
        url = str(self.settings.value("shared/database_url", "") or "")
        dialog = PreferencesDialog(
            self.idle_minutes(), self.backup_reminder_days(), self, database_url=url
        )
        if dialog.exec() == PreferencesDialog.DialogCode.Accepted:
            self.set_idle_minutes(dialog.idle_minutes.value())
            self.settings.setValue("backup/remind_after_days", dialog.backup_days.value())
            self.settings.setValue("shared/database_url", dialog.database_url.text().strip())
            self.settings.setValue("view/language", dialog.language())
            self._remind_backup()

    # ---- privacy mode ---------------------------------------------------------------
    def set_privacy_mode(self, private: bool, *, announce: bool = True) -> None:
        """Names hidden in the list (remembered: it is a habit of place, not personal data)."""
        self.model.set_privacy_mode(private)
        self.privacy_action.setChecked(private)
        self.settings.setValue("view/privacy_mode", private)
        if announce:
            self.statusBar().showMessage(
                self.tr("Privacy mode: names are hidden in the list.")
                if private
                else self.tr("Privacy mode off: names are shown."),
                4000,
            )

    def toggle_privacy(self) -> None:
        """Ctrl+Shift+H: privacy mode on or off."""
        self.set_privacy_mode(not self.model.privacy_mode)

    # ---- list and case side by side, or one at a time ---------------------------------
    def show_list(self, visible: bool) -> None:
        """Show or hide the case list next to the open case."""
        self.case_list.setVisible(visible)
        self.list_action.setChecked(visible)

    def toggle_list(self) -> None:
        """F9: the case list on or off (the open case stays)."""
        self.show_list(not self.case_list.isVisible())

    def find(self) -> None:
        """Ctrl+F: the list, with the cursor in the search box."""
        self.show_list(True)
        self.case_list.focus_search()

    def _make_room_for_case(self) -> None:
        if self.width() < SIDE_BY_SIDE_WIDTH:
            self.show_list(False)

    # ---- data sources for the list ---------------------------------------------------
    # The services (and the database libraries) load only once the vault is unlocked, so
    # that the unlock screen appears at once.
    def _cases(self) -> CaseService:
        from asylum_desk.services.case_service import CaseService

        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return CaseService(self.vault)

    def _drafts(self) -> DraftService:
        from asylum_desk.services.drafts import DraftService

        if self.vault is None:
            raise RuntimeError("the vault is locked")
        return DraftService(self.vault)

    def _history(self, case_number: str | None) -> list[HistoryEntry] | None:
        from asylum_desk.services.case_history import case_history

        if self.vault is None or case_number is None:
            return None
        return case_history(self.vault, case_number)

    def _fetch_page(self, query: CaseQuery) -> tuple[list[CaseSummary], int]:
        page = self._cases().list_cases(query)
        return page.items, page.total

    def _search_page(self, text: str, offset: int, limit: int) -> list[CaseSummary]:
        return self._cases().search(text, offset, limit)

    # ---- unlocking and locking ------------------------------------------------------
    def on_unlocked(self, vault: OpenVault) -> None:
        """The vault was opened: show the cases, return to where the user was."""
        self.vault = vault
        self.panel.setEnabled(True)  # builds the case panel at the first unlock
        self.pages.setCurrentIndex(1)
        self.model.set_enabled(True)
        self.idle.start()
        self.user_label.setText(f"{vault.username} ({role_word(vault.role)})")
        self.lock_label.setText(self.tr("Unlocked"))
        for action in self._vault_actions:
            action.setEnabled(True)
        self.list_action.setChecked(self.case_list.isVisibleTo(self))
        self.office.enable_for(vault.role)  # the services still refuse, whatever is enabled
        interpreter = vault.role is Role.INTERPRETER  # works on statements only
        for action in (self.new_action, self.print_action, self.batch_print_action):
            action.setEnabled(not interpreter)
        # A shared database is backed up by its server (docs/deployment.md), not from here.
        self.backup_action.setEnabled(not vault.is_shared)
        if vault.is_shared:  # nothing to re-key: the server encrypts its own disks
            self.office.rekey_action.setEnabled(False)
        self.duplicate_review.unlocked(vault)  # interpreters: off; the index built meanwhile
        drafts = self._drafts().pending()
        resume, self._resume = self._resume, None
        if resume is not None and any(d.draft_key == resume[0] for d in drafts):
            self.restore_draft(resume[0])
            self.panel.editor.show_section(resume[1])
        else:
            self.banner.offer(drafts)
        self._remind_backup()
        self.case_list.focus_search()

    def lock(self) -> None:
        """Hide every piece of personal data at once and close the vault."""
        if self.vault is None:
            return
        self.autosave_timer.stop()
        if self._unsaved_edits() and self.panel.draft_key is not None:
            self._save_draft()
            self._resume = (self.panel.draft_key, self.panel.editor.current_section_name())
        self._clear_views()
        self.clipboard_guard.clear_if_ours()
        vault, self.vault = self.vault, None
        try:
            vault.close()
        finally:
            self._show_locked_state()

    def panic(self) -> None:
        """Lock at once, forget this device's remembered key, empty the clipboard."""
        username = self.vault.username if self.vault is not None else None
        self._resume = None
        if self.vault is not None:
            self.autosave_timer.stop()
            if self._unsaved_edits() and self.panel.draft_key is not None:
                self._save_draft()
        self._clear_views()
        if self.vault is not None:
            vault, self.vault = self.vault, None
            vault.close()
        if username is not None:
            # Off the GUI thread: a hanging keyring must not hold up the panic lock.
            forget = self._forget_device
            run_in_thread(lambda: forget(username), _ignore, _ignore, self)
        QGuiApplication.clipboard().clear()
        self._show_locked_state()

    def _clear_views(self) -> None:
        self._opened = None
        self._close_dialogs()
        self.backup_banner.remind(None)
        self.duplicates_banner.offer([])
        self.show_list(True)
        if self._panel is not None:
            self._panel.close_case()
        self.case_list.clear()
        self.banner.offer([])

    def _show_locked_state(self) -> None:
        self.idle.stop()
        self.pages.setCurrentIndex(0)
        self.user_label.clear()
        self.lock_label.setText(self.tr("Locked"))
        for action in self._vault_actions:
            action.setEnabled(False)
        self.list_action.setChecked(False)  # disabled and checked would look pressed
        reset = getattr(self.unlock_view, "reset", None)
        if callable(reset):
            reset()

    # ---- dialogs ------------------------------------------------------------------
    def _close_dialogs(self) -> None:
        """Close every other window and dialog of the app: any of them may show a case."""
        for dialog in self.findChildren(QDialog):
            abandon = getattr(dialog, "abandon", None)
            if callable(abandon):
                abandon()
            else:
                dialog.reject()
                dialog.close()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and not widget.isAncestorOf(self):
                widget.close()
        forget_file_dialog_history()

    # ---- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._unsaved_edits():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_case()
                if self.panel.is_modified:  # saving failed: keep the window open
                    event.ignore()
                    return
            elif self.vault is not None and self.panel.draft_key is not None:
                self._drafts().discard(self.panel.draft_key)
                self.panel.editor.set_modified(False)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self._clear_views()
        self.clipboard_guard.detach()
        if self.vault is not None:
            vault, self.vault = self.vault, None
            vault.close()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        event.accept()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask what to do with unsaved changes when closing (tests replace this)."""
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved yet. Save them before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
