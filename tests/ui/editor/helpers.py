"""Helpers shared by the case editor's tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from asylum_desk.ui.editor import CaseEditor


def make_editor(qtbot: QtBot) -> CaseEditor:
    """A fresh editor, owned by the test."""
    widget = CaseEditor()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def shown_text(label: QLabel) -> str:
    """A label's text as read, if it is not hidden (hyphens shown unbreakable are hyphens)."""
    return "" if label.isHidden() else label.text().replace("\u2011", "-")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text (QTest only types Latin-1), one key event per character."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
