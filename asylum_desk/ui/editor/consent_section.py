"""Consent per recipient: default withheld; ticking "given" records what may be disclosed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from asylum_desk.domain.enums import KNOWN_RECIPIENTS
from asylum_desk.domain.model import Case, Consent
from asylum_desk.ui.editor.fields import PartialDateEdit, fit_script, text_or_none
from asylum_desk.ui.editor.form import ERROR_STYLE, Problem, Section, group
from asylum_desk.ui.editor.labels import recipient_label

INTRO = QT_TRANSLATE_NOOP(
    "ConsentSection",
    "Nothing leaves the vault without the applicant's consent for that recipient. Tick "
    "“Given” only after explaining, in the applicant's language, who will see what. The "
    "authorities of the country of origin never receive anything.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("ConsentSection", "Recipient"),
    QT_TRANSLATE_NOOP("ConsentSection", "Given"),
    QT_TRANSLATE_NOOP("ConsentSection", "Identity"),
    QT_TRANSLATE_NOOP("ConsentSection", "Family"),
    QT_TRANSLATE_NOOP("ConsentSection", "Given on"),
    QT_TRANSLATE_NOOP("ConsentSection", "Obtained by"),
    QT_TRANSLATE_NOOP("ConsentSection", "Interpreter"),
)


@dataclass
class ConsentRow:
    """The widgets of one recipient's row."""

    recipient: str
    label: QLabel
    given: QCheckBox
    identity: QCheckBox
    family: QCheckBox
    given_on: PartialDateEdit
    obtained_by: QLineEdit
    interpreter: QLineEdit

    def widgets(self) -> list[QWidget]:
        return [
            self.label,
            self.given,
            self.identity,
            self.family,
            self.given_on,
            self.obtained_by,
            self.interpreter,
        ]

    def consent(self) -> Consent:
        return Consent(
            recipient=self.recipient,
            disclose_identity=self.identity.isChecked(),
            disclose_family=self.family.isChecked(),
            given_on=self.given_on.date(),
            obtained_by=text_or_none(self.obtained_by.text()),
            interpreter=text_or_none(self.interpreter.text()),
        )


class ConsentSection(Section):
    """One row per recipient: consent given, what may be disclosed, when and how."""

    key = "consent"
    title = QT_TRANSLATE_NOOP("Section", "Consent")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ConsentSection", INTRO), parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(8)
        for column, text in enumerate(HEADERS):
            header = QLabel(QCoreApplication.translate("ConsentSection", text))
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(5, 1)
        self.grid.setColumnStretch(6, 1)
        self.body.addWidget(group(self.tr("Recipients"), self.grid))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.rows: list[ConsentRow] = []
        self._loaded_order: list[str] = []
        self._build(list(KNOWN_RECIPIENTS))

    def _build(self, recipients: list[str]) -> None:
        for row in self.rows:
            for widget in row.widgets():
                if isinstance(widget, QLineEdit):
                    widget.setText("")
                self.grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self.rows = []
        for number, recipient in enumerate(recipients, start=1):
            name = recipient_label(recipient)
            row = ConsentRow(
                recipient,
                QLabel(name),
                QCheckBox(),
                QCheckBox(),
                QCheckBox(),
                PartialDateEdit(),
                QLineEdit(),
                QLineEdit(),
            )
            row.given.setAccessibleName(
                self.tr("{recipient}: consent given").format(recipient=name)
            )
            row.identity.setAccessibleName(
                self.tr("{recipient}: identity may be disclosed").format(recipient=name)
            )
            row.family.setAccessibleName(
                self.tr("{recipient}: family may be disclosed").format(recipient=name)
            )
            row.given_on.setAccessibleName(
                self.tr("{recipient}: consent given on").format(recipient=name)
            )
            row.obtained_by.setAccessibleName(
                self.tr("{recipient}: consent obtained by").format(recipient=name)
            )
            row.obtained_by.setPlaceholderText(self.tr("caseworker"))
            row.interpreter.setAccessibleName(
                self.tr("{recipient}: interpreter").format(recipient=name)
            )
            row.interpreter.setPlaceholderText(self.tr("if one was needed"))
            row.identity.setToolTip(
                self.tr("The applicant's identity may be disclosed to this recipient")
            )
            row.family.setToolTip(
                self.tr("The family left behind may be disclosed to this recipient")
            )
            row.label.setBuddy(row.given)
            fit_script(row.obtained_by)
            fit_script(row.interpreter)
            for column, widget in enumerate(row.widgets()):
                alignment = Qt.AlignmentFlag.AlignVCenter
                if isinstance(widget, QCheckBox):
                    alignment |= Qt.AlignmentFlag.AlignHCenter
                self.grid.addWidget(widget, number, column, alignment)
            row.given.toggled.connect(lambda _on, r=row: self._enable(r))
            self.watch(
                row.given, row.identity, row.family, row.given_on, row.obtained_by, row.interpreter
            )
            self._enable(row)
            self.rows.append(row)

    def _enable(self, row: ConsentRow) -> None:
        for widget in row.widgets()[2:]:
            widget.setEnabled(row.given.isChecked())

    def load(self, case: Case) -> None:
        consents = {consent.recipient: consent for consent in reversed(case.consents)}
        extra = [c.recipient for c in case.consents if c.recipient not in KNOWN_RECIPIENTS]
        recipients = list(KNOWN_RECIPIENTS) + list(dict.fromkeys(extra))
        if recipients != [row.recipient for row in self.rows]:
            self._build(recipients)
        self._loaded_order = list(dict.fromkeys(c.recipient for c in case.consents))
        for row in self.rows:
            consent = consents.get(row.recipient)
            row.given.setChecked(consent is not None)
            consent = consent or Consent(row.recipient)
            row.identity.setChecked(consent.disclose_identity)
            row.family.setChecked(consent.disclose_family)
            row.given_on.set_date(consent.given_on)
            row.obtained_by.setText(consent.obtained_by or "")
            row.interpreter.setText(consent.interpreter or "")

    def _given_rows(self) -> list[ConsentRow]:
        """Rows with consent given, in the case's order first, then the table's."""
        given = {row.recipient: row for row in self.rows if row.given.isChecked()}
        order = [r for r in self._loaded_order if r in given]
        order += [r for r in given if r not in order]
        return [given[r] for r in order]

    def apply(self, case: Case) -> None:
        case.consents = [row.consent() for row in self._given_rows()]

    def clear(self) -> None:
        self._loaded_order = []
        if len(self.rows) != len(KNOWN_RECIPIENTS):
            self._build(list(KNOWN_RECIPIENTS))
        self.error.clear()
        self.error.hide()

    def input_problems(self) -> list[Problem]:
        found: list[Problem] = []
        for index, row in enumerate(self._given_rows()):
            problem = row.given_on.problem()
            if problem:
                message = self.tr("{recipient}: {problem}").format(
                    recipient=row.label.text(), problem=problem
                )
                found.append((f"consents[{index}].given_on", message))
        return found

    def show_problems(self, problems: Mapping[str, str]) -> None:
        lines = [
            text
            for path, text in problems.items()
            if path == "consents" or path.startswith("consents[")
        ]
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))
