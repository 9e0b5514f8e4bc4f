"""A full disk and a read-only vault folder give one clear line, never a broken vault.

No space left (ENOSPC) is injected where Python writes (creating, writing, syncing and
renaming the temporary file of an atomic write) while the key file is written (passphrase
change, new user, rekey) and while an export is written. A real "disk full" for the
database comes from a file size limit in a worker process. A read-only folder is real too:
the worker process gives up root's power to ignore permissions when the tests run as root.

Afterwards the key file and the previous export are byte for byte as they were, no
temporary file is left, the vault opens with the old passphrase and ``verify`` is happy.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from asylum_desk import cli
from asylum_desk.cli.errors import message_for
from asylum_desk.domain.enums import Role
from asylum_desk.security import atomic_write
from asylum_desk.security.errors import UnknownUserError, WrongPassphraseError
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH
from asylum_desk.services import users
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.services.verification import verify_vault
from asylum_desk.storage.tables import AuditEventRow
from asylum_desk.ui.workers import error_message
from tests.conftest import PASSPHRASE, canary_case
from tests.security import disk_trouble_worker

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and signals")

WORKER = Path(disk_trouble_worker.__file__)
WRITE_RENAME = ("write", "rename")


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    return {
        path.name: (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def _check_one_line(error: BaseException, *expected: str) -> str:
    cli_line, app_line = message_for(error), error_message(error)
    for line in (cli_line, app_line):
        assert line.strip() and "\n" not in line, line
        for words in expected:
            assert words in line, line
    return cli_line


def _audit_actions(vault: OpenVault) -> list[str]:
    with vault.transaction() as session:
        return list(session.scalars(select(AuditEventRow.action).order_by(AuditEventRow.id)))


# ------------------------------------------------------------------------------ no space


def _no_space(*_args: object, **_kwargs: object) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _HalfWriter:
    """A file that takes half of what is written, then reports the disk full."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(bytes(data)[: len(data) // 2])
        self._handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def fileno(self) -> int:
        return int(self._handle.fileno())

    def flush(self) -> None:
        if not self._handle.closed:
            self._handle.flush()

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _inject(patch: pytest.MonkeyPatch, where: str) -> None:
    """Make the atomic write fail for lack of space at ``where``."""
    if where == "create":
        patch.setattr(atomic_write.tempfile, "mkstemp", _no_space)
    elif where == "write":
        real_fdopen = os.fdopen
        patch.setattr(
            atomic_write.os, "fdopen", lambda fd, *a, **k: _HalfWriter(real_fdopen(fd, *a, **k))
        )
    elif where == "fsync":
        patch.setattr(atomic_write.os, "fsync", _no_space)
    elif where == "rename":
        patch.setattr(atomic_write.os, "replace", _no_space)
    else:  # pragma: no cover
        raise AssertionError(where)


KEY_FILE_WRITES: dict[str, tuple[Callable[[OpenVault], object], str]] = {
    "change passphrase": (lambda v: users.change_passphrase(v, "new passphrase 2"), "change"),
    "add a user": (lambda v: users.add_user(v, "bo", Role.CASEWORKER, "bo's passphrase"), "add"),
    "rekey": (users.rekey, "rekey"),
}


@pytest.mark.parametrize(
    ("operation", "where"),
    [
        *(("change passphrase", where) for where in ("create", "write", "fsync", "rename")),
        *(
            (operation, where)
            for operation in ("add a user", "rekey")
            for where in ("write", "rename")
        ),
    ],
)
def test_no_space_while_the_key_file_is_written_changes_nothing(
    vault: OpenVault, vault_path: Path, where: str, operation: str
) -> None:
    number = CaseService(vault).create_case(canary_case())
    act, _ = KEY_FILE_WRITES[operation]
    actions_before = _audit_actions(vault)
    before = snapshot(vault_path)
    with pytest.MonkeyPatch.context() as patch, pytest.raises(OSError) as caught:
        _inject(patch, where)
        act(vault)
    assert caught.value.errno == errno.ENOSPC
    message = _check_one_line(caught.value, "No space left on device")
    assert message.endswith("nothing was changed.")
    # The key file is untouched and nothing is left beside it (no temp, no pending file).
    after = snapshot(vault_path)
    assert after["vault.key"] == before["vault.key"]
    assert set(after) <= set(before) | {"vault.db-wal", "vault.db-shm"}
    # The vault stays open and usable; nothing was recorded for a change that did not happen.
    assert vault.is_open
    assert CaseService(vault).count() == 1
    assert _audit_actions(vault)[len(actions_before) :] == []
    vault.close()
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        assert verify_vault(reopened).ok
        assert CaseService(reopened).get_case(number).applicant.given_names
    if operation == "add a user":
        with pytest.raises(UnknownUserError):
            unlock(vault_path, "bo", "bo's passphrase")


