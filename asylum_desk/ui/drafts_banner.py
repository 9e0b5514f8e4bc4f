"""A quiet bar offering back the edits that were not saved before a crash or power cut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from asylum_desk.services.drafts import Draft


class DraftsBanner(QFrame):
    """Shows the newest pending draft; emits ``restore`` or ``discard`` with its key."""

    restore = Signal(str)
    discard = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsBanner")
        self.setStyleSheet(
            "#draftsBanner { background: #e8f1fb; border: 1px solid #9cc3e8; border-radius: 4px; }"
        )
        self._key = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        self.restore_button.clicked.connect(lambda: self.restore.emit(self._key))
        self.discard_button.clicked.connect(lambda: self.discard.emit(self._key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def offer(self, drafts: list[Draft]) -> None:
        """Offer the newest draft (or hide when there is none)."""
        if not drafts:
            self._key = ""
            self.hide()
            return
        newest = drafts[0]
        self._key = newest.draft_key
        saved = newest.saved_at[:16].replace("T", " ")
        more = len(drafts) - 1
        if newest.case_number and more:
            text = self.tr(
                "Unsaved edits of case {number} from {saved} UTC were kept ({more} more after "
                "this one)."
            )
        elif newest.case_number:
            text = self.tr("Unsaved edits of case {number} from {saved} UTC were kept.")
        elif more:
            text = self.tr(
                "Unsaved edits of a new case from {saved} UTC were kept ({more} more after "
                "this one)."
            )
        else:
            text = self.tr("Unsaved edits of a new case from {saved} UTC were kept.")
        self.text.setText(text.format(number=newest.case_number, saved=saved, more=more))
        self.show()
