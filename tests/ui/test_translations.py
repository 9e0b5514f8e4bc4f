"""Translations: the catalogues are complete and compiled, and longer texts do not break forms.

The pseudo-locale test builds a catalogue in a temporary folder that makes every text 40%
longer (keeping ``{placeholders}`` and ``&`` mnemonics), installs it, opens the real case
editor in the main window at its default size and checks that no label, box, button or group
title in any section is cut off.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from asylum_desk.resources import resource_path
from asylum_desk.ui.editor import CaseEditor
from asylum_desk.ui.editor.case_editor import SECTION_NAMES
from asylum_desk.ui.i18n import (
    available_languages,
    install_translator,
    remove_translators,
)
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.preferences_dialog import PreferencesDialog
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used here, defined with the window's tests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CATALOGUES = sorted(resource_path("translations").glob("asylum_desk_*.ts"))
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
MYANMAR = re.compile("[\u1000-\u109f]")


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every current message of a catalogue."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            yield name, message.findtext("source") or "", translation


@pytest.fixture
def app_language() -> Iterator[QCoreApplication]:
    """The application, back in English (no translator, left to right) after the test."""
    app = QApplication.instance()
    assert app is not None
    yield app
    remove_translators(app)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- the committed catalogues -------------------------------------------------------------------
def test_burmese_and_hindi_catalogues_exist_and_are_compiled() -> None:
    names = {path.name for path in CATALOGUES}
    assert {"asylum_desk_my.ts", "asylum_desk_hi.ts"} <= names
    assert {"my", "hi"} <= set(available_languages())


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_every_message_is_translated_with_the_same_placeholders(ts: Path) -> None:
    unfinished, wrong = [], []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            unfinished.append(f"{context}: {source}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("ts", CATALOGUES, ids=lambda path: path.stem)
def test_compiled_catalogue_matches_its_source(ts: Path) -> None:
    """The committed .qm gives every translation of the .ts (run `make translations`)."""
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    stale = [
        f"{context}: {source}"
        for context, source, translation in messages(ts)
        if translator.translate(context, source) != (translation.text or "")
    ]
    assert not stale, f"{len(stale)} messages differ from the .qm, e.g. {stale[:3]}"


def test_burmese_shows_in_the_editor(qtbot: QtBot, app_language: QCoreApplication) -> None:
    assert install_translator(app_language, "my") == "my"
    editor = CaseEditor()
    qtbot.addWidget(editor)
    labels = [label.text() for label in editor.findChildren(QLabel)]
    assert any(MYANMAR.search(text) for text in labels)
    assert MYANMAR.search(editor.section_list.item(0).text())


def test_system_language_and_unknown_codes_fall_back(app_language: QCoreApplication) -> None:
    assert install_translator(app_language, "xx") == "en"
    assert QCoreApplication.translate("Section", "Applicant") == "Applicant"
    assert install_translator(app_language, None) in available_languages()
    assert install_translator(app_language, "hi") == "hi"
    assert QCoreApplication.translate("Section", "Applicant") != "Applicant"
    assert install_translator(app_language, "en") == "en"
    assert QCoreApplication.translate("Section", "Applicant") == "Applicant"


def test_preferences_offer_each_language_in_its_own_script(qtbot: QtBot) -> None:
    dialog = PreferencesDialog(5, 7, language="hi")
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(index) for index in range(combo.count())]
    assert names[1:] == ["English", "မြန်မာ (Burmese)", "हिन्दी (Hindi)"]
    assert dialog.language() == "hi"
    combo.setCurrentIndex(0)
    assert dialog.language() == "system"
    assert any("next start" in label.text() for label in dialog.findChildren(QLabel))


# --- the pseudo-locale ---------------------------------------------------------------------------
def lengthen(text: str) -> str:
    """Each line 40% longer, in brackets, placeholders and mnemonics kept as they are."""
    lines = []
    for line in text.split("\n"):
        extra = max(2, math.ceil(len(line) * 0.4))
        lines.append("[" + line + "~" * (extra - 2) + "]")
    return "\n".join(lines)


def pseudo_catalogue(folder: Path, code: str) -> Path:
    """Every string of the interface, lengthened, compiled as asylum_desk_<code>.qm."""
    ts = folder / f"asylum_desk_{code}.ts"
    sources = sorted(str(path) for path in (ROOT / "asylum_desk" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = lengthen(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


def cut_off(widget: QWidget) -> bool:
    """Whether a text widget is narrower than its text needs."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text():
            return False
        return widget.width() < widget.sizeHint().width()
    if isinstance(widget, QGroupBox):
        if not widget.title():
            return False
        return widget.width() < widget.minimumSizeHint().width()
    if isinstance(widget, QAbstractButton):
        return bool(widget.text()) and widget.width() < widget.sizeHint().width()
    return False


