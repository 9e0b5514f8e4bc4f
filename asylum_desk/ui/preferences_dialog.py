"""Preferences: idle time before locking, backup reminder, a shared database (nothing personal)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.ui.i18n import LANGUAGE_SETTING, NATIVE_NAMES, SYSTEM, language_name
from asylum_desk.ui.workers import error_message

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
MAX_BACKUP_DAYS = 90


class PreferencesDialog(QDialog):
    """Edits the idle time before the vault locks itself and the backup reminder."""

    def __init__(
        self,
        idle_minutes: int,
        backup_days: int = 7,
        parent: QWidget | None = None,
        database_url: str = "",
        language: str | None = None,
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
        self.database_url = QLineEdit(database_url)
        self.database_url.setPlaceholderText("postgresql://user@server/asylum (empty: this laptop)")
        self.database_url.setAccessibleName("Shared database address")
        self.database_url.setToolTip(
            "A larger office can work on one shared PostgreSQL database instead of this "
            "laptop's vault. Used from the next start; the password is asked then."
        )
        form.addRow("&Shared database", self.database_url)
        self.language_combo = self._language_combo(language, parent)
        form.addRow(self.tr("Interface lan&guage"), self.language_combo)
        language_note = QLabel(self.tr("A new language takes effect at the next start."))
        language_note.setWordWrap(True)
        language_note.setStyleSheet("color: palette(mid);")
        form.addRow("", language_note)
        self.database_problem = QLabel()
        self.database_problem.setWordWrap(True)
        self.database_problem.setStyleSheet("color: #b00020;")
        self.database_problem.hide()
        form.addRow("", self.database_problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check_then_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _language_combo(self, language: str | None, parent: QWidget | None) -> QComboBox:
        """System, English and each translated language, every one named in its own script."""
        if language is None:
            settings = getattr(parent, "settings", None)
            if not isinstance(settings, QSettings):
                settings = QSettings()
            language = str(settings.value(LANGUAGE_SETTING, SYSTEM) or SYSTEM)
        combo = QComboBox()
        combo.addItem(self.tr("System language"), SYSTEM)
        for code in NATIVE_NAMES:
            combo.addItem(language_name(code), code)
        if combo.findData(language) < 0:
            combo.addItem(language_name(language), language)
        combo.setCurrentIndex(max(0, combo.findData(language)))
        combo.setAccessibleName(self.tr("Interface language"))
        return combo

    def language(self) -> str:
        """The chosen interface language: a code such as "my", or "system"."""
        return str(self.language_combo.currentData())

    def _check_then_accept(self) -> None:
        """A shared database address must be a safe PostgreSQL URL (checked, not connected)."""
        from asylum_desk.services.database_login import database_address

        text = self.database_url.text().strip()
        if text:
            try:
                database_address(text)
            except Exception as error:  # noqa: BLE001 - one line, the dialog stays open
                self.database_problem.setText(error_message(error))
                self.database_problem.show()
                self.database_url.setFocus()
                return
        self.accept()
