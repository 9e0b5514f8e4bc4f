"""The case editor: a list of sections on the left, the chosen section's page on the right.

The window passes a case in with ``load`` and takes a new one out with ``case``; the editor
never talks to the vault.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QWidget,
)

from asylum_desk.domain.history import HistoryEntry
from asylum_desk.domain.model import Attachment, Case, Person
from asylum_desk.ui.editor.applicant_section import ApplicantSection
from asylum_desk.ui.editor.checks import case_problems
from asylum_desk.ui.editor.consent_section import ConsentSection
from asylum_desk.ui.editor.crossing_section import CrossingSection
from asylum_desk.ui.editor.dependents_section import DependentsSection
from asylum_desk.ui.editor.documents_section import DocumentsSection
from asylum_desk.ui.editor.family_section import FamilySection
from asylum_desk.ui.editor.fields import burmese_line_height, fit_script
from asylum_desk.ui.editor.flight_section import FlightSection
from asylum_desk.ui.editor.form import Problem, RowBox, Section, wipe
from asylum_desk.ui.editor.history_section import HistorySection
from asylum_desk.ui.editor.notes_section import NotesSection
from asylum_desk.ui.editor.service_section import ServiceSection

SECTION_NAMES = (
    "applicant",
    "dependents",
    "family",
    "flight",
    "service",
    "crossing",
    "documents",
    "consent",
    "notes",
    "history",
)
_SECTION_OF_PATH = {
    "dependents": "dependents",
    "family_left_behind": "family",
    "flight": "flight",
    "service_record": "service",
    "crossing": "crossing",
    "documents": "documents",
    "attachments": "documents",
    "consents": "consent",
    "notes": "notes",
}


def section_of(path: str) -> str:
    """The section that shows a field path (anything else belongs to the applicant page)."""
    root = path.split(".", 1)[0].split("[", 1)[0]
    return _SECTION_OF_PATH.get(root, "applicant")


def _blank_icon() -> QIcon:
    """An empty icon, so that titles line up with those of sections marked with a warning."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def _blank_case() -> Case:
    return Case(applicant=Person())


