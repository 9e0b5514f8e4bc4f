"""After a new case is saved: a quiet bar naming cases that may hold the same person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from asylum_desk.ui.workers import translated

if TYPE_CHECKING:
    from asylum_desk.services.duplicates import CaseDuplicates


def duplicates_text(found: list[CaseDuplicates]) -> tuple[str, str | None]:
    """The bar's sentence and the case number to offer opening (the best candidate)."""
    candidates = [c for person in found for c in person.candidates]
    if not candidates:
        return "", None
    best = max(candidates, key=lambda c: c.score)
    others = {c.case_number for c in candidates} - {best.case_number}
    if not others:
        text = QCoreApplication.translate(
            "Duplicates",
            "Possibly the same person as in {case} ({why}). Check before going on: a person "
            "registered twice gets two different files.",
        )
    elif len(others) == 1:
        text = QCoreApplication.translate(
            "Duplicates",
            "Possibly the same person as in {case} ({why}) and 1 more case. Check before "
            "going on: a person registered twice gets two different files.",
        )
    else:
        text = QCoreApplication.translate(
            "Duplicates",
            "Possibly the same person as in {case} ({why}) and {count} more cases. Check "
            "before going on: a person registered twice gets two different files.",
        )
    why = translated(best.explanation)  # the services' reasons, in the interface language
    filled = text.format(case=best.case_number, why=why, count=len(others))
    return filled, best.case_number


class DuplicatesBanner(QFrame):
    """A bar naming the best candidate; emits ``open_case`` or ``review``.

    ``open_case``: the case number the user wants to compare; ``review``: the number of the
    case checked, to review every candidate and decide.
    """

    open_case = Signal(str)
    review = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesBanner")
        self.setStyleSheet(
            "#duplicatesBanner { background: #fdecea; border: 1px solid #e0a0a0;"
            " border-radius: 4px; }"
        )
        self._number: str | None = None
        self._checked: str | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open that case"))
        self.open_button.clicked.connect(self._open)
        self.review_button = QPushButton(self.tr("&Review…"))
        self.review_button.setToolTip(
            self.tr(
                "Every possible duplicate of this case's people: link the same person, or "
                "mark as not the same person (Ctrl+Shift+D)."
            )
        )
        self.review_button.clicked.connect(self._review)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.review_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def offer(self, found: list[CaseDuplicates], case_number: str | None = None) -> None:
        """Show the best candidate (or hide when there is none) of the case checked."""
        text, self._number = duplicates_text(found)
        self._checked = case_number
        self.review_button.setVisible(case_number is not None)
        if self._number is None:
            self.text.clear()
            self.hide()
            return
        self.text.setText(text)
        self.show()

    def _open(self) -> None:
        if self._number is not None:
            self.hide()
            self.open_case.emit(self._number)

    def _review(self) -> None:
        if self._checked is not None:
            self.hide()
            self.review.emit(self._checked)