def truncated_in(page: QWidget, top: QWidget) -> list[str]:
    """Cut-off texts under ``page``: widgets, table column headings, and a page too wide."""
    kinds = (QLabel, QCheckBox, QPushButton, QRadioButton, QGroupBox)
    found = []
    for table in page.findChildren(QTableView):
        if not table.isVisibleTo(top):
            continue
        header = table.horizontalHeader()
        last = header.count() - 1
        for column in range(header.count()):
            if header.isSectionHidden(column) or (column == last and header.stretchLastSection()):
                continue
            needed = header.sectionSizeFromContents(column).width()
            if header.sectionSize(column) < needed:
                title = table.model().headerData(column, Qt.Orientation.Horizontal)
                found.append(f"column {title!r}: {header.sectionSize(column)} < {needed}")
    if isinstance(page, QScrollArea) and page.horizontalScrollBar().maximum() > 0:
        found.append(f"the page scrolls sideways by {page.horizontalScrollBar().maximum()} px")
    for widget in page.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(top) and cut_off(widget):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            needed = (
                widget.minimumSizeHint() if isinstance(widget, QGroupBox) else widget.sizeHint()
            ).width()
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {needed}")
    return found


@pytest.mark.parametrize(
    ("code", "direction", "pseudo"),
    [
        ("xx", Qt.LayoutDirection.LeftToRight, True),
        ("ar", Qt.LayoutDirection.RightToLeft, True),
        ("my", Qt.LayoutDirection.LeftToRight, False),
        ("hi", Qt.LayoutDirection.LeftToRight, False),
    ],
    ids=["pseudo-40%", "pseudo-40%-right-to-left", "burmese", "hindi"],
)
def test_longer_texts_fit_every_section_of_the_editor(
    qtbot: QtBot,
    tmp_path: Path,
    app_language: QCoreApplication,
    request: pytest.FixtureRequest,
    code: str,
    direction: Qt.LayoutDirection,
    pseudo: bool,
) -> None:
    """The pseudo-locales, and the real Burmese and Hindi, at the window's default size."""
    folder = tmp_path if pseudo else None
    if pseudo:
        pseudo_catalogue(tmp_path, code)
    assert install_translator(app_language, code, folder=folder) == code
    assert QApplication.layoutDirection() == direction
    main: MainWindow = request.getfixturevalue("window")  # built after the translator
    unlocked(qtbot, main)
    main.new_case()
    editor = main.panel.editor
    assert editor.section_list.item(0).text() != "Applicant"
    problems: dict[str, list[str]] = {}
    sections = editor.section_list
    for row in range(sections.count()):
        needed = sections.sizeHintForColumn(0)
        if sections.viewport().width() < needed:
            problems.setdefault("section list", []).append(
                f"{sections.item(row).text()!r}: {sections.viewport().width()} < {needed}"
            )
            break
    for name in SECTION_NAMES:
        editor.show_section(name)
        page = editor.current_section()
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        found = truncated_in(page, main)
        if found:
            problems[name] = found
    assert not problems, problems
