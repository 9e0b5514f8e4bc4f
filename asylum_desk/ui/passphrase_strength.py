"""Choosing a new passphrase: an honest strength estimate, its meter, and the entry fields.

The estimate follows the simple NIST SP 800-63 (2004) rule of thumb — early characters
count more than later ones — after removing what a guesser tries first: the most common
passwords, repeated characters, sequences like "abc" or "123", keyboard rows, repeated
chunks and the person's own names. It never claims more than that: the 8-character minimum
is the only hard rule (the same as the command line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MIN_PASSPHRASE_LENGTH = 8
MAX_SCORE = 4

LABELS = (
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Good"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
)
# Bits (by the rule of thumb) needed for scores 1..4. Argon2id makes each guess slow, so a
# phrase of four ordinary words (about 44 "bits") already counts as strong.
_THRESHOLDS = (22.0, 30.0, 36.0, 42.0)
_COLOURS = ("#b3261e", "#c25e00", "#9a7b00", "#3b7d3b", "#2e6b4f")

# The most common passwords in public breach lists (lower case); anything built on one of
# these, with digits or symbols added at the end, is guessed within seconds.
_COMMON_TEXT = """
    123456 123456789 12345678 password qwerty 12345 1234567 111111 123123 abc123 1234567890
    password1 iloveyou 000000 qwerty123 1q2w3e4r 1qaz2wsx qwertyuiop 654321 666666 987654321
    121212 112233 123321 555555 7777777 11111111 88888888 dragon monkey letmein football
    baseball shadow master superman batman trustno1 sunshine princess welcome admin login
    passw0rd p@ssw0rd p@ssword changeme secret access starwars hello freedom whatever
    michael jennifer jordan charlie thomas daniel ashley michelle jessica nicole hunter
    soccer hockey killer pepper ginger summer flower cheese computer internet mustang
    harley ranger buster tigger matrix zxcvbnm asdfgh asdfghjkl qazwsx 123qwe qwe123
    aaaaaa loveme lovely family default guest test test123 temp12345 asylum asylumdesk
    refugee myanmar burma india mizoram police officer
"""
_COMMON = frozenset(_COMMON_TEXT.split())
_LEET = str.maketrans(
    {"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_KEYBOARD_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_TRAILING_NOISE = re.compile(r"[\d\W_]+$")


@dataclass(frozen=True, slots=True)
class Strength:
    """How hard a passphrase is to guess: ``score`` 0 (very weak) to 4 (strong)."""

    score: int
    label: str
    hint: str
    long_enough: bool


def assess(passphrase: str, avoid: Iterable[str] = ()) -> Strength:
    """Estimate the strength of ``passphrase``; ``avoid`` lists the person's own names."""
    long_enough = len(passphrase) >= MIN_PASSPHRASE_LENGTH
    if not passphrase:
        return Strength(0, _label(0), _min_length_hint(), False)
    if _is_common(passphrase):
        hint = QCoreApplication.translate(
            "PassphraseStrength",
            "This is one of the most common passwords; please choose something else.",
        )
        return Strength(0, _label(0), hint, long_enough)
    reduced, used_name = _without_names(passphrase, avoid)
    effective = _predictable_removed(reduced)
    score = _score(_rule_of_thumb_bits(effective, passphrase))
    if not long_enough:
        score = 0
    patterned = len(effective) < len(reduced) * 0.75
    return Strength(
        score, _label(score), _hint(score, long_enough, used_name, patterned), long_enough
    )


def _label(score: int) -> str:
    """The strength's word ("Strong") in the interface language."""
    return QCoreApplication.translate("PassphraseStrength", LABELS[score])


def _min_length_hint() -> str:
    return QCoreApplication.translate(
        "PassphraseStrength",
        "Use at least {count} characters. A few unrelated words are easiest to remember.",
    ).format(count=MIN_PASSPHRASE_LENGTH)


