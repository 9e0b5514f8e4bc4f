"""Form building blocks: labelled rows with a hint and an error line, banners, section pages."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.model import Case
from asylum_desk.ui.editor.fields import EnumCombo
from asylum_desk.ui.editor.labels import SENSITIVE_TOOLTIP, is_highly_sensitive, label

Problem = tuple[str, str]
"""A field path (``applicant.date_of_birth``) and a one-line message."""

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
BANNER_STYLE = (
    "QLabel { background: #fff4d6; color: #4d3800; border: 1px solid #e0a800;"
    " border-radius: 4px; padding: 8px 10px; }"
)
WARNING_STYLE = (
    "QLabel { background: #fdecea; color: #5f1410; border-left: 4px solid #b3261e;"
    " padding: 6px 10px; }"
)


def lock_pixmap(size: int = 14) -> QPixmap:
    """A small amber padlock, drawn rather than taken from a font that may lack the glyph."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#a35f00")
    painter.setPen(QPen(colour, 1.6))
    s = float(size)
    painter.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.56), 0, 180 * 16)
    painter.drawLine(QPointF(s * 0.28, s * 0.36), QPointF(s * 0.28, s * 0.46))
    painter.drawLine(QPointF(s * 0.72, s * 0.36), QPointF(s * 0.72, s * 0.46))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), 1.5, 1.5)
    painter.end()
    return pixmap


def plain(label: str) -> str:
    """A label without its mnemonic ampersand."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


def join_path(prefix: str, key: str) -> str:
    """``prefix.key``, or just ``key`` at the top of the case."""
    return f"{prefix}.{key}" if prefix else key


class FormRow:
    """One field of a form: label (with a lock when highly sensitive), widget, hint, error line."""

    def __init__(self, key: str, label: QLabel, label_widget: QWidget, field: QWidget) -> None:
        self.key = key
        self.label = label
        self.label_widget = label_widget
        self.field = field
        self.container = RowBox(self)
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setAccessibleName(
            QCoreApplication.translate("Form", "Problem with {field}").format(
                field=plain(label.text())
            )
        )
        self.error.hide()
        layout.addWidget(self.error)
        self._pending: str | None = None
        if isinstance(field, QLineEdit):
            field.editingFinished.connect(self.reveal_pending)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.field.setAccessibleDescription(text)

    def _describe(self, problem: str) -> None:
        """What a screen reader says about the field: its problem first, then its hint."""
        description = " ".join(part for part in (problem, self.hint.text()) if part)
        if self.field.accessibleDescription() != description:
            self.field.setAccessibleDescription(description)

    def show_problem(self, message: str | None) -> None:
        """Show a problem under the field; a new one waits while the person is still typing."""
        if message is None:
            self._pending = None
            if not self.error.isHidden():
                self.error.clear()
                self.error.hide()
                self._describe("")
            return
        if self.error.isHidden() and self.field.hasFocus():
            self._pending = message
            return
        shown = message.replace("-", "\u2011")  # keep 1994-13 and YYYY-MM-DD unbroken
        if self.error.isHidden() or self.error.text() != shown:
            self.error.setText(shown)
            self.error.show()
            self._describe(message)

    def reveal_pending(self) -> None:
        """Show a problem that waited for the person to finish typing."""
        if self._pending is not None:
            message, self._pending = self._pending, None
            self.show_problem(message)


class RowBox(QWidget):
    """The widget holding a row's field, hint and error line (found to reveal problems)."""

    def __init__(self, row: FormRow) -> None:
        super().__init__()
        self.row = row


def make_form() -> QFormLayout:
    """A form layout with right-aligned labels and fields that grow.

    A label too long to sit beside its field (a translation, a narrow window) goes above it.
    """
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def label_widget(text: str, sensitive: bool) -> tuple[QLabel, QWidget]:
    """A label (and its holder with a padlock when the field is highly sensitive)."""
    caption = QLabel(text)
    if not sensitive:
        return caption, caption
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addStretch(1)
    layout.addWidget(caption)
    lock = QLabel()
    lock.setPixmap(lock_pixmap())
    tooltip = label(SENSITIVE_TOOLTIP)
    lock.setToolTip(tooltip)
    lock.setAccessibleName(QCoreApplication.translate("Form", "highly sensitive"))
    layout.addWidget(lock)
    caption.setToolTip(tooltip)
    return caption, holder


