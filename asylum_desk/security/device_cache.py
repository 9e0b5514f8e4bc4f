"""Opt-in "remember on this device": a slot private key kept in a known-secure OS keyring."""

from __future__ import annotations

import base64
import binascii
import re
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend

from asylum_desk.domain.messages import text
from asylum_desk.security.errors import KeyringUnavailableError

SERVICE_NAME = "asylum-desk"
DATABASE_SERVICE_NAME = "asylum-desk shared database"
PRIVATE_KEY_BYTES = 32

# Exact (module, class) pairs of backends that keep secrets encrypted by the OS.
ALLOWED_BACKENDS = frozenset(
    {
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
    }
)
# Module prefixes that are always refused, even with ``allow_backend_for_tests``.
REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

NO_SECURE_KEYRING = text(
    "No secure keyring is available on this computer; unlock with your passphrase."
)
KEYRING_NO_RESPONSE = text(
    "The keyring on this computer did not respond; unlock with your passphrase."
)
KEYRING_FAILED = text(
    "The keyring on this computer reported a problem; unlock with your passphrase."
)

_ID = re.compile(r"[0-9a-z]{1,64}")
_T = TypeVar("_T")


def is_refused_backend(backend: KeyringBackend) -> bool:
    """Return True for backends that are never acceptable (fail, null, keyrings.alt)."""
    module = type(backend).__module__
    return any(module == name or module.startswith(name + ".") for name in REFUSED_MODULES)


def is_allowed_backend(backend: KeyringBackend) -> bool:
    """Return True when the backend's exact class is on the allow-list."""
    cls = type(backend)
    return (cls.__module__, cls.__qualname__) in ALLOWED_BACKENDS


def select_backend(backend: KeyringBackend, allow_unknown: bool) -> KeyringBackend | None:
    """Return the backend to use, or None; a chainer resolves to its first acceptable child."""
    if isinstance(backend, ChainerBackend):
        children: list[KeyringBackend] = list(getattr(backend, "backends", []))
        for child in children:
            if isinstance(child, ChainerBackend):
                continue
            chosen = select_backend(child, allow_unknown)
            if chosen is not None:
                return chosen
        return None
    if is_refused_backend(backend):
        return None
    if is_allowed_backend(backend) or allow_unknown:
        return backend
    return None


class _CallFailedError(Exception):
    """Internal: a keyring call hung or raised; carries the user-facing reason."""

    def __init__(self, reason: str) -> None:
        """Store the one-line *reason*."""
        super().__init__(reason)
        self.reason = reason


class _Outcome(Generic[_T]):
    """Result slot filled by the worker thread."""

    def __init__(self) -> None:
        """Start empty."""
        self.value: _T | None = None
        self.failed = False
        self.done = False


