"""Retention and erasure: the period (administrators), the cases due, approving erasure.

Erasure deletes each case and then overwrites the space it used (``VACUUM``): it runs off
the GUI thread with a busy bar. Only cases the service lists as due can be erased.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import access, retention
from asylum_desk.services.access import Action
from asylum_desk.ui.office.common import (
    MessageLine,
    RowsModel,
    busy_bar,
    note_label,
    selected_keys,
    table_view,
)
from asylum_desk.ui.workers import error_message, run_in_thread

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault
    from asylum_desk.services.retention import ErasureReport

DEFAULT_YEARS = 7


def _cases(numbers: Sequence[str]) -> str:
    if len(numbers) == 1:
        return QCoreApplication.translate("RetentionPage", "case {number}").format(
            number=numbers[0]
        )
    if len(numbers) > 6:
        return QCoreApplication.translate(
            "RetentionPage", "{count} cases ({numbers} and {more} more)"
        ).format(count=len(numbers), numbers=", ".join(numbers[:6]), more=len(numbers) - 6)
    return QCoreApplication.translate("RetentionPage", "{count} cases ({numbers})").format(
        count=len(numbers), numbers=", ".join(numbers)
    )


def erasure_question(parent: QWidget | None, numbers: Sequence[str]) -> QMessageBox:
    """The confirmation before erasing; the default button is Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RetentionPage", "Erase cases for good?"))
    if len(numbers) == 1:
        title = QCoreApplication.translate(
            "RetentionPage", "<b>Erase case {number} for good?</b>"
        ).format(number=numbers[0])
    else:
        title = QCoreApplication.translate(
            "RetentionPage", "<b>Erase {count} cases for good?</b>"
        ).format(count=len(numbers))
    box.setText(title)
    erasure = QCoreApplication.translate(
        "RetentionPage",
        "This permanently removes {what} from this vault: the applicant, dependents, family "
        "left behind, statement, scans, documents, consents, notes, assignments and every "
        "user's drafts. It cannot be undone. Only an audit line with the case number remains.",
    ).format(what=_cases(numbers))
    reach = QCoreApplication.translate(
        "RetentionPage",
        "Backups taken before now still hold these cases: replace them after erasing. "
        "Exported files, saved packets and printed pages are outside the vault and are not "
        "touched.",
    )
    box.setInformativeText(f"<p>{erasure}</p><p>{reach}</p>")
    erase = box.addButton(
        QCoreApplication.translate("RetentionPage", "Erase for good")
        if len(numbers) == 1
        else QCoreApplication.translate("RetentionPage", "Erase {count} cases for good").format(
            count=len(numbers)
        ),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    erase.setObjectName("confirm")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


class RetentionPage(QWidget):
    """The retention period and the cases due for erasure."""

    cases_erased = Signal(list)
    """The case numbers erased (the case list shows them no more)."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self._busy = False
        self._abandoned = False
        self.may_set = access.allowed(vault.role, Action.SET_RETENTION)

        # ---- the period
        self.keep_radio = QRadioButton(self.tr("&Keep closed cases: no retention period"))
        self.years_radio = QRadioButton(self.tr("&Erase closed cases"))
        self.years = QSpinBox()
        self.years.setRange(1, retention.MAX_RETENTION_YEARS)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" years after closing"))
        self.years.valueChanged.connect(self._years_suffix)
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self.period_group = QButtonGroup(self)
        self.period_group.addButton(self.keep_radio)
        self.period_group.addButton(self.years_radio)
        self.save_button = QPushButton(self.tr("&Save period"))
        self.save_button.clicked.connect(self.save_period)
        self.keep_radio.toggled.connect(self._period_edited)
        self.years.valueChanged.connect(self._period_edited)
        years_row = QHBoxLayout()
        years_row.addWidget(self.years_radio)
        years_row.addWidget(self.years)
        years_row.addStretch(1)
        years_row.addWidget(self.save_button)
        self.period_note = note_label(
            self.tr(
                "A closed case becomes due for erasure that many years after the day it was "
                "closed; a supervisor then approves each erasure. Nothing is erased by itself."
            )
            if self.may_set
            else self.tr(
                "A closed case becomes due for erasure that many years after the day it was "
                "closed; a supervisor then approves each erasure. Nothing is erased by itself. "
                "Only an administrator changes the period."
            )
        )
        period_box = QGroupBox(self.tr("Retention period"))
        period_layout = QVBoxLayout(period_box)
        period_layout.addWidget(self.keep_radio)
        period_layout.addLayout(years_row)
        period_layout.addWidget(self.period_note)

        # ---- the cases due
        self.model = RowsModel(
            (
                self.tr("Case number"),
                self.tr("Closed on"),
                self.tr("Due since"),
                self.tr("Reason for closing"),
            )
        )
        self.table = table_view(self.model, self.tr("Cases due for erasure"), several=True)
        for column, width in enumerate((150, 110, 110)):
            self.table.setColumnWidth(column, width)
        self.select_all_button = QPushButton(self.tr("Select &all"))
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.erase_button = QPushButton(self.tr("E&rase selected…"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.finish_button = QPushButton(self.tr("&Finish overwriting"))
        self.finish_button.setToolTip(
            self.tr(
                "Overwrite the space of cases already erased, once the vault is closed elsewhere."
            )
        )
        self.finish_button.clicked.connect(self.finish_overwriting)
        self.finish_button.hide()
        self._unfinished: list[str] = []
        self.busy = busy_bar(self)
        due_buttons = QHBoxLayout()
        due_buttons.addWidget(self.select_all_button)
        due_buttons.addStretch(1)
        due_buttons.addWidget(self.finish_button)
        due_buttons.addWidget(self.erase_button)
        due_box = QGroupBox(self.tr("Cases due for erasure"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(
            note_label(
                self.tr(
                    "Select the cases whose erasure you approve (Ctrl+click or Shift+click for "
                    "several). Erasure overwrites the space they used, which can take a while."
                )
            )
        )
        due_layout.addWidget(self.table, 1)
        due_layout.addWidget(self.busy)
        due_layout.addLayout(due_buttons)

        self.message = MessageLine(self.tr("Retention status"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(period_box)
        layout.addWidget(due_box, 1)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_period()
        self.refresh()

    def today(self) -> date:
        """The day erasure is judged by (tests replace this to look years ahead)."""
        return date.today()

    # ---- the period ---------------------------------------------------------------------
    def _show_period(self) -> None:
        try:
            years = retention.retention_years(self.vault)
        except Exception as error:  # noqa: BLE001 - one line
            self.message.show_error(error_message(error))
            years = None
        for widget in (self.keep_radio, self.years_radio, self.years):
            widget.blockSignals(True)
        self.keep_radio.setChecked(years is None)
        self.years_radio.setChecked(years is not None)
        self.years.setValue(years or DEFAULT_YEARS)
        for widget in (self.keep_radio, self.years_radio, self.years):
            widget.blockSignals(False)
        self._years_suffix(self.years.value())
        self._saved_years = years
        for widget in (self.keep_radio, self.years_radio):
            widget.setEnabled(self.may_set)
        self._period_edited()

    def _years_suffix(self, years: int) -> None:
        self.years.setSuffix(
            self.tr(" year after closing") if years == 1 else self.tr(" years after closing")
        )

    def chosen_years(self) -> int | None:
        return None if self.keep_radio.isChecked() else self.years.value()

    def _period_edited(self) -> None:
        self.years.setEnabled(self.may_set and self.years_radio.isChecked())
        self.save_button.setEnabled(self.may_set and self.chosen_years() != self._saved_years)
        self.save_button.setVisible(self.may_set)

    def save_period(self) -> None:
        """Set the retention period (the service refuses anyone but an administrator)."""
        years = self.chosen_years()
        try:
            retention.set_retention_years(self.vault, years)
        except Exception as error:  # noqa: BLE001 - one line; the period stays as it was
            self.message.show_error(
                self.tr("Period not changed: {reason}").format(reason=error_message(error))
            )
            return
        self._show_period()
        self.refresh()
        if years is None:
            self.message.show_note(self.tr("No retention period: closed cases are kept."))
        else:
            self.message.show_note(
                self.tr("Closed cases are now due for erasure {years} years after closing.").format(
                    years=years
                )
            )

    # ---- the cases due ----------------------------------------------------------------
    def refresh(self) -> bool:
        """List the cases due again; False (and the refusal shown) when not allowed."""
        try:
            due = retention.due_for_erasure(self.vault, self.today())
        except Exception as error:  # noqa: BLE001 - one line; the list stays empty
            self.model.set_rows([], [])
            self.message.show_error(error_message(error))
            self.select_all_button.setEnabled(False)
            self._update_buttons()
            return False
        rows = [(d.case_number, d.closed_on, d.due_on, d.closed_reason or "") for d in due]
        self.model.set_rows(rows, [d.case_number for d in due])
        self.select_all_button.setEnabled(bool(due) and not self._busy)
        self._update_buttons()
        if due:
            self.message.clear()
        else:
            self.message.show_note(self._nothing_due())
        return True

    def _nothing_due(self) -> str:
        if self._saved_years is None:
            return self.tr("No case is due for erasure: no retention period is set.")
        return self.tr("No case is due for erasure.")

    def selected_cases(self) -> list[str]:
        return [str(key) for key in selected_keys(self.table)]

    def _update_buttons(self) -> None:
        count = len(self.selected_cases())
        self.erase_button.setEnabled(count > 0 and not self._busy)
        self.erase_button.setText(
            self.tr("E&rase {count} selected…").format(count=count)
            if count > 1
            else self.tr("E&rase selected…")
        )

    def erase_selected(self) -> None:
        """Erase the selected due cases after a clear confirmation, off the GUI thread."""
        numbers = self.selected_cases()
        if not numbers or self._busy or not self.ask_erase(numbers):
            return
        if self.vault.is_open:
            self._erase(
                numbers,
                self.tr("Erasing {cases} and overwriting the space…").format(cases=_cases(numbers)),
            )

    def finish_overwriting(self) -> None:
        """Overwrite the space of cases erased while the vault was open elsewhere."""
        if self._unfinished and not self._busy and self.vault.is_open:
            self._erase(self._unfinished, self.tr("Overwriting the space of the erased cases…"))

    def _erase(self, numbers: list[str], doing: str) -> None:
        vault, today = self.vault, self.today()
        self._set_busy(True)
        self.message.show_note(doing)
        run_in_thread(
            lambda: retention.erase_cases(vault, numbers, today),
            self._erased,
            self._failed,
            self,
        )

    def _erased(self, report: ErasureReport) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self.refresh()
        done = [*report.case_numbers, *report.already_erased]
        if report.free_space_overwritten:
            self._unfinished = []
            self.message.show_note(
                self.tr("Erased {cases}; only the audit lines remain.").format(cases=_cases(done))
            )
        else:
            self._unfinished = done
            self.message.show_error(
                self.tr(
                    "Erased {cases}, but the vault is open elsewhere (another window or "
                    "command), so the space used is not overwritten yet: close it there, then "
                    "press Finish overwriting."
                ).format(cases=_cases(done))
            )
        self.finish_button.setVisible(bool(self._unfinished))
        if report.case_numbers:
            self.cases_erased.emit(list(report.case_numbers))

    def _failed(self, error: Exception) -> None:
        if self._abandoned:
            return
        self._set_busy(False)
        self.refresh()
        self.message.show_error(error_message(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.table.setEnabled(not busy)
        self.select_all_button.setEnabled(not busy and self.model.rowCount() > 0)
        self.finish_button.setEnabled(not busy)
        self._update_buttons()

    @property
    def is_busy(self) -> bool:
        """Whether an erasure is running."""
        return self._busy

    def abandon(self) -> None:
        """The vault locks: later results are not shown."""
        self._abandoned = True

    # Opens a modal question; tests replace it.
    def ask_erase(self, numbers: Sequence[str]) -> bool:
        """Confirm erasing ``numbers`` for good."""
        box = erasure_question(self, numbers)
        box.exec()
        return box.clickedButton() is box.findChild(QPushButton, "confirm")
