"""Promises 16-18: the device cache uses only secure keyrings, never hangs, and goes stale safely.

Never touches the real OS keyring: every test passes an explicit backend (or patches
``keyring.get_keyring``).
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from asylum_desk.security.device_cache import (
    ALLOWED_BACKENDS,
    KEYRING_FAILED,
    KEYRING_NO_RESPONSE,
    NO_SECURE_KEYRING,
    SERVICE_NAME,
    DeviceKeyCache,
)
from asylum_desk.security.errors import KeyringUnavailableError, StaleDeviceSecretError
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH
from asylum_desk.security.keyfile import KeyFile, new_vault_id
from tests.keyring_doubles import InMemoryKeyring

VAULT = "0123456789abcdef0123456789abcdef"
SLOT = "fedcba9876543210fedcba9876543210"
KEY = bytes(range(32))


def _unregister(cls: type[KeyringBackend]) -> type[KeyringBackend]:
    """Keep test backends out of keyring's own auto-detection for the rest of the session."""
    KeyringBackend._classes.discard(cls)
    return cls


@_unregister
class HangingKeyring(KeyringBackend):
    """Like Secret Service waiting forever for an unlock prompt."""

    priority = 1

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(60)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(60)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(60)


@_unregister
class BrokenKeyring(KeyringBackend):
    """Raises on every call, like a locked or crashed keyring daemon."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus error: the secret is " + "x" * 10)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("D-Bus error")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("D-Bus error")


@_unregister
class PlaintextFileKeyring(InMemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring."""


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def memory() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def cache(memory: InMemoryKeyring) -> DeviceKeyCache:
    return DeviceKeyCache(memory, allow_backend_for_tests=True)


@pytest.fixture
def release() -> Iterator[threading.Event]:
    event = threading.Event()
    yield event
    event.set()  # let the hung worker threads finish


# ------------------------------------------------------------------------------ happy path


def test_remember_recall_forget(cache: DeviceKeyCache, memory: InMemoryKeyring) -> None:
    assert cache.is_available()
    assert cache.unavailable_reason() == ""
    assert cache.recall(VAULT, SLOT) is None
    cache.remember(VAULT, SLOT, KEY)
    assert list(memory.store) == [(SERVICE_NAME, f"{VAULT}:{SLOT}")]
    assert cache.recall(VAULT, SLOT) == KEY
    assert cache.recall(VAULT, "recovery") is None
    cache.forget(VAULT, SLOT)
    assert cache.recall(VAULT, SLOT) is None
    assert memory.store == {}
    cache.forget(VAULT, SLOT)  # forgetting twice never raises


def test_malformed_stored_secret_is_ignored(cache: DeviceKeyCache, memory: InMemoryKeyring) -> None:
    for junk in ("", "not base64!", "AAAA", "é"):
        memory.store[(SERVICE_NAME, f"{VAULT}:{SLOT}")] = junk
        assert cache.recall(VAULT, SLOT) is None


def test_bad_ids_and_keys_are_programming_errors(cache: DeviceKeyCache) -> None:
    with pytest.raises(ValueError):
        cache.remember(VAULT, SLOT, KEY[:31])
    with pytest.raises(ValueError):
        cache.remember("a:b", SLOT, KEY)
    with pytest.raises(ValueError):
        cache.recall(VAULT, "")
    cache.forget("a:b", "")  # still never raises


def test_with_a_key_file(cache: DeviceKeyCache, monkeypatch: pytest.MonkeyPatch) -> None:
    """Promise 18: a cached secret unlocks, and goes stale on a passphrase change."""
    monkeypatch.setenv(INSECURE_TEST_SWITCH, "1")
    data_key = os.urandom(32)
    keyfile = KeyFile.create(new_vault_id(), data_key, "Thandar", "pass", os.urandom(32))
    unlocked = keyfile.unlock_user("Thandar", "pass")
    cache.remember(keyfile.vault_id, unlocked.slot_id, unlocked.private_key)

    remembered = cache.recall(keyfile.vault_id, unlocked.slot_id)
    assert remembered is not None
    assert keyfile.unlock_with_private_key(unlocked.slot_id, remembered) == data_key

    keyfile.change_passphrase("Thandar", data_key, "new pass")
    with pytest.raises(StaleDeviceSecretError) as caught:
        keyfile.unlock_with_private_key(unlocked.slot_id, remembered)
    assert "passphrase" in str(caught.value)
    cache.forget(keyfile.vault_id, unlocked.slot_id)
    assert cache.recall(keyfile.vault_id, unlocked.slot_id) is None


# ------------------------------------------------------------------------------ refused backends


