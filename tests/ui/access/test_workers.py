"""Slow work runs off the GUI thread and reports back on it; failures become one line."""

from __future__ import annotations

import errno
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from asylum_desk.security.errors import RecoveryKeyTypoError, WrongPassphraseError
from asylum_desk.storage.errors import VaultExistsError
from asylum_desk.ui.workers import error_message, run_in_thread


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["work_thread"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_thread"] = threading.get_ident()

    run_in_thread(work, done, lambda error: seen.setdefault("error", error), owner)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["work_thread"] != gui_thread
    assert seen["done_thread"] == gui_thread
    assert "error" not in seen


def test_failure_arrives_as_the_exception(qtbot: QtBot) -> None:
    owner = QObject()
    errors: list[Exception] = []

    def work() -> None:
        raise WrongPassphraseError("amara")

    run_in_thread(work, lambda _value: None, errors.append, owner)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], WrongPassphraseError)


def test_nothing_is_delivered_to_a_deleted_owner(qtbot: QtBot) -> None:
    owner = QObject()
    started, release = threading.Event(), threading.Event()
    delivered: list[object] = []
    finished: list[bool] = []

    def work() -> int:
        started.set()
        release.wait(5)
        finished.append(True)
        return 1

    run_in_thread(work, delivered.append, delivered.append, owner)
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    qtbot.waitUntil(lambda: bool(finished))
    qtbot.wait(50)
    assert delivered == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))


def test_messages_are_one_human_line() -> None:
    assert error_message(WrongPassphraseError("amara")) == (
        "The passphrase is not correct for user 'amara'."
    )
    assert error_message(RecoveryKeyTypoError(7)) == "The recovery key has a typo in group 7."
    assert error_message(VaultExistsError("/x already exists and is not empty\nmore")) == (
        "/x already exists and is not empty"
    )
    disk_full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/vault")
    assert error_message(disk_full) == "No space left on device (/media/usb/vault)."
    assert error_message(KeyError("Zoë")) == "Something went wrong: KeyError."
    assert error_message(RuntimeError("")) == "Something went wrong: RuntimeError."


def test_database_errors_never_show_their_sql() -> None:
    from sqlalchemy.exc import DatabaseError

    error = DatabaseError("SELECT * FROM people WHERE name = ?", ("Zoë",), Exception("boom"))
    message = error_message(error)
    assert "Zoë" not in message and "SELECT" not in message
    assert message.startswith("The vault database is damaged")
