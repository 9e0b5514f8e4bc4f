"""The services' sentences reach the catalogues and are shown in the interface language."""

from __future__ import annotations

import ast
import copy
import importlib.util
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from asylum_desk.domain.disclosure import disclose
from asylum_desk.domain.enums import Role, role_word
from asylum_desk.domain.errors import CaseNotFoundError
from asylum_desk.domain.messages import Text, listed, text
from asylum_desk.interchange import format as case_format
from asylum_desk.security.errors import WrongPassphraseError
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.field_labels import field_label
from asylum_desk.services.merge import display_value
from asylum_desk.storage.errors import DISK_FULL
from asylum_desk.ui.i18n import install_translator, remove_translators
from asylum_desk.ui.workers import error_message, translated
from tests.conftest import canary_case

ROOT = Path(__file__).resolve().parents[2]


def _extractor():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "extract_service_texts", ROOT / "scripts" / "extract_service_texts.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def burmese(qapp: QApplication) -> Iterator[QCoreApplication]:
    app = qapp
    assert install_translator(app, "my") == "my"
    yield app
    remove_translators(app)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_generated_catalogue_source_is_current() -> None:
    extractor = _extractor()
    found = extractor.templates()
    assert "There is no case {case_number} in this vault." in found
    assert not any(template.lstrip().upper().startswith(("SELECT", "INSERT")) for template in found)
    stored = (ROOT / "asylum_desk" / "ui" / "service_texts.py").read_text(encoding="utf-8")
    assert stored == extractor.render(found), "run: python scripts/extract_service_texts.py"


def test_a_text_is_english_everywhere_but_keeps_its_template() -> None:
    message = text("There is no case {case_number} in this vault.", case_number="CPH-2026-0007")
    assert message == "There is no case CPH-2026-0007 in this vault."
    assert isinstance(message, str) and isinstance(message, Text)
    assert message.values == {"case_number": "CPH-2026-0007"}
    assert str(CaseNotFoundError("CPH-2026-0007")) == message
    assert translated("plain words") == "plain words"


def test_services_sentences_show_in_burmese(burmese: QCoreApplication) -> None:
    shown = error_message(CaseNotFoundError("CPH-2026-0007"))
    assert "CPH-2026-0007" in shown and any("\u1000" <= ch <= "\u109f" for ch in shown)
    assert shown != str(CaseNotFoundError("CPH-2026-0007"))
    wrong = error_message(WrongPassphraseError("amara"))
    assert "amara" in wrong and any("\u1000" <= ch <= "\u109f" for ch in wrong)
    assert any("\u1000" <= ch <= "\u109f" for ch in translated(DISK_FULL))


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    broken = Text("Case {case_number} is busy.", case_number="CPH-2026-0001")
    broken.values = {}  # as if a translation asked for a value the message lacks
    assert translated(broken) == "Case CPH-2026-0001 is busy."


def test_a_reason_inside_a_sentence_is_translated_too(burmese: QCoreApplication) -> None:
    outer = text("The shared database cannot be used: {reason}", reason=DISK_FULL)
    shown = translated(outer)
    assert shown != str(outer)
    whole_reason = translated(DISK_FULL)
    assert whole_reason != str(DISK_FULL) and whole_reason in shown
    assert str(DISK_FULL) not in shown


# Exceptions for programming mistakes: never shown to a person as a sentence of the app.
# Any other raise of a plain sentence is one only when marked ``# internal`` (on a line of
# the raise, or on the line before it).
_FOR_PROGRAMMERS = {"TypeError", "NotImplementedError", "AssertionError", "KeyError"}


def _is_plain_sentence(node: ast.expr) -> bool:
    """A string literal or f-string with words in it (a field path such as "case_number" is not)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return " " in node.value
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and " " in str(part.value) for part in node.values
        )
    return False


def _plain_sentences_raised(path: Path) -> list[str]:
    """``raise SomeError("…")`` or ``raise SomeError(f"…")`` in ``path``: not translatable."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source, filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        marked = lines[node.lineno - 2 : node.end_lineno or node.lineno]
        if any(re.search(r"#\s*internal\b", line) for line in marked):
            continue
        call = node.exc
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name in _FOR_PROGRAMMERS:
            continue
        if any(_is_plain_sentence(arg) for arg in call.args):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return found


def test_no_plain_sentence_is_raised_below_the_interface() -> None:
    extractor = _extractor()
    plain = [
        where
        for folder in extractor.BELOW_THE_INTERFACE
        for path in sorted((ROOT / "asylum_desk" / folder).rglob("*.py"))
        for where in _plain_sentences_raised(path)
    ]
    assert not plain, "use text(...) from asylum_desk.domain.messages:\n" + "\n".join(plain)


@pytest.mark.parametrize("action", list(Action))
def test_every_refusal_reads_as_before_and_translates_in_parts(
    burmese: QCoreApplication, action: Action
) -> None:
    for role in Role:
        if access.allowed(role, action):
            continue
        message = access.refusal("amara", role, action)
        needs = ", ".join(r.value for r in Role if r in access.ALLOWED[action])
        who = f"User 'amara' ({role.value})"
        assert message == f"{who} may not {action.value}; that needs: {needs}."
        shown = translated(message)
        assert "amara" in shown and any("\u1000" <= ch <= "\u109f" for ch in shown)
        assert action.value not in shown and f"({role.value})" not in shown


def test_a_text_with_braces_in_its_values_survives_copy_and_pickle() -> None:
    original = text("Unknown status {status!r}.", status="{x}")
    for again in (
        copy.copy(original),
        copy.deepcopy(original),
        pickle.loads(pickle.dumps(original)),
    ):
        assert again == "Unknown status '{x}'." and isinstance(again, Text)
        assert again.template == original.template and again.values == {"status": "{x}"}


def test_a_merged_records_values_are_translated_piece_by_piece(
    burmese: QCoreApplication,
) -> None:
    shown = display_value(json.dumps({"relationship": "brother", "safe_to_contact": True}))
    assert shown == "Relationship: brother; Safe to contact: yes"
    translated_value = translated(shown)
    assert "brother" in translated_value  # what was typed stays as typed
    assert "yes" not in translated_value and "Relationship" not in translated_value
    assert translated(display_value("[true, false]")) == translated(
        text("{items}, {item}", items=text("yes"), item=text("no"))
    )


def test_every_field_of_a_case_has_a_translatable_name() -> None:
    keys = {
        key
        for name, value in vars(case_format).items()
        if name.isupper() and name != "FILE" and isinstance(value, tuple)
        for key in value
    }
    unnamed = {key for key in keys if not isinstance(field_label(key), Text)}
    assert not unnamed


def test_every_role_is_a_translatable_word_equal_to_its_value(burmese: QCoreApplication) -> None:
    for role in Role:
        assert role_word(role) == role.value and isinstance(role_word(role), Text)
        assert translated(role_word(role)) != role.value
    assert listed([role_word(Role.ADMIN), role_word(Role.SUPERVISOR)]) == "admin, supervisor"
    assert listed([]) == ""


def test_what_a_packet_keeps_back_is_listed_in_the_interface_language(
    burmese: QCoreApplication,
) -> None:
    case = canary_case()
    case.consents = []  # no consent: identity details are withheld
    report = disclose(case, "government").disclosure
    assert "applicant's exact date of birth (year kept)" in report.withheld
    assert all(isinstance(item, Text) for item in report.withheld)
    for item in report.withheld:
        assert translated(item) != item
