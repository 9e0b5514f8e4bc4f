"""Qt's own texts in Burmese and Hindi: our ``qt_standard_<code>`` catalogues (Qt has none).

Real widgets built after ``install_translator``: standard dialog buttons, the wizard's buttons,
message boxes, a text field's context menu, the widget-based file dialog, the print dialog
(printer, copies, options), its page setup, the print preview, a progress dialog's Cancel and a
scroll bar's context menu. Then the catalogues themselves: complete, Qt's exact source texts,
placeholders and mnemonics kept, and the committed ``.qm`` files compiled from the current ``.ts``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPoint, Qt, QTranslator
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollBar,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from asylum_desk.resources import resource_path
from asylum_desk.ui.i18n import QT_STANDARD_PREFIX, install_translator, remove_translators

BIN = Path(sys.executable).parent
FOLDER = resource_path("translations")
SCRIPTS = {
    "my": re.compile("[\u1000-\u109f]"),  # Myanmar
    "hi": re.compile("[\u0900-\u097f]"),  # Devanagari
}
LANGUAGES = sorted(SCRIPTS)
PLACEHOLDER = re.compile(r"%\d+")
MNEMONIC = re.compile(r"&(?!&)(.)")
Button = QDialogButtonBox.StandardButton
Wizard = QWizard.WizardButton


def catalogue(code: str) -> Path:
    return FOLDER / f"{QT_STANDARD_PREFIX}{code}.ts"


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: {message.findtext('source')}"
            found.append((name, message.findtext("source") or "", translation))
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The application without translators, and left to right, after the test."""
    yield qapp
    remove_translators(qapp)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, english: QApplication) -> str:
    """Burmese, then Hindi, installed before the widgets are built."""
    code: str = request.param
    assert install_translator(english, code) == code
    return code


def in_script(code: str, text: str) -> bool:
    return bool(SCRIPTS[code].search(text))


# --- real widgets --------------------------------------------------------------------------------
def test_dialog_buttons_are_in_the_language(qtbot: QtBot, language: str) -> None:
    box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Close | Button.Save)
    qtbot.addWidget(box)
    texts = {which: box.button(which).text() for which in (Button.Ok, Button.Cancel, Button.Close)}
    assert all(in_script(language, text) for text in texts.values()), texts
    assert not {"OK", "Cancel", "Close"} & set(texts.values())
    assert in_script(language, box.button(Button.Save).text())


def test_wizard_buttons_are_in_the_language(qtbot: QtBot, language: str) -> None:
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(wizard.isVisible)
    next_text = wizard.button(Wizard.NextButton).text()
    assert in_script(language, next_text) and next_text.endswith(">(&N)"), next_text
    wizard.next()
    back_text = wizard.button(Wizard.BackButton).text()
    finish_text = wizard.button(Wizard.FinishButton).text()
    assert in_script(language, back_text) and back_text.startswith("< "), back_text
    assert in_script(language, finish_text) and finish_text.endswith("(&F)"), finish_text
    assert in_script(language, wizard.button(Wizard.CancelButton).text())


def test_message_box_yes_no_and_details(qtbot: QtBot, language: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    yes = box.button(QMessageBox.StandardButton.Yes).text()
    no = box.button(QMessageBox.StandardButton.No).text()
    assert in_script(language, yes) and yes.endswith("(&Y)"), yes
    assert in_script(language, no) and no.endswith("(&N)"), no
    others = [button.text() for button in box.buttons() if button.text() not in (yes, no)]
    assert others and all(in_script(language, text) for text in others), others  # Show Details


def test_text_field_context_menu(qtbot: QtBot, language: str) -> None:
    field = QLineEdit("words")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if action.text()]
    assert len(texts) >= 6
    assert all(in_script(language, text) for text in texts), texts
    menu.deleteLater()


