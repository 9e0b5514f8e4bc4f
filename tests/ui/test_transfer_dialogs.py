"""Case bundles in the app, driven like two offices would: identities, Send, Receive.

Office CPH is the main window of ``window`` (four demo cases); office AIZ is a second vault
driven through the same dialogs on their own. Fingerprints are typed, as read out by phone.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from asylum_desk.domain.listing import CaseQuery
from asylum_desk.domain.messages import Text, text
from asylum_desk.services import bundles
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.qr_code import qr_matrix
from asylum_desk.services.vault_access import create_vault
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.transfer.address_book_dialog import AddOfficeDialog, AddressBookDialog
from asylum_desk.ui.transfer.common import ProgressRelay, stage_text
from asylum_desk.ui.transfer.receive_dialog import ReceiveDialog
from asylum_desk.ui.transfer.send_dialog import SendDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_main_window import keyring_backend, unlocked, window

__all__ = ["keyring_backend", "window"]  # fixtures used by the tests below

WAIT_MS = 15_000
NAME_PATTERN = re.compile(r"^bundle-\d{8}-\d{6}\.adbundle$")


@pytest.fixture
def office_b(tmp_path: Path) -> Iterator[OpenVault]:
    """A second office, AIZ, with one case of its own."""
    created = create_vault(
        tmp_path / "aiz-vault",
        office_code="AIZ",
        office_name="Aizawl field office",
        username="lalremi",
        passphrase=PASSPHRASE,
    )
    with created.vault as opened:
        CaseService(opened).create_case(demo_cases()[5])
        yield opened


def case_numbers(vault: OpenVault) -> list[str]:
    return [str(item.case_number) for item in CaseService(vault).list_cases(CaseQuery()).items]


def _line_and_fingerprint(vault: OpenVault) -> tuple[str, str]:
    identity = bundles.own_identity(vault)
    return identity.text(), identity.fingerprint()


def visible(window: MainWindow, kind: type[Any]) -> Any:
    """The one visible dialog of ``kind`` the window opened."""
    found = [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]
    assert len(found) == 1, found
    return found[0]


def open_offices(qtbot: QtBot, window: MainWindow) -> AddressBookDialog:
    window.identity_action.trigger()
    qtbot.waitUntil(lambda: bool(window.findChildren(AddressBookDialog)), timeout=WAIT_MS)
    return visible(window, AddressBookDialog)  # type: ignore[no-any-return]


def add_office(
    qtbot: QtBot, book: AddressBookDialog, line: str, fingerprint: str
) -> AddOfficeDialog:
    """Add office…: paste the line, type the fingerprint as heard, press Enter."""
    qtbot.mouseClick(book.add_button, Qt.MouseButton.LeftButton)
    dialog = book.add_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.identity.setText(line)  # pasted
    qtbot.keyClicks(dialog.typed, fingerprint)
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)  # the default button: Add office
    return dialog


def own_book(qtbot: QtBot, vault: OpenVault) -> AddressBookDialog:
    book = AddressBookDialog(vault)
    qtbot.addWidget(book)
    book.show()
    return book


def save_to(
    monkeypatch: pytest.MonkeyPatch, folder: Path, offered: list[str]
) -> Callable[[], Path]:
    """Answer the save dialog with the name it offered, in ``folder``."""

    def answer(*args: Any, **kwargs: Any) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(folder / Path(str(args[2])).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return lambda: folder / Path(offered[-1]).name


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def send(qtbot: QtBot, dialog: SendDialog) -> None:
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)


def test_two_offices_exchange_identities_then_a_case_travels(
    qtbot: QtBot,
    window: MainWindow,
    office_b: OpenVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unlocked(qtbot, window)
    assert window.vault is not None
    [aiz_case] = case_numbers(office_b)

    # CPH shows its identity: the line, the fingerprint in groups, a QR code of the line.
    cph_book = open_offices(qtbot, window)
    cph_line, cph_fingerprint = cph_book.identity.text(), cph_book.fingerprint.text()
    assert cph_line.startswith("asylum-desk-office:v1:CPH:")
    assert re.fullmatch(r"([A-Z2-9]{4}-){5}[A-Z2-9]{4}", cph_fingerprint)
    assert cph_book.qr.matrix == qr_matrix(cph_line)
    qtbot.mouseClick(cph_book.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == cph_line
    assert cph_book.office_codes() == []

    # AIZ adds CPH, typing the fingerprint as read out by phone (any case, spaces).
    aiz_book = own_book(qtbot, office_b)
    heard = cph_fingerprint.replace("-", " ").lower()
    add_office(qtbot, aiz_book, cph_line, heard)
    assert aiz_book.office_codes() == ["CPH"]
    assert "CPH was added" in aiz_book.message.text()

    # AIZ sends its case to CPH through the Send dialog.
    offered: list[str] = []
    written = save_to(monkeypatch, tmp_path, offered)
    sender = SendDialog(office_b, [aiz_case])
    qtbot.addWidget(sender)
    sender.show()
    assert sender.chosen_offices() == ["CPH"]  # the only office: ticked already
    send(qtbot, sender)
    bundle = written()
    assert bundle.is_file()
    assert NAME_PATTERN.match(bundle.name), bundle.name
    assert "Sent 1 case to CPH" in sender.result_label.text()
    assert "compared fingerprints" in sender.result_label.text()
    assert str(bundle) in sender.result_label.text()

    # CPH receives it: the sender is unknown, so its fingerprint must be typed first.
    open_file(monkeypatch, bundle)
    window.receive_action.trigger()
    receiver: ReceiveDialog = visible(window, ReceiveDialog)
    qtbot.waitUntil(lambda: receiver.sender_box.isVisible(), timeout=WAIT_MS)
    aiz = bundles.own_identity(office_b)
    assert receiver.sender_office.text() == "AIZ — Aizawl field office"
    assert receiver.sender_fingerprint.text() == aiz.fingerprint()
    assert "not in your address book" in receiver.status.text()
    assert window.model.rowCount() == 4

    # A wrong fingerprint (here: CPH's own) is refused; nothing changes.
    qtbot.keyClicks(receiver.typed, cph_fingerprint)
    qtbot.keyClick(receiver.typed, Qt.Key.Key_Return)
    assert "not this bundle's sender's" in receiver.status.text()
    assert "\n" not in receiver.status.text()
    QApplication.processEvents()
    assert not receiver.running
    assert bundles.offices(window.vault) == []
    assert window.model.rowCount() == 4

    # The right one: the case comes in, AIZ joins the address book, the list shows it.
    receiver.typed.clear()
    qtbot.keyClicks(receiver.typed, aiz.fingerprint())
    qtbot.mouseClick(receiver.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: receiver.result is not None, timeout=WAIT_MS)
    assert f"New: 1 case ({aiz_case})" in receiver.status.text()
    assert "supervisor" not in receiver.status.text()
    assert not receiver.sender_box.isVisible()
    assert [office.office_code for office in bundles.offices(window.vault)] == ["AIZ"]
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=WAIT_MS)
    assert window.model.row_of(aiz_case) is not None


def test_a_malformed_line_or_a_wrong_fingerprint_adds_nothing(
    qtbot: QtBot, window: MainWindow, office_b: OpenVault
) -> None:
    unlocked(qtbot, window)
    assert window.vault is not None
    book = open_offices(qtbot, window)
    dialog = add_office(qtbot, book, "asylum-desk-office:v1:AIZ:not-a-name:age1nope:xx", "ABCD")
    assert dialog.isVisible()
    problem = dialog.problem.text()
    assert problem and "\n" not in problem
    assert "damaged" in problem or "not an Asylum Desk" in problem
    assert dialog.fingerprint.text() == "—"
    dialog.identity.setText("hello from the other office")
    assert dialog.problem.text() == "This is not an Asylum Desk office identity."

    # A real line, but the fingerprint heard on the phone is another one.
    aiz = bundles.own_identity(office_b)
    dialog.identity.setText(aiz.text())
    assert dialog.fingerprint.text() == aiz.fingerprint()
    assert dialog.office.text() == "AIZ — Aizawl field office"
    assert dialog.problem.text() == ""
    wrong = bundles.own_identity(window.vault).fingerprint()
    dialog.typed.setText(wrong)
    assert "NOT the same" in dialog.match.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "does not match" in dialog.problem.text()
    assert "\n" not in dialog.problem.text()
    assert bundles.offices(window.vault) == []
    assert book.office_codes() == []

    # This office's own line is refused too.
    own = bundles.own_identity(window.vault)
    dialog.identity.setText(own.text())
    dialog.typed.setText(own.fingerprint())
    assert dialog.match.text() == "The fingerprints are the same."
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "is this office" in dialog.problem.text()
    assert bundles.offices(window.vault) == []


def test_send_the_selected_cases_from_the_main_window(
    qtbot: QtBot,
    window: MainWindow,
    office_b: OpenVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unlocked(qtbot, window)
    assert window.vault is not None
    window.send_action.trigger()  # nothing selected, nothing open
    assert "Select the cases to send" in window.statusBar().currentMessage()
    assert not window.findChildren(SendDialog)

    aiz = bundles.own_identity(office_b)
    book = open_offices(qtbot, window)
    add_office(qtbot, book, aiz.text(), aiz.fingerprint())
    assert book.office_codes() == ["AIZ"]
    book.reject()
    cph = bundles.own_identity(window.vault)
    bundles.add_office(office_b, cph.text(), cph.fingerprint())

    selection = window.case_list.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3):
        selection.select(window.model.index(row, 0), flags)
    expected = [str(window.model.data(window.model.index(row, 0))) for row in (1, 3)]
    window.send_action.trigger()
    dialog: SendDialog = visible(window, SendDialog)
    shown = [dialog.cases.item(row).text() for row in range(dialog.cases.count())]
    assert shown == expected
    offered: list[str] = []
    written = save_to(monkeypatch, tmp_path, offered)
    assert dialog.chosen_offices() == ["AIZ"]
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Space)  # untick with the keyboard
    assert dialog.chosen_offices() == []
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "Tick at least one office" in dialog.result_label.text()
    assert offered == []  # no file was asked for
    qtbot.keyClick(dialog.recipients, Qt.Key.Key_Space)
    assert dialog.chosen_offices() == ["AIZ"]
    send(qtbot, dialog)
    bundle = written()
    assert NAME_PATTERN.match(Path(offered[0]).name)
    for number in expected:
        assert number not in bundle.name
    assert "Sent 2 cases to AIZ" in dialog.result_label.text()
    assert not dialog.send_button.isEnabled()

    # AIZ knows CPH already: its Receive dialog takes the cases at once.
    receiver = ReceiveDialog(office_b, bundle)
    qtbot.addWidget(receiver)
    receiver.show()
    receiver.start()
    qtbot.waitUntil(lambda: receiver.result is not None, timeout=WAIT_MS)
    assert not receiver.sender_box.isVisible()
    assert "Received from office CPH." in receiver.status.text()
    assert "New: 2 cases" in receiver.status.text()
    assert set(expected) <= set(case_numbers(office_b))

    # The same bundle again: nothing new (the cases are merged with themselves).
    again = ReceiveDialog(office_b, bundle)
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: not again.running, timeout=WAIT_MS)
    assert "Merged into cases you had: 2 cases" in again.status.text()


def test_cancel_stops_before_anything_is_written(
    qtbot: QtBot,
    window: MainWindow,
    office_b: OpenVault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unlocked(qtbot, window)
    assert window.vault is not None
    aiz = bundles.own_identity(office_b)
    bundles.add_office(window.vault, aiz.text(), aiz.fingerprint())
    real_export = bundles.export_bundle
    go_on = threading.Event()

    def held_export(*args: Any, **kwargs: Any) -> list[str]:
        go_on.wait(WAIT_MS / 1000)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(bundles, "export_bundle", held_export)
    offered: list[str] = []
    written = save_to(monkeypatch, tmp_path, offered)
    number = str(window.model.data(window.model.index(0, 0)))
    window.open_case(number)
    window.case_list.table.clearSelection()
    window.send_action.trigger()
    dialog: SendDialog = visible(window, SendDialog)
    assert [dialog.cases.item(0).text()] == [number]  # the open case
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.run is not None
    [cancel] = [b for b in dialog.run.dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the progress dialog's button
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.result_label.text() == "Cancelled; no bundle was written."
    assert not written().exists()
    assert dialog.send_button.isEnabled()
    # Sending again works.
    send(qtbot, dialog)
    assert written().is_file()
    assert "Sent 1 case to AIZ" in dialog.result_label.text()


def test_a_bundle_that_is_not_for_this_office_is_refused_in_one_line(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unlocked(qtbot, window)
    junk = tmp_path / "bundle-20260101-000000.adbundle"
    junk.write_bytes(b"age-encryption.org/v1\n-> X25519 nonsense\n")
    open_file(monkeypatch, junk)
    window.receive_action.trigger()
    receiver: ReceiveDialog = visible(window, ReceiveDialog)
    qtbot.waitUntil(lambda: not receiver.running, timeout=WAIT_MS)
    text = receiver.status.text()
    assert text.startswith("Not received: ") and "\n" not in text
    assert receiver.result is None
    assert window.model.rowCount() == 4


def test_locking_closes_the_bundle_dialogs(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    open_offices(qtbot, window)
    window.lock()
    QApplication.processEvents()
    assert not [d for d in window.findChildren(AddressBookDialog) if d.isVisible()]
    assert not window.identity_action.isEnabled()
    assert not window.send_action.isEnabled()
    assert not window.receive_action.isEnabled()


def test_qr_code_of_an_identity_line_is_a_whole_qr_symbol() -> None:
    matrix = qr_matrix("asylum-desk-office:v1:CPH:" + "x" * 140)
    size = len(matrix)
    assert size >= 21 and (size - 17) % 4 == 0 and all(len(row) == size for row in matrix)
    finder = [[row[c] for c in range(7)] for row in matrix[:7]]
    assert finder[0] == [True] * 7 and finder[3] == [True, False, True, True, True, False, True]


def test_send_is_enabled_for_a_selection_or_an_open_case(qtbot: QtBot, window: MainWindow) -> None:
    unlocked(qtbot, window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.send_action in file_menu.actions()
    file_menu.aboutToShow.emit()
    assert not window.send_action.isEnabled()  # nothing selected, nothing open
    window.case_list.table.selectRow(0)
    file_menu.aboutToShow.emit()
    assert window.send_action.isEnabled()
    assert window.receive_action.isEnabled() and window.identity_action.isEnabled()


def test_a_caseworker_cannot_add_offices_accept_senders_or_send_several_cases(
    qtbot: QtBot, office_b: OpenVault, tmp_path: Path
) -> None:
    from asylum_desk.domain.enums import Role
    from asylum_desk.services import users
    from asylum_desk.services.vault_access import unlock

    secret = "thida's passphrase for these tests"
    users.add_user(office_b, "thida", Role.CASEWORKER, secret)
    CaseService(office_b).create_case(demo_cases()[6])
    aiz_cases = case_numbers(office_b)
    bundle = tmp_path / bundles.suggested_file_name()
    with create_vault(
        tmp_path / "mzo-vault",
        office_code="MZO",
        office_name="Mizoram mobile team",
        username="ruth",
        passphrase=PASSPHRASE,
    ).vault as stranger:
        aiz = bundles.own_identity(office_b)
        bundles.add_office(stranger, aiz.text(), aiz.fingerprint())
        CaseService(stranger).create_case(demo_cases()[7])
        bundles.export_bundle(stranger, ["AIZ"], case_numbers(stranger), bundle)
        mzo = bundles.own_identity(stranger)

    with unlock(tmp_path / "aiz-vault", "thida", secret) as caseworker:
        book = own_book(qtbot, caseworker)
        assert not book.add_button.isEnabled()

        # A bundle from an office not in the book: a caseworker cannot accept it.
        receiver = ReceiveDialog(caseworker, bundle)
        qtbot.addWidget(receiver)
        receiver.show()
        receiver.start()
        qtbot.waitUntil(lambda: receiver.sender_box.isVisible(), timeout=WAIT_MS)
        assert receiver.sender_fingerprint.text() == mzo.fingerprint()
        assert not receiver.accept_button.isEnabled()
        assert "supervisor or an administrator" in receiver.role_note.text()

        # Several cases need a supervisor: refused in one line, no file written.
        bundles.add_office(office_b, mzo.text(), mzo.fingerprint())  # by the administrator
        sender = SendDialog(caseworker, aiz_cases)
        qtbot.addWidget(sender)
        sender.show()
        assert sender.chosen_offices() == ["MZO"]
        refused = tmp_path / "refused.adbundle"
        sender.choose_file = lambda: refused  # type: ignore[method-assign]
        send(qtbot, sender)
        text = sender.result_label.text()
        assert text.startswith("Not sent: ") and "\n" not in text
        assert "supervisor" in text, text
        assert not refused.exists()
        assert sender.send_button.isEnabled()


def test_a_received_case_both_offices_changed_leaves_conflicts_for_a_supervisor(
    qtbot: QtBot, office_b: OpenVault, tmp_path: Path
) -> None:
    with create_vault(
        tmp_path / "cph-vault",
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    ).vault as cph:
        for one, other in ((cph, office_b), (office_b, cph)):
            bundles.add_office(one, *_line_and_fingerprint(other))
        number = CaseService(cph).create_case(demo_cases()[2])
        first = tmp_path / "first.adbundle"
        bundles.export_bundle(cph, ["AIZ"], [number], first)
        bundles.import_bundle(office_b, first.read_bytes())
        for vault, job in ((cph, "teacher"), (office_b, "tailor")):
            case = CaseService(vault).get_case(number)
            case.applicant.occupation = job
            CaseService(vault).update_case(case)
        second = tmp_path / "second.adbundle"
        bundles.export_bundle(cph, ["AIZ"], [number], second)

    receiver = ReceiveDialog(office_b, second)
    qtbot.addWidget(receiver)
    receiver.show()
    receiver.start()
    qtbot.waitUntil(lambda: receiver.result is not None, timeout=WAIT_MS)
    text = receiver.status.text()
    assert f"Merged into cases you had: 1 case ({number})." in text
    assert "1 field needs a supervisor: Office › Merge conflicts." in text
    assert "New:" not in text


def test_cancel_while_receiving_changes_nothing(
    qtbot: QtBot, office_b: OpenVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with create_vault(
        tmp_path / "cph-vault",
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    ).vault as cph:
        bundles.add_office(cph, *_line_and_fingerprint(office_b))
        bundles.add_office(office_b, *_line_and_fingerprint(cph))
        number = CaseService(cph).create_case(demo_cases()[3])
        bundle = tmp_path / bundles.suggested_file_name()
        bundles.export_bundle(cph, ["AIZ"], [number], bundle)
    before = case_numbers(office_b)
    real_import = bundles.import_bundle
    go_on = threading.Event()

    def held_import(*args: Any, **kwargs: Any) -> bundles.Received:
        go_on.wait(WAIT_MS / 1000)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(bundles, "import_bundle", held_import)
    receiver = ReceiveDialog(office_b, bundle)
    qtbot.addWidget(receiver)
    receiver.show()
    receiver.start()
    assert receiver.run is not None
    receiver.reject()  # Escape or Close while it runs: cancels, stays open to say so
    assert receiver.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: not receiver.running, timeout=WAIT_MS)
    assert receiver.status.text() == "Cancelled; nothing was changed."
    assert case_numbers(office_b) == before
    receiver.start()  # and again, to the end
    qtbot.waitUntil(lambda: receiver.result is not None, timeout=WAIT_MS)
    assert number in case_numbers(office_b)


class _Shouting(QTranslator):
    """A stand-in catalogue: every services' template in capitals (placeholders kept)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Services":
            return source
        return re.sub(r"(^|\})([^{]*)", lambda m: m.group(1) + m.group(2).upper(), source)


def test_a_stage_word_of_the_services_is_shown_in_the_interface_language(qtbot: QtBot) -> None:
    translator = _Shouting()
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        relay = ProgressRelay(frozenset({"done"}))
        seen: list[object] = []
        relay.progressed.connect(lambda stage, _done, _total: seen.append(stage))
        relay.report(text("Encrypting"), 1, 2)
        assert isinstance(seen[0], Text)  # the signal keeps the template
        assert stage_text(seen[0], 1, 2) == "ENCRYPTING: 1 of 2…"
        assert stage_text("reading_cases", 0, 0) == "Reading cases…"  # a plain word as before
        relay.report(text("Done"), 2, 2)
        assert relay.past_return  # the English word still decides
        relay.deleteLater()
    finally:
        app.removeTranslator(translator)
