"""Numbered units of work on a vault, for test_crash_kill.py to kill at random points.

Usage: ``python tests/security/crash_worker.py VAULT BACKUP_FILE EDIT_CASE`` with
ASYLUM_DESK_INSECURE_TEST_KDF=1. The first line on stdin is the passphrase. Then, for each
line ``go N`` on stdin, this process (which never opens the vault itself) forks a worker and
prints ``worker PID``; the worker unlocks the vault, prints ``ready``, then for each unit N,
N+1, ... prints ``begin N KIND`` before it starts and ``committed N KIND DETAIL`` once it is
committed, until it is killed. When the worker has died this process prints
``ended PID SIGNAL``. Forking keeps the slow imports out of every round.

Every line is written with one ``os.write`` straight to the pipe (no buffer to lose), so
every "committed" line the test reads was true before the worker was killed.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import traceback
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))

from asylum_desk.domain.model import Note  # noqa: E402
from asylum_desk.services import users  # noqa: E402
from asylum_desk.services.case_service import CaseService  # noqa: E402
from asylum_desk.services.open_vault import OpenVault  # noqa: E402
from asylum_desk.services.transfer_files import import_cases  # noqa: E402
from asylum_desk.services.vault_access import unlock  # noqa: E402
from tests.scan_samples import png  # noqa: E402

try:
    from asylum_desk.services.backup import take_backup
except ImportError:  # pragma: no cover - before backups existed
    take_backup = None  # type: ignore[assignment]

USER = "amara"
KINDS = ("import", "edit", "import", "rekey", "edit", "backup", "import", "passwd")


def kind_of(unit: int) -> str:
    """What unit ``unit`` does (the same in the worker and the test)."""
    kind = KINDS[unit % len(KINDS)]
    return "import" if kind == "backup" and take_backup is None else kind


def import_number(unit: int) -> str:
    """The case number an import unit gives its case."""
    return f"CPH-2027-{1000 + unit}"


def edit_note(unit: int) -> str:
    """The note an edit unit adds to the edited case."""
    return f"unit {unit}"


def _case_file(unit: int) -> str:
    case = {
        "case_number": import_number(unit),
        "applicant": {"given_names": f"Imported {unit}", "sex": "female"},
        "notes": [{"text": f"imported by unit {unit}"}],
        "attachments": [
            {"file_name": f"scan-{unit}.png", "content_base64": base64.b64encode(png()).decode()}
        ],
    }
    return json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": [case]})


def _say(line: str) -> None:
    os.write(1, line.encode() + b"\n")


def main(argv: list[str]) -> int:
    """Fork a worker for each ``go N`` line until stdin ends."""
    vault_path, backup_file, edit_case = Path(argv[0]), Path(argv[1]), argv[2]
    passphrase = sys.stdin.readline().rstrip("\n")
    for command in sys.stdin:
        unit = int(command.removeprefix("go "))
        pid = os.fork()
        if pid == 0:
            try:
                work(vault_path, backup_file, edit_case, passphrase, unit)
            except BaseException:  # noqa: BLE001 - shown by the test, then exit
                traceback.print_exc()  # the test shows it when the worker ends by itself
                sys.stderr.flush()
            os._exit(1)
        _say(f"worker {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"ended {pid} {os.WTERMSIG(status) if os.WIFSIGNALED(status) else 'exit'}")
    return 0


def work(vault_path: Path, backup_file: Path, edit_case: str, passphrase: str, unit: int) -> None:
    """Unlock, then do units ``unit``, ``unit + 1``... until killed."""
    vault: OpenVault = unlock(vault_path, USER, passphrase)
    _say("ready")
    while True:
        kind = kind_of(unit)
        _say(f"begin {unit} {kind}")
        detail = "-"
        if kind == "import":
            [detail] = import_cases(vault, _case_file(unit))
        elif kind == "edit":
            service = CaseService(vault)
            case = service.get_case(edit_case)
            case.notes.append(Note(text=edit_note(unit)))
            service.update_case(case)
            detail = edit_case
        elif kind == "rekey":
            users.rekey(vault)  # closes the vault
            vault = unlock(vault_path, USER, passphrase)
        elif kind == "passwd":
            users.change_passphrase(vault, passphrase)
        elif kind == "backup":
            detail = take_backup(vault, backup_file).sha256
        _say(f"committed {unit} {kind} {detail}")
        unit += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
