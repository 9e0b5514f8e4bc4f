"""Promise 6, extended: failed unlock attempts are counted beside the vault and slowed down.

Only ``vault.attempts`` changes on a failure (the database and key file keep bytes and
mtime); the wait comes before any key derivation and is read from the file, so a new
process does not skip it; a damaged, missing or unwritable file never blocks the right
passphrase; every successful unlock is an ``unlock`` audit event and resets the count.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from asylum_desk.cli import main
from asylum_desk.security import keyfile as keyfile_module
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.security.errors import UnknownUserError, WrongPassphraseError
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH
from asylum_desk.services import unlock_attempts
from asylum_desk.services.device_unlock import remember_on_device, unlock_remembered
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.unlock_attempts import (
    MAX_DELAY_S,
    FailedAttempts,
    delay_after,
    seconds_to_wait,
)
from asylum_desk.services.vault_access import create_vault, unlock, unlock_with_recovery
from asylum_desk.storage.tables import AuditEventRow
from asylum_desk.storage.vault_files import ATTEMPTS_FILE_NAME
from tests.conftest import CANARY_NAME, PASSPHRASE
from tests.keyring_doubles import InMemoryKeyring
from tests.security.test_unlock_failures import only_attempts_changed, snapshot

WRONG = "not the passphrase at all"
NOW = 1_795_000_000.0  # 2026-11-19, a fixed "now" for the fake clock


class FakeTime:
    """A wall clock that only moves when the code under test sleeps (or the test says so)."""

    def __init__(self, events: list[str]) -> None:
        self.now = NOW
        self.slept: list[float] = []
        self.events = events

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.events.append("sleep")
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def events() -> list[str]:
    return []


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch, events: list[str]) -> FakeTime:
    fake = FakeTime(events)
    monkeypatch.setattr(unlock_attempts, "clock", fake.clock)
    monkeypatch.setattr(unlock_attempts, "sleep", fake.sleep)
    return fake


@pytest.fixture
def kdf_calls(monkeypatch: pytest.MonkeyPatch, events: list[str]) -> list[str]:
    """Record each passphrase key derivation in the shared event list."""
    real = keyfile_module.passphrase_kek

    def recording(passphrase: str, params: object) -> bytes:
        events.append("kdf")
        return real(passphrase, params)  # type: ignore[arg-type]

    monkeypatch.setattr(keyfile_module, "passphrase_kek", recording)
    return events


@pytest.fixture
def closed(vault: OpenVault, vault_path: Path) -> Path:
    vault.close()
    return vault_path


def attempts_file(folder: Path) -> Path:
    return folder / ATTEMPTS_FILE_NAME


def fail(folder: Path, times: int = 1, user: str = "amara") -> None:
    for _ in range(times):
        with pytest.raises((WrongPassphraseError, UnknownUserError)):
            unlock(folder, user, WRONG)


def write_state(folder: Path, failures: int, last: float) -> None:
    """What another process would have left behind."""
    state = {"version": 1, "failures": failures, "last_failure": last}
    attempts_file(folder).write_text(json.dumps(state))


def unlock_events(vault: OpenVault) -> list[AuditEventRow]:
    with vault.transaction() as session:
        return list(
            session.scalars(select(AuditEventRow).where(AuditEventRow.action == "unlock")).all()
        )


# ------------------------------------------------------------------------------ the schedule


def test_the_delay_schedule() -> None:
    assert [delay_after(n) for n in range(12)] == [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert delay_after(10**6) == MAX_DELAY_S == 60
    assert delay_after(-1) == 0


def test_the_wait_counts_from_the_last_failure_and_never_exceeds_the_delay() -> None:
    attempts = FailedAttempts(7, NOW)  # 8 s after the 7th failure
    assert attempts.seconds_to_wait(NOW) == 8
    assert attempts.seconds_to_wait(NOW + 5) == 3
    assert attempts.seconds_to_wait(NOW + 8) == 0
    assert attempts.seconds_to_wait(NOW + 3600) == 0
    # a clock set back, or a time written in the future, still waits at most the delay
    assert attempts.seconds_to_wait(NOW - 10_000) == 8
    assert FailedAttempts(3, NOW).seconds_to_wait(NOW) == 0


# ------------------------------------------------------------------------------ on disk


def test_a_wrong_passphrase_changes_only_the_attempts_file(
    closed: Path, fake_time: FakeTime
) -> None:
    before = snapshot(closed)
    assert not attempts_file(closed).exists()
    fail(closed)
    assert only_attempts_changed(closed, before)
    data = attempts_file(closed).read_bytes()
    assert json.loads(data) == {"version": 1, "failures": 1, "last_failure": NOW}
    assert attempts_file(closed).stat().st_mode & 0o777 == 0o600
    fail(closed, 4)
    assert only_attempts_changed(closed, before)
    assert json.loads(attempts_file(closed).read_bytes())["failures"] == 5
    # no temporary file is left behind
    assert sorted(p.name for p in closed.iterdir()) == ["vault.attempts", "vault.db", "vault.key"]


def test_the_attempts_file_holds_no_personal_data(closed: Path, fake_time: FakeTime) -> None:
    fail(closed, user="amara")
    fail(closed, user=CANARY_NAME)
    data = attempts_file(closed).read_bytes()
    for secret in ("amara", CANARY_NAME, WRONG, PASSPHRASE):
        assert secret.encode("utf-8") not in data
        assert secret.encode("utf-16-le") not in data
    assert set(json.loads(data)) == {"version", "failures", "last_failure"}


def test_counting_is_per_vault_so_unknown_names_count_too(
    closed: Path, fake_time: FakeTime
) -> None:
    fail(closed, 2, user="amara")
    fail(closed, 2, user="mallory")
    assert json.loads(attempts_file(closed).read_bytes())["failures"] == 4
    # a known and an unknown name wait alike: the delay tells no one which names exist
    fake_time.slept.clear()
    fail(closed, user="mallory")
    fail(closed, user="amara")
    assert fake_time.slept == [1.0, 2.0]


# ------------------------------------------------------------------------------ the wait


def test_the_wait_comes_before_the_key_derivation(
    closed: Path, fake_time: FakeTime, kdf_calls: list[str]
) -> None:
    fail(closed, 4)
    assert kdf_calls == ["kdf"] * 4  # the first four cost nothing
    kdf_calls.clear()
    fail(closed)
    assert kdf_calls == ["sleep", "kdf"]
    assert fake_time.slept == [1.0]
    kdf_calls.clear()
    fake_time.now += 1  # a second later: 1 s of the 2 s are left
    unlock(closed, "amara", PASSPHRASE).close()
    assert kdf_calls == ["sleep", "kdf"]
    assert fake_time.slept == [1.0, 1.0]


def test_the_wait_is_read_from_the_file_so_a_new_process_cannot_skip_it(
    closed: Path, fake_time: FakeTime, kdf_calls: list[str]
) -> None:
    # Nothing is kept in memory between calls: state written by another process counts.
    write_state(closed, failures=8, last=NOW - 6)
    assert seconds_to_wait(closed) == 10
    unlock(closed, "amara", PASSPHRASE).close()
    assert kdf_calls == ["sleep", "kdf"]
    assert fake_time.slept == [10]
    assert not attempts_file(closed).exists()


def test_a_fresh_command_line_process_waits_too(closed: Path) -> None:
    write_state(closed, failures=6, last=time.time())  # 4 s from now
    env = dict(os.environ, ASYLUM_DESK_PASSPHRASE=WRONG)
    env[INSECURE_TEST_SWITCH] = "1"
    command = [sys.executable, "-m", "asylum_desk", "search", "--vault", str(closed)]
    started = time.monotonic()
    done = subprocess.run(
        [*command, "--user", "amara", "x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    lines = done.stderr.strip().splitlines()
    assert re.fullmatch(
        r"asylum-desk: Too many wrong passphrases: waiting [1-4] s before trying\.", lines[0]
    ), lines
    assert lines[1] == "asylum-desk: The passphrase is not correct for user 'amara'."
    assert time.monotonic() - started >= 3.5
    assert json.loads(attempts_file(closed).read_bytes())["failures"] == 7


def test_no_wait_after_enough_time(closed: Path, fake_time: FakeTime) -> None:
    fail(closed, 6)
    fake_time.slept.clear()
    fake_time.now += 3600
    fail(closed)
    assert fake_time.slept == []


# ------------------------------------------------------------------------------ after success


def test_a_successful_unlock_reports_the_failures_then_resets(
    closed: Path, fake_time: FakeTime
) -> None:
    fail(closed, 2)
    fake_time.now += 90
    fail(closed)
    with unlock(closed, "amara", PASSPHRASE) as vault:
        when = datetime.fromtimestamp(NOW + 90).strftime("%Y-%m-%d %H:%M")
        assert vault.unlock_notice == (
            f"3 failed unlock attempts since the last unlock, the last on {when}."
        )
        *_, event = unlock_events(vault)
        at = datetime.fromtimestamp(NOW + 90, UTC).isoformat(timespec="seconds")
        assert (event.actor, event.entity, event.case_number) == ("amara", "vault", None)
        assert event.detail == f"failed_attempts=3 last_failure={at}"
    assert not attempts_file(closed).exists()
    with unlock(closed, "amara", PASSPHRASE) as again:
        assert again.unlock_notice == ""
        assert unlock_events(again)[-1].detail is None


def test_one_failure_reads_naturally(closed: Path, fake_time: FakeTime) -> None:
    fail(closed)
    with unlock(closed, "amara", PASSPHRASE) as vault:
        when = datetime.fromtimestamp(NOW).strftime("%Y-%m-%d %H:%M")
        assert vault.unlock_notice == f"1 failed unlock attempt since the last unlock, on {when}."


def test_the_command_line_shows_the_failures_on_stderr(
    closed: Path,
    fake_time: FakeTime,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args = ["search", "--vault", str(closed), "--user", "amara", "x"]
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", WRONG)
    for _ in range(5):
        assert main(args) == 3
    capsys.readouterr()
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    assert main(args) == 0
    captured = capsys.readouterr()
    when = datetime.fromtimestamp(NOW + 1).strftime("%Y-%m-%d %H:%M")
    assert captured.err.splitlines() == [
        "asylum-desk: Too many wrong passphrases: waiting 2 s before trying.",
        f"asylum-desk: 5 failed unlock attempts since the last unlock, the last on {when}.",
    ]
    assert "failed" not in captured.out
    assert main(args) == 0
    assert capsys.readouterr().err == ""


def test_every_way_of_unlocking_is_audited_and_resets_the_count(
    vault: OpenVault, vault_path: Path, fake_time: FakeTime
) -> None:
    memory = InMemoryKeyring()
    cache = DeviceKeyCache(memory, allow_backend_for_tests=True)
    remember_on_device(vault, PASSPHRASE, cache)
    vault.close()
    recovery_key = _recovery_key_of_a_new_vault(vault_path.parent / "second")

    # the device cache: no passphrase is guessed, so no wait; the count is reported and reset
    fail(vault_path, 6)
    fake_time.slept.clear()
    remembered = unlock_remembered(vault_path, "amara", cache)
    assert remembered is not None
    with remembered:
        assert remembered.unlock_notice.startswith("6 failed unlock attempts")
        assert unlock_events(remembered)[-1].detail.startswith("failed_attempts=6 ")  # type: ignore[union-attr]
    assert fake_time.slept == []
    assert not attempts_file(vault_path).exists()

    # the recovery key: 256 random bits need no slowing down; the count is reported and reset
    second = vault_path.parent / "second"
    fail(second, 7)
    fake_time.slept.clear()
    with unlock_with_recovery(second, "amara", recovery_key, "a brand new passphrase") as opened:
        assert opened.unlock_notice.startswith("7 failed unlock attempts")
        with opened.transaction() as session:
            actions = session.scalars(select(AuditEventRow.action).order_by(AuditEventRow.id)).all()
        assert actions[-2:] == ["unlock", "recover"]
    assert fake_time.slept == []
    assert not attempts_file(second).exists()


def _recovery_key_of_a_new_vault(path: Path) -> str:
    created = create_vault(
        path, office_code="CPH", office_name="Second", username="amara", passphrase=PASSPHRASE
    )
    created.vault.close()
    return created.recovery_key


# ------------------------------------------------------------------------------ bad state files

DAMAGED: list[bytes] = [
    b"",
    b"\x00\xff" * 100,
    b"not json",
    b"[]",
    b'{"version": 2, "failures": 9, "last_failure": 1}',
    b'{"version": 1, "failures": -4, "last_failure": 1}',
    b'{"version": 1, "failures": true, "last_failure": 1}',
    b'{"version": 1, "failures": 9, "last_failure": "yesterday"}',
    b'{"version": 1, "failures": 9, "last_failure": NaN}',
    b'{"version": 1, "failures": 9, "last_failure": -1}',
    b'{"version": 1, "failures": 99999999999, "last_failure": 1}',
    b'{"version": 1, "failures": 9}',
    b" " * 5000 + b'{"version": 1, "failures": 9, "last_failure": 1}',
]


@pytest.mark.parametrize("content", DAMAGED, ids=range(len(DAMAGED)))
def test_a_damaged_attempts_file_never_blocks_the_right_passphrase(
    closed: Path, fake_time: FakeTime, content: bytes
) -> None:
    attempts_file(closed).write_bytes(content)
    assert seconds_to_wait(closed) == 0
    with unlock(closed, "amara", PASSPHRASE) as vault:
        assert vault.unlock_notice == ""
    assert fake_time.slept == []
    assert not attempts_file(closed).exists()


def test_a_damaged_attempts_file_is_rewritten_whole_on_the_next_failure(
    closed: Path, fake_time: FakeTime
) -> None:
    attempts_file(closed).write_bytes(b'{"version": 1, "failu')
    fail(closed)
    assert json.loads(attempts_file(closed).read_bytes()) == {
        "version": 1,
        "failures": 1,
        "last_failure": NOW,
    }


def test_a_missing_attempts_file_is_no_failures(closed: Path, fake_time: FakeTime) -> None:
    fail(closed, 8)
    attempts_file(closed).unlink()
    fake_time.slept.clear()
    with unlock(closed, "amara", PASSPHRASE) as vault:
        assert vault.unlock_notice == ""
    assert fake_time.slept == []


def test_an_attempts_file_that_cannot_be_written_never_blocks_unlocking(
    closed: Path, fake_time: FakeTime
) -> None:
    # A folder where the file should be: it can be neither read, replaced nor removed.
    attempts_file(closed).mkdir()
    before = {name: (closed / name).read_bytes() for name in ("vault.db", "vault.key")}
    fail(closed, 6)
    assert {name: (closed / name).read_bytes() for name in before} == before
    assert list(attempts_file(closed).iterdir()) == []
    assert fake_time.slept == []  # nothing could be counted, so nothing is slowed
    assert sorted(p.name for p in closed.iterdir()) == ["vault.attempts", "vault.db", "vault.key"]
    with unlock(closed, "amara", PASSPHRASE) as vault:
        assert (
            vault.unlock_notice == "Failed unlock attempts cannot be counted here (Is a directory)."
        )


def test_a_read_only_vault_folder_never_blocks_unlocking(
    closed: Path,
    fake_time: FakeTime,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # As root, chmod does not stop writing; stand in for the operating system's refusal.
    def refuse(path: Path | str, data: bytes, mode: int = 0o600) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(unlock_attempts, "write_file_atomic", refuse)
    monkeypatch.setattr(unlock_attempts, "folder_is_writable", lambda folder: False)
    before = snapshot(closed)
    fail(closed, 3)
    assert snapshot(closed) == before
    monkeypatch.setenv("ASYLUM_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["search", "--vault", str(closed), "--user", "amara", "x"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "asylum-desk: Failed unlock attempts cannot be counted here "
        "(the vault folder is read-only)."
    ]


def test_failures_of_other_kinds_are_not_counted(closed: Path, fake_time: FakeTime) -> None:
    (closed / "vault.key").write_bytes(b"garbage")
    with pytest.raises(Exception, match="key file"):
        unlock(closed, "amara", PASSPHRASE)
    assert not attempts_file(closed).exists()
