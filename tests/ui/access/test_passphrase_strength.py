"""The strength estimate is honest about common passwords, patterns and length."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from asylum_desk.ui.passphrase_strength import (
    MIN_PASSPHRASE_LENGTH,
    NewPassphraseFields,
    StrengthMeter,
    assess,
)


def test_a_few_words_beat_a_common_password() -> None:
    assert assess("password").score < assess("correct horse battery staple").score
    assert assess("correct horse battery staple").score == 4


def test_common_passwords_with_decorations_are_very_weak() -> None:
    for common in ("password", "Password1!", "P@ssw0rd", "qwerty123", "iloveyou"):
        assert assess(common).score == 0, common


def test_repeats_and_sequences_count_for_little() -> None:
    for patterned in ("aaaaaaaaaaaa", "abcdefghijklmnop", "qwertyuiopasdf", "abcabcabcabc"):
        strength = assess(patterned)
        assert strength.score == 0, patterned
        assert "sequences" in strength.hint


def test_short_passphrases_are_not_long_enough() -> None:
    short = assess("k#9Lm2q")
    assert not short.long_enough
    assert short.score == 0
    assert f"at least {MIN_PASSPHRASE_LENGTH} characters" in short.hint
    assert assess("k#9Lm2qz").long_enough


def test_own_names_are_marked_down() -> None:
    plain = assess("amara champhai wolf river")
    named = assess("amara champhai wolf river", avoid=["amara", "Champhai field office"])
    assert named.score < plain.score
    assert "your own name" in named.hint


def test_meter_shows_label_and_hint(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("correct horse battery staple")
    assert meter.bar.value() == 4
    assert "Strong" in meter.label.text()
    meter.set_passphrase("")
    assert meter.bar.value() == 0
    assert "at least 8 characters" in meter.label.text()


def test_fields_accept_only_matching_long_enough_passphrases(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    fields = NewPassphraseFields(host)
    assert fields.add_to(QGridLayout(host), 0) == 5
    qtbot.keyClicks(fields.passphrase_edit, "correct horse")
    qtbot.keyClicks(fields.confirm_edit, "correct horsf")
    assert not fields.is_acceptable()
    assert not fields.mismatch_label.isHidden()
    fields.confirm_edit.clear()
    qtbot.keyClicks(fields.confirm_edit, "correct horse")
    assert fields.is_acceptable()
    assert fields.mismatch_label.isHidden()
    assert fields.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    fields.show_checkbox.setChecked(True)
    assert fields.confirm_edit.echoMode() == QLineEdit.EchoMode.Normal
    fields.clear()
    assert fields.passphrase() == "" and not fields.show_checkbox.isChecked()
