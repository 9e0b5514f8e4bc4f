"""Steps on a vault in a process of its own, for test_disk_trouble.py.

Usage: ``python tests/security/disk_trouble_worker.py VAULT`` with
ASYLUM_DESK_INSECURE_TEST_KDF=1; the first line on stdin is the passphrase, then one step
per line. Each step prints one JSON line: ``{"step", "ok", "type", "errno", "cli", "code",
"ui"}`` (the error's class, the command line's message and exit code, the app's message).

Run as root, the worker first gives up every capability (it stays uid 0 but file
permissions now apply to it), so that a folder made read-only with chmod really is
read-only to it. It also ignores SIGXFSZ, so that a file size limit (``fsize``) makes
writes fail like a full disk instead of killing the process.

Steps: ``unlock``, ``edit CASE_NUMBER``, ``passwd``, ``import_big``, ``fsize BYTES``, ``count``,
``close``, ``ping`` (prints ``{"step": "ping"}``, for the test to change the disk between
steps).
"""

from __future__ import annotations

import base64
import ctypes
import io
import json
import os
import random
import resource
import signal
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPOSITORY))

from PIL import Image  # noqa: E402

from asylum_desk.cli.errors import exit_code_for, message_for  # noqa: E402
from asylum_desk.domain.model import Note  # noqa: E402
from asylum_desk.services import users  # noqa: E402
from asylum_desk.services.case_service import CaseService  # noqa: E402
from asylum_desk.services.open_vault import OpenVault  # noqa: E402
from asylum_desk.services.transfer_files import import_cases  # noqa: E402
from asylum_desk.services.vault_access import unlock  # noqa: E402
from asylum_desk.ui.workers import error_message  # noqa: E402

USER = "amara"
NEW_PASSPHRASE = "a passphrase that never takes"
_CAPABILITY_VERSION_3 = 0x20080522


def drop_root_powers() -> bool:
    """Give up every capability (Linux), so that file permissions bind even uid 0."""

    class Header(ctypes.Structure):
        _fields_ = (("version", ctypes.c_uint32), ("pid", ctypes.c_int))

    class Data(ctypes.Structure):
        _fields_ = (
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        )

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        header, data = Header(_CAPABILITY_VERSION_3, 0), (Data * 2)()
        return bool(libc.capset(ctypes.byref(header), data) == 0)
    except (OSError, AttributeError):
        return False


def big_case_file() -> str:
    """A case with a 4 MB scan (noise does not compress)."""
    image = Image.frombytes("RGB", (1200, 1200), random.Random(7).randbytes(1200 * 1200 * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    case = {
        "applicant": {"given_names": "Big scan"},
        "attachments": [
            {"file_name": "big.png", "content_base64": base64.b64encode(buffer.getvalue()).decode()}
        ],
    }
    return json.dumps({"format": "asylum-desk.cases", "version": 1, "cases": [case]})


def _say(result: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    """Run steps from stdin until it ends."""
    vault_path = Path(argv[0])
    if os.geteuid() == 0 and not drop_root_powers():
        _say({"step": "start", "ok": False, "type": "CannotDropRootPowers"})
        return 1
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    passphrase = sys.stdin.readline().rstrip("\n")
    _say({"step": "start", "ok": True, "euid": os.geteuid()})
    vault: OpenVault | None = None
    for line in sys.stdin:
        step, *args = line.split()
        result: dict[str, object] = {"step": step, "ok": True}
        try:
            if step == "unlock":
                vault = unlock(vault_path, USER, passphrase)
            elif step == "edit":
                assert vault is not None
                service = CaseService(vault)
                case = service.get_case(args[0])
                case.notes.append(Note(text="written on a troubled disk"))
                service.update_case(case)
            elif step == "passwd":
                assert vault is not None
                users.change_passphrase(vault, NEW_PASSPHRASE)
            elif step == "import_big":
                assert vault is not None
                import_cases(vault, big_case_file())
            elif step == "fsize":
                _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
                resource.setrlimit(resource.RLIMIT_FSIZE, (int(args[0]), hard))
            elif step == "count":
                assert vault is not None
                result["count"] = CaseService(vault).count()
            elif step == "close":
                if vault is not None:
                    vault.close()
            elif step != "ping":
                raise ValueError(f"unknown step {step}")
        except Exception as error:  # noqa: BLE001 - every failure is reported to the test
            result.update(
                ok=False,
                type=type(error).__name__,
                errno=getattr(error, "errno", None),
                text=str(error),
                cli=message_for(error),
                code=exit_code_for(error),
                ui=error_message(error),
            )
        _say(result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
