"""Audit log: who did what, when, to which case; filtered, one page of events at a time.

It shows exactly what ``read_audit_log`` returns (time, user, action, case number, detail),
which holds no applicant's personal data. Pages are read on demand, so a trail of hundreds of
thousands of events opens as fast as a short one.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import staff
from asylum_desk.services.audit_log import AuditEntry, AuditQuery, audit_actions, read_audit_log
from asylum_desk.ui.office.common import MessageLine, RowsModel, note_label, table_view
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

PAGE_SIZE = 200
TYPING_PAUSE_MS = 300

ACTION_NAMES = {
    "add_user": QT_TRANSLATE_NOOP("AuditPage", "Add user"),
    "remove_user": QT_TRANSLATE_NOOP("AuditPage", "Remove user"),
    "set_role": QT_TRANSLATE_NOOP("AuditPage", "Change role"),
    "change_passphrase": QT_TRANSLATE_NOOP("AuditPage", "Change passphrase"),
    "rekey": QT_TRANSLATE_NOOP("AuditPage", "Re-key vault"),
    "remember_device": QT_TRANSLATE_NOOP("AuditPage", "Remember device"),
    "recover": QT_TRANSLATE_NOOP("AuditPage", "Reset passphrase with recovery key"),
    "unlock": QT_TRANSLATE_NOOP("AuditPage", "Unlock"),
    "create": QT_TRANSLATE_NOOP("AuditPage", "Create"),
    "import": QT_TRANSLATE_NOOP("AuditPage", "Import"),
    "update": QT_TRANSLATE_NOOP("AuditPage", "Save case"),
    "close": QT_TRANSLATE_NOOP("AuditPage", "Close case"),
    "add": QT_TRANSLATE_NOOP("AuditPage", "Add"),
    "translate": QT_TRANSLATE_NOOP("AuditPage", "Save translation"),
    "view": QT_TRANSLATE_NOOP("AuditPage", "View"),
    "packet": QT_TRANSLATE_NOOP("AuditPage", "Make packet"),
    "save": QT_TRANSLATE_NOOP("AuditPage", "Save packet file"),
    "print": QT_TRANSLATE_NOOP("AuditPage", "Print packet"),
    "export": QT_TRANSLATE_NOOP("AuditPage", "Export"),
    "backup": QT_TRANSLATE_NOOP("AuditPage", "Back up"),
    "restore": QT_TRANSLATE_NOOP("AuditPage", "Restore backup"),
    "discard_replaced": QT_TRANSLATE_NOOP("AuditPage", "Delete replaced vaults"),
    "statistics": QT_TRANSLATE_NOOP("AuditPage", "Statistics"),
    "assign": QT_TRANSLATE_NOOP("AuditPage", "Assign case"),
    "unassign": QT_TRANSLATE_NOOP("AuditPage", "Withdraw assignment"),
    "send": QT_TRANSLATE_NOOP("AuditPage", "Send cases"),
    "receive": QT_TRANSLATE_NOOP("AuditPage", "Receive cases"),
    "merge": QT_TRANSLATE_NOOP("AuditPage", "Merge case"),
    "resolve": QT_TRANSLATE_NOOP("AuditPage", "Resolve conflict"),
    "set_retention": QT_TRANSLATE_NOOP("AuditPage", "Set retention period"),
    "erase": QT_TRANSLATE_NOOP("AuditPage", "Erase case"),
    "link": QT_TRANSLATE_NOOP("AuditPage", "Same person"),
    "unlink": QT_TRANSLATE_NOOP("AuditPage", "Undo same person"),
    "not_duplicate": QT_TRANSLATE_NOOP("AuditPage", "Not the same person"),
    "undo_not_duplicate": QT_TRANSLATE_NOOP("AuditPage", "Undo not the same person"),
}
"""Each audit action code (as stored in the trail) as people read it."""


def action_name(code: str) -> str:
    """An audit action code in the interface language (an unknown code as it is)."""
    name = ACTION_NAMES.get(code)
    return code if name is None else QCoreApplication.translate("AuditPage", name)


def _time(at: str) -> str:
    """``2026-03-10T14:05:12.123456+00:00`` → ``2026-03-10 14:05:12`` (UTC)."""
    try:
        return datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def _row(entry: AuditEntry) -> tuple[str, str, str, str, str]:
    return (
        _time(entry.at),
        entry.user,
        action_name(entry.action),
        entry.case_number or "",
        entry.detail or "",
    )


class AuditPage(QWidget):
    """The audit trail for supervisors and administrators, newest first."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.offset = 0
        self.total = 0
        self._loading = True  # no reading until the choices are filled (and allowed)

        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.case_number = QLineEdit()
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_number.setPlaceholderText(self.tr("e.g. CPH-2026-0042"))
        self.case_number.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        today = QDate.currentDate()
        self.use_since = QCheckBox(self.tr("&From"))
        self.since = self._date_edit(self.tr("From day"), today.addMonths(-1))
        self.use_until = QCheckBox(self.tr("&To"))
        self.until = self._date_edit(self.tr("To day"), today)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        for column, (text, field) in enumerate(
            (
                (self.tr("&User"), self.user),
                (self.tr("&Case number"), self.case_number),
                (self.tr("&Action"), self.action),
            )
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            filters.addWidget(caption, 0, column)
            filters.addWidget(field, 1, column)
        days = QHBoxLayout()
        days.addWidget(self.use_since)
        days.addWidget(self.since)
        days.addSpacing(8)
        days.addWidget(self.use_until)
        days.addWidget(self.until)
        filters.addWidget(QLabel(self.tr("Days (UTC, both included)")), 0, 3)
        filters.addLayout(days, 1, 3)
        filters.addWidget(self.clear_button, 1, 4)
        filters.setColumnStretch(0, 2)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(2, 2)

        headers = (
            self.tr("Time (UTC)"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Case number"),
            self.tr("Detail"),
        )
        self.model = RowsModel(headers, self)
        self.table = table_view(self.model, self.tr("Audit events"))
        for column, width in enumerate((150, 110, 130, 130)):
            self.table.setColumnWidth(column, width)
        self.newer_button = QPushButton(self.tr("◀ &Newer"))
        self.newer_button.clicked.connect(self.newer)
        self.older_button = QPushButton(self.tr("&Older ▶"))
        self.older_button.clicked.connect(self.older)
        self.position = QLabel()
        self.position.setAccessibleName(self.tr("Events shown"))
        paging = QHBoxLayout()
        paging.addWidget(self.position, 1)
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)
        self.message = MessageLine(self.tr("Audit log status"), self)

        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Every view, change, export, packet, assignment, user change, setting and "
                    "erasure. No applicant's name, place or statement is ever in it: only the "
                    "case number."
                )
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.message)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.case_number.textEdited.connect(lambda _text: self._typing.start())
        self.case_number.returnPressed.connect(self.apply_filters)
        for combo in (self.user, self.action):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self._days_toggled)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.apply_filters)
        self._days_toggled()
        if self._load_choices():
            self.apply_filters()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _load_choices(self) -> bool:
        """Fill the user and action choices; False (and the refusal shown) when not allowed."""
        try:
            names = staff.audit_users(self.vault)
            actions = audit_actions(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; the page stays empty
            self.message.show_error(error_message(error))
            for widget in (self.user, self.case_number, self.action, self.clear_button):
                widget.setEnabled(False)
            for widget in (self.use_since, self.use_until, self.since, self.until):
                widget.setEnabled(False)
            self._show_position()
            return False
        choices = (
            (self.user, self.tr("Anyone"), [(name, name) for name in names]),
            (
                self.action,
                self.tr("Any action"),
                sorted(((action_name(code), code) for code in actions), key=lambda c: c[0]),
            ),
        )
        for combo, everyone, values in choices:
            combo.clear()
            combo.addItem(everyone, None)
            for shown, value in values:
                combo.addItem(shown, value)
        self._loading = False
        return True

    # ---- the query ----------------------------------------------------------------------
    def query(self, offset: int = 0) -> AuditQuery:
        """The filters as the service reads them."""
        number = self.case_number.text().strip().upper() or None
        since = self.since.date().toPython() if self.use_since.isChecked() else None
        until = self.until.date().toPython() if self.use_until.isChecked() else None
        assert since is None or isinstance(since, date)
        assert until is None or isinstance(until, date)
        return AuditQuery(
            user=self.user.currentData(),
            case_number=number,
            action=self.action.currentData(),
            since=since,
            until=until,
            offset=offset,
            limit=PAGE_SIZE,
        )

    def _days_toggled(self) -> None:
        self.since.setEnabled(self.use_since.isChecked() and self.use_since.isEnabled())
        self.until.setEnabled(self.use_until.isChecked() and self.use_until.isEnabled())
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the newest page of events meeting the filters."""
        self._typing.stop()
        self.load(0)

    def load(self, offset: int) -> None:
        """Read one page of events from ``offset`` on (newest first)."""
        if self._loading or not self.user.isEnabled():
            return
        query = self.query(offset)
        if query.since and query.until and query.since > query.until:
            self.model.set_rows([], [])
            self.total, self.offset = 0, 0
            self._show_position()
            self.message.show_error(self.tr("The first day is after the last day: no event fits."))
            return
        try:
            page = read_audit_log(self.vault, query)
        except Exception as error:  # noqa: BLE001 - one line; the table keeps its rows
            self.message.show_error(error_message(error))
            return
        self.offset, self.total = offset, page.total
        self.model.set_rows([_row(e) for e in page.entries], [e.id for e in page.entries])
        self.table.scrollToTop()
        self.message.clear()
        self._show_position()

    def newer(self) -> None:
        if self.offset > 0:
            self.load(max(0, self.offset - PAGE_SIZE))

    def older(self) -> None:
        if self.offset + PAGE_SIZE < self.total:
            self.load(self.offset + PAGE_SIZE)

    def clear_filters(self) -> None:
        """Back to every event."""
        self._loading = True
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.case_number.clear()
        self.use_since.setChecked(False)
        self.use_until.setChecked(False)
        self._loading = False
        self.apply_filters()

    def _show_position(self) -> None:
        shown = self.model.rowCount()
        if not self.total:
            self.position.setText(self.tr("No events.") if self.user.isEnabled() else "")
        else:
            first, last = self.offset + 1, self.offset + shown
            self.position.setText(
                self.tr("Events {first:,}–{last:,} of {total:,}, newest first").format(
                    first=first, last=last, total=self.total
                )
            )
        self.newer_button.setEnabled(self.offset > 0)
        self.older_button.setEnabled(self.offset + shown < self.total)
