"""The right-hand panel: one case in the editor, with its title bar and save state."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.history import HistoryEntry
from asylum_desk.domain.model import Case
from asylum_desk.ui.editor.case_editor import CaseEditor

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "CasePanel",
    "Select a case in the list, or press Ctrl+N to register a new one.\n\n"
    "Every change is kept as an encrypted draft while you type.",
)


def draft_key_for(case: Case) -> str:
    """The draft key of an editor: the case number, or a fresh key for a new case."""
    return f"case:{case.case_number}" if case.case_number else f"new:{uuid.uuid4().hex}"


class CasePanel(QWidget):
    """Shows nothing, or one case being edited; knows its draft key and whether it is saved."""

    save_requested = Signal()
    changed = Signal()
    case_opened = Signal(str)
    """A saved case was put in the editor (its number): e.g. to show its linked people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = CaseEditor()
        self.editor.changed.connect(self._on_changed)
        self.draft_key: str | None = None

        self.title = QLabel()
        self.title.setObjectName("caseTitle")
        self.title.setStyleSheet("#caseTitle { font-size: 15pt; font-weight: 600; }")
        self.marker = QLabel()
        self.marker.setStyleSheet(
            "background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
            " border-radius: 4px; padding: 2px 8px;"
        )
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Save state"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save this case (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_requested)
        self.links = QLabel()
        self.links.setObjectName("caseLinks")
        self.links.setAccessibleName(self.tr("Linked people"))
        self.links.setWordWrap(True)
        self.links.setStyleSheet("#caseLinks { color: #1d4f91; }")
        self.links.hide()

        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.marker)
        header.addStretch(1)
        header.addWidget(self.state)
        header.addWidget(self.save_button)
        editing = QWidget()
        editing_layout = QVBoxLayout(editing)
        editing_layout.setContentsMargins(4, 8, 8, 8)
        editing_layout.addLayout(header)
        editing_layout.addWidget(self.links)
        editing_layout.addWidget(self.editor, 1)

        self.hint = QLabel(QCoreApplication.translate("CasePanel", EMPTY_HINT))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(mid); font-size: 12pt;")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.hint)
        self._stack.addWidget(editing)

    @property
    def is_open(self) -> bool:
        """Whether a case is in the editor."""
        return self.draft_key is not None

    @property
    def is_modified(self) -> bool:
        """Whether the case in the editor has unsaved changes."""
        return self.is_open and self.editor.is_modified()

    def open_case(
        self,
        case: Case,
        history: list[HistoryEntry] | None = None,
        *,
        draft_key: str | None = None,
        modified: bool = False,
    ) -> None:
        """Put a case in the editor (a restored draft is marked as modified)."""
        self.editor.load(case, history)
        self.draft_key = draft_key or draft_key_for(case)
        self.editor.set_modified(modified)
        self._stack.setCurrentIndex(1)
        self._show_title(case)
        self._show_state()
        self.show_links("")
        if case.case_number:
            self.case_opened.emit(case.case_number)

    def show_links(self, text: str) -> None:
        """A line such as "Linked: same person as CPH-2026-0012 (applicant)" ("" hides it)."""
        self.links.setText(text)
        self.links.setVisible(bool(text))

    def mark_saved(self, case: Case) -> None:
        """After saving: the case now has its number; nothing is unsaved."""
        self.draft_key = draft_key_for(case)
        self.editor.set_modified(False)
        self._show_title(case)
        self._show_state()

    def close_case(self) -> None:
        """Empty the editor and every field (also used when locking)."""
        self.editor.clear()
        self.draft_key = None
        self.title.clear()
        self.marker.clear()
        self.state.clear()
        self.show_links("")
        self._stack.setCurrentIndex(0)

    def _show_title(self, case: Case) -> None:
        self.title.setText(case.case_number or self.tr("New case"))
        anonymous = case.applicant.anonymity.requested
        self.marker.setVisible(anonymous)
        self.marker.setText(
            self.tr("Anonymous applicant: real name inside only") if anonymous else ""
        )

    def _show_state(self, text: str | None = None) -> None:
        if text is None:
            text = (
                self.tr("Unsaved changes (draft kept)")
                if self.editor.is_modified()
                else self.tr("Saved")
            )
        self.state.setText(text)

    def show_message(self, text: str) -> None:
        """A one-line message next to the Save button (e.g. why saving failed)."""
        self._show_state(text)

    def _on_changed(self) -> None:
        self._show_state()
        self.changed.emit()
