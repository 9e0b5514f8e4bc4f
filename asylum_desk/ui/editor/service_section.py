"""The police or military service record: orders received, the refusal, conduct."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QGridLayout, QVBoxLayout, QWidget

from asylum_desk.domain.model import Case, Order, Refusal, ServiceRecord
from asylum_desk.ui.editor.fields import (
    GrowingTextEdit,
    PartialDateEdit,
    StringListEdit,
    line_edit,
    text_or_none,
)
from asylum_desk.ui.editor.form import Form, Problem, Section, group
from asylum_desk.ui.editor.labels import PSEUDONYMS_ONLY, label
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import TableEditor

CONDUCT_HINT = QT_TRANSLATE_NOOP(
    "Labels",
    "Asked by every asylum form: did the applicant witness or take part in ill-treatment, "
    "or use force?",
)

ORDER_COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        Kind.DATE,
        width=100,
        tooltip=QT_TRANSLATE_NOOP("Columns", "e.g. 1994-05"),
    ),
    Column("issuing_rank", QT_TRANSLATE_NOOP("Columns", "Issued by (rank only)"), width=200),
    Column("content", QT_TRANSLATE_NOOP("Columns", "The order"), required=True),
)


class ServiceSection(Section):
    """The full service history of an applicant who served in the police or armed forces."""

    key = "service"
    title = QT_TRANSLATE_NOOP("Section", "Service record")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.served = QCheckBox(self.tr("Applicant ser&ved in police or armed forces"))
        self.served.setAccessibleName(self.tr("Applicant served in police or armed forces"))
        self.body.addWidget(self.served)
        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.setSpacing(12)
        self.body.addWidget(self.content)
        self.forms: list[Form] = []

        top = QGridLayout()
        top.setHorizontalSpacing(12)
        service = self._form("service_record")
        self.force = line_edit(self.tr("e.g. Myanmar Police Force, Myanmar Army"))
        service.add(self.tr("Force"), self.force, "force")
        self.unit = line_edit()
        service.add(self.tr("Unit"), self.unit, "unit")
        self.station = line_edit()
        service.add(self.tr("Station"), self.station, "station")
        self.rank = line_edit()
        service.add(self.tr("Rank"), self.rank, "rank")
        self.service_number = line_edit()
        service.add(self.tr("Service number"), self.service_number, "service_number")
        self.joined_on = PartialDateEdit()
        service.add(self.tr("Joined"), self.joined_on, "joined_on")
        self.left_on = PartialDateEdit()
        service.add(self.tr("Left"), self.left_on, "left_on")
        top.addWidget(group(self.tr("Service"), service.layout), 0, 0)
        duties = self._form("service_record")
        self.duties = GrowingTextEdit(min_lines=3)
        duties.add(self.tr("Duties"), self.duties, "duties")
        self.deployments = GrowingTextEdit(min_lines=3)
        duties.add(self.tr("Deployments to protests"), self.deployments, "protest_deployments")
        top.addWidget(group(self.tr("Duties"), duties.layout), 0, 1)
        top.setColumnStretch(0, 1)
        top.setColumnStretch(1, 1)
        content.addLayout(top)

        self.stack = QUndoStack(self)
        self.orders = RowsModel(
            "service_record.orders",
            ORDER_COLUMNS,
            lambda: Order(content=""),
            self.stack,
            QT_TRANSLATE_NOOP("RowsModel", "order"),
        )
        self.orders_table = TableEditor(self.orders, movable=True, visible_rows=3)
        orders_box = QVBoxLayout()
        orders_box.addWidget(self.orders_table)
        content.addWidget(group(self.tr("Orders received"), orders_box))

        middle = QGridLayout()
        middle.setHorizontalSpacing(12)
        refusal = self._form("service_record.refusal")
        self.what = GrowingTextEdit(min_lines=2)
        refusal.add(self.tr("What was refused"), self.what, "what")
        self.refusal_date = PartialDateEdit()
        refusal.add(self.tr("When"), self.refusal_date, "date")
        self.how = GrowingTextEdit(min_lines=2)
        refusal.add(self.tr("How"), self.how, "how")
        self.witnesses = GrowingTextEdit(min_lines=2)
        refusal.add(
            self.tr("Witnesses"),
            self.witnesses,
            "witnesses",
            self.tr("Pseudonyms only — never real names."),
        )
        self.refusal_box = group(self.tr("The refusal"), refusal.layout)
        self.refusal_box.setCheckable(True)
        self.refusal_box.setAccessibleName(self.tr("Refusal recorded"))
        middle.addWidget(self.refusal_box, 0, 0)
        after = self._form("service_record")
        self.separation = GrowingTextEdit(min_lines=2)
        after.add(
            self.tr("Separation"),
            self.separation,
            "separation",
            self.tr("Resignation, desertion, civil disobedience movement…"),
        )
        self.consequences = GrowingTextEdit(min_lines=3)
        after.add(
            self.tr("Consequences"),
            self.consequences,
            "consequences",
            self.tr("Charges, warrants, visits to the family…"),
        )
        middle.addWidget(group(self.tr("After the refusal"), after.layout), 0, 1)
        middle.setColumnStretch(0, 1)
        middle.setColumnStretch(1, 1)
        content.addLayout(middle)

        conduct = self._form("service_record")
        self.conduct = GrowingTextEdit(min_lines=3)
        conduct.add(
            self.tr("Conduct statement"), self.conduct, "conduct_statement", label(CONDUCT_HINT)
        )
        content.addWidget(group(self.tr("Conduct"), conduct.layout))

        people = self._form("service_record")
        self.colleagues = StringListEdit()
        people.add(
            self.tr("Colleagues who fled"),
            self.colleagues,
            "colleagues_who_fled",
            label(PSEUDONYMS_ONLY),
        )
        self.helpers = StringListEdit()
        people.add(
            self.tr("Crossing helpers"), self.helpers, "crossing_helpers", label(PSEUDONYMS_ONLY)
        )
        content.addWidget(group(self.tr("People who must stay unnamed"), people.layout))
        self.body.addStretch(1)

        self.served.toggled.connect(self.content.setEnabled)
        self.content.setEnabled(False)
        self.watch(
            self.served,
            self.force,
            self.unit,
            self.station,
            self.rank,
            self.service_number,
            self.joined_on,
            self.left_on,
            self.duties,
            self.deployments,
            self.refusal_box,
            self.what,
            self.refusal_date,
            self.how,
            self.witnesses,
            self.separation,
            self.consequences,
            self.conduct,
            self.colleagues,
            self.helpers,
        )
        self.orders.edited.connect(self.changed)

    def _form(self, prefix: str) -> Form:
        form = Form(prefix)
        self.forms.append(form)
        return form

    def load(self, case: Case) -> None:
        record = case.service_record
        self.served.setChecked(record is not None)
        record = record or ServiceRecord()
        self.force.setText(record.force or "")
        self.unit.setText(record.unit or "")
        self.station.setText(record.station or "")
        self.rank.setText(record.rank or "")
        self.service_number.setText(record.service_number or "")
        self.joined_on.set_date(record.joined_on)
        self.left_on.set_date(record.left_on)
        self.duties.setPlainText(record.duties or "")
        self.deployments.setPlainText(record.protest_deployments or "")
        self.orders.set_items(record.orders)
        self.stack.clear()
        self.orders_table.clear_messages()
        self.refusal_box.setChecked(record.refusal is not None)
        refusal = record.refusal or Refusal()
        self.what.setPlainText(refusal.what or "")
        self.refusal_date.set_date(refusal.date)
        self.how.setPlainText(refusal.how or "")
        self.witnesses.setPlainText(refusal.witnesses or "")
        self.separation.setPlainText(record.separation or "")
        self.consequences.setPlainText(record.consequences or "")
        self.conduct.setPlainText(record.conduct_statement or "")
        self.colleagues.set_strings(record.colleagues_who_fled)
        self.helpers.set_strings(record.crossing_helpers)

    def apply(self, case: Case) -> None:
        if not self.served.isChecked():
            case.service_record = None
            return
        refusal = None
        if self.refusal_box.isChecked():
            refusal = Refusal(
                what=text_or_none(self.what.toPlainText()),
                date=self.refusal_date.date(),
                how=text_or_none(self.how.toPlainText()),
                witnesses=text_or_none(self.witnesses.toPlainText()),
            )
        case.service_record = ServiceRecord(
            force=text_or_none(self.force.text()),
            unit=text_or_none(self.unit.text()),
            station=text_or_none(self.station.text()),
            rank=text_or_none(self.rank.text()),
            service_number=text_or_none(self.service_number.text()),
            joined_on=self.joined_on.date(),
            left_on=self.left_on.date(),
            duties=text_or_none(self.duties.toPlainText()),
            protest_deployments=text_or_none(self.deployments.toPlainText()),
            orders=self.orders.items(),
            refusal=refusal,
            separation=text_or_none(self.separation.toPlainText()),
            consequences=text_or_none(self.consequences.toPlainText()),
            conduct_statement=text_or_none(self.conduct.toPlainText()),
            colleagues_who_fled=self.colleagues.strings(),
            crossing_helpers=self.helpers.strings(),
        )

    def clear(self) -> None:
        self.orders.set_items([])
        self.stack.clear()
        self.orders_table.clear_messages()

    def input_problems(self) -> list[Problem]:
        if not self.served.isChecked():
            return []
        found: list[Problem] = []
        dates = [("joined_on", self.joined_on), ("left_on", self.left_on)]
        if self.refusal_box.isChecked():
            dates.append(("refusal.date", self.refusal_date))
        for key, edit in dates:
            problem = edit.problem()
            if problem:
                found.append((f"service_record.{key}", problem))
        return found + self.orders.input_problems()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for form in self.forms:
            form.show_problems(problems)
        self.orders_table.show_problems(problems)

    def undo_stack(self) -> QUndoStack:
        return self.stack
