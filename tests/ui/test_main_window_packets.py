"""Packets from the main window: Ctrl+P on the open case, batch from the list, closed on lock."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from asylum_desk.ui.batch_print import BatchPrintDialog
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.packet_dialog import PacketDialog
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below


def first_case(window: MainWindow) -> str:
    return str(window.model.data(window.model.index(0, 0)))


def packet_dialogs(window: MainWindow) -> list[PacketDialog]:
    return [d for d in window.findChildren(PacketDialog) if d.isVisible()]


def test_ctrl_p_opens_the_packet_of_the_open_case(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    assert window.print_action.isEnabled()
    number = first_case(window)
    window.open_case(number)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(packet_dialogs(window)), timeout=10_000)
    dialog = packet_dialogs(window)[0]
    assert dialog.case_number == number
    assert dialog.disclosure.text()  # the summary is there before anything is made


def test_unsaved_edits_must_be_saved_before_a_packet(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    window.open_case(first_case(window))
    notes = window.panel.findChildren(QPlainTextEdit)[0]
    notes.setPlainText(notes.toPlainText() + " more")
    assert window.panel.is_modified
    window.print_action.trigger()
    assert not packet_dialogs(window)
    assert "Save the case first" in window.statusBar().currentMessage()


def test_a_new_unsaved_case_has_no_packet(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    window.new_case()
    window.print_action.trigger()
    assert not packet_dialogs(window)
    assert "Open a saved case" in window.statusBar().currentMessage()


def test_locking_closes_the_packet_dialog(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    window.open_case(first_case(window))
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(packet_dialogs(window)), timeout=10_000)
    window.lock()
    QApplication.processEvents()
    assert not packet_dialogs(window)
    assert not window.print_action.isEnabled()


def test_batch_print_takes_the_cases_selected_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    window.print_selected_packets()
    assert "Select the cases" in window.statusBar().currentMessage()
    selection = window.case_list.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (0, 2):
        selection.select(window.model.index(row, 0), flags)
    expected = [str(window.model.data(window.model.index(row, 0))) for row in (0, 2)]
    assert window.case_list.selected_case_numbers() == expected
    window.batch_print_action.trigger()
    dialogs = [d for d in window.findChildren(BatchPrintDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].case_numbers == expected
    window.lock()
    QApplication.processEvents()
    assert not [d for d in window.findChildren(BatchPrintDialog) if d.isVisible()]


def test_information_notice_is_shown_printed_and_saved(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from asylum_desk.ui.notice_dialog import NoticeDialog

    assert not window.notice_action.isEnabled()  # the office's name is inside the vault
    unlocked(qtbot, window)
    window.notice_action.trigger()
    dialog = next(d for d in window.findChildren(NoticeDialog) if d.isVisible())
    assert dialog.chosen_language() == "my"
    assert dialog.pdf.page_count >= 2  # Burmese, then English
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf_bytes)).pages)
    assert "Champhai field office" in text
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(100)
    dialog.choose_printer = lambda: printer  # type: ignore[method-assign]
    dialog.print_notice()
    assert len(PdfReader(printed).pages) == dialog.pdf.page_count
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.pdf.page_count == 1
    target = tmp_path / "notice.pdf"
    dialog.choose_save_path = lambda name: target  # type: ignore[method-assign]
    dialog.save()
    assert target.read_bytes() == dialog.pdf_bytes
    assert dialog.message.text() == "Saved notice.pdf."
