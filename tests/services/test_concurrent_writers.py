"""Two programs on one vault (the app and the command line): a writer waits, never fails."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from tests.conftest import PASSPHRASE, canary_case


def test_a_unit_of_work_waits_for_another_writer_instead_of_failing(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())
    other = unlock(vault.place, vault.username, PASSPHRASE)  # a second program
    holding = threading.Event()

    def long_write() -> None:
        with other.transaction() as session:
            session.execute(text("UPDATE cases SET caseworker = caseworker"))
            holding.set()
            time.sleep(0.6)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        # Reading a case records the view: it reads, then writes to the audit trail.
        case = CaseService(vault).get_case(number)
        waited = time.monotonic() - started
    finally:
        writer.join()
        other.close()
    assert case.case_number == number
    assert waited >= 0.3  # it waited for the other writer, then went through
