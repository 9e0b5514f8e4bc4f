"""An export is logged only when its file was written."""

from __future__ import annotations

import errno

import pytest

from asylum_desk.services.case_history import case_history
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases
from tests.conftest import canary_case


def test_a_failed_write_logs_no_export(vault: OpenVault) -> None:
    number = CaseService(vault).create_case(canary_case())

    def disk_full(_document: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        export_cases(vault, [number], write=disk_full)
    assert "export" not in [entry.action for entry in case_history(vault, number)]
    written: list[str] = []
    export_cases(vault, [number], write=written.append)
    assert len(written) == 1 and number in written[0]
    assert next(entry.action for entry in case_history(vault, number)) == "export"
