"""Packet… and batch printing driven through the real widgets; printed and saved PDFs read back."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.ui.batch_print import BatchPrintDialog
from asylum_desk.ui.packet_dialog import PREVIEW, PacketDialog
from asylum_desk.ui.pdf_printing import InMemoryPdf, render_page
from asylum_desk.ui.save_packet_dialog import SavePacketDialog
from tests.conftest import CANARY_NAME, canary_case
from tests.packets.test_burmese_text_layer import pdftotext

WAIT_MS = 30_000


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes what it is sent to a PDF file (the offscreen stand-in)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def actions(vault: OpenVault, number: str) -> list[str]:
    return [entry.action for entry in case_history(vault, number)]


@pytest.fixture
def case_number(vault: OpenVault) -> str:
    return CaseService(vault).create_case(canary_case())


@pytest.fixture
def dialog(qtbot: QtBot, vault: OpenVault, case_number: str) -> PacketDialog:
    widget = PacketDialog(vault, case_number)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def make(qtbot: QtBot, dialog: PacketDialog) -> None:
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=WAIT_MS)


def choose(dialog: PacketDialog, recipient: str) -> None:
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(recipient))


def test_summary_tells_what_each_recipient_gets_before_anything_is_made(
    dialog: PacketDialog, vault: OpenVault, case_number: str
) -> None:
    recipients = [dialog.recipient.itemData(i) for i in range(dialog.recipient.count())]
    assert recipients == ["government", "unhcr", "counsel"]
    choose(dialog, "government")
    text = dialog.disclosure.text()
    assert "pseudonym" in text
    assert "real name (all scripts) and aliases" in text
    assert "lacks" in text  # no consent for the government: the completeness check says so
    assert CANARY_NAME not in text
    assert "packet" not in actions(vault, case_number)  # nothing made yet


def test_preview_shows_the_real_pdf_and_leaves_out_what_is_withheld(
    qtbot: QtBot, dialog: PacketDialog, vault: OpenVault, case_number: str
) -> None:
    choose(dialog, "government")
    make(qtbot, dialog)
    packet = dialog.packet
    assert packet is not None
    assert dialog.view.document() is dialog.pdf.document
    assert (
        dialog.pdf.page_count == packet.page_count == len(PdfReader(io.BytesIO(packet.pdf)).pages)
    )
    assert f"{packet.page_count} pages" in dialog.preview_info.text()
    image = render_page(dialog.pdf, 0, 40)
    assert not image.isNull() and image.width() > 100
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(packet.pdf)).pages)
    assert CANARY_NAME not in text
    assert "packet" in actions(vault, case_number)


def test_documents_left_unticked_are_not_in_the_packet(qtbot: QtBot, dialog: PacketDialog) -> None:
    for row in range(dialog.documents.count()):
        item = dialog.documents.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in {"coi", "statement"}:
            item.setCheckState(Qt.CheckState.Unchecked)
    cover = dialog.documents.item(0)
    assert cover.data(Qt.ItemDataRole.UserRole) == "cover_letter"
    assert not cover.flags() & Qt.ItemFlag.ItemIsUserCheckable  # required: cannot be unticked
    make(qtbot, dialog)
    assert dialog.packet is not None
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.packet.pdf)).pages)
    assert "Cover letter" in text and "Consent record" in text
    assert "Statement of reasons for flight" not in text
    assert "country-of-origin information" not in text


def test_print_sends_every_page_and_is_logged(
    qtbot: QtBot, dialog: PacketDialog, vault: OpenVault, case_number: str, tmp_path: Path
) -> None:
    make(qtbot, dialog)
    printed = tmp_path / "printer-output.pdf"
    dialog.choose_printer = lambda: pdf_printer(printed)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.packet is not None
    assert len(PdfReader(printed).pages) == dialog.packet.page_count
    assert f"Sent {dialog.packet.page_count} pages" in dialog.message.text()
    assert "print" in actions(vault, case_number)


def test_save_with_password_writes_an_encrypted_file(
    qtbot: QtBot, dialog: PacketDialog, vault: OpenVault, case_number: str, tmp_path: Path
) -> None:
    make(qtbot, dialog)
    options = SavePacketDialog(8, dialog)
    options.password.setText("correct horse 42")
    options.repeat.setText("correct horse 42")
    options.accept()
    target = tmp_path / "out.pdf"
    dialog.ask_save_options = lambda: options  # type: ignore[method-assign]
    dialog.choose_save_path = lambda name: target  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(target)
    assert reader.is_encrypted
    assert reader.decrypt("correct horse 42")
    assert "with a password" in dialog.message.text()
    assert options.password.text() == ""  # the password does not linger in the widget
    assert "save" in actions(vault, case_number)
    assert (target.stat().st_mode & 0o077) == 0


def test_save_refuses_short_or_different_passwords(qtbot: QtBot) -> None:
    options = SavePacketDialog(8)
    qtbot.addWidget(options)
    options.password.setText("short")
    options.repeat.setText("short")
    options.accept()
    assert options.result() != QDialog.DialogCode.Accepted
    assert "at least 8" in options.problem.text()
    options.password.setText("long enough one")
    options.repeat.setText("long enough two")
    options.accept()
    assert "not the same" in options.problem.text()
    options.plain.setChecked(True)
    options.accept()
    assert options.result() == QDialog.DialogCode.Accepted
    assert options.file_password() is None


def test_save_into_a_missing_folder_says_so_and_writes_nothing(
    qtbot: QtBot, dialog: PacketDialog, vault: OpenVault, case_number: str, tmp_path: Path
) -> None:
    make(qtbot, dialog)
    options = SavePacketDialog(8, dialog)
    options.plain.setChecked(True)
    options.accept()
    target = tmp_path / "no such folder" / "out.pdf"
    dialog.ask_save_options = lambda: options  # type: ignore[method-assign]
    dialog.choose_save_path = lambda name: target  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("Not saved: ")
    assert "does not exist" in dialog.message.text()
    assert not target.parent.exists()
    assert "save" not in actions(vault, case_number)


def test_back_forgets_the_packet_made(qtbot: QtBot, dialog: PacketDialog) -> None:
    make(qtbot, dialog)
    assert dialog.pdf.page_count > 0
    dialog.back()
    assert dialog.packet is None
    assert dialog.pdf.page_count == 0
    assert dialog.pdf.document.status() != dialog.pdf.document.Status.Ready
    assert dialog.pages.currentIndex() == 0


def test_unreadable_bytes_are_refused_with_a_message(qtbot: QtBot) -> None:
    with pytest.raises(RuntimeError, match="could not be read back"):
        InMemoryPdf(b"%PDF-1.4 not really a pdf")


def test_batch_prints_every_selected_case_in_one_job(
    qtbot: QtBot, vault: OpenVault, tmp_path: Path
) -> None:
    service = CaseService(vault)
    numbers = [service.create_case(case) for case in demo_cases()[:3]]
    batch = BatchPrintDialog(vault, numbers)
    batch.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(batch)
    batch.recipient.setCurrentIndex(batch.recipient.findData("unhcr"))
    printed = tmp_path / "batch.pdf"
    batch.choose_printer = lambda: pdf_printer(printed)  # type: ignore[method-assign]
    batch.show()
    qtbot.mouseClick(batch.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not batch.running, timeout=WAIT_MS * 3)
    assert batch.printed == numbers and not batch.failed
    assert len(PdfReader(printed).pages) == batch.pages > 3 * 5
    assert f"Printed 3 of 3 packets ({batch.pages} pages)." in batch.result_label.text()
    for number in numbers:
        assert "print" in actions(vault, number)


def test_batch_cancel_stops_after_the_packet_in_hand(
    qtbot: QtBot, vault: OpenVault, tmp_path: Path
) -> None:
    service = CaseService(vault)
    numbers = [service.create_case(case) for case in demo_cases()[:4]]
    batch = BatchPrintDialog(vault, numbers)
    batch.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(batch)
    printed = tmp_path / "batch.pdf"
    batch.choose_printer = lambda: pdf_printer(printed)  # type: ignore[method-assign]
    batch.show()
    batch.start()
    assert batch.progress is not None
    cancel_button = batch.progress.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not batch.running, timeout=WAIT_MS)
    assert batch.cancelled
    assert batch.printed == numbers[:1]
    assert "Cancelled" in batch.result_label.text()
    assert "print" not in actions(vault, numbers[-1])


def test_making_and_previewing_leaves_no_file_anywhere(
    qtbot: QtBot,
    vault: OpenVault,
    case_number: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The packet lives in memory: no temporary file in TMPDIR, the home or the vault folder."""
    import tempfile

    scratch = tmp_path / "scratch"
    home = tmp_path / "home"
    scratch.mkdir()
    home.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(tempfile, "tempdir", None)
    vault_files_before = sorted(p.name for p in vault.files.folder.iterdir())
    widget = PacketDialog(vault, case_number)
    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(widget)
    widget.show()
    make(qtbot, widget)
    render_page(widget.pdf, 0, 72)
    widget.accept()
    assert list(scratch.rglob("*")) == []
    assert list(home.rglob("*")) == []
    assert sorted(p.name for p in vault.files.folder.iterdir()) == vault_files_before


