"""The main window's work on cases: opening, saving (and someone else saving first), drafts.

A mixin of ``MainWindow``: it uses the window's panel, list, vault and status bar.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import Role
from asylum_desk.domain.model import Case, Person
from asylum_desk.services.concurrent_edits import CaseChangedElsewhereError, EditableCase
from asylum_desk.ui.changed_elsewhere_dialog import (
    KEEP_MINE,
    TAKE_THEIRS,
    ask_changed_elsewhere,
)
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault


def _ignore(_value: object) -> None:
    """Nothing to report back."""


def _not_saved(problem: str) -> str:
    return QCoreApplication.translate("MainWindow", "Not saved: {problem}").format(problem=problem)


class CaseEditingMixin:
    """Open, create and save cases; keep unsaved edits as drafts."""

    vault: OpenVault | None
    _opened: EditableCase | None
    panel: Any
    model: Any
    case_list: Any
    banner: Any
    autosave_timer: Any
    duplicates_banner: Any

    # ---- cases ----------------------------------------------------------------------
    def _leave_current_case(self) -> None:
        """Before another case replaces the open one: its unsaved edits stay as a draft."""
        if self._unsaved_edits():
            self.autosave_timer.stop()
            self._save_draft()
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The unsaved edits of the previous case were kept as a draft."
                ),
                6000,
            )

    def _offer_other_drafts(self) -> None:
        if self.vault is None:
            return
        current = self.panel.draft_key
        self.banner.offer([d for d in self._drafts().pending() if d.draft_key != current])

    def new_case(self) -> None:
        """Open an empty case for a new registration."""
        if self.vault is None:
            return
        self._leave_current_case()
        case = Case(
            applicant=Person(),
            registered_on=PartialDate.from_date(date.today()),
            caseworker=self.vault.username,
        )
        self._opened = None
        self.panel.open_case(case)
        self.panel.editor.show_section("applicant")
        self._make_room_for_case()
        self._offer_other_drafts()

    def open_case(self, case_number: str) -> None:
        """Show one case in the editor."""
        if self.vault is None:
            return
        if self.panel.is_open and self.panel.draft_key == f"case:{case_number}":
            return
        if self.vault.role is Role.INTERPRETER:
            self._open_statement(case_number)
            return
        self._leave_current_case()
        try:
            self._opened = self._cases().get_case_for_edit(case_number)
        except Exception as error:  # noqa: BLE001 - shown as one line, nothing changes
            self.statusBar().showMessage(error_message(error), 8000)
            return
        self.panel.open_case(self._opened.case, self._history(case_number))
        self._make_room_for_case()
        self._offer_other_drafts()

    def _open_statement(self, case_number: str) -> None:
        """An interpreter's window on a case: the statement sections and the translation."""
        from asylum_desk.ui.statement_dialog import StatementDialog

        cases = self._cases()
        try:
            view = cases.get_statement(case_number)
        except Exception as error:  # noqa: BLE001 - shown as one line, nothing changes
            self.statusBar().showMessage(error_message(error), 8000)
            return
        StatementDialog(cases, view, self).open()

    def save_case(self) -> None:
        """Save the case in the editor (validation problems are shown by the fields)."""
        if self.vault is None or not self.panel.is_open:
            return
        case = self.panel.editor.case()
        problems = self.panel.editor.validation_problems()
        if problems:
            self.panel.show_message(_not_saved(problems[0][1]))
            return
        old_key = self.panel.draft_key
        created = case.case_number is None
        opened = self._opened
        if opened is not None and opened.case.case_number != case.case_number:
            opened = None
        try:
            if created:
                case.case_number = self._cases().create_case(case)
            else:
                self._cases().update_case(case, opened)
        except CaseChangedElsewhereError as error:
            if not self._saved_over(case, opened, error):
                return
        except Exception as error:  # noqa: BLE001 - the edits stay in the editor and the draft
            self.panel.show_message(_not_saved(error_message(error)))
            return
        self.autosave_timer.stop()
        if old_key is not None:
            self._drafts().discard(old_key)
        self._opened = self._cases().get_case_for_edit(case.case_number)
        self.panel.open_case(self._opened.case, self._history(case.case_number))
        self.model.refresh()
        self.case_list.select_case(case.case_number)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {number}.").format(
                number=case.case_number
            ),
            4000,
        )
        if created:
            self._check_duplicates(case.case_number)

    def _saved_over(
        self, case: Case, opened: EditableCase | None, error: CaseChangedElsewhereError
    ) -> bool:
        """Someone saved the case first: ask; True once this person's version is saved."""
        choice = self.ask_changed_elsewhere(error)
        if choice == KEEP_MINE and opened is not None:
            try:
                self._cases().update_case(case, replace(opened, version=error.version))
                return True
            except Exception as again:  # noqa: BLE001 - the edits stay in the editor
                self.panel.show_message(_not_saved(error_message(again)))
                return False
        if choice == TAKE_THEIRS:
            self._save_draft()
            self.autosave_timer.stop()
            number = error.case_number
            self._opened = self._cases().get_case_for_edit(number)
            self.panel.open_case(self._opened.case, self._history(number))
            self._offer_other_drafts()
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Your edits were kept as a draft."), 6000
            )
            return False
        self.panel.show_message(_not_saved(error_message(error)))
        return False

    def ask_changed_elsewhere(self, error: CaseChangedElsewhereError) -> str:
        """KEEP_MINE, TAKE_THEIRS or CANCEL (a modal window; tests answer it directly)."""
        return ask_changed_elsewhere(error, self)

    def _check_duplicates(self, case_number: str) -> None:
        """Look for the new case's people in other cases, off the GUI thread."""
        if self.vault is None:
            return
        from asylum_desk.services.duplicates import find_case_duplicates

        vault = self.vault

        def shown(found: object) -> None:
            if self.vault is vault and isinstance(found, list):
                self.duplicates_banner.offer(found, case_number)

        run_in_thread(lambda: find_case_duplicates(vault, case_number), shown, _ignore, self)

    # ---- drafts ---------------------------------------------------------------------
    def _schedule_autosave(self) -> None:
        self.autosave_timer.start()

    def autosave(self) -> None:
        """Keep the editor's unsaved state as an encrypted draft inside the vault."""
        if self.vault is not None and self._unsaved_edits():
            self._save_draft()

    def _save_draft(self) -> None:
        if self.vault is None or self.panel.draft_key is None:
            return
        try:
            self._drafts().save(self.panel.draft_key, self.panel.editor.case())
        except Exception as error:  # noqa: BLE001 - keep working; say why the draft failed
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Draft not kept: {problem}").format(
                    problem=error_message(error)
                ),
                8000,
            )

    def restore_draft(self, draft_key: str) -> None:
        """Put a kept draft back into the editor."""
        if self.vault is None:
            return
        drafts = {draft.draft_key: draft for draft in self._drafts().pending()}
        draft = drafts.get(draft_key)
        if draft is None:
            return
        history = self._history(draft.case_number) if draft.case_number else None
        self._opened = None  # a draft may be older than the saved case: saved as it stands
        self.panel.open_case(draft.case, history, draft_key=draft_key, modified=True)
        self._make_room_for_case()
        self.banner.offer([d for key, d in drafts.items() if key != draft_key])

    def discard_draft(self, draft_key: str) -> None:
        """Throw a kept draft away."""
        if self.vault is None:
            return
        self._drafts().discard(draft_key)
        self.banner.offer(self._drafts().pending())