def _hint(score: int, long_enough: bool, used_name: bool, patterned: bool) -> str:
    if not long_enough:
        return _min_length_hint()
    if used_name:
        return QCoreApplication.translate(
            "PassphraseStrength",
            "Leave out your own name and the office's name or code: they are guessed first.",
        )
    if patterned and score < 3:
        return QCoreApplication.translate(
            "PassphraseStrength", "Avoid repeated characters and sequences like “abc” or “123”."
        )
    if score < 3:
        return QCoreApplication.translate(
            "PassphraseStrength", "Add another unrelated word or two: length helps most."
        )
    if score == 3:
        return QCoreApplication.translate(
            "PassphraseStrength", "One more word would make it strong."
        )
    return QCoreApplication.translate(
        "PassphraseStrength", "Make sure you can remember it without writing it down."
    )


def _is_common(passphrase: str) -> bool:
    lowered = passphrase.strip().lower()
    candidates = {lowered, lowered.translate(_LEET), _TRAILING_NOISE.sub("", lowered)}
    candidates.add(_TRAILING_NOISE.sub("", lowered.translate(_LEET)))
    candidates.add(re.sub(r"\s+", "", lowered))
    return any(candidate in _COMMON for candidate in candidates if candidate)


def _without_names(passphrase: str, avoid: Iterable[str]) -> tuple[str, bool]:
    """Replace each of the person's names found in the passphrase by one character."""
    result = passphrase
    used = False
    for name in avoid:
        for part in name.split():
            if len(part) < 3:
                continue
            pattern = re.compile(re.escape(part), re.IGNORECASE)
            if pattern.search(result):
                result = pattern.sub("\x00", result)
                used = True
    return result, used


