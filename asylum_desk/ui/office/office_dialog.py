"""The Office window: users, the audit log, retention and erasure, merge conflicts, as tabs.

Only the tabs the signed-in user's role may use are there (the services refuse the rest
anyway); a tab asked for by name is always shown, with the service's refusal if it refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services.access import Action, allowed
from asylum_desk.ui.office.audit_page import AuditPage
from asylum_desk.ui.office.merge_page import MergePage
from asylum_desk.ui.office.retention_page import RetentionPage
from asylum_desk.ui.office.users_page import UsersPage

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

USERS, AUDIT, RETENTION, MERGE = "users", "audit", "retention", "merge"
PAGES: dict[str, tuple[str, Action]] = {
    USERS: (QT_TRANSLATE_NOOP("OfficeDialog", "&Users"), Action.MANAGE_USERS),
    AUDIT: (QT_TRANSLATE_NOOP("OfficeDialog", "&Audit log"), Action.READ_AUDIT_LOG),
    RETENTION: (
        QT_TRANSLATE_NOOP("OfficeDialog", "&Retention and erasure"),
        Action.REVIEW_RETENTION,
    ),
    MERGE: (QT_TRANSLATE_NOOP("OfficeDialog", "&Merge conflicts"), Action.RESOLVE_CONFLICTS),
}


class OfficeDialog(QDialog):
    """Office administration for supervisors and administrators."""

    cases_erased = Signal(list)
    """Case numbers just erased (the main window refreshes its case list)."""
    cases_merged = Signal(list)
    """Case numbers changed by resolving merge conflicts (the list is read again)."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(
            self.tr("Office — {office}").format(office=vault.office_name)
            if vault.office_name
            else self.tr("Office")
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(980, 660)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for name, (_label, action) in PAGES.items():
            if allowed(vault.role, action):
                self._add(name)

    @property
    def users_page(self) -> UsersPage:
        return self.page(USERS)  # type: ignore[return-value]

    @property
    def audit_page(self) -> AuditPage:
        return self.page(AUDIT)  # type: ignore[return-value]

    @property
    def retention_page(self) -> RetentionPage:
        return self.page(RETENTION)  # type: ignore[return-value]

    @property
    def merge_page(self) -> MergePage:
        return self.page(MERGE)  # type: ignore[return-value]

    def page(self, name: str) -> QWidget:
        """The page called ``name``, made (and its tab added) if it is not there yet."""
        if name not in self._pages:
            self._add(name)
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        """Bring the page called ``name`` to the front."""
        page = self.page(name)
        self.tabs.setCurrentWidget(page)
        return page

    def _add(self, name: str) -> None:
        makers: dict[str, Callable[[], QWidget]] = {
            USERS: lambda: UsersPage(self.vault),
            AUDIT: lambda: AuditPage(self.vault),
            RETENTION: lambda: self._retention(),
            MERGE: lambda: self._merge(),
        }
        page = makers[name]()
        self._pages[name] = page
        order = list(PAGES)
        index = sum(1 for other in order[: order.index(name)] if other in self._pages)
        self.tabs.insertTab(index, page, QCoreApplication.translate("OfficeDialog", PAGES[name][0]))

    def _retention(self) -> RetentionPage:
        page = RetentionPage(self.vault)
        page.cases_erased.connect(self._erased)
        return page

    def _merge(self) -> MergePage:
        page = MergePage(self.vault)
        page.cases_changed.connect(self.cases_merged.emit)
        return page

    def _erased(self, numbers: list[str]) -> None:
        self.cases_erased.emit(numbers)
        audit = self._pages.get(AUDIT)
        if isinstance(audit, AuditPage):
            audit.apply_filters()

    def reject(self) -> None:
        retention = self._pages.get(RETENTION)
        if isinstance(retention, RetentionPage) and retention.is_busy:
            return  # erasure is overwriting the vault; it cannot be stopped half-way
        super().reject()

    def abandon(self) -> None:
        """The vault locks: close at once; a running erasure's result is not shown."""
        retention = self._pages.get(RETENTION)
        if isinstance(retention, RetentionPage):
            retention.abandon()
        super().reject()
        self.close()