@pytest.mark.parametrize("allow_for_tests", [False, True])
@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextFileKeyring()],
    ids=["fail", "null", "keyrings.alt"],
)
def test_insecure_backends_are_refused(backend: KeyringBackend, allow_for_tests: bool) -> None:
    cache = DeviceKeyCache(backend, allow_backend_for_tests=allow_for_tests)
    assert not cache.is_available()
    assert cache.unavailable_reason() == NO_SECURE_KEYRING
    with pytest.raises(KeyringUnavailableError) as caught:
        cache.remember(VAULT, SLOT, KEY)
    assert str(caught.value) == NO_SECURE_KEYRING
    assert cache.recall(VAULT, SLOT) is None
    cache.forget(VAULT, SLOT)
    if isinstance(backend, InMemoryKeyring):
        assert backend.store == {}


def test_unknown_backend_needs_the_test_flag(memory: InMemoryKeyring) -> None:
    assert not DeviceKeyCache(memory).is_available()
    assert DeviceKeyCache(memory, allow_backend_for_tests=True).is_available()


def _chainer(monkeypatch: pytest.MonkeyPatch, children: list[KeyringBackend]) -> ChainerBackend:
    monkeypatch.setattr(ChainerBackend, "backends", children)
    return ChainerBackend()


def test_chainer_of_refused_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chainer = _chainer(monkeypatch, [PlaintextFileKeyring(), fail.Keyring(), null.Keyring()])
    assert not DeviceKeyCache(chainer, allow_backend_for_tests=True).is_available()


def test_chainer_uses_its_first_acceptable_child_only(monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext = PlaintextFileKeyring()
    memory = InMemoryKeyring()
    chainer = _chainer(monkeypatch, [plaintext, memory])
    cache = DeviceKeyCache(chainer, allow_backend_for_tests=True)
    cache.remember(VAULT, SLOT, KEY)
    assert plaintext.store == {}
    assert len(memory.store) == 1


def test_default_backend_comes_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    cache = DeviceKeyCache()
    assert not cache.is_available()
    assert cache.recall(VAULT, SLOT) is None


def test_allow_list_names_real_keyring_classes() -> None:
    for module_name, class_name in ALLOWED_BACKENDS:
        cls = getattr(importlib.import_module(module_name), class_name)
        assert issubclass(cls, KeyringBackend)


# ------------------------------------------------------------------------------ failures


def test_hanging_keyring_returns_within_the_timeout(release: threading.Event) -> None:
    cache = DeviceKeyCache(HangingKeyring(release), allow_backend_for_tests=True, timeout_s=0.2)
    start = time.monotonic()
    assert cache.recall(VAULT, SLOT) is None
    assert time.monotonic() - start < 1.5
    assert not cache.is_available()
    assert cache.unavailable_reason() == KEYRING_NO_RESPONSE
    start = time.monotonic()
    with pytest.raises(KeyringUnavailableError):
        cache.remember(VAULT, SLOT, KEY)
    cache.forget(VAULT, SLOT)
    assert time.monotonic() - start < 0.5  # no new call after a hang


def test_hanging_store_raises_within_the_timeout(release: threading.Event) -> None:
    cache = DeviceKeyCache(HangingKeyring(release), allow_backend_for_tests=True, timeout_s=0.2)
    start = time.monotonic()
    with pytest.raises(KeyringUnavailableError) as caught:
        cache.remember(VAULT, SLOT, KEY)
    assert time.monotonic() - start < 1.5
    assert str(caught.value) == KEYRING_NO_RESPONSE


def test_hanging_keyring_discovery_returns_within_the_timeout(
    monkeypatch: pytest.MonkeyPatch, release: threading.Event
) -> None:
    def slow_get_keyring() -> KeyringBackend:
        release.wait(60)
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", slow_get_keyring)
    cache = DeviceKeyCache(timeout_s=0.2)
    start = time.monotonic()
    assert not cache.is_available()
    assert cache.recall(VAULT, SLOT) is None
    assert time.monotonic() - start < 1.5


def test_failing_keyring_is_unavailable() -> None:
    cache = DeviceKeyCache(BrokenKeyring(), allow_backend_for_tests=True, timeout_s=1.0)
    assert cache.recall(VAULT, SLOT) is None
    with pytest.raises(KeyringUnavailableError) as caught:
        cache.remember(VAULT, SLOT, KEY)
    assert str(caught.value) == KEYRING_FAILED
    assert "D-Bus" not in str(caught.value)
    assert caught.value.__cause__ is None
    cache.forget(VAULT, SLOT)


def test_messages_are_one_line() -> None:
    for message in (NO_SECURE_KEYRING, KEYRING_NO_RESPONSE, KEYRING_FAILED):
        assert "\n" not in message
        assert message.endswith("unlock with your passphrase.")
