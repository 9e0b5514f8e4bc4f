"""People who came with the applicant: a table, and the full person form for the one selected."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from asylum_desk.domain.model import Case, Dependent
from asylum_desk.ui.editor.applicant_section import anonymity_text
from asylum_desk.ui.editor.form import banner, group
from asylum_desk.ui.editor.labels import SEX_LABELS
from asylum_desk.ui.editor.person_form import PersonForm
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import ListSection, TableEditor

COLUMNS = (
    Column("relationship", QT_TRANSLATE_NOOP("Columns", "Relationship"), editable=False, width=130),
    Column("given_names", QT_TRANSLATE_NOOP("Columns", "Given names"), editable=False, width=170),
    Column("family_name", QT_TRANSLATE_NOOP("Columns", "Family name"), editable=False, width=130),
    Column(
        "name_original_script",
        QT_TRANSLATE_NOOP("Columns", "Name in Burmese script"),
        editable=False,
        width=190,
    ),
    Column(
        "sex",
        QT_TRANSLATE_NOOP("Columns", "Sex"),
        Kind.CHOICE,
        SEX_LABELS,
        editable=False,
        width=80,
    ),
    Column(
        "date_of_birth", QT_TRANSLATE_NOOP("Columns", "Date of birth"), Kind.DATE, editable=False
    ),
)


class DependentsSection(ListSection):
    """Spouse, children and others who crossed with the applicant."""

    case_field = "dependents"
    key = "dependents"
    title = QT_TRANSLATE_NOOP("Section", "Dependents")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "DependentsSection",
                "People who crossed with the applicant. Select one to fill in their details below.",
            ),
            parent,
        )
        self.stack = QUndoStack(self)
        self.model = RowsModel(
            "dependents",
            COLUMNS,
            Dependent,
            self.stack,
            QT_TRANSLATE_NOOP("RowsModel", "dependent"),
        )
        self.table = TableEditor(self.model, visible_rows=4)
        self.body.addWidget(self.table)
        self.banner = banner()
        self.banner.hide()
        self.body.addWidget(self.banner)
        self.placeholder = QLabel(
            self.tr("Add a dependent, or select one in the table, to edit it here.")
        )
        self.body.addWidget(self.placeholder)
        self.form = PersonForm("dependents[0]", dependent=True)
        inner = QVBoxLayout()
        inner.addWidget(self.form)
        self.details = group(self.tr("Selected dependent"), inner)
        self.body.addWidget(self.details)
        self.body.addStretch(1)
        self._filling = False
        self._row = -1
        self.table.current_row_changed.connect(self._show_row)
        self.table.row_added.connect(lambda _row: self.form.relationship.setFocus())
        self.form.edited.connect(self._write_back)
        self.form.anonymity_changed.connect(self._update_banner)
        self.model.edited.connect(self.changed)
        self._show_row(-1)

    def _show_row(self, row: int) -> None:
        self._filling = True
        try:
            self._row = row
            has_row = row >= 0
            self.details.setVisible(has_row)
            self.placeholder.setVisible(not has_row)
            self.form.prefix = f"dependents[{max(row, 0)}]"
            self.form.load(self.model.item(row) if has_row else Dependent())
            if has_row:
                self.form.set_raw_dates(self.model.raw(row))
                self.details.setTitle(self.tr("Dependent {number}").format(number=row + 1))
        finally:
            self._filling = False
        self._update_banner()

    def _write_back(self) -> None:
        if not self._filling and 0 <= self._row < self.model.rowCount():
            self.model.replace_item(self._row, self.form.person(), self.form.raw_dates())

    def _update_banner(self) -> None:
        anonymous = self._row >= 0 and self.form.anonymous.isChecked()
        text = anonymity_text(self.form.pseudonym.text(), dependent=True)
        self.banner.setText(text if anonymous else "")
        self.banner.setVisible(anonymous)

    def load(self, case: Case) -> None:
        super().load(case)
        self.table.select_row(0)

    def clear(self) -> None:
        super().clear()
        self._show_row(-1)

    def show_problems(self, problems: Mapping[str, str]) -> None:
        super().show_problems(problems)
        self.form.show_problems(problems)
