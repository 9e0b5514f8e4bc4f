"""Possible duplicates of one saved case: review each candidate and decide.

For the applicant and each dependent: the people of other cases who may be the same person,
with the score and the reasons, and three buttons: **Same person — link**, **Not the same
person** (not proposed again) and **Open case** (to compare). People already linked, or
already told apart, are listed with **Undo**. The check runs off the GUI thread; decisions
are short writes (``services.person_links``), each recorded in the audit trail.

``DuplicateReview`` is the main window's side: the **File › Possible duplicates…** action
(Ctrl+Shift+D), the duplicates banner's **Review…** button, and the background preparation
of the duplicate index after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.enums import Role
from asylum_desk.ui.duplicate_index_warmup import warm_up_duplicate_index
from asylum_desk.ui.workers import error_message, run_in_thread, translated

if TYPE_CHECKING:
    from asylum_desk.services.duplicates import CaseDuplicates, DuplicateCandidate
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.services.person_links import PersonDecision

SHORTCUT = "Ctrl+Shift+D"
SCORE_HELP = QT_TRANSLATE_NOOP(
    "Duplicates",
    "The score is the names' similarity (0–100%) plus or minus the other evidence (birth "
    "date, township, sex), so it can pass 100. From 90 up, a person is flagged.",
)


def person_label(position: int) -> str:
    """``applicant`` or ``dependent 2``, in the interface language."""
    if position == 0:
        return QCoreApplication.translate("Duplicates", "applicant")
    return QCoreApplication.translate("Duplicates", "dependent {number}").format(number=position)


def decision_text(decision: PersonDecision) -> str:
    """``Linked: same person as CPH-2026-0012 (applicant)`` or ``Not the same person as …``."""
    other = person_label(decision.other_position)
    if decision.linked:
        return QCoreApplication.translate(
            "Duplicates", "Linked: same person as {case} ({person})"
        ).format(case=decision.other_case_number, person=other)
    return QCoreApplication.translate(
        "Duplicates", "Not the same person as {case} ({person})"
    ).format(case=decision.other_case_number, person=other)


class CandidateRow(QWidget):
    """One possible duplicate: who, how sure and why; link, tell apart or open."""

    def __init__(self, candidate: DuplicateCandidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        score = self.tr("score {score}").format(score=f"{candidate.score:.0f}")
        self.text = QLabel(
            f"<b>{score}</b> &nbsp; {candidate.case_number} "
            f"({person_label(candidate.position)}): {_escape(candidate.name)}<br>"
            f"<small>{_escape(translated(candidate.explanation))}</small>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setToolTip(QCoreApplication.translate("Duplicates", SCORE_HELP))
        self.link_button = QPushButton(self.tr("Same person — link"))
        self.link_button.setToolTip(
            self.tr("They are one person registered twice: link the two records.")
        )
        self.different_button = QPushButton(self.tr("Not the same person"))
        self.different_button.setToolTip(
            self.tr("Different people: do not propose this pair again.")
        )
        self.open_button = QPushButton(self.tr("Open case"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.text, 1)
        for button in (self.link_button, self.different_button, self.open_button):
            layout.addWidget(button)


class DecisionRow(QWidget):
    """A decision already taken (linked, or not the same person), with Undo."""

    def __init__(self, decision: PersonDecision, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = decision
        decided = self.tr("decided by {user} on {day}").format(
            user=_escape(decision.decided_by), day=decision.decided_at[:10]
        )
        self.text = QLabel(
            f"{decision_text(decision)}: {_escape(decision.other_name)}<br><small>{decided}</small>"
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(
            self.tr("Forget this decision: the pair may be proposed again as a possible duplicate.")
        )
        self.open_button = QPushButton(self.tr("Open case"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.open_button)


def links_text(linked: list[PersonDecision]) -> str:
    """``Linked: same person as CPH-2026-0012 (applicant)``, one part per link ("" if none)."""
    parts = []
    for decision in linked:
        other = person_label(decision.other_position)
        if decision.position == 0:
            part = QCoreApplication.translate("Duplicates", "same person as {case} ({person})")
            parts.append(part.format(case=decision.other_case_number, person=other))
        else:
            part = QCoreApplication.translate(
                "Duplicates", "{this} is the same person as {case} ({person})"
            )
            parts.append(
                part.format(
                    this=person_label(decision.position),
                    case=decision.other_case_number,
                    person=other,
                )
            )
    if not parts:
        return ""
    return QCoreApplication.translate("Duplicates", "Linked: {links}").format(
        links="; ".join(parts)
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DuplicatesDialog(QDialog):
    """Every possible duplicate of one saved case's people; emits ``open_case`` to compare."""

    open_case = Signal(str)
    decided = Signal(str)
    """A decision was taken or undone about the case (its number)."""

    def __init__(self, vault: OpenVault, case_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_number = case_number
        self.busy = False
        self._abandoned = False
        self.candidate_rows: list[tuple[int, CandidateRow]] = []  # (this case's person, row)
        self.decision_rows: list[tuple[int, DecisionRow]] = []
        self.setWindowTitle(self.tr("Possible duplicates — {case}").format(case=case_number))
        self.resize(760, 520)
        intro = QLabel(
            self.tr(
                "People of other cases who may be the same person as someone in {case}. Open "
                "the other case to compare; then link the two records if they are one person, "
                "or mark them as not the same person so that they are not proposed again."
            ).format(case=f"<b>{case_number}</b>")
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review status"))
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    # ---- reading --------------------------------------------------------------------
    def refresh(self, message: str = "") -> None:
        """Check the case again (off the GUI thread) and show what was found."""
        if self._abandoned or not self.vault.is_open:
            return
        from asylum_desk.services.duplicates import find_case_duplicates

        self.busy = True
        self.status.setText(f"{message} {self.tr('Checking…')}".strip())
        vault, number = self.vault, self.case_number

        def check() -> list[CaseDuplicates]:
            return find_case_duplicates(vault, number, everyone=True)

        run_in_thread(check, lambda found: self._show(found, message), self._failed, self)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if not self._abandoned:
            self.status.setText(error_message(error))

    def _clear(self) -> None:
        self.candidate_rows.clear()
        self.decision_rows.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show(self, found: list[CaseDuplicates], message: str) -> None:
        self.busy = False
        if self._abandoned or not self.vault.is_open:
            return  # locked meanwhile: show no names
        self._clear()
        for person in found:
            self.body_layout.addWidget(self._person_box(person))
        waiting = sum(len(person.candidates) for person in found)
        if waiting == 1:
            summary = self.tr("1 possible duplicate to review.")
        elif waiting:
            summary = self.tr("{count} possible duplicates to review.").format(count=waiting)
        else:
            summary = self.tr("No possible duplicates left to review.")
        self.status.setText(f"{message} {summary}".strip())

    def _person_box(self, person: CaseDuplicates) -> QGroupBox:
        name = person.name or self.tr("(no name)")
        if person.position == 0:
            title = self.tr("Applicant: {name}").format(name=name)
        else:
            title = self.tr("Dependent {number}: {name}").format(number=person.position, name=name)
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for candidate in person.candidates:
            row = CandidateRow(candidate)
            self._wire_candidate(person.position, row)
            self.candidate_rows.append((person.position, row))
            layout.addWidget(row)
        for decision in [*person.linked, *person.not_duplicates]:
            done = DecisionRow(decision)
            self._wire_decision(done)
            self.decision_rows.append((person.position, done))
            layout.addWidget(done)
        if not person.candidates and not person.linked and not person.not_duplicates:
            layout.addWidget(QLabel(self.tr("No possible duplicates.")))
        return box

    def _wire_candidate(self, position: int, row: CandidateRow) -> None:
        from asylum_desk.services.person_links import link_people, mark_not_duplicate

        candidate = row.candidate
        row.link_button.clicked.connect(
            lambda _c=False: self._decide(link_people, position, candidate, True)
        )
        row.different_button.clicked.connect(
            lambda _c=False: self._decide(mark_not_duplicate, position, candidate, False)
        )
        row.open_button.clicked.connect(lambda _c=False: self.open_case.emit(candidate.case_number))

    def _wire_decision(self, row: DecisionRow) -> None:
        decision = row.decision
        row.undo_button.clicked.connect(lambda _c=False: self._undo(decision))
        row.open_button.clicked.connect(
            lambda _c=False: self.open_case.emit(decision.other_case_number)
        )

    # ---- deciding -------------------------------------------------------------------
    def _decide(
        self,
        decide: Callable[..., Any],
        position: int,
        candidate: DuplicateCandidate,
        linked: bool,
    ) -> None:
        if self.busy or not self.vault.is_open:
            return
        try:
            decide(
                self.vault, self.case_number, position, candidate.case_number, candidate.position
            )
        except Exception as error:  # noqa: BLE001 - one line, nothing changed
            self.status.setText(error_message(error))
            return
        self.decided.emit(self.case_number)
        done = (
            self.tr("Linked: the {this} and {case} ({person}).")
            if linked
            else self.tr("Marked as not the same person: the {this} and {case} ({person}).")
        )
        self.refresh(
            done.format(
                this=person_label(position),
                case=candidate.case_number,
                person=person_label(candidate.position),
            )
        )

    def _undo(self, decision: PersonDecision) -> None:
        from asylum_desk.services.person_links import undo_decision

        if self.busy or not self.vault.is_open:
            return
        try:
            undo_decision(
                self.vault,
                self.case_number,
                decision.position,
                decision.other_case_number,
                decision.other_position,
            )
        except Exception as error:  # noqa: BLE001 - one line, nothing changed
            self.status.setText(error_message(error))
            return
        self.decided.emit(self.case_number)
        self.refresh(self.tr("Undone: {decision}.").format(decision=decision_text(decision)))

    # ---- locking --------------------------------------------------------------------
    def abandon(self) -> None:
        """The vault is locking: forget every name shown and close."""
        self._abandoned = True
        self._clear()
        self.reject()
        self.deleteLater()


class DuplicateReview(QObject):
    """The main window's way to the review: menu action, banner button, index warm-up."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(
            QCoreApplication.translate("Duplicates", "Possible &duplicates…"), window
        )
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "Duplicates",
                "Review the people of other cases who may be the same as someone in the open case.",
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.open())
        self._watching = False
        window.duplicates_banner.review.connect(self.open)

    def unlocked(self, vault: OpenVault) -> None:
        """After unlocking: the action for caseworkers and up; prepare the index meanwhile."""
        self.action.setEnabled(vault.role is not Role.INTERPRETER)
        warm_up_duplicate_index(self.window, vault)
        if not self._watching:
            self.window.panel.case_opened.connect(self.show_links)
            self._watching = True

    def show_links(self, case_number: str) -> None:
        """The case panel's line naming the people of other cases linked to this case's."""
        vault, panel = self.window.vault, self.window.panel
        if vault is None or vault.role is Role.INTERPRETER:
            return
        from asylum_desk.services.person_links import linked_people

        try:
            linked = linked_people(vault, case_number)
        except Exception:  # noqa: BLE001 - only a hint: no line rather than an error
            linked = []
        if panel.draft_key == f"case:{case_number}":  # still the open case
            panel.show_links(links_text(linked))

    def dialog(self) -> DuplicatesDialog | None:
        """The review window that is open, if any."""
        for dialog in self.window.findChildren(DuplicatesDialog):
            if dialog.isVisible():
                return dialog  # type: ignore[no-any-return]
        return None

    def open(self, case_number: str | None = None) -> None:
        """Open the review of ``case_number`` (the open, saved case when None)."""
        window = self.window
        if window.vault is None:
            return
        if case_number is None:
            panel = window.panel
            case_number = panel.editor.case().case_number if panel.is_open else None
            if case_number is None:
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "Duplicates", "Open a saved case to review its possible duplicates."
                    ),
                    6000,
                )
                return
            if panel.is_modified:
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "Duplicates",
                        "Save the case first (Ctrl+S): the review compares the saved case.",
                    ),
                    8000,
                )
                return
        current = self.dialog()
        if current is not None:
            if current.case_number == case_number:
                current.activateWindow()
                return
            current.abandon()
        dialog = DuplicatesDialog(window.vault, case_number, window)
        dialog.open_case.connect(window.open_case)
        dialog.decided.connect(self.show_links)
        dialog.show()