def _predictable_removed(text: str) -> str:
    """Drop characters a guesser predicts from the ones before, and repeats of a chunk."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text == text[:size] * (len(text) // size):
            text = text[:size]
            break
    kept: list[str] = []
    for index, char in enumerate(text):
        if index and _predictable(text[index - 1], char, text[index - 2] if index > 1 else None):
            continue
        kept.append(char)
    return "".join(kept)


def _predictable(previous: str, char: str, before: str | None) -> bool:
    """A repeat, or the third of a run like "abc", "321" or "qwe" (a keyboard row)."""
    if char == previous:
        return True
    if before is None:
        return False
    step = ord(char) - ord(previous)
    if abs(step) == 1 and step == ord(previous) - ord(before):
        return True
    run = (before + previous + char).lower()
    return any(run in row or run[::-1] in row for row in _KEYBOARD_ROWS)


def _rule_of_thumb_bits(effective: str, original: str) -> float:
    """NIST SP 800-63 (2004) Appendix A, with its bonus for mixing character kinds."""
    bits = 0.0
    for position in range(1, len(effective) + 1):
        if position == 1:
            bits += 4.0
        elif position <= 8:
            bits += 2.0
        elif position <= 20:
            bits += 1.5
        else:
            bits += 1.0
    has_upper = any(char.isupper() for char in original)
    has_other = any(not char.isalpha() and not char.isspace() for char in original)
    if has_upper and has_other:
        bits += 6.0
    return bits


def _score(bits: float) -> int:
    return sum(1 for threshold in _THRESHOLDS if bits >= threshold)


class StrengthMeter(QWidget):
    """A thin coloured bar and one line saying how strong the typed passphrase is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._avoid: tuple[str, ...] = ()
        self.bar = QProgressBar(self)
        self.bar.setRange(0, MAX_SCORE)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.strength = assess("")
        self.set_passphrase("")

    def set_avoid(self, names: Iterable[str]) -> None:
        """Names the passphrase should not contain (the user's and the office's)."""
        self._avoid = tuple(name for name in names if name)

    def set_passphrase(self, text: str) -> None:
        """Show the strength of ``text`` (nothing of the text itself is kept)."""
        self.strength = assess(text, self._avoid)
        score = self.strength.score if text else 0
        self.bar.setValue(score if text else 0)
        colour = _COLOURS[score]
        self.bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            f"QProgressBar::chunk {{ border-radius: 3px; background: {colour}; }}"
        )
        if text:
            self.label.setText(
                self.tr("{strength}. {hint}").format(
                    strength=f"<span style='color:{colour}; font-weight:600'>"
                    f"{_html(self.strength.label)}</span>",
                    hint=_html(self.strength.hint),
                )
            )
        else:
            self.label.setText(_html(self.strength.hint))
        self.bar.setAccessibleDescription(self.strength.label if text else "")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NewPassphraseFields(QObject):
    """The passphrase, its confirmation, a show/hide switch and the strength meter.

    They are added as rows to the caller's form, so labels line up with its other fields.
    ``changed`` fires on every edit; ``is_acceptable()`` says whether they may be used.
    """

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.passphrase_edit = secret_line_edit(parent, self.tr("New passphrase"))
        self.confirm_edit = secret_line_edit(parent, self.tr("Passphrase again"))
        self.show_checkbox = QCheckBox(self.tr("Show passphrase"), parent)
        self.meter = StrengthMeter(parent)
        self.mismatch_label = QLabel(self.tr("The two passphrases are not the same."), parent)
        self.mismatch_label.setStyleSheet(f"color: {_COLOURS[0]};")
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.hide()
        self.passphrase_edit.textChanged.connect(self._update)
        self.confirm_edit.textChanged.connect(self._update)
        self.confirm_edit.editingFinished.connect(self._confirmation_finished)
        self.show_checkbox.toggled.connect(self._show)

    def add_to(self, grid: QGridLayout, row: int, label: str | None = None) -> int:
        """Add the rows to ``grid`` from ``row`` on, labels in column 0; return the next row."""
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Passphrase:") if label is None else label, self.passphrase_edit),
            ("", self.meter),
            (self.tr("Type it again:"), self.confirm_edit),
            ("", self.mismatch_label),
            ("", self.show_checkbox),
        ]
        for text, field in rows:
            if text:
                caption = QLabel(text)
                caption.setBuddy(field)
                grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
            row += 1
        return row

    def set_avoid(self, names: Iterable[str]) -> None:
        """Names the passphrase should not contain; the meter marks it down for them."""
        self.meter.set_avoid(names)
        self.meter.set_passphrase(self.passphrase_edit.text())

    def passphrase(self) -> str:
        """The passphrase as typed (never stripped: spaces are part of it)."""
        return self.passphrase_edit.text()

    def is_acceptable(self) -> bool:
        """Long enough, and typed the same way twice."""
        text = self.passphrase_edit.text()
        return len(text) >= MIN_PASSPHRASE_LENGTH and text == self.confirm_edit.text()

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable every field (while work runs in the background)."""
        for widget in (self.passphrase_edit, self.confirm_edit, self.show_checkbox):
            widget.setEnabled(enabled)

    def clear(self) -> None:
        """Empty both fields and hide the passphrase again."""
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.show_checkbox.setChecked(False)

    def _update(self) -> None:
        first, second = self.passphrase_edit.text(), self.confirm_edit.text()
        self.meter.set_passphrase(first)
        # While the confirmation is still being typed (a beginning of the passphrase), wait.
        self.mismatch_label.setVisible(bool(second) and not first.startswith(second))
        self.changed.emit()

    def _confirmation_finished(self) -> None:
        second = self.confirm_edit.text()
        self.mismatch_label.setVisible(bool(second) and second != self.passphrase_edit.text())

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)


def secret_line_edit(parent: QWidget, accessible_name: str) -> QLineEdit:
    """Return a line edit for a secret: hidden, no input-method prediction or history."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhHiddenText
    )
    edit.setAccessibleName(accessible_name)
    return edit
