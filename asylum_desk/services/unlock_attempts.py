"""Failed unlock attempts: counted per vault in a small state file beside it, and slowed down.

The file (``vault.attempts`` in the vault folder) holds the number of failed attempts since
the last successful unlock and the time of the last failure, nothing else: no user name, no
vault data. It is never the database or the key file, which a wrong passphrase leaves
untouched. Before the key derivation of the next attempt, the caller waits until
``delay_after(failures)`` seconds have passed since the last failure; because the count and
the time come from the file, starting a new process does not skip the wait.

The file can only ever make unlocking slower, never impossible: a missing, damaged or
unreadable file counts as no failures, a file that cannot be written is reported after a
successful unlock, and the longest wait is ``MAX_DELAY_S``.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asylum_desk.domain.messages import text
from asylum_desk.security.atomic_write import write_file_atomic
from asylum_desk.storage.vault_files import VaultFiles

FREE_FAILURES = 3
"""Failures in a row that cost no waiting (typos happen)."""
FIRST_DELAY_S = 1.0
"""The wait after the first failure beyond the free ones; it doubles with each further one."""
MAX_DELAY_S = 60.0
"""The longest wait between two attempts."""

FORMAT_VERSION = 1
_MAX_STATE_BYTES = 4096
_MAX_COUNT = 1_000_000

clock: Callable[[], float] = time.time
"""Wall-clock seconds (shared between processes); replaced in tests."""
sleep: Callable[[float], None] = time.sleep
"""How the wait is done; replaced in tests."""


def delay_after(failures: int) -> float:
    """Seconds the next attempt must wait after ``failures`` failed attempts in a row.

    None for the first ``FREE_FAILURES``, then 1, 2, 4, 8 … seconds, at most ``MAX_DELAY_S``.
    """
    beyond = failures - FREE_FAILURES
    if beyond <= 0:
        return 0.0
    return float(min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** min(beyond - 1, 32)))


@dataclass(frozen=True, slots=True)
class FailedAttempts:
    """Failed unlock attempts since the last successful unlock (no personal data)."""

    count: int = 0
    last_failure: float | None = None
    """Seconds since the epoch (UTC) of the latest failure, when there was one."""

    def seconds_to_wait(self, now: float) -> float:
        """How long the next attempt must still wait at ``now`` (0 when it may start)."""
        delay = delay_after(self.count)
        if delay <= 0 or self.last_failure is None:
            return 0.0
        # A clock set back (or a time in the future) never makes the wait longer than delay.
        return min(delay, max(0.0, delay - (now - self.last_failure)))

    def describe(self) -> str:
        """One line for the person who just unlocked; "" when there was no failure."""
        if self.count <= 0:
            return ""
        count = self.count
        if self.last_failure is None:
            if count == 1:
                return text("{count} failed unlock attempt since the last unlock.", count=count)
            return text("{count} failed unlock attempts since the last unlock.", count=count)
        when = datetime.fromtimestamp(self.last_failure).strftime("%Y-%m-%d %H:%M")
        if count == 1:
            return text(
                "{count} failed unlock attempt since the last unlock, on {when}.",
                count=count,
                when=when,
            )
        return text(
            "{count} failed unlock attempts since the last unlock, the last on {when}.",
            count=count,
            when=when,
        )

    def audit_detail(self) -> str | None:
        """The detail of the ``unlock`` audit event: counts and a UTC time, nothing personal."""
        if self.count <= 0:
            return None
        detail = f"failed_attempts={self.count}"
        if self.last_failure is not None:
            at = datetime.fromtimestamp(self.last_failure, UTC).isoformat(timespec="seconds")
            detail += f" last_failure={at}"
        return detail


@dataclass(frozen=True, slots=True)
class SuccessReport:
    """What a successful unlock found in the state file, and any problem resetting it."""

    before: FailedAttempts
    problem: str = ""

    def notice(self) -> str:
        """The line(s) to show after unlocking; "" when there is nothing to say."""
        attempts = self.before.describe()
        if attempts and self.problem:
            return text("{attempts} {problem}", attempts=attempts, problem=self.problem)
        return attempts or self.problem


def waiting_message(seconds: float) -> str:
    """One line saying that the next attempt waits (for the command line)."""
    return text(
        "Too many wrong passphrases: waiting {seconds} s before trying.",
        seconds=whole_seconds(seconds),
    )


def countdown_message(seconds: float) -> str:
    """One line for the unlock screen while the next attempt must still wait."""
    return text(
        "Too many wrong passphrases: try again in {seconds} s.", seconds=whole_seconds(seconds)
    )


def whole_seconds(seconds: float) -> int:
    """Seconds rounded up, so a countdown never shows 0 while a wait remains."""
    return max(1, math.ceil(seconds - 1e-9))


def folder_is_writable(folder: Path) -> bool:
    """Whether new files can be made in ``folder`` (so failures can be counted)."""
    return os.access(folder, os.W_OK | os.X_OK)


class UnlockAttempts:
    """The failed-attempt state of one vault, read from and written to its state file."""

    def __init__(self, files: VaultFiles) -> None:
        """Track the vault whose files are ``files``."""
        self._path = files.attempts_file

    @property
    def path(self) -> Path:
        """The state file."""
        return self._path

    def read(self) -> FailedAttempts:
        """The current state; missing, unreadable or damaged means no failures."""
        try:
            with open(self._path, "rb") as handle:
                data = handle.read(_MAX_STATE_BYTES + 1)
        except OSError:
            return FailedAttempts()
        return _parse(data)

    def seconds_to_wait(self) -> float:
        """How long the next attempt must still wait (0 when it may start now)."""
        return self.read().seconds_to_wait(clock())

    def wait_for_turn(self, on_wait: Callable[[str], None] | None = None) -> None:
        """Sleep until the next attempt may start (call before any key derivation)."""
        remaining = self.seconds_to_wait()
        if remaining <= 0:
            return
        if on_wait is not None:
            on_wait(waiting_message(remaining))
        sleep(remaining)

    def record_failure(self) -> None:
        """Count one more failure, now. Never raises: a failed attempt stays just that."""
        before = self.read()
        state = {
            "version": FORMAT_VERSION,
            "failures": min(before.count + 1, _MAX_COUNT),
            "last_failure": round(clock(), 3),
        }
        data = json.dumps(state, separators=(",", ":")).encode("ascii") + b"\n"
        try:
            write_file_atomic(self._path, data, 0o600)
        except OSError:
            # A read-only folder: the failure cannot be counted; the next successful
            # unlock says so. Unlocking itself never depends on this file.
            return

    def reset(self) -> str:
        """Clear the count after a successful unlock; a problem doing so, in one line, or ""."""
        try:
            self._path.unlink(missing_ok=True)
        except OSError as error:
            return _cannot_count(error.strerror or type(error).__name__)
        if not folder_is_writable(self._path.parent):
            return _cannot_count(text("the vault folder is read-only"))
        return ""


def seconds_to_wait(folder: Path) -> float:
    """For the unlock screen: how long before the next attempt at the vault in ``folder``."""
    return UnlockAttempts(VaultFiles(folder)).seconds_to_wait()


def _cannot_count(reason: str) -> str:
    return text("Failed unlock attempts cannot be counted here ({reason}).", reason=reason)


def _parse(data: bytes) -> FailedAttempts:
    """The state in ``data``; anything unexpected counts as no failures."""
    if len(data) > _MAX_STATE_BYTES:
        return FailedAttempts()
    try:
        state = json.loads(data.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return FailedAttempts()
    if not isinstance(state, dict) or state.get("version") != FORMAT_VERSION:
        return FailedAttempts()
    count = state.get("failures")
    last = state.get("last_failure")
    if not isinstance(count, int) or isinstance(count, bool) or not 0 < count <= _MAX_COUNT:
        return FailedAttempts()
    if not isinstance(last, int | float) or isinstance(last, bool):
        return FailedAttempts()
    if not math.isfinite(last) or last < 0:
        return FailedAttempts()
    return FailedAttempts(count, float(last))
