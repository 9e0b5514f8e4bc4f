"""Preferences: idle time before locking, backup reminder (nothing personal is stored)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
MAX_BACKUP_DAYS = 90


class PreferencesDialog(QDialog):
    """Edits the idle time before the vault locks itself and the backup reminder."""

    def __init__(
        self, idle_minutes: int, backup_days: int = 7, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(" minutes")
        self.idle_minutes.setValue(idle_minutes)
        self.idle_minutes.setAccessibleName("Lock after this many idle minutes")
        note = QLabel(
            "On a shared laptop, a short time keeps cases hidden when someone steps away. "
            "Unsaved edits are kept as a draft and come back after unlocking."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        self.backup_days = QSpinBox()
        self.backup_days.setRange(0, MAX_BACKUP_DAYS)
        self.backup_days.setSuffix(" days")
        self.backup_days.setSpecialValueText("Never")
        self.backup_days.setValue(backup_days)
        self.backup_days.setAccessibleName("Remind to back up after this many days")
        form = QFormLayout()
        form.addRow("&Lock after no input for", self.idle_minutes)
        form.addRow("&Remind to back up after", self.backup_days)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(460, 210)
