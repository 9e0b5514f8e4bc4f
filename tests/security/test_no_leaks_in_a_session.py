"""Promise 20: a scripted session with canary values, a forced error, then a scan.

No personal data in crash output, logs, QSettings, Qt's recent-file lists, window titles or
the temporary folder, in UTF-8 or UTF-16.
"""

from __future__ import annotations

import io
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from asylum_desk import crash_report
from asylum_desk.app import build_main_window
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.vault_access import create_vault
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    PASSPHRASE,
    canary_case,
)
from tests.keyring_doubles import InMemoryKeyring
from tests.ui.test_main_window import WAIT_MS, unlocked

CANARIES = (CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE)


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


def leaks(blob: bytes) -> list[str]:
    return [value for value in CANARIES if any(form in blob for form in encodings(value))]


def test_a_whole_session_leaves_no_personal_data_outside_the_vault(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    scratch, config = tmp_path / "tmp", tmp_path / "config"
    scratch.mkdir()
    config.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    vault_path = tmp_path / "office-vault"
    created = create_vault(
        vault_path,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        number = CaseService(vault).create_case(canary_case())
    report = io.StringIO()
    hooks = (sys.excepthook, threading.excepthook)
    crash_report.install(lambda: report)
    titles: set[str] = set()

    def note_titles() -> None:
        titles.update(w.windowTitle() for w in QApplication.topLevelWidgets())

    try:
        settings = QSettings(str(config / "asylum-desk.ini"), QSettings.Format.IniFormat)
        cache = DeviceKeyCache(InMemoryKeyring(), allow_backend_for_tests=True)
        window = build_main_window(vault_path, settings, cache)
        qtbot.addWidget(window)
        window.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
        window.show()
        unlocked(qtbot, window, remember=True)
        window.case_list.search.setText(CANARY_NAME.split()[0])
        qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT_MS)
        window.open_case(number)
        window.case_list.search.selectAll()
        window.case_list.search.copy()
        window.print_action.trigger()
        note_titles()
        # An error in a slot whose message quotes a name: only its type and place are told.

        def fail() -> None:
            raise RuntimeError(f"cannot show {CANARY_NAME} ({CANARY_BURMESE})")

        QTimer.singleShot(0, fail)
        qtbot.wait(100)
        window.lock()
        note_titles()
        window.close()
        settings.sync()
    finally:
        sys.excepthook, threading.excepthook = hooks

    crash_line = report.getvalue()
    assert crash_line.startswith(crash_report.PREFIX)
    assert "RuntimeError" in crash_line and "No case data" in crash_line
    captured = capfd.readouterr()
    assert leaks(crash_line.encode()) == []
    assert leaks((captured.out + captured.err).encode()) == []
    assert leaks("\n".join(titles).encode()) == []
    for folder in (config, scratch):
        for path in folder.rglob("*"):
            if path.is_file():
                assert leaks(path.read_bytes()) == [], path
    assert list(scratch.rglob("*")) == []  # nothing at all in the temporary folder


def test_the_one_line_names_the_place_not_the_message() -> None:
    try:
        raise ValueError(f"{CANARY_NAME} was born in {CANARY_PLACE}")
    except ValueError as error:
        line = crash_report.describe(type(error), error.__traceback__)
    assert line.startswith(f"{crash_report.PREFIX}: ValueError at ")
    assert "test_the_one_line_names_the_place_not_the_message" in line
    assert leaks(line.encode()) == []
