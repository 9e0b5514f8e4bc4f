"""The applicant: case status and caseworker, specific needs, and the person's own form."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from asylum_desk.domain.enums import CaseStatus, Vulnerability
from asylum_desk.domain.model import Case
from asylum_desk.ui.editor.fields import EnumCombo, PartialDateEdit, text_or_none
from asylum_desk.ui.editor.form import Form, Problem, Section, banner, group
from asylum_desk.ui.editor.labels import (
    SENSITIVE_TOOLTIP,
    STATUS_LABELS,
    VULNERABILITY_LABELS,
    is_highly_sensitive,
    label,
    translated,
)
from asylum_desk.ui.editor.person_form import PersonForm

ANONYMOUS_BANNER = QT_TRANSLATE_NOOP(
    "ApplicantSection",
    "Anonymous applicant — outside this case they appear as «{pseudonym}». "
    "The real name below is never shown in lists or packets without consent.",
)
ANONYMOUS_DEPENDENT_BANNER = QT_TRANSLATE_NOOP(
    "ApplicantSection",
    "Anonymous dependent — outside this case they appear as «{pseudonym}». "
    "The real name below is never shown in lists or packets without consent.",
)


NEEDS_COLUMN_WIDTH = 300
"""Widest specific-need text (px) that still fits three to a row."""


def anonymity_text(pseudonym: str, dependent: bool = False) -> str:
    """The banner's words for an anonymous applicant's (or dependent's) pseudonym."""
    text = ANONYMOUS_DEPENDENT_BANNER if dependent else ANONYMOUS_BANNER
    shown = pseudonym.strip() or QCoreApplication.translate(
        "ApplicantSection", "(no pseudonym yet)"
    )
    return QCoreApplication.translate("ApplicantSection", text).format(pseudonym=shown)


class ApplicantSection(Section):
    """Status, registration, caseworker, vulnerabilities and the applicant's identity."""

    key = "applicant"
    title = QT_TRANSLATE_NOOP("Section", "Applicant")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.banner = banner()
        self.banner.setAccessibleName(self.tr("Anonymity notice"))
        self.banner.hide()
        self.body.addWidget(self.banner)

        case_row = QHBoxLayout()
        case_row.setSpacing(24)
        self.status = EnumCombo(translated(STATUS_LABELS))
        self.registered_on = PartialDateEdit()
        self.caseworker = QLineEdit()
        self.caseworker.setPlaceholderText(self.tr("who registered the case"))
        self.case_forms: list[Form] = []
        for text, widget, key in (
            (self.tr("Stat&us"), self.status, "status"),
            (self.tr("Registered on"), self.registered_on, "registered_on"),
            (self.tr("Case&worker"), self.caseworker, "caseworker"),
        ):
            form = Form("")
            row = form.add(text, widget, key)
            row.container.setMinimumWidth(150 if widget is not self.caseworker else 240)
            self.case_forms.append(form)
            case_row.addLayout(form.layout, 1 if widget is self.caseworker else 0)
        self.body.addWidget(group(self.tr("Case"), case_row))

        self.person = PersonForm("applicant")
        self.body.addWidget(self.person)

        needs = QGridLayout()
        needs.setHorizontalSpacing(24)
        self.vulnerability_boxes: dict[Vulnerability, QCheckBox] = {}
        for member, text in translated(VULNERABILITY_LABELS).items():
            box = QCheckBox(text)
            box.setAccessibleName(text)
            self.vulnerability_boxes[member] = box
        # Three columns, or two when the texts are long (as in Burmese or Hindi).
        widest = max(box.sizeHint().width() for box in self.vulnerability_boxes.values())
        columns = 3 if widest <= NEEDS_COLUMN_WIDTH else 2
        for number, box in enumerate(self.vulnerability_boxes.values()):
            needs.addWidget(box, number // columns, number % columns)
        needs_box = group(self.tr("Specific needs"), needs)
        if is_highly_sensitive("vulnerabilities"):
            needs_box.setTitle(self.tr("Specific needs (highly sensitive)"))
            needs_box.setToolTip(label(SENSITIVE_TOOLTIP))
        self.body.addWidget(needs_box)
        self.body.addStretch(1)
        self._vulnerability_order: list[Vulnerability] = []

        self.watch(
            self.status, self.registered_on, self.caseworker, *self.vulnerability_boxes.values()
        )
        self.person.edited.connect(self.changed)
        self.person.anonymity_changed.connect(self._update_banner)

    def _update_banner(self) -> None:
        anonymous = self.person.anonymous.isChecked()
        self.banner.setText(anonymity_text(self.person.pseudonym.text()) if anonymous else "")
        self.banner.setVisible(anonymous)

    def load(self, case: Case) -> None:
        self.status.set_value(case.status)
        self.registered_on.set_date(case.registered_on)
        self.caseworker.setText(case.caseworker or "")
        self._vulnerability_order = list(case.vulnerabilities)
        for member, box in self.vulnerability_boxes.items():
            box.setChecked(member in case.vulnerabilities)
        self.person.load(case.applicant)
        self._update_banner()

    def current_status(self) -> CaseStatus:
        return self.status.value() or CaseStatus.REGISTERED

    def apply(self, case: Case) -> None:
        case.status = self.current_status()
        case.registered_on = self.registered_on.date()
        case.caseworker = text_or_none(self.caseworker.text())
        checked = {member for member, box in self.vulnerability_boxes.items() if box.isChecked()}
        # Keep the order (and any repetition) the case had; newly ticked needs come last.
        kept = [member for member in self._vulnerability_order if member in checked]
        case.vulnerabilities = kept + [
            member for member in self.vulnerability_boxes if member in checked - set(kept)
        ]
        case.applicant = self.person.person()

    def clear(self) -> None:
        self._vulnerability_order = []
        self._update_banner()

    def input_problems(self) -> list[Problem]:
        found = self.person.input_problems()
        problem = self.registered_on.problem()
        if problem:
            found.insert(0, ("registered_on", problem))
        return found

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for form in self.case_forms:
            form.show_problems(problems)
        self.person.show_problems(problems)