def test_widget_file_dialog(qtbot: QtBot, language: str, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = QFileDialog.DialogLabel
    for which in (labels.LookIn, labels.FileName, labels.FileType, labels.Accept, labels.Reject):
        assert in_script(language, dialog.labelText(which)), which


def test_print_preview(qtbot: QtBot, language: str) -> None:
    preview = QPrintPreviewDialog()
    qtbot.addWidget(preview)
    assert in_script(language, preview.windowTitle())
    actions = [action.text() for action in preview.findChildren(QAction) if action.text()]
    assert len(actions) >= 10
    assert all(in_script(language, text) for text in actions), actions


def english_sources(code: str, *contexts: str) -> set[str]:
    """The English texts of these contexts that the catalogue translates (not "mm" or "...")."""
    return {
        source
        for context, source, translation in messages(catalogue(code))
        if context in contexts and translation.text != source
    }


def shown_texts(widget: QWidget) -> tuple[list[str], list[str]]:
    """(group titles, tab and button texts; labels) of a dialog, the empty ones left out."""
    titled = [box.title() for box in widget.findChildren(QGroupBox)]
    titled += [
        tabs.tabText(i) for tabs in widget.findChildren(QTabWidget) for i in range(tabs.count())
    ]
    titled += [button.text() for button in widget.findChildren(QAbstractButton)]
    labels = [label.text() for label in widget.findChildren(QLabel)]
    return [text for text in titled if text], [text for text in labels if text]


def test_print_dialog_printer_copies_and_options(qtbot: QtBot, language: str) -> None:
    printer = QPrinter()
    # PDF: the same widgets whether or not the machine has printers.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    titled, labels = shown_texts(dialog)
    assert len(titled) >= 15 and len(labels) >= 5, (titled, labels)
    untranslated = [text for text in titled if text != "..." and not in_script(language, text)]
    assert not untranslated, untranslated
    english = english_sources(language, "QPrintWidget", "QPrintSettingsOutput")
    assert not english & {*titled, *labels}, english & {*titled, *labels}


@pytest.mark.qt_log_ignore("QPageSetupDialog: Cannot be used on non-native printers")
def test_page_setup(qtbot: QtBot, language: str) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog = QPageSetupDialog(printer)
    qtbot.addWidget(dialog)
    titled, labels = shown_texts(dialog)
    boxes = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert len(boxes) >= 4 and all(in_script(language, title) for title in boxes), boxes
    assert len(labels) >= 6 and all(in_script(language, text) for text in labels), labels
    assert not english_sources(language, "QPageSetupWidget") & {*titled, *labels}


def test_progress_dialog_cancel(qtbot: QtBot, language: str) -> None:
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    texts = [button.text() for button in dialog.findChildren(QPushButton)]
    assert len(texts) == 1 and in_script(language, texts[0]), texts


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("orientation", [Qt.Orientation.Vertical, Qt.Orientation.Horizontal])
def test_scroll_bar_context_menu(qtbot: QtBot, language: str, orientation: Qt.Orientation) -> None:
    bar = QScrollBar(orientation)
    bar.resize(200, 200)
    qtbot.addWidget(bar)
    bar.show()
    where = QPoint(10, 10)
    QApplication.sendEvent(
        bar, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, bar.mapToGlobal(where))
    )
    menus = bar.findChildren(QMenu)  # Qt pops the menu up without waiting for a choice
    assert len(menus) == 1
    texts = [action.text() for action in menus[0].actions() if action.text()]
    menus[0].close()
    assert len(texts) == 7 and all(in_script(language, text) for text in texts), texts


def test_english_again_after_the_translators_are_removed(
    qtbot: QtBot, english: QApplication
) -> None:
    assert install_translator(english, "my") == "my"
    assert in_script("my", QCoreApplication.translate("QPlatformTheme", "Cancel"))
    remove_translators(english)
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    qtbot.addWidget(box)
    assert [box.button(Button.Ok).text(), box.button(Button.Cancel).text()] == ["OK", "Cancel"]
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.button(Wizard.NextButton).text() == "&Next >"
    assert QCoreApplication.translate("QLineEdit", "&Copy") == "&Copy"


# --- the catalogues ------------------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_complete_with_placeholders_and_mnemonics(code: str) -> None:
    root = ET.parse(catalogue(code)).getroot()
    assert root.get("language") == {"my": "my_MM", "hi": "hi_IN"}[code]
    found = messages(catalogue(code))
    assert len(found) > 150
    problems = []
    for context, source, translation in found:
        text = translation.text or ""
        where = f"{context}: {source!r} -> {text!r}"
        if translation.get("type") or not text.strip():
            problems.append(f"unfinished {where}")
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders {where}")
        wanted = MNEMONIC.findall(source)
        given = MNEMONIC.findall(text)
        if len(given) != len(wanted) or [c.upper() for c in given] != [c.upper() for c in wanted]:
            problems.append(f"mnemonic {where}")
        if text != source and not in_script(code, text):
            problems.append(f"not in the script {where}")
    assert not problems, problems


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_sources_are_qts_own(code: str) -> None:
    """Each (context, source) is one Qt translates (typos would never match Qt's lookups)."""
    german = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not german.load("qtbase_de", folder):
        pytest.skip("Qt's German catalogue is not installed")
    unknown = [
        f"{context}: {source!r}"
        for context, source, _ in messages(catalogue(code))
        if not german.translate(context, source)
    ]
    assert not unknown, unknown


@pytest.mark.parametrize("code", LANGUAGES)
def test_committed_qm_is_compiled_from_the_ts(code: str, tmp_path: Path) -> None:
    committed = catalogue(code).with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(committed))
    stale = [
        f"{context}: {source!r}"
        for context, source, translation in messages(catalogue(code))
        if translator.translate(context, source) != (translation.text or "")
    ]
    assert not stale, f"run make translations; stale: {stale[:5]}"
    fresh = tmp_path / committed.name
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(catalogue(code)), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == committed.read_bytes(), "run make translations"