class DeviceKeyCache:
    """Remembers slot private keys in a secure OS keyring; every failure means "unavailable".

    Every keyring call runs in a daemon thread with a timeout, because some backends (Secret
    Service waiting for a prompt) can block forever; after one hang the keyring is not called
    again by this object. Plaintext, null and failing backends are refused.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        allow_backend_for_tests: bool = False,
        timeout_s: float = 3.0,
    ) -> None:
        """Use *backend* (None: ``keyring.get_keyring()``), resolved lazily with a timeout.

        ``allow_backend_for_tests`` accepts a backend class that is not on the allow-list
        (refused backends stay refused). It exists for in-memory test backends only.
        """
        self._requested = backend
        self._allow_unknown = allow_backend_for_tests
        self._timeout_s = timeout_s
        self._lock = threading.Lock()
        self._resolved = False
        self._backend: KeyringBackend | None = None
        self._reason = ""
        self._hung = False

    # ----------------------------------------------------------------- availability

    def is_available(self) -> bool:
        """Return True when a secure keyring is usable (does not read or write secrets)."""
        return self._usable_backend() is not None

    def unavailable_reason(self) -> str:
        """Return a one-line reason why the cache is unavailable, or "" when it is available."""
        if self._usable_backend() is not None:
            return ""
        return self._reason or NO_SECURE_KEYRING

    # ----------------------------------------------------------------- secrets

    def remember(self, vault_id: str, slot_id: str, private_key: bytes) -> None:
        """Store *private_key* for the slot; raise KeyringUnavailableError when impossible."""
        if len(private_key) != PRIVATE_KEY_BYTES:
            raise ValueError("a slot private key is 32 bytes")  # internal
        username = _account(vault_id, slot_id)
        backend = self._usable_backend()
        if backend is None:
            raise KeyringUnavailableError(self._reason or NO_SECURE_KEYRING)
        secret = base64.b64encode(private_key).decode("ascii")
        try:
            self._run(lambda: backend.set_password(SERVICE_NAME, username, secret))
        except _CallFailedError as error:
            raise KeyringUnavailableError(error.reason) from None

    def recall(self, vault_id: str, slot_id: str) -> bytes | None:
        """Return the remembered private key, or None when absent, unreadable or unavailable."""
        username = _account(vault_id, slot_id)
        backend = self._usable_backend()
        if backend is None:
            return None
        try:
            secret = self._run(lambda: backend.get_password(SERVICE_NAME, username))
        except _CallFailedError:
            return None
        return _decode_secret(secret)

    def forget(self, vault_id: str, slot_id: str) -> None:
        """Delete the remembered private key if there is one; never raises."""
        try:
            username = _account(vault_id, slot_id)
            backend = self._usable_backend()
            if backend is not None:
                self._run(lambda: backend.delete_password(SERVICE_NAME, username))
        except Exception:  # noqa: BLE001 - forgetting must never break locking or erasing
            return

    # ----------------------------------------------------------------- database passwords

    def remember_database_password(self, address: str, password: str) -> None:
        """Keep the shared database's password for ``address`` (a URL with no password)."""
        backend = self._usable_backend()
        if backend is None:
            raise KeyringUnavailableError(self._reason or NO_SECURE_KEYRING)
        try:
            self._run(lambda: backend.set_password(DATABASE_SERVICE_NAME, address, password))
        except _CallFailedError as error:
            raise KeyringUnavailableError(error.reason) from None

    def recall_database_password(self, address: str) -> str | None:
        """The remembered password for ``address``, or None (absent or keyring unavailable)."""
        backend = self._usable_backend()
        if backend is None:
            return None
        try:
            found = self._run(lambda: backend.get_password(DATABASE_SERVICE_NAME, address))
        except _CallFailedError:
            return None
        return found if isinstance(found, str) and found else None

    def forget_database_password(self, address: str) -> None:
        """Delete the remembered password for ``address`` if there is one; never raises."""
        try:
            backend = self._usable_backend()
            if backend is not None:
                self._run(lambda: backend.delete_password(DATABASE_SERVICE_NAME, address))
        except Exception:  # noqa: BLE001 - forgetting must never fail
            return

    # ----------------------------------------------------------------- internals

    def _usable_backend(self) -> KeyringBackend | None:
        """Resolve the backend once (with a timeout); None when unavailable or hung."""
        with self._lock:
            if not self._resolved:
                self._resolve()
        if self._hung:
            return None
        return self._backend

    def _resolve(self) -> None:
        """Pick the backend; a hang or error while asking the keyring makes it unavailable."""
        requested = self._requested

        def pick() -> KeyringBackend | None:
            candidate = requested if requested is not None else keyring.get_keyring()
            return select_backend(candidate, self._allow_unknown)

        try:
            self._backend = self._run(pick)
        except _CallFailedError as error:
            self._backend = None
            self._reason = error.reason
        else:
            if self._backend is None:
                self._reason = NO_SECURE_KEYRING
        self._resolved = True

    def _run(self, call: Callable[[], _T]) -> _T:
        """Run *call* in a daemon thread; raise _CallFailedError on timeout or any exception."""
        if self._hung:
            raise _CallFailedError(KEYRING_NO_RESPONSE)
        outcome: _Outcome[_T] = _Outcome()

        def worker() -> None:
            try:
                outcome.value = call()
            except Exception:  # noqa: BLE001 - any keyring failure is reported as unavailable
                outcome.failed = True
            outcome.done = True

        thread = threading.Thread(target=worker, name="asylum-desk-keyring", daemon=True)
        thread.start()
        thread.join(self._timeout_s)
        if not outcome.done:
            # Never call this keyring again in this session: the thread may hang forever.
            self._hung = True
            self._reason = KEYRING_NO_RESPONSE
            raise _CallFailedError(KEYRING_NO_RESPONSE)
        if outcome.failed:
            raise _CallFailedError(KEYRING_FAILED)
        return outcome.value  # type: ignore[return-value]


def _account(vault_id: str, slot_id: str) -> str:
    """Return the keyring user name for a slot: ``"{vault_id}:{slot_id}"``."""
    if not _ID.fullmatch(vault_id) or not _ID.fullmatch(slot_id):
        # internal: a programming mistake, never shown to a person
        raise ValueError("vault and slot ids must be short lower-case letters and digits")
    return f"{vault_id}:{slot_id}"


def _decode_secret(secret: str | None) -> bytes | None:
    """Return the 32-byte key in a stored secret, or None when it is missing or malformed."""
    if not isinstance(secret, str):
        return None
    try:
        raw = base64.b64decode(secret.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    return raw if len(raw) == PRIVATE_KEY_BYTES else None