def _export(vault_path: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    os.environ["ASYLUM_DESK_PASSPHRASE"] = PASSPHRASE
    try:
        code = cli.main(
            ["export", "--vault", str(vault_path), "--user", "amara", "--out", str(out)]
        )
    finally:
        del os.environ["ASYLUM_DESK_PASSPHRASE"]
    return code, capsys.readouterr().err


def _fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


@pytest.mark.parametrize("where", ["write", "fsync", "rename"])
def test_no_space_while_exporting_keeps_the_previous_export(
    vault: OpenVault,
    vault_path: Path,
    tmp_path: Path,
    where: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    CaseService(vault).create_case(canary_case())
    vault.close()
    out_folder = tmp_path / "usb"
    out_folder.mkdir()
    out = out_folder / "cases.json"
    assert _export(vault_path, out, capsys)[0] == 0
    before = snapshot(out_folder)
    with pytest.MonkeyPatch.context() as patch:
        if where == "write":
            real_open = open
            patch.setattr(
                cli,
                "open",
                lambda path, mode="r", *a, **k: (
                    _HalfWriter(real_open(path, mode, *a, **k))
                    if "w" in mode
                    else real_open(path, mode, *a, **k)
                ),
                raising=False,
            )
        elif where == "fsync":
            real_fsync = os.fsync
            patch.setattr(
                os,
                "fsync",
                lambda fd: _no_space() if _fd_path(fd).endswith(".partial") else real_fsync(fd),
            )
        else:
            real_replace = os.replace
            patch.setattr(
                os,
                "replace",
                lambda a, b: _no_space() if str(a).endswith(".partial") else real_replace(a, b),
            )
        code, err = _export(vault_path, out, capsys)
    assert code != 0
    assert err.count("\n") == 1
    assert "No space left on device" in err and "nothing was changed" in err
    assert snapshot(out_folder) == before  # the earlier export, and no ".partial" beside it
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        assert verify_vault(reopened).ok


# ------------------------------------------------------------------------------ worker


class Worker:
    """disk_trouble_worker.py: steps on a vault in a process without root's powers."""

    def __init__(self, vault_path: Path) -> None:
        env = dict(os.environ, ASYLUM_DESK_INSECURE_TEST_KDF="1", QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(vault_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdin is not None
        self.process.stdin.write(PASSPHRASE + "\n")
        self.process.stdin.flush()
        start = self._result()
        if not start.get("ok"):
            self.close()
            pytest.skip(
                "cannot give up root's powers here, so chmod cannot make a folder read-only"
            )

    def _result(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.close()
            assert self.process.stderr is not None
            pytest.fail(f"the worker died: {self.process.stderr.read()[-3000:]}")
        result: dict[str, Any] = json.loads(line)
        return result

    def step(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._result()

    def close(self) -> None:
        if self.process.stdin and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def _read_only(folder: Path, *, files_too: bool) -> None:
    if files_too:  # read-only media: a write-protected USB stick, say
        for path in folder.iterdir():
            os.chmod(path, stat.S_IRUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)


def _writable(folder: Path) -> None:
    os.chmod(folder, stat.S_IRWXU)
    for path in folder.iterdir():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def _opens_as_before(folder: Path, number: str) -> None:
    with unlock(folder, "amara", PASSPHRASE) as vault:
        assert verify_vault(vault).ok
        assert CaseService(vault).get_case(number).applicant.anonymity.pseudonym == "Applicant K"
        assert CaseService(vault).count() == 1


@dataclass
class Trouble:
    """What the worker saw, and what the disk looked like before and after each scene."""

    folder: Path
    number: str
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    before: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    after: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)


@pytest.fixture(scope="module")
def trouble(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Trouble]:
    """One worker plays every scene on one vault (a process start costs seconds)."""
    folder = tmp_path_factory.mktemp("trouble") / "vault"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(INSECURE_TEST_SWITCH, "1")
        with create_vault(
            folder, office_code="CPH", office_name="Office", username="amara", passphrase=PASSPHRASE
        ).vault as vault:
            number = CaseService(vault).create_case(canary_case())
    seen = Trouble(folder, number)
    worker = Worker(folder)
    try:
        for files_too, scene in ((False, "read-only folder"), (True, "read-only media")):
            seen.before[scene] = snapshot(folder)
            _read_only(folder, files_too=files_too)
            seen.results[scene] = worker.step("unlock")
            _writable(folder)
            seen.after[scene] = snapshot(folder)
        # The folder turns read-only while the vault is unlocked.
        assert worker.step("unlock")["ok"]
        seen.before["turns read-only"] = snapshot(folder)
        _read_only(folder, files_too=False)
        seen.results["passwd"] = worker.step("passwd")
        seen.results["edit"] = worker.step(f"edit {number}")
        seen.results["close"] = worker.step("close")
        _writable(folder)
        seen.after["turns read-only"] = snapshot(folder)
        # The disk fills up: the worker may not grow any file beyond 1 MB.
        assert worker.step("unlock")["ok"]
        assert worker.step("fsize 1048576")["ok"]
        seen.results["disk full"] = worker.step("import_big")
        assert worker.step("fsize -1")["ok"]
        seen.results["count"] = worker.step("count")
        assert worker.step("close")["ok"]
    finally:
        worker.close()
        _writable(folder)
    yield seen


@pytest.mark.parametrize("scene", ["read-only folder", "read-only media"])
def test_unlocking_in_a_read_only_folder_fails_in_one_line_and_changes_nothing(
    trouble: Trouble, scene: str
) -> None:
    result = trouble.results[scene]
    assert not result["ok"]
    for line in (result["cli"], result["ui"]):
        assert line.strip() and "\n" not in line
    assert "passphrase" not in result["cli"]
    assert trouble.after[scene] == trouble.before[scene]  # same files, bytes and times
    _opens_as_before(trouble.folder, trouble.number)


@pytest.mark.parametrize("scene", ["read-only folder", "read-only media"])
def test_unlocking_in_a_read_only_folder_says_read_only_not_damaged(
    trouble: Trouble, scene: str
) -> None:
    result = trouble.results[scene]
    assert not result["ok"]
    assert "damaged" not in result["cli"] and "damaged" not in result["ui"]
    assert "read-only" in result["cli"] or "Permission denied" in result["cli"]


def test_a_folder_that_turns_read_only_while_unlocked(trouble: Trouble) -> None:
    """A USB stick's write protection flipped, say: changes fail in one line, none half done."""
    passwd = trouble.results["passwd"]
    assert not passwd["ok"]
    assert passwd["errno"] == errno.EACCES
    assert "Permission denied" in passwd["cli"] and "nothing was changed" in passwd["cli"]
    for name in ("passwd", "edit", "close"):
        result = trouble.results[name]
        for line in (result.get("cli", ""), result.get("ui", "")):
            assert "\n" not in line
    before, after = trouble.before["turns read-only"], trouble.after["turns read-only"]
    assert after["vault.key"] == before["vault.key"]
    assert not [name for name in after if name.startswith(".vault.key")]
    _opens_as_before(trouble.folder, trouble.number)  # the old passphrase still opens it
    with pytest.raises(WrongPassphraseError):
        unlock(trouble.folder, "amara", disk_trouble_worker.NEW_PASSPHRASE)


def test_a_full_disk_while_importing_leaves_the_vault_whole(trouble: Trouble) -> None:
    """A real write failure in SQLite (a file size limit): one line, the vault whole."""
    result = trouble.results["disk full"]
    assert not result["ok"]
    for line in (result["cli"], result["ui"]):
        assert line.strip() and "\n" not in line
    assert trouble.results["count"] == {"step": "count", "ok": True, "count": 1}
    _opens_as_before(trouble.folder, trouble.number)


def test_a_full_disk_is_not_reported_as_a_damaged_vault(trouble: Trouble) -> None:
    result = trouble.results["disk full"]
    assert not result["ok"]
    assert "damaged" not in result["cli"] and "damaged" not in result["ui"]
