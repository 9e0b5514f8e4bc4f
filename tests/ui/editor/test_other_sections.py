"""Dependents, flight, service record, crossing, documents and scans, consent and notes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import CaseStatus, ReasonCategory
from asylum_desk.domain.model import Attachment, Case, Consent, Dependent, Person, Reason
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.ui.editor import CaseEditor
from asylum_desk.ui.editor.service_section import CONDUCT_HINT
from tests import scan_samples
from tests.conftest import canary_case
from tests.ui.editor.helpers import make_editor, shown_text, type_text


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[CaseEditor]:
    yield make_editor(qtbot)


def _png(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(path), "PNG")
    return path


# --- dependents ------------------------------------------------------------------------------
def test_selecting_a_dependent_shows_and_edits_the_full_form(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    editor.load(demo_cases()[3])
    section = editor.dependents
    section.table.select_row(1)
    assert section.form.given_names.text() == "Su Myat Noe"
    assert section.form.relationship.text() == "daughter"
    section.form.given_names.selectAll()
    qtbot.keyClicks(section.form.given_names, "Su Su")
    type_text(section.form.ethnicity, "ဗမာ")
    dependent = editor.case().dependents[1]
    assert dependent.given_names == "Su Su"
    assert dependent.ethnicity == "ဗမာ"
    assert section.model.index(1, 1).data() == "Su Su"
    assert editor.case().dependents[0] == demo_cases()[3].dependents[0]


def test_adding_a_dependent_then_undo(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.load(demo_cases()[0])
    editor.show_section("dependents")
    section = editor.dependents
    assert section.details.isHidden()
    section.table.add_button.click()
    assert not section.details.isHidden()
    qtbot.keyClicks(section.form.relationship, "cousin")
    qtbot.keyClicks(section.form.date_of_birth, "2010-13")
    assert editor.case().dependents == [Dependent(relationship="cousin")]
    problems = dict(editor.validation_problems())
    assert problems["dependents[0].date_of_birth"].startswith("2010-13 is not a date")
    editor.undo()
    assert editor.case().dependents == []
    editor.redo()
    assert editor.case().dependents[0].relationship == "cousin"
    assert section.form.date_of_birth.text() == "2010-13"


def test_an_anonymous_dependent_needs_a_pseudonym(editor: CaseEditor) -> None:
    editor.load(Case(applicant=Person(), dependents=[Dependent(relationship="son")]))
    editor.dependents.form.anonymous.click()
    assert "dependents[0].anonymity.pseudonym" in dict(editor.validation_problems())
    assert not editor.dependents.banner.isHidden()


# --- flight ----------------------------------------------------------------------------------
def test_reasons_keep_their_order_and_new_ones_come_last(editor: CaseEditor) -> None:
    editor.load(demo_cases()[0])
    flight = editor.flight
    flight.reason_boxes[ReasonCategory.CIVIL_DISOBEDIENCE].click()
    flight.reason_boxes[ReasonCategory.RELIGION].click()
    flight.reason_details[ReasonCategory.RELIGION].setText("Attacks on his monastery")
    assert editor.case().flight.reasons == [
        demo_cases()[0].flight.reasons[0],
        demo_cases()[0].flight.reasons[2],
        Reason(ReasonCategory.RELIGION, "Attacks on his monastery"),
    ]
    assert not flight.reason_details[ReasonCategory.CIVIL_DISOBEDIENCE].isEnabled()


def test_a_burmese_statement_is_typed_and_kept(editor: CaseEditor) -> None:
    editor.load(Case(applicant=Person()))
    type_text(editor.flight.text, "ကျွန်တော် မပစ်နိုင်ပါ။")
    editor.flight.language.setText("my")
    statement = editor.case().flight.statement
    assert statement is not None
    assert statement.text == "ကျွန်တော် မပစ်နိုင်ပါ။"
    assert statement.language == "my"
    editor.flight.text.clear()
    editor.flight.language.clear()
    assert editor.case().flight.statement is None


def test_events_can_be_added_and_moved(editor: CaseEditor) -> None:
    editor.load(demo_cases()[0])
    table = editor.flight.events_table
    table.select_row(4)
    table.up_button.click()
    events = editor.case().flight.events
    assert events[3].description.startswith("Crossed the Tiau river")
    table.add_button.click()
    assert "flight.events[5].description" in dict(editor.validation_problems())


# --- service record --------------------------------------------------------------------------
def test_unticking_service_gives_no_record_and_the_conduct_hint_is_shown(
    editor: CaseEditor,
) -> None:
    editor.load(demo_cases()[0])
    section = editor.service
    hints = [row.hint.text() for form in section.forms for row in form.rows.values()]
    assert CONDUCT_HINT in hints
    section.refusal_box.setChecked(False)
    record = editor.case().service_record
    assert record is not None and record.refusal is None
    section.served.click()
    assert editor.case().service_record is None
    assert not section.content.isEnabled()


def test_pseudonym_lists_are_one_per_line(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.load(Case(applicant=Person()))
    editor.service.served.click()
    qtbot.keyClicks(editor.service.colleagues, "Colleague A")
    editor.service.colleagues.appendPlainText("Colleague B")
    record = editor.case().service_record
    assert record is not None
    assert record.colleagues_who_fled == ["Colleague A", "Colleague B"]


# --- crossing --------------------------------------------------------------------------------
def test_unticking_the_crossing_gives_none_and_ticking_keeps_the_fields(
    editor: CaseEditor,
) -> None:
    original = canary_case()
    editor.load(original)
    editor.crossing.box.setChecked(False)
    assert editor.case().crossing is None
    editor.crossing.box.setChecked(True)
    assert editor.case().crossing == original.crossing


def test_a_wrong_crossing_date_is_reported_only_while_ticked(editor: CaseEditor) -> None:
    editor.load(canary_case())
    editor.crossing.date.setText("9 March")
    assert "crossing.date" in dict(editor.validation_problems())
    assert "is not a date" in shown_text(editor.crossing.form.rows["date"].error)
    editor.crossing.box.setChecked(False)
    assert editor.validation_problems() == []


# --- documents and scans ---------------------------------------------------------------------
def test_a_png_added_shows_a_thumbnail_and_ends_up_in_the_case(
    editor: CaseEditor, tmp_path: Path
) -> None:
    editor.load(demo_cases()[0])
    path = _png(tmp_path / "police-id.png")
    editor.add_attachment_file(path)
    listing = editor.documents.attachment_list
    assert listing.count() == 1
    assert listing.item(0).text() == "police-id.png"
    assert not listing.item(0).icon().isNull()
    [attachment] = editor.case().attachments
    assert attachment == Attachment("police-id.png", "image/png", path.read_bytes())
    assert editor.is_modified()
    editor.show_section("documents")
    editor.undo()
    assert editor.case().attachments == []
    assert listing.count() == 0


def test_a_pdf_gets_a_file_icon_and_other_files_are_refused(
    editor: CaseEditor, tmp_path: Path
) -> None:
    editor.load(Case(applicant=Person()))
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(scan_samples.pdf())
    editor.add_attachment_file(pdf)
    assert editor.case().attachments[0].media_type == "application/pdf"
    assert not editor.documents.attachment_list.item(0).icon().isNull()
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    with pytest.raises(ValueError, match="not a PNG, JPEG or PDF file"):
        editor.add_attachment_file(text)
    assert len(editor.case().attachments) == 1


def test_stored_attachments_are_shown_and_removed(editor: CaseEditor) -> None:
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG")
    case = Case(applicant=Person(), attachments=[
        Attachment("scan.jpg", "image/jpeg", bytes(data.data()), "front of the card"),
    ])
    editor.load(case)
    assert editor.case() == case
    editor.documents.attachment_list.setCurrentRow(0)
    editor.documents.remove_file_button.click()
    assert editor.case().attachments == []


# --- consent ---------------------------------------------------------------------------------
def test_no_consent_by_default_and_ticks_make_consent_records(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    editor.load(Case(applicant=Person()))
    assert editor.case().consents == []
    unhcr = next(row for row in editor.consent.rows if row.recipient == "unhcr")
    assert not unhcr.identity.isEnabled()
    unhcr.given.click()
    unhcr.identity.click()
    qtbot.keyClicks(unhcr.given_on, "2026-03-05")
    qtbot.keyClicks(unhcr.obtained_by, "Rohan Dasgupta")
    assert editor.case().consents == [
        Consent("unhcr", True, False, PartialDate(2026, 3, 5), "Rohan Dasgupta"),
    ]
    unhcr.given.click()
    assert editor.case().consents == []


def test_an_extra_recipient_already_in_the_case_gets_its_own_row(editor: CaseEditor) -> None:
    case = Case(applicant=Person(), consents=[Consent("counsel", True), Consent("ngo-legal", True)])
    editor.load(case)
    assert [row.recipient for row in editor.consent.rows] == [
        "government", "unhcr", "counsel", "ngo-legal",
    ]
    assert editor.case() == case
    editor.load(Case(applicant=Person()))
    assert len(editor.consent.rows) == 3


def test_packet_ready_without_consent_is_a_problem(editor: CaseEditor) -> None:
    editor.load(demo_cases()[3])
    assert editor.validation_problems() == []
    for row in editor.consent.rows:
        row.given.setChecked(False)
    problems = dict(editor.validation_problems())
    assert problems["consents"].startswith("At least one consent is required")
    assert "At least one consent" in shown_text(editor.consent.error)
    editor.applicant.status.set_value(CaseStatus.INTERVIEWED)
    assert "consents" not in dict(editor.validation_problems())


# --- notes -----------------------------------------------------------------------------------
def test_a_new_note_is_dated_today_and_needs_text(editor: CaseEditor, qtbot: QtBot) -> None:
    editor.load(Case(applicant=Person()))
    editor.show_section("notes")
    editor.notes.table.add_button.click()
    assert "notes[0].text" in dict(editor.validation_problems())
    detail = editor.notes.table.detail
    assert detail is not None and detail.isEnabled()
    qtbot.keyClicks(detail, "Asked for a female interpreter.")
    [note] = editor.case().notes
    assert note.text == "Asked for a female interpreter."
    assert note.written_on is not None and note.written_on.is_complete
    assert editor.validation_problems() == []