class Form:
    """A QFormLayout that records its rows by field key (the path below a prefix)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.layout = make_form()
        self.rows: dict[str, FormRow] = {}

    def add(self, text: str, field: QWidget, key: str = "", hint: str = "") -> FormRow:
        """Add a row; ``key`` is the field's path below the prefix (empty: not validated).

        ``text`` and ``hint`` come already translated.
        """
        sensitive = bool(key) and is_highly_sensitive(join_path(self.prefix, key))
        label_text, holder = label_widget(text, sensitive)
        label_text.setBuddy(field)
        name = plain(text)
        field.setAccessibleName(name)
        if sensitive:
            field.setToolTip(f"{field.toolTip()}\n{label(SENSITIVE_TOOLTIP)}".strip())
        row = FormRow(key, label_text, holder, field)
        if hint:
            row.set_hint(hint)
        self.layout.addRow(holder, row.container)
        if key:
            self.rows[key] = row
        return row

    def show_problems(self, problems: Mapping[str, str], prefix: str | None = None) -> None:
        """Show each row's problem (matching ``prefix.key`` or ``prefix.key[i]``)."""
        base = self.prefix if prefix is None else prefix
        for key, row in self.rows.items():
            path = join_path(base, key)
            message = problems.get(path)
            if message is None:
                message = next(
                    (text for where, text in problems.items() if where.startswith(path + "[")),
                    None,
                )
            row.show_problem(message)


def group(title: str, inner: QFormLayout | QVBoxLayout | QHBoxLayout) -> QGroupBox:
    """A titled group around a layout."""
    box = QGroupBox(title)
    box.setLayout(inner)
    return box


def banner(style: str = BANNER_STYLE) -> QLabel:
    """A coloured message line (hidden until given a text)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Section(QScrollArea):
    """One page of the editor: a heading, an optional introduction and the section's fields."""

    changed = Signal()
    key = ""
    title = ""
    """The English title, marked with ``QT_TRANSLATE_NOOP("Section", ...)``; see ``heading``."""

    def __init__(self, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget()
        self.body = QVBoxLayout(page)
        self.body.setContentsMargins(16, 12, 16, 16)
        self.body.setSpacing(12)
        heading = QLabel(self.heading())
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(self.heading())
        self.body.addWidget(heading)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            self.body.addWidget(text)
        self.setWidget(page)

    def heading(self) -> str:
        """The section's title in the interface language."""
        return QCoreApplication.translate("Section", self.title)

    def watch(self, *widgets: QWidget) -> None:
        """Report every user edit of these widgets through ``changed``."""
        for widget in widgets:
            if isinstance(widget, EnumCombo):
                widget.value_changed.connect(self.changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.changed)
            elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.textChanged.connect(self.changed)
            elif isinstance(widget, (QCheckBox, QGroupBox)):
                widget.toggled.connect(self.changed)

    def load(self, case: Case) -> None:
        """Fill the section from a case."""

    def apply(self, case: Case) -> None:
        """Write the section's fields into ``case`` (a copy of the loaded case)."""

    def clear(self) -> None:
        """Forget everything the section holds beyond its widgets' text (models, objects)."""

    def input_problems(self) -> list[Problem]:
        """Problems that the case cannot hold, such as a date that is not a date."""
        return []

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Show the problems that belong to this section next to their fields."""

    def undo_stack(self) -> QUndoStack | None:
        """The undo stack of the section's tables, if it has any."""
        return None


def wipe(root: QWidget) -> None:
    """Empty every input under ``root`` (their undo histories too): nothing personal remains."""
    for edit in root.findChildren(QLineEdit):
        edit.setText("")
    for text in root.findChildren(QPlainTextEdit):
        text.setPlainText("")
        text.document().clearUndoRedoStacks()
    for box in root.findChildren(QCheckBox):
        box.setChecked(False)
    for group_box in root.findChildren(QGroupBox):
        if group_box.isCheckable():
            group_box.setChecked(False)
    for combo in root.findChildren(QComboBox):
        if combo.isEditable():
            combo.clearEditText()
        combo.setCurrentIndex(0)
    for listing in root.findChildren(QListWidget):
        listing.clear()
    for message in root.findChildren(QLabel):
        if message.styleSheet() in (ERROR_STYLE, BANNER_STYLE):
            message.clear()
            message.hide()