def test_zoom_choices_change_the_view(qtbot: QtBot, dialog: PacketDialog) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    make(qtbot, dialog)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.zoom.setCurrentIndex(dialog.zoom.findText("Whole page"))
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView
    dialog.zoom.setCurrentIndex(dialog.zoom.findText("Actual size"))
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == 1.0


def test_letter_language_is_offered_only_where_there_is_a_choice(
    qtbot: QtBot, dialog: PacketDialog
) -> None:
    choose(dialog, "government")
    assert not dialog.letter.isHidden()
    assert [dialog.letter.itemData(i) for i in range(dialog.letter.count())] == ["en", "hi"]
    assert dialog.letter.itemText(1) == "हिन्दी (Hindi)"
    assert dialog.chosen_letter_language() == "en"
    choose(dialog, "unhcr")
    assert dialog.letter.isHidden()
    assert dialog.chosen_letter_language() == "en"
    choose(dialog, "government")
    assert not dialog.letter.isHidden()
    dialog.letter.setCurrentIndex(dialog.letter.findData("hi"))
    make(qtbot, dialog)
    assert dialog.packet is not None and dialog.packet.letter_language == "hi"
    text = pdftotext(dialog.packet.pdf)
    assert re.search("[\u0900-\u097f]", text)
    assert "गोपनीय — मूल देश के अधिकारियों के साथ साझा न करें" in text
