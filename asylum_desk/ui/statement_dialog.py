"""What an interpreter works on: the statement sections of one assigned case, and its translation.

Interpreters never see the rest of a case (names, family, service record, documents, notes);
the services refuse it. This window shows the statement in its own language, the reasons,
the timeline and the fears on return, read-only, and lets the translation be written and
saved, the one change an interpreter may make.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.ui.editor.labels import REASON_LABELS, label
from asylum_desk.ui.workers import error_message

if TYPE_CHECKING:
    from asylum_desk.services.case_service import CaseService, StatementView


class StatementDialog(QDialog):
    """The statement of one case, side by side with its translation."""

    def __init__(
        self, cases: CaseService, view: StatementView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cases = cases
        self.case_number = view.case_number
        self.setWindowTitle(self.tr("Statement of {number}").format(number=view.case_number))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.original = QTextBrowser()
        self.original.setAccessibleName(self.tr("The statement and its context"))
        self.original.setHtml(statement_html(view))
        self.translation = QPlainTextEdit()
        self.translation.setAccessibleName(self.tr("Translation"))
        self.translation.setPlaceholderText(
            self.tr("The translation of the statement, in English.")
        )
        statement = view.statement
        self.translation.setPlainText((statement.translation if statement else None) or "")
        self.translation.document().setModified(False)
        self.translation.textChanged.connect(self._changed)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save translation"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Translation"))))
        right_layout.addWidget(self.translation, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.original)
        splitter.addWidget(right)
        splitter.setSizes([520, 520])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1100, 720)

    def _changed(self) -> None:
        self.save_button.setEnabled(True)
        self.message.clear()

    def save(self) -> None:
        """Save the translation (the service checks the assignment again)."""
        if not self.save_button.isEnabled():
            return
        try:
            self.cases.save_translation(self.case_number, self.translation.toPlainText())
        except Exception as error:  # noqa: BLE001 - one line; the text stays in the box
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_message(error)))
            return
        self.save_button.setEnabled(False)
        self.message.setText(self.tr("Translation saved."))

    def has_unsaved_translation(self) -> bool:
        return self.save_button.isEnabled()

    def done(self, result: int) -> None:
        """Closing (also by locking) keeps the translation typed so far: it is saved first."""
        if self.has_unsaved_translation():
            self.save()
        super().done(result)


def statement_html(view: StatementView) -> str:
    """The statement sections as read-only text (the statement in its own script)."""
    heading = QCoreApplication.translate("StatementDialog", "Statement of case {number}").format(
        number=escape(view.case_number)
    )
    parts = [f"<h3>{heading}</h3>"]
    statement = view.statement
    if statement and statement.text:
        language = escape(
            statement.language or QCoreApplication.translate("StatementDialog", "unknown language")
        )
        written_in = QCoreApplication.translate("StatementDialog", "In {language}").format(
            language=language
        )
        parts.append(f"<p><i>{written_in}</i></p>")
        for paragraph in statement.text.split("\n"):
            if paragraph.strip():
                parts.append(f"<p>{escape(paragraph)}</p>")
    else:
        nothing = QCoreApplication.translate("StatementDialog", "No statement recorded yet.")
        parts.append(f"<p><i>{nothing}</i></p>")
    if view.reasons:
        items = "".join(
            f"<li><b>{escape(_reason(r.category))}</b>"
            + (f": {escape(r.detail)}" if r.detail else "")
            + "</li>"
            for r in view.reasons
        )
        reasons = QCoreApplication.translate("StatementDialog", "Reasons for flight")
        parts.append(f"<h4>{reasons}</h4><ul>{items}</ul>")
    if view.events:
        rows = "".join(
            f"<tr><td>{escape(str(e.date or ''))}</td><td>{escape(e.place or '')}</td>"
            f"<td>{escape(e.description)}</td></tr>"
            for e in view.events
        )
        timeline = QCoreApplication.translate("StatementDialog", "Timeline")
        parts.append(f"<h4>{timeline}</h4><table cellpadding='3'>{rows}</table>")
    if view.fears_on_return:
        fears = QCoreApplication.translate("StatementDialog", "Fears on return")
        parts.append(f"<h4>{fears}</h4><p>{escape(view.fears_on_return)}</p>")
    return "".join(parts)


def _reason(category: object) -> str:
    """A reason category's label in the interface language (an unknown one as it is)."""
    known = REASON_LABELS.get(category)  # type: ignore[call-overload]
    return str(category) if known is None else label(known)
