"""F1 where the person is: the section of the guide about the window or dialog in front.

A shortcut of the main window does not run while a dialog has the keyboard (and a modal
dialog blocks every other window), so ``ContextHelp`` watches for F1 in the whole application
and opens the guide at the section about the widget that has the focus, or the nearest of
its parents that the guide describes. Over a modal dialog the guide opens as a window of that
dialog, so the dialog does not block it. Help › User guide opens the guide at its start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

USER_GUIDE = "user-guide.md"
ADMIN_GUIDE = "admin-guide.md"

GUIDE_SECTIONS: dict[str, tuple[str, str]] = {
    # class name of a window, dialog or page: (guide, GitHub anchor of its section)
    "SetupWizard": (USER_GUIDE, "the-first-time-setting-up-the-vault"),
    "UnlockView": (USER_GUIDE, "signing-in"),
    "RecoveryDialog": (USER_GUIDE, "a-lost-passphrase"),
    "NewRecoveryKeyDialog": (USER_GUIDE, "a-lost-passphrase"),
    "CaseListView": (USER_GUIDE, "the-case-list"),
    "CaseEditor": (USER_GUIDE, "registering-a-case"),
    "StatementDialog": (USER_GUIDE, "registering-a-case"),
    "PacketDialog": (USER_GUIDE, "packets-and-printing"),
    "SavePacketDialog": (USER_GUIDE, "preview-print-save"),
    "BatchPrintDialog": (USER_GUIDE, "packets-and-printing"),
    "SendDialog": (USER_GUIDE, "send-cases"),
    "ReceiveDialog": (USER_GUIDE, "receive-bundle"),
    "AddressBookDialog": (USER_GUIDE, "once-check-the-other-office-by-phone"),
    "AddOfficeDialog": (USER_GUIDE, "once-check-the-other-office-by-phone"),
    "DuplicatesDialog": (USER_GUIDE, "possible-duplicates"),
    "PreferencesDialog": (USER_GUIDE, "locking-the-panic-lock-and-auto-lock"),
    "UsersPage": (ADMIN_GUIDE, "users-and-roles"),
    "AddUserDialog": (ADMIN_GUIDE, "users-and-roles"),
    "ChangeRoleDialog": (ADMIN_GUIDE, "users-and-roles"),
    "AssignDialog": (ADMIN_GUIDE, "users-and-roles"),
    "AuditPage": (ADMIN_GUIDE, "users-and-roles"),
    "RetentionPage": (ADMIN_GUIDE, "retention-and-erasure"),
    "MergePage": (ADMIN_GUIDE, "merge-conflicts"),
    "OfficeDialog": (ADMIN_GUIDE, "users-and-roles"),
    "StatisticsDialog": (ADMIN_GUIDE, "statistics"),
    "DatabasePasswordDialog": (ADMIN_GUIDE, "the-shared-database"),
    "ChangedElsewhereDialog": (ADMIN_GUIDE, "the-shared-database"),
}


def guide_section(widget: QWidget | None) -> tuple[str, str]:
    """The guide and section about ``widget`` or its nearest described parent.

    Nothing described: the user guide from its start (``""``).
    """
    while widget is not None:
        for cls in type(widget).__mro__:
            found = GUIDE_SECTIONS.get(cls.__name__)
            if found is not None:
                return found
        widget = widget.parentWidget()
    return USER_GUIDE, ""


OpenGuide = Callable[[str, str, QWidget | None], object]
"""Opens ``guide`` at ``section``; the widget is the modal dialog to open it over, if any."""


class ContextHelp(QObject):
    """Turns F1 anywhere in the application into the guide at the section about it."""

    def __init__(self, main_window: QWidget, open_guide: OpenGuide) -> None:
        super().__init__(main_window)
        self.main_window = main_window
        self.open_guide = open_guide
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the guide on F1 (no modifier) in the main window or one of its dialogs."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_F1:
            return False
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        window = watched.window()
        if type(window).__name__ == "HelpWindow":
            return False  # F1 in the guide itself
        if window.parentWidget() is not None and not _belongs_to(window, self.main_window):
            return False  # a dialog of another main window (tests make several)
        orphan = window.parentWidget() is None and window is not self.main_window
        if orphan and QApplication.activeModalWidget() is not window:
            return False  # another main window, not a dialog of this one
        focus = QApplication.focusWidget()
        here = focus if focus is not None and focus.window() is window else watched
        guide, section = guide_section(here)
        self.open_guide(guide, section, QApplication.activeModalWidget())
        return True


def _belongs_to(window: QWidget, main_window: QWidget) -> bool:
    """Whether ``window`` is ``main_window`` or one of its (grand)children.

    (``QWidget.isAncestorOf`` stops at a window's edge, so it never sees a dialog.)
    """
    widget: QWidget | None = window
    while widget is not None:
        if widget is main_window:
            return True
        widget = widget.parentWidget()
    return False
