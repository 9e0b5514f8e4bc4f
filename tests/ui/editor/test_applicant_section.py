"""The applicant page: typing names, partial dates, anonymity, codes, required-by-status rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.enums import CaseStatus, Vulnerability
from asylum_desk.domain.model import Case, Person
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.ui.editor import CaseEditor
from asylum_desk.ui.editor.labels import SENSITIVE_TOOLTIP
from tests.ui.editor.helpers import make_editor, shown_text, type_text

WRONG_DATE = "1994-13 is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[CaseEditor]:
    widget = make_editor(qtbot)
    widget.load(Case(applicant=Person()))
    yield widget


def test_typed_names_in_latin_and_burmese_end_up_in_the_case(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    form = editor.applicant.person
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClicks(form.given_names, "Aung Ko Ko")
    with qtbot.waitSignal(editor.changed):
        type_text(form.original_script, "အောင်ကိုကို")
    qtbot.keyClicks(form.aliases, "Aung Koko")
    qtbot.keyClick(form.aliases, Qt.Key.Key_Return)
    qtbot.keyClicks(form.aliases, "Ko Aung")
    applicant = editor.case().applicant
    assert applicant.given_names == "Aung Ko Ko"
    assert applicant.name_original_script == "အောင်ကိုကို"
    assert applicant.aliases == ["Aung Koko", "Ko Aung"]
    assert applicant.family_name is None
    assert editor.is_modified()


def test_a_field_holding_burmese_gets_a_font_tall_enough_for_it(editor: CaseEditor) -> None:
    caseworker = editor.applicant.caseworker
    plain_height = caseworker.sizeHint().height()
    caseworker.setText("မင်းသက်ပိုင်")
    assert caseworker.sizeHint().height() >= plain_height
    caseworker.setText("Esther")
    assert caseworker.sizeHint().height() == plain_height


def test_a_month_13_shows_an_inline_message_and_a_problem(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    row = editor.applicant.person.forms[1].rows["date_of_birth"]
    qtbot.keyClicks(editor.applicant.person.date_of_birth, "1994-13")
    qtbot.keyClick(editor.applicant.person.date_of_birth, Qt.Key.Key_Return)
    assert shown_text(row.error) == WRONG_DATE
    assert ("applicant.date_of_birth", WRONG_DATE) in editor.validation_problems()
    assert editor.case().applicant.date_of_birth is None
    editor.applicant.person.date_of_birth.setText("1994-12")
    assert shown_text(row.error) == ""
    assert editor.case().applicant.date_of_birth == PartialDate(1994, 12)
    assert editor.validation_problems() == []


@pytest.mark.parametrize("text", ["1994", "1994-05", "1994-05-17"])
def test_partial_dates_are_accepted(editor: CaseEditor, qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(editor.applicant.person.date_of_birth, text)
    assert editor.case().applicant.date_of_birth == PartialDate.parse(text)
    assert editor.validation_problems() == []


def test_anonymity_without_pseudonym_shows_the_banner_and_the_error(
    editor: CaseEditor, qtbot: QtBot
) -> None:
    form = editor.applicant.person
    form.anonymous.click()
    banner = editor.applicant.banner
    assert not banner.isHidden()
    assert "Anonymous applicant" in banner.text()
    error = form.forms[0].rows["anonymity.pseudonym"].error
    assert "pseudonym" in shown_text(error)
    assert [path for path, _ in editor.validation_problems()] == ["applicant.anonymity.pseudonym"]
    qtbot.keyClicks(form.pseudonym, "Applicant K")
    assert "«Applicant K»" in banner.text()
    assert shown_text(error) == ""
    assert editor.validation_problems() == []
    anonymity = editor.case().applicant.anonymity
    assert anonymity.requested and anonymity.pseudonym == "Applicant K"
    form.anonymous.click()
    assert banner.isHidden()


def test_highly_sensitive_fields_carry_a_lock_and_a_tooltip(editor: CaseEditor) -> None:
    background = editor.applicant.person.forms[2]
    ethnicity = background.rows["ethnicity"]
    religion = background.rows["religion"]
    assert ethnicity.label_widget is not ethnicity.label
    assert ethnicity.label.toolTip() == SENSITIVE_TOOLTIP
    assert religion.label_widget is religion.label


def test_every_input_has_an_accessible_name(editor: CaseEditor) -> None:
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton):
        for widget in editor.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts, such as a table's corner button
            is_button = isinstance(widget, QAbstractButton) and widget.text()
            assert widget.accessibleName() or is_button, widget


def test_bad_codes_are_reported_next_to_their_fields(editor: CaseEditor, qtbot: QtBot) -> None:
    form = editor.applicant.person
    qtbot.keyClicks(form.languages, "my, Burmese")
    qtbot.keyClicks(form.nationality, "Myanmar")
    problems = dict(editor.validation_problems())
    assert problems["applicant.languages[1]"].startswith("Burmese is not a language code")
    assert problems["applicant.nationality"].startswith("Myanmar is not a country code")
    assert "language code" in shown_text(form.forms[2].rows["languages"].error)
    assert editor.section_list.item(0).toolTip().endswith("2 problems")


def test_unticking_service_and_origin_gives_none(editor: CaseEditor) -> None:
    editor.load(demo_cases()[0])
    form = editor.applicant.person
    form.service_box.setChecked(False)
    form.origin_box.setChecked(False)
    applicant = editor.case().applicant
    assert applicant.service is None
    assert applicant.place_of_origin is None


def test_status_vulnerabilities_keep_order_and_add_new_ones_last(editor: CaseEditor) -> None:
    editor.load(demo_cases()[7])
    assert editor.case().vulnerabilities == [
        Vulnerability.ELDERLY, Vulnerability.MEDICAL, Vulnerability.CHILD,
    ]
    editor.applicant.vulnerability_boxes[Vulnerability.TORTURE_SURVIVOR].click()
    editor.applicant.vulnerability_boxes[Vulnerability.MEDICAL].click()
    assert editor.case().vulnerabilities == [
        Vulnerability.ELDERLY, Vulnerability.CHILD, Vulnerability.TORTURE_SURVIVOR,
    ]


def test_a_drafted_statement_is_required_from_statement_drafted_on(editor: CaseEditor) -> None:
    editor.applicant.status.set_value(CaseStatus.STATEMENT_DRAFTED)
    problems = dict(editor.validation_problems())
    assert "flight.statement.text" in problems
    editor.flight.text.setPlainText("ကျွန်တော် ငြင်းဆန်ခဲ့ပါသည်။")
    assert "flight.statement.text" not in dict(editor.validation_problems())
