"""Argon2id passphrase key derivation with a production floor and an explicit test switch."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from asylum_desk.security.errors import WeakKdfParametersError

#: Environment variable that, when exactly "1", allows cheap parameters. Tests only.
INSECURE_TEST_SWITCH = "ASYLUM_DESK_INSECURE_TEST_KDF"

SALT_BYTES = 16
KEY_BYTES = 32

#: Upper bounds, so a tampered key file cannot make unlocking take hours or exhaust memory.
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id (version 0x13) cost parameters: memory in KiB, passes, and parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        """Reject values Argon2id cannot use or that exceed the sanity bounds."""
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            if type(value) is not int:
                raise ValueError(f"KdfParams.{name} must be an int")  # internal
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError("KdfParams.lanes out of range")  # internal
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError("KdfParams.iterations out of range")  # internal
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("KdfParams.memory_kib out of range")  # internal


# 192 MiB, t=3, p=4: measured about 0.7 s per derivation on the reference machine
# (cryptography 50 Argon2id; 256 MiB took about 0.97 s there).
DEFAULT_PARAMS = KdfParams(memory_kib=192 * 1024, iterations=3, lanes=4)

# RFC 9106 section 4, second recommended option: 64 MiB, t=3, p=4. Never accepted below this.
FLOOR = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4)

# Cheap settings for the test suite; only usable while INSECURE_TEST_SWITCH is "1".
TEST_PARAMS = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def insecure_test_kdf_enabled() -> bool:
    """Return True when the explicit test-only switch for cheap parameters is on."""
    return os.environ.get(INSECURE_TEST_SWITCH) == "1"


def is_below_floor(params: KdfParams) -> bool:
    """Return True when *params* are cheaper than FLOOR in memory or in iterations."""
    return params.memory_kib < FLOOR.memory_kib or params.iterations < FLOOR.iterations


def check_params(params: KdfParams) -> None:
    """Raise WeakKdfParametersError when *params* are below the floor and the switch is off."""
    if is_below_floor(params) and not insecure_test_kdf_enabled():
        raise WeakKdfParametersError()


def default_params() -> KdfParams:
    """Return the parameters for new key slots (TEST_PARAMS only under the test switch)."""
    return TEST_PARAMS if insecure_test_kdf_enabled() else DEFAULT_PARAMS


def normalize_passphrase(passphrase: str) -> bytes:
    """Return the NFC-normalised UTF-8 bytes of *passphrase*."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from *passphrase* with Argon2id; checks *params* against the floor."""
    check_params(params)
    if len(salt) != SALT_BYTES:
        raise ValueError("the Argon2id salt must be 16 bytes")  # internal
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))
