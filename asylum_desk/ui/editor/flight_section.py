"""Why the person fled: reasons, the statement in their language, a timeline, fears on return."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from asylum_desk.domain.enums import ReasonCategory
from asylum_desk.domain.model import Case, Event, Reason, Statement
from asylum_desk.ui.editor.fields import CodeEdit, GrowingTextEdit, text_or_none
from asylum_desk.ui.editor.form import Form, Problem, Section, group
from asylum_desk.ui.editor.labels import REASON_LABELS, translated
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import TableEditor

EVENT_COLUMNS = (
    Column(
        "date",
        QT_TRANSLATE_NOOP("Columns", "Date"),
        Kind.DATE,
        width=100,
        tooltip=QT_TRANSLATE_NOOP("Columns", "e.g. 1994-05"),
    ),
    Column("place", QT_TRANSLATE_NOOP("Columns", "Place"), width=160),
    Column("description", QT_TRANSLATE_NOOP("Columns", "What happened"), required=True),
)


def _enable_detail(detail: QLineEdit, enabled: bool) -> None:
    detail.setEnabled(enabled)
    words = QCoreApplication.translate("FlightSection", "details, in the applicant's words")
    detail.setPlaceholderText(words if enabled else "")


class FlightSection(Section):
    """Reason checklist, statement, timeline of events and fears on return."""

    key = "flight"
    title = QT_TRANSLATE_NOOP("Section", "Reasons for flight")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.reason_boxes: dict[ReasonCategory, QCheckBox] = {}
        self.reason_details: dict[ReasonCategory, QLineEdit] = {}
        for number, (category, text) in enumerate(translated(REASON_LABELS).items()):
            box = QCheckBox(text)
            box.setAccessibleName(text)
            detail = QLineEdit()
            detail.setAccessibleName(self.tr("{reason}: details").format(reason=text))
            detail.setEnabled(False)
            box.toggled.connect(lambda on, d=detail: _enable_detail(d, on))
            grid.addWidget(box, number, 0)
            grid.addWidget(detail, number, 1)
            self.reason_boxes[category] = box
            self.reason_details[category] = detail
        self.body.addWidget(group(self.tr("Reasons (tick all that apply)"), grid))

        self.statement_form = Form("flight.statement")
        self.language = CodeEdit(self.tr("e.g. my"))
        self.statement_form.add(
            self.tr("Lan&guage"),
            self.language,
            "language",
            self.tr("Language code of the statement as told, e.g. my for Burmese."),
        )
        self.text = GrowingTextEdit(min_lines=4, max_lines=18)
        self.text.setPlaceholderText(self.tr("The applicant's own account, in their language"))
        self.statement_form.add(self.tr("Sta&tement"), self.text, "text")
        self.translation = GrowingTextEdit(min_lines=4, max_lines=18)
        self.translation.setPlaceholderText(self.tr("Translation into English"))
        self.statement_form.add(self.tr("T&ranslation"), self.translation, "translation")
        self.interpreter = QLineEdit()
        self.interpreter.setPlaceholderText(self.tr("e.g. Nilar Htwe (Burmese–English)"))
        self.statement_form.add(self.tr("&Interpreter"), self.interpreter, "interpreter")
        self.body.addWidget(group(self.tr("The applicant's statement"), self.statement_form.layout))

        self.stack = QUndoStack(self)
        self.events = RowsModel(
            "flight.events",
            EVENT_COLUMNS,
            lambda: Event(description=""),
            self.stack,
            QT_TRANSLATE_NOOP("RowsModel", "event"),
        )
        self.events_table = TableEditor(self.events, movable=True, visible_rows=5)
        events_box = QVBoxLayout()
        events_box.addWidget(self.events_table)
        self.body.addWidget(group(self.tr("Timeline of events"), events_box))

        self.fears_form = Form("flight")
        self.fears = GrowingTextEdit(min_lines=3)
        self.fears_form.add(
            self.tr("Fears &on return"),
            self.fears,
            "fears_on_return",
            self.tr("What the applicant fears would happen if returned, and from whom."),
        )
        self.body.addWidget(group(self.tr("Return"), self.fears_form.layout))
        self.body.addStretch(1)

        self._reasons: list[Reason] = []
        self._statement: Statement | None = None
        self.watch(
            *self.reason_boxes.values(),
            *self.reason_details.values(),
            self.language,
            self.text,
            self.translation,
            self.interpreter,
            self.fears,
        )
        self.events.edited.connect(self.changed)

    def load(self, case: Case) -> None:
        flight = case.flight
        self._reasons = list(flight.reasons)
        first: dict[ReasonCategory, Reason] = {}
        for reason in flight.reasons:
            first.setdefault(reason.category, reason)
        for category, box in self.reason_boxes.items():
            box.setChecked(category in first)
            detail = first[category].detail if category in first else None
            self.reason_details[category].setText(detail or "")
        self._statement = flight.statement
        statement = flight.statement or Statement()
        self.language.setText(statement.language or "")
        self.text.setPlainText(statement.text or "")
        self.translation.setPlainText(statement.translation or "")
        self.interpreter.setText(statement.interpreter or "")
        self.events.set_items(flight.events)
        self.stack.clear()
        self.events_table.clear_messages()
        self.fears.setPlainText(flight.fears_on_return or "")

    def _reason_list(self) -> list[Reason]:
        checked = {c for c, box in self.reason_boxes.items() if box.isChecked()}
        result: list[Reason] = []
        done: set[ReasonCategory] = set()
        # The case's order is kept; a second reason of one category is carried over as it was.
        for reason in self._reasons:
            if reason.category not in checked:
                continue
            if reason.category in done:
                result.append(Reason(reason.category, reason.detail))
                continue
            done.add(reason.category)
            detail = text_or_none(self.reason_details[reason.category].text())
            result.append(Reason(reason.category, detail))
        for category in self.reason_boxes:
            if category in checked and category not in done:
                detail = text_or_none(self.reason_details[category].text())
                result.append(Reason(category, detail))
        return result

    def apply(self, case: Case) -> None:
        case.flight.reasons = self._reason_list()
        statement = Statement(
            text=text_or_none(self.text.toPlainText()),
            language=text_or_none(self.language.text()),
            translation=text_or_none(self.translation.toPlainText()),
            interpreter=text_or_none(self.interpreter.text()),
        )
        if statement == Statement() and self._statement != Statement():
            case.flight.statement = None
        else:
            case.flight.statement = statement
        case.flight.events = self.events.items()
        case.flight.fears_on_return = text_or_none(self.fears.toPlainText())

    def clear(self) -> None:
        self._reasons = []
        self._statement = None
        self.events.set_items([])
        self.stack.clear()
        self.events_table.clear_messages()

    def input_problems(self) -> list[Problem]:
        return self.events.input_problems()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.statement_form.show_problems(problems)
        self.fears_form.show_problems(problems)
        self.events_table.show_problems(problems)

    def undo_stack(self) -> QUndoStack:
        return self.stack
