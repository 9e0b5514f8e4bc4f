"""Merge view: the fields of received cases edited here and at another office.

A case received again from another office is merged field by field (``services.merge``);
a field changed on both sides is kept here as it was (ours) and listed on this page with the
other office's value (theirs) beside it and the value both had before (the base) in small
print. A supervisor chooses per field and applies the choices of one case at once.

Keyboard: the case list takes the arrow keys; Tab moves to each field's pair of choices,
where the arrow keys pick a side (Alt+O and Alt+T go through the fields' ours and
theirs); Alt+K or Alt+H choose the same side for all, Alt+P applies.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayoutItem,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.services import merge
from asylum_desk.services.merge import ConflictView
from asylum_desk.ui.office.common import MessageLine, note_label
from asylum_desk.ui.workers import error_message, translated

if TYPE_CHECKING:
    from asylum_desk.services.open_vault import OpenVault

OURS, THEIRS = "ours", "theirs"
SMALL_STYLE = "color: palette(placeholder-text); font-size: small;"


def _when(at: str) -> str:
    try:
        return datetime.fromisoformat(at).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _value_label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setIndent(22)
    return label


class ConflictRow:
    """One conflicting field: its name, the two choices with their values, the base."""

    def __init__(self, view: ConflictView, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.view = view
        field_name = translated(view.label)  # the services' words, in the interface language
        ours, theirs = translated(view.ours), translated(view.theirs)
        title = QLabel(field_name)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        title.setWordWrap(True)
        base = QLabel(
            QCoreApplication.translate("MergePage", "Before: {value}").format(
                value=translated(view.base)
            )
        )
        base.setWordWrap(True)
        base.setStyleSheet(SMALL_STYLE)
        base.setTextFormat(Qt.TextFormat.PlainText)
        base.setAccessibleName(
            QCoreApplication.translate("MergePage", "{field}, before").format(field=field_name)
        )
        self.base_label = base
        field = QVBoxLayout()
        field.addWidget(title)
        field.addWidget(base)
        field.addStretch(1)
        self.ours = QRadioButton(QCoreApplication.translate("MergePage", "Keep &ours"), parent)
        self.ours.setAccessibleName(
            QCoreApplication.translate("MergePage", "{field}: keep ours, {value}").format(
                field=field_name, value=ours
            )
        )
        self.theirs = QRadioButton(
            QCoreApplication.translate("MergePage", "&Take theirs ({office})").format(
                office=view.office_code
            ),
            parent,
        )
        self.theirs.setAccessibleName(
            QCoreApplication.translate("MergePage", "{field}: take theirs, {value}").format(
                field=field_name, value=theirs
            )
        )
        self.theirs.setToolTip(
            QCoreApplication.translate(
                "MergePage", "Received from office {office} on {when}"
            ).format(office=view.office_code, when=_when(view.received_at))
        )
        self.group = QButtonGroup(parent)
        self.group.setExclusive(True)
        self.group.addButton(self.ours)
        self.group.addButton(self.theirs)
        self.ours_label = _value_label(
            ours,
            QCoreApplication.translate("MergePage", "{field}, ours").format(field=field_name),
        )
        self.theirs_label = _value_label(
            theirs,
            QCoreApplication.translate("MergePage", "{field}, theirs").format(field=field_name),
        )
        for column, (button, label) in enumerate(
            ((self.ours, self.ours_label), (self.theirs, self.theirs_label)), start=1
        ):
            cell = QVBoxLayout()
            cell.addWidget(button)
            cell.addWidget(label)
            cell.addStretch(1)
            grid.addLayout(cell, row, column)
        grid.addLayout(field, row, 0)

    @property
    def choice(self) -> str | None:
        """``ours``, ``theirs`` or None (not chosen yet)."""
        if self.ours.isChecked():
            return OURS
        if self.theirs.isChecked():
            return THEIRS
        return None

    def choose(self, side: str) -> None:
        (self.ours if side == OURS else self.theirs).setChecked(True)


class MergePage(QWidget):
    """Open conflicts per case, ours and theirs side by side; supervisors and admins."""

    cases_changed = Signal(list)
    """Case numbers whose content changed when choices were applied."""

    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.conflicts: list[ConflictView] = []
        self.rows: list[ConflictRow] = []

        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases with conflicts"))
        self.cases.currentItemChanged.connect(lambda *_: self._show_case())
        cases_label = QLabel(self.tr("Ca&ses"))
        cases_label.setBuddy(self.cases)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(cases_label)
        left_layout.addWidget(self.cases, 1)

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Case shown"))
        self.fields = QWidget()
        self.grid = QGridLayout(self.fields)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.fields)
        self.all_ours_button = QPushButton(self.tr("&Keep all ours"))
        self.all_ours_button.clicked.connect(lambda: self.choose_all(OURS))
        self.all_theirs_button = QPushButton(self.tr("Take all t&heirs"))
        self.all_theirs_button.clicked.connect(lambda: self.choose_all(THEIRS))
        self.apply_button = QPushButton(self.tr("A&pply choices"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_choices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_ours_button)
        buttons.addWidget(self.all_theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.scroll, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 780])
        self.message = MessageLine(self.tr("Merge status"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note_label(
                self.tr(
                    "Fields of received cases that were changed both here and at the office "
                    "that sent them. The case keeps ours until you choose; taking theirs puts "
                    "the other office's value into the case. Fields changed on one side only "
                    "were merged already."
                )
            )
        )
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.reload()

    # ---- reading ------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        """Read the open conflicts again; show ``keep``'s case (else the first)."""
        try:
            self.conflicts = merge.open_conflicts(self.vault)
        except Exception as error:  # noqa: BLE001 - one line; the page stays empty
            self.conflicts = []
            self.message.show_error(error_message(error))
            self._fill_cases(None)
            for widget in (self.cases, self.apply_button):
                widget.setEnabled(False)
            return
        self._fill_cases(keep)

    def case_numbers(self) -> list[str]:
        """The cases listed, in order."""
        return sorted({view.case_number for view in self.conflicts})

    def _fill_cases(self, keep: str | None) -> None:
        self.cases.blockSignals(True)
        self.cases.clear()
        for number in self.case_numbers():
            count = sum(1 for view in self.conflicts if view.case_number == number)
            item = QListWidgetItem(f"{number}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, number)
            self.cases.addItem(item)
        numbers = self.case_numbers()
        if numbers:
            self.cases.setCurrentRow(numbers.index(keep) if keep in numbers else 0)
        self.cases.blockSignals(False)
        self._show_case()

    def current_case(self) -> str | None:
        """The case whose conflicts are shown."""
        item = self.cases.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _show_case(self) -> None:
        for index in reversed(range(self.grid.count())):
            _discard(self.grid.takeAt(index))
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        for old in self.rows:
            old.group.deleteLater()
        self.rows = []
        number = self.current_case()
        views = [view for view in self.conflicts if view.case_number == number]
        if number is None:
            self.heading.setText(self.tr("No open conflicts: every received case is merged."))
        else:
            self.heading.setText(
                self.tr("Case {number}: 1 field to choose").format(number=number)
                if len(views) == 1
                else self.tr("Case {number}: {count} fields to choose").format(
                    number=number, count=len(views)
                )
            )
            for column, text in enumerate(
                (
                    self.tr("Field"),
                    self.tr("Ours (this office)"),
                    self.tr("Theirs (the office that sent it)"),
                )
            ):
                header = QLabel(text)
                header.setStyleSheet(SMALL_STYLE)
                self.grid.addWidget(header, 0, column)
            for row, view in enumerate(views, start=1):
                self.rows.append(ConflictRow(view, self.grid, row, self.fields))
            self.grid.setRowStretch(len(views) + 1, 1)
            self.grid.setColumnMinimumWidth(0, 200)
            self.grid.setColumnStretch(1, 1)
            self.grid.setColumnStretch(2, 1)
        for row in self.rows:
            row.group.buttonToggled.connect(self._choice_changed)
        self._choice_changed()

    def _choice_changed(self, *_args: QAbstractButton | bool) -> None:
        chosen = sum(1 for row in self.rows if row.choice is not None)
        self.apply_button.setEnabled(chosen > 0)
        self.all_ours_button.setEnabled(bool(self.rows))
        self.all_theirs_button.setEnabled(bool(self.rows))

    # ---- choosing -----------------------------------------------------------------------
    def choose_all(self, side: str) -> None:
        """Pick the same side for every field of the case shown."""
        for row in self.rows:
            row.choose(side)

    def apply_choices(self) -> None:
        """Resolve every field of the case shown that has a choice, in one go."""
        number = self.current_case()
        choices = {row.view.id: row.choice for row in self.rows if row.choice is not None}
        if number is None or not choices:
            self.message.show_error(self.tr("Choose ours or theirs for at least one field."))
            return
        try:
            merge.resolve_case(self.vault, number, {k: str(v) for k, v in choices.items()})
        except Exception as error:  # noqa: BLE001 - one line; nothing was changed
            self.message.show_error(error_message(error))
            return
        taken = sum(1 for choice in choices.values() if choice == THEIRS)
        left = len(self.rows) - len(choices)
        if left:
            done = self.tr(
                "Case {number}: {resolved} resolved ({taken} taken from the other office); "
                "{left} still to choose."
            )
        else:
            done = self.tr(
                "Case {number}: {resolved} resolved ({taken} taken from the other office)."
            )
        self.message.show_note(
            done.format(number=number, resolved=len(choices), taken=taken, left=left)
        )
        if taken:
            self.cases_changed.emit([number])
        self.reload(keep=number)


def _discard(item: QLayoutItem) -> None:
    """Delete a layout item taken out of the grid, with its widgets."""
    widget = item.widget()
    if widget is not None:
        widget.deleteLater()
        return
    layout = item.layout()
    if layout is not None:
        while layout.count():
            _discard(layout.takeAt(0))
        layout.deleteLater()
