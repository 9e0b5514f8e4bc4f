"""Small input widgets of the case editor: partial dates, codes, string lists, enum choices."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

from asylum_desk.domain.dates import PartialDate, PartialDateError
from asylum_desk.ui.editor.labels import DATE_FORMAT_HINT, DATE_PLACEHOLDER, label

E = TypeVar("E", bound=Enum)

MYANMAR_FONTS = (
    "Noto Sans Myanmar UI",
    "Noto Sans Myanmar",
    "Myanmar Text",
    "Padauk",
    "Myanmar Sangam MN",
    "Myanmar MN",
)
_MYANMAR_TEXT = re.compile("[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
COUNTRY_CODE = re.compile(r"[A-Z]{3}")


def text_or_none(text: str) -> str | None:
    """The typed text, or ``None`` when nothing but blanks was typed (kept exactly otherwise)."""
    return text if text.strip() else None


def date_problem(text: str) -> str | None:
    """Why a typed partial date is not one, in one line; ``None`` when it is (or is empty)."""
    if not text.strip():
        return None
    try:
        PartialDate.parse(text.strip())
    except PartialDateError:
        return QCoreApplication.translate("Fields", "{text} is not a date: {hint}").format(
            text=text.strip(), hint=label(DATE_FORMAT_HINT)
        )
    return None


def parse_date(text: str) -> PartialDate | None:
    """The partial date typed, or ``None`` when empty or not a date."""
    if date_problem(text) is not None or not text.strip():
        return None
    return PartialDate.parse(text.strip())


def split_codes(text: str) -> list[str]:
    """Codes typed as ``my, en`` or ``my en``."""
    return [part for part in re.split(r"[,;\s]+", text) if part]


def myanmar_family() -> str | None:
    """The first installed (or registered) font family that covers Burmese, if any."""
    installed = set(QFontDatabase.families())
    return next((family for family in MYANMAR_FONTS if family in installed), None)


def has_myanmar(text: str) -> bool:
    """Whether a text contains Burmese (Myanmar script) characters."""
    return _MYANMAR_TEXT.search(text) is not None


def fit_script(edit: QLineEdit) -> None:
    """Give a line edit a Burmese-first font while it holds Burmese, so no mark is clipped.

    A line edit centres its text by its own font's height, and Burmese stacks marks far above
    and below a Latin line; with the Burmese font first the field grows to fit them.
    """

    def update() -> None:
        text = edit.text() or edit.placeholderText()
        burmese = has_myanmar(text)
        if burmese == bool(edit.property("burmese")):
            return
        family = myanmar_family() if burmese else None
        if burmese and family is None:
            return
        edit.setProperty("burmese", burmese)
        if burmese:
            font = QFont(edit.font())
            font.setFamilies([family or "", *edit.font().families(), edit.font().family()])
            edit.setFont(font)
        else:
            edit.setFont(QFont())

    edit.textChanged.connect(update)
    update()


def burmese_line_height(widget: QWidget) -> int:
    """The height a line edit needs for Burmese text in this widget's font size."""
    family = myanmar_family()
    if family is None:
        return widget.fontMetrics().height()
    font = QFont(widget.font())
    font.setFamilies([family])
    return QFontMetrics(font).height() + 8


class PartialDateEdit(QLineEdit):
    """A line edit for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(label(DATE_PLACEHOLDER))
        self.setToolTip(
            self.tr("Partial dates are fine: {hint}").format(hint=label(DATE_FORMAT_HINT))
        )
        self.setMaximumWidth(160)

    def date(self) -> PartialDate | None:
        """The date typed, or ``None`` when empty or not a date."""
        return parse_date(self.text())

    def set_date(self, value: PartialDate | None) -> None:
        self.setText("" if value is None else str(value))

    def problem(self) -> str | None:
        """Why the text is not a date, or ``None``."""
        return date_problem(self.text())


class CodeEdit(QLineEdit):
    """A short code such as a country (``MMR``) or language (``my``)."""

    def __init__(self, placeholder: str, width: int = 110, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumWidth(width)


class CodeListEdit(QLineEdit):
    """Several short codes on one line, separated by commas (``my, en``)."""

    def codes(self) -> list[str]:
        return split_codes(self.text())

    def set_codes(self, codes: Iterable[str]) -> None:
        self.setText(", ".join(codes))


class GrowingTextEdit(QPlainTextEdit):
    """Plain text that grows with its content between a few and many lines; Tab leaves it."""

    def __init__(
        self, min_lines: int = 2, max_lines: int = 14, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        document_margin = int(self.document().documentMargin() * 2)
        return (
            lines * self.fontMetrics().lineSpacing()
            + margins.top()
            + margins.bottom()
            + document_margin
            + 2 * self.frameWidth()
        )

    def _fit(self) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        self.setFixedHeight(self._height_for(lines))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def text(self) -> str:
        """The text, for symmetry with QLineEdit."""
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())


class StringListEdit(GrowingTextEdit):
    """A list of short texts, one per line (aliases, pseudonyms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(min_lines=2, max_lines=8, parent=parent)

    def strings(self) -> list[str]:
        return [line for line in self.toPlainText().split("\n") if line.strip()]

    def set_strings(self, values: Iterable[str]) -> None:
        self.setPlainText("\n".join(values))


class EnumCombo(QComboBox, Generic[E]):
    """A choice among an enum's members, shown with human labels (optionally "not recorded")."""

    value_changed = Signal()

    def __init__(
        self,
        labels: Mapping[E, str],
        none_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members: list[E | None] = []
        if none_label is not None:
            self._members.append(None)
            self.addItem(none_label)
        for member, text in labels.items():
            self._members.append(member)
            self.addItem(text)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _index: self.value_changed.emit())

    def value(self) -> E | None:
        index = self.currentIndex()
        return self._members[index] if 0 <= index < len(self._members) else None

    def set_value(self, value: E | None) -> None:
        index = self._members.index(value) if value in self._members else 0
        self.setCurrentIndex(index)

    def reset(self) -> None:
        self.setCurrentIndex(0)


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    """Give a widget the name a screen reader announces (and a longer description)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def line_edit(placeholder: str = "") -> QLineEdit:
    """A one-line text field with an example as its placeholder."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit
