"""A quiet bar after unlocking when the last backup is older than the office wants."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def backup_reminder(last: datetime | None, now: datetime, remind_after_days: int) -> str | None:
    """The reminder to show, or None when a backup is recent enough (or reminders are off)."""
    if remind_after_days <= 0:
        return None
    if last is None:
        return QCoreApplication.translate(
            "BackupBanner",
            "This vault has never been backed up. A backup on a USB stick kept elsewhere "
            "saves the cases if this laptop is lost, seized or broken.",
        )
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    days = (now - last).days
    if days < remind_after_days:
        return None
    return QCoreApplication.translate(
        "BackupBanner", "The last backup was taken {days} days ago ({day})."
    ).format(days=days, day=f"{last:%Y-%m-%d}")


class BackupBanner(QFrame):
    """Says how old the last backup is; emits ``back_up`` when the user asks for one."""

    back_up = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupBanner")
        self.setStyleSheet(
            "#backupBanner { background: #fff4e0; border: 1px solid #e0b060; border-radius: 4px; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("&Back up now…"))
        self.back_up_button.clicked.connect(self.back_up)
        self.later_button = QPushButton(self.tr("Later"))
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.back_up_button)
        layout.addWidget(self.later_button)
        self.hide()

    def remind(self, message: str | None) -> None:
        """Show ``message`` (None hides the bar)."""
        if message is None:
            self.hide()
            return
        self.text.setText(message)
        self.show()