class CaseEditor(QWidget):
    """Edits one case, section by section; keyboard: Ctrl+PgDown/PgUp, Alt+1…9, Alt+0."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.applicant = ApplicantSection()
        self.dependents = DependentsSection()
        self.family = FamilySection()
        self.flight = FlightSection()
        self.service = ServiceSection()
        self.crossing = CrossingSection()
        self.documents = DocumentsSection()
        self.consent = ConsentSection()
        self.notes = NotesSection()
        self.history = HistorySection()
        self.sections: list[Section] = [
            self.applicant,
            self.dependents,
            self.family,
            self.flight,
            self.service,
            self.crossing,
            self.documents,
            self.consent,
            self.notes,
            self.history,
        ]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.section_list = QListWidget()
        self.section_list.setAccessibleName(self.tr("Sections of the case"))
        self.section_list.setFixedWidth(190)
        self.section_list.setStyleSheet(
            "QListWidget { outline: 0; } QListWidget::item { padding: 5px 4px; }"
        )
        self.section_list.setIconSize(QSize(16, 16))
        self.pages = QStackedWidget()
        for number, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(_blank_icon(), section.heading())
            key = "0" if number == 10 else str(number)
            item.setToolTip(self._tip(number - 1))
            self.section_list.addItem(item)
            self.pages.addWidget(section)
            section.changed.connect(self._edited)
            self._shortcut(f"Alt+{key}", lambda n=number - 1: self._go_to(n))
        self._shortcut("Ctrl+PgDown", lambda: self._step(1))
        self._shortcut("Ctrl+PgUp", lambda: self._step(-1))
        # As wide as the longest title needs (translations may be longer than English).
        titles = self.section_list.sizeHintForColumn(0) + 2 * self.section_list.frameWidth()
        self.section_list.setFixedWidth(max(190, titles + 4))
        self.section_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.section_list.setCurrentRow(0)
        layout.addWidget(self.section_list)
        layout.addWidget(self.pages, 1)

        for edit in self.findChildren(QLineEdit):
            fit_script(edit)
        self.applicant.person.original_script.setMinimumHeight(burmese_line_height(self))

        self._base = _blank_case()
        self._modified = False
        self._loading = False
        self._counts: dict[int, int] = {}

    # --- the public contract -------------------------------------------------------------------
    def load(self, case: Case, history: list[HistoryEntry] | None = None) -> None:
        """Show a case in every section; clears the undo history and the modified flag."""
        self._loading = True
        try:
            self._base = copy.deepcopy(case)
            shown = copy.deepcopy(case)
            for section in self.sections:
                section.load(shown)
            self.history.set_history(history or [])
        finally:
            self._loading = False
        self._modified = False
        self._refresh_problems()

    def case(self) -> Case:
        """A new case built from the fields; what no section shows is carried over unchanged."""
        result = copy.deepcopy(self._base)
        for section in self.sections:
            section.apply(result)
        return result

    def is_modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        self._modified = modified

    def validation_problems(self) -> list[tuple[str, str]]:
        """Every problem as (field path, message), also shown next to the fields."""
        problems = self._refresh_problems()
        for box in self.findChildren(RowBox):
            box.row.reveal_pending()
        return problems

    def clear(self) -> None:
        """Empty every widget (the app is locking): no personal data stays in the editor."""
        self._loading = True
        try:
            for section in self.sections:
                wipe(section)
                section.clear()
            self._base = _blank_case()
        finally:
            self._loading = False
        self._modified = False
        self._refresh_problems()

    def undo(self) -> None:
        """Undo typing in the focused text field, or else the current section's table edit."""
        self._undo_or_redo(redo=False)

    def redo(self) -> None:
        self._undo_or_redo(redo=True)

    def add_attachment_file(self, path: Path) -> Attachment:
        """Read a scan (PNG, JPEG or PDF) into the case; raises ValueError for other files."""
        return self.documents.add_attachment_file(path)

    def current_section_name(self) -> str:
        """The name of the section in front ("applicant", "family"...)."""
        return SECTION_NAMES[self.pages.currentIndex()]

    def show_section(self, name: str) -> None:
        """Bring a section to the front by name ("applicant", "family", "history"...)."""
        self._go_to(SECTION_NAMES.index(name))

    # --- inner workings ------------------------------------------------------------------------
    def current_section(self) -> Section:
        return self.sections[self.pages.currentIndex()]

    def _shortcut(self, keys: str, slot: Callable[[], None]) -> None:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def _go_to(self, number: int) -> None:
        if 0 <= number < len(self.sections):
            self.section_list.setCurrentRow(number)

    def _step(self, delta: int) -> None:
        self._go_to((self.pages.currentIndex() + delta) % len(self.sections))

    def _undo_or_redo(self, redo: bool) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            if isinstance(focus, QLineEdit) and not focus.isReadOnly():
                available = focus.isRedoAvailable() if redo else focus.isUndoAvailable()
            elif isinstance(focus, QPlainTextEdit) and not focus.isReadOnly():
                document = focus.document()
                available = document.isRedoAvailable() if redo else document.isUndoAvailable()
            else:
                available = False
            if available:
                focus.redo() if redo else focus.undo()  # type: ignore[union-attr]
                return
        stack = self.current_section().undo_stack()
        if stack is not None:
            stack.redo() if redo else stack.undo()

    def _edited(self) -> None:
        if self._loading:
            return
        self._modified = True
        self._refresh_problems()
        self.changed.emit()

    def _refresh_problems(self) -> list[Problem]:
        found: list[Problem] = []
        for section in self.sections:
            found += section.input_problems()
        seen = {path for path, _ in found}
        found += [problem for problem in case_problems(self.case()) if problem[0] not in seen]
        by_path: dict[str, str] = {}
        for path, message in found:
            by_path.setdefault(path, message)
        counts: dict[str, int] = {}
        for path in by_path:
            counts[section_of(path)] = counts.get(section_of(path), 0) + 1
        for number, section in enumerate(self.sections):
            section.show_problems(by_path)
            count = counts.get(SECTION_NAMES[number], 0)
            if count != self._counts.get(number, 0):
                self._mark_section(number, count)
        self._counts = {number: counts.get(name, 0) for number, name in enumerate(SECTION_NAMES)}
        return found

    def _mark_section(self, number: int, count: int) -> None:
        """A warning icon and a count on a section with problems."""
        item = self.section_list.item(number)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        item.setIcon(warning if count else _blank_icon())
        item.setToolTip(self._tip(number, count))

    def _tip(self, number: int, count: int = 0) -> str:
        """A section's tooltip: its title, its shortcut and how many problems it has."""
        title = self.sections[number].heading()
        keys = "Alt+" + ("0" if number == 9 else str(number + 1))
        if not count:
            return self.tr("{section} ({keys})").format(section=title, keys=keys)
        if count == 1:
            return self.tr("{section} ({keys}) — 1 problem").format(section=title, keys=keys)
        return self.tr("{section} ({keys}) — {count} problems").format(
            section=title, keys=keys, count=count
        )
