"""The border crossing and where the person is now."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from asylum_desk.domain.model import Case, Crossing
from asylum_desk.ui.editor.fields import (
    CodeEdit,
    GrowingTextEdit,
    PartialDateEdit,
    line_edit,
    text_or_none,
)
from asylum_desk.ui.editor.form import Form, Problem, Section, group


class CrossingSection(Section):
    """Date, place and route of the crossing; unticked means no crossing is recorded."""

    key = "crossing"
    title = QT_TRANSLATE_NOOP("Section", "Border crossing")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.form = Form("crossing")
        self.date = PartialDateEdit()
        self.form.add(self.tr("&Date"), self.date, "date")
        self.crossing_point = line_edit(self.tr("e.g. river crossing near Zokhawthar"))
        self.form.add(self.tr("Crossing &point"), self.crossing_point, "crossing_point")
        self.district = line_edit(self.tr("e.g. Champhai"))
        self.form.add(self.tr("Dis&trict"), self.district, "district")
        self.state = line_edit(self.tr("e.g. Mizoram"))
        self.form.add(self.tr("St&ate"), self.state, "state")
        self.country = CodeEdit(self.tr("e.g. IND"))
        self.form.add(self.tr("&Country"), self.country, "country")
        self.route = GrowingTextEdit(min_lines=2)
        self.route.setPlaceholderText(self.tr("Places passed through, means of travel"))
        self.form.add(self.tr("&Route"), self.route, "route")
        self.travelled_with = line_edit(self.tr("e.g. alone; two colleagues (pseudonyms only)"))
        self.form.add(self.tr("Travelled &with"), self.travelled_with, "travelled_with")
        self.received_by = line_edit(self.tr("e.g. village council volunteers"))
        self.form.add(self.tr("Received &by"), self.received_by, "received_by")
        self.current_location = line_edit(self.tr("e.g. relief camp, Lawngtlai district"))
        self.form.add(self.tr("Current &location"), self.current_location, "current_location")
        self.box = group(self.tr("The applicant has crossed the border"), self.form.layout)
        self.box.setCheckable(True)
        self.box.setChecked(False)
        self.box.setAccessibleName(self.tr("Crossing recorded"))
        self.box.setMaximumWidth(900)
        self.body.addWidget(self.box)
        self.body.addStretch(1)
        self.watch(
            self.box,
            self.date,
            self.crossing_point,
            self.district,
            self.state,
            self.country,
            self.route,
            self.travelled_with,
            self.received_by,
            self.current_location,
        )

    def load(self, case: Case) -> None:
        crossing = case.crossing
        self.box.setChecked(crossing is not None)
        crossing = crossing or Crossing()
        self.date.set_date(crossing.date)
        self.crossing_point.setText(crossing.crossing_point or "")
        self.district.setText(crossing.district or "")
        self.state.setText(crossing.state or "")
        self.country.setText(crossing.country or "")
        self.route.setPlainText(crossing.route or "")
        self.travelled_with.setText(crossing.travelled_with or "")
        self.received_by.setText(crossing.received_by or "")
        self.current_location.setText(crossing.current_location or "")

    def apply(self, case: Case) -> None:
        if not self.box.isChecked():
            case.crossing = None
            return
        case.crossing = Crossing(
            date=self.date.date(),
            crossing_point=text_or_none(self.crossing_point.text()),
            district=text_or_none(self.district.text()),
            state=text_or_none(self.state.text()),
            country=text_or_none(self.country.text()),
            route=text_or_none(self.route.toPlainText()),
            travelled_with=text_or_none(self.travelled_with.text()),
            received_by=text_or_none(self.received_by.text()),
            current_location=text_or_none(self.current_location.text()),
        )

    def input_problems(self) -> list[Problem]:
        problem = self.date.problem() if self.box.isChecked() else None
        return [("crossing.date", problem)] if problem else []

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.form.show_problems(problems)
