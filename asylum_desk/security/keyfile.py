"""The vault's key file: per-user slots and a recovery slot, each opening the data key."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from asylum_desk.domain.messages import text
from asylum_desk.security import keyfile_codec as codec
from asylum_desk.security.atomic_write import write_file_atomic
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    KeyFileLockedError,
    LastUserError,
    StaleDeviceSecretError,
    UnknownUserError,
    UserExistsError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from asylum_desk.security.kdf import KdfParams, check_params, default_params
from asylum_desk.security.slots import (
    KEY_BYTES,
    RECOVERY_SLOT_ID,
    Slot,
    SlotOpenError,
    UnlockedSlot,
    canonical_json,
    new_argon2_kdf,
    new_recovery_kdf,
    new_slot,
    passphrase_kek,
    public_key_of,
    recovery_kek,
    seal,
    unseal_data_key,
    unwrap_private_key,
)

__all__ = ["KeyFile", "UnlockedSlot", "new_vault_id", "normalize_username", "user_slot_id"]

_MAC_INFO = b"asylum-desk keyfile mac"
_TAMPERED = text(
    "The key file of this vault was changed outside Asylum Desk and cannot be trusted. "
    "Restore it from a backup."
)


def new_vault_id() -> str:
    """Return a fresh random vault id (32 lower-case hex digits)."""
    return secrets.token_hex(16)


def normalize_username(username: str) -> str:
    """Return the comparison form of a user name: trimmed, NFC, case-folded."""
    nfc = unicodedata.normalize("NFC", username.strip())
    return unicodedata.normalize("NFC", nfc.casefold())


def user_slot_id(vault_id: str, username: str) -> str:
    """Return the slot id of *username*: HMAC-SHA256 keyed by the vault id, 32 hex digits."""
    message = b"user:" + normalize_username(username).encode("utf-8")
    return hmac.new(bytes.fromhex(vault_id), message, hashlib.sha256).hexdigest()[:32]


def _mac_key(vault_id: str, data_key: bytes) -> bytes:
    """Derive the key-file MAC key from the data key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=bytes.fromhex(vault_id), info=_MAC_INFO)
    return hkdf.derive(data_key)


def _check_key(value: bytes, what: str) -> None:
    """Raise ValueError unless *value* is 32 bytes."""
    if len(value) != KEY_BYTES:
        raise ValueError(f"the {what} must be 32 bytes")  # internal


class KeyFile:
    """A parsed key file; mutating methods change it in memory, ``write_atomic`` saves it.

    Each slot holds an X25519 key pair whose private key is wrapped (AES-256-GCM) under a key
    derived from the user's passphrase (Argon2id) or from the recovery key (HKDF). The data
    key is sealed to every slot's public key, so an unlocked user can re-seal a new data key
    to all slots without knowing other passphrases. A MAC keyed from the data key covers the
    whole file, so slots cannot be added or swapped behind the users' backs (e.g. so that
    the next rekey would also seal the new data key to an attacker's slot).

    Changes that need no data key (``remove_user``, ``reseal_all``) are only allowed after
    this object was unlocked or verified, i.e. after its MAC was checked with the data key.
    """

    def __init__(self, vault_id: str, slots: Iterable[Slot], mac: bytes) -> None:
        """Build from parsed parts; prefer ``create``, ``from_bytes`` or ``read``."""
        if not codec.is_hex_id(vault_id):
            raise ValueError("the vault id must be 32 lower-case hex digits")  # internal
        self._vault_id = vault_id
        self._slots: list[Slot] = list(slots)
        codec.check_slot_set(self._slots)
        self._mac = mac
        self._mac_key: bytes | None = None

    def __repr__(self) -> str:
        """Show the vault id and slot count only."""
        return f"KeyFile(vault_id={self._vault_id!r}, slots={len(self._slots)})"

    # ----------------------------------------------------------------- creation and I/O

    @classmethod
    def create(
        cls,
        vault_id: str,
        data_key: bytes,
        first_user: str,
        passphrase: str,
        recovery_key: bytes,
        params: KdfParams | None = None,
    ) -> KeyFile:
        """Return a new key file with one user slot and the recovery slot."""
        if not codec.is_hex_id(vault_id):
            raise ValueError("the vault id must be 32 lower-case hex digits")  # internal
        _check_key(data_key, "data key")
        _check_key(recovery_key, "recovery key")
        user = cls._make_user_slot(vault_id, first_user, passphrase, data_key, params)
        recovery = cls._make_recovery_slot(vault_id, recovery_key, data_key)
        keyfile = cls(vault_id, [user, recovery], b"")
        keyfile._set_mac_key(_mac_key(vault_id, data_key))
        return keyfile

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse key file bytes; raise KeyFileDamagedError when anything is malformed."""
        vault_id, slots, mac = codec.decode(data)
        return cls(vault_id, slots, mac)

    def to_bytes(self) -> bytes:
        """Return the key file bytes (holds no data key, passphrase or user name)."""
        return codec.encode(self._vault_id, self._slots, self._mac)

    @classmethod
    def read(cls, path: Path | str) -> KeyFile:
        """Read and parse *path*; FileNotFoundError if missing, KeyFileDamagedError if broken."""
        with open(path, "rb") as handle:
            data = handle.read(codec.MAX_KEYFILE_BYTES + 1)
        return cls.from_bytes(data)

    def write_atomic(self, path: Path | str) -> None:
        """Save to *path* atomically (temp file, fsync, rename), mode 0600."""
        write_file_atomic(path, self.to_bytes(), 0o600)

    # ----------------------------------------------------------------- queries

    @property
    def vault_id(self) -> str:
        """The vault id this key file belongs to."""
        return self._vault_id

    @property
    def slots(self) -> tuple[Slot, ...]:
        """All slots, in file order."""
        return tuple(self._slots)

    def slot_id_for(self, username: str) -> str:
        """Return the slot id *username* has (or would have) in this vault."""
        return user_slot_id(self._vault_id, username)

    def has_user(self, username: str) -> bool:
        """Return True when *username* has a slot in this vault."""
        if not normalize_username(username):
            return False
        return self._find(self.slot_id_for(username)) is not None

    def user_slot_count(self) -> int:
        """Return the number of user slots."""
        return sum(1 for slot in self._slots if slot.kind == "user")

    # ----------------------------------------------------------------- unlocking

    def unlock_user(self, username: str, passphrase: str) -> UnlockedSlot:
        """Open *username*'s slot; raise UnknownUserError or WrongPassphraseError."""
        slot = self._user_slot(username)
        kek = passphrase_kek(passphrase, slot.kdf)
        try:
            private_key = unwrap_private_key(slot, self._vault_id, kek)
        except SlotOpenError:
            raise WrongPassphraseError(username) from None
        data_key = self._open(slot, private_key)
        return UnlockedSlot(slot.slot_id, private_key, data_key)

    def unlock_recovery(self, recovery_key: bytes) -> bytes:
        """Return the data key using the 32-byte recovery key; raise WrongRecoveryKeyError."""
        slot = self._recovery_slot()
        if len(recovery_key) != KEY_BYTES:
            raise WrongRecoveryKeyError()
        try:
            private_key = unwrap_private_key(
                slot, self._vault_id, recovery_kek(recovery_key, slot.kdf)
            )
        except SlotOpenError:
            raise WrongRecoveryKeyError() from None
        return self._open(slot, private_key)

    def unlock_with_private_key(self, slot_id: str, private_key: bytes) -> bytes:
        """Return the data key using a remembered slot private key; StaleDeviceSecretError."""
        slot = self._find(slot_id)
        if slot is None or len(private_key) != KEY_BYTES:
            raise StaleDeviceSecretError()
        if public_key_of(private_key) != slot.public_key:
            raise StaleDeviceSecretError()
        return self._open(slot, private_key)

    def verify(self, data_key: bytes) -> None:
        """Check the file's MAC with *data_key*; raise KeyFileDamagedError when it fails."""
        _check_key(data_key, "data key")
        mac_key = _mac_key(self._vault_id, data_key)
        if not hmac.compare_digest(self._compute_mac(mac_key), self._mac):
            raise KeyFileDamagedError(_TAMPERED, detail="key file MAC mismatch")
        self._mac_key = mac_key

    def lock(self) -> None:
        """Forget the MAC key learned at unlock; further changes need a data key again."""
        self._mac_key = None

    # ----------------------------------------------------------------- changes

    def add_user(
        self, username: str, passphrase: str, data_key: bytes, params: KdfParams | None = None
    ) -> None:
        """Add a slot for *username*; raise UserExistsError if the name is taken."""
        self.verify(data_key)
        if self.has_user(username):
            raise UserExistsError(username)
        self._slots.append(
            self._make_user_slot(self._vault_id, username, passphrase, data_key, params)
        )
        self._remac()

    def remove_user(self, username: str) -> None:
        """Destroy *username*'s slot (old copies of the file still open it until a rekey)."""
        self._require_unlocked()
        slot = self._user_slot(username)
        if self.user_slot_count() <= 1:
            raise LastUserError()
        self._slots.remove(slot)
        self._remac()

    def change_passphrase(
        self,
        username: str,
        data_key: bytes,
        new_passphrase: str,
        params: KdfParams | None = None,
    ) -> None:
        """Give *username* a new key pair under *new_passphrase*; old secrets stop working."""
        self.verify(data_key)
        old = self._user_slot(username)
        new = self._make_user_slot(self._vault_id, username, new_passphrase, data_key, params)
        self._slots[self._slots.index(old)] = new
        self._remac()

    def replace_recovery(self, new_recovery_key: bytes, data_key: bytes) -> None:
        """Replace the recovery slot so that only *new_recovery_key* opens it."""
        self.verify(data_key)
        _check_key(new_recovery_key, "recovery key")
        old = self._recovery_slot()
        new = self._make_recovery_slot(self._vault_id, new_recovery_key, data_key)
        self._slots[self._slots.index(old)] = new
        self._remac()

    def reseal_all(self, new_data_key: bytes) -> None:
        """Seal *new_data_key* to every slot (for a rekey); passphrases stay as they are."""
        self._require_unlocked()
        _check_key(new_data_key, "data key")
        self._slots = [seal(slot, self._vault_id, new_data_key) for slot in self._slots]
        self._set_mac_key(_mac_key(self._vault_id, new_data_key))

    # ----------------------------------------------------------------- internals

    @staticmethod
    def _make_user_slot(
        vault_id: str, username: str, passphrase: str, data_key: bytes, params: KdfParams | None
    ) -> Slot:
        """Build a user slot with a fresh salt and key pair."""
        if not normalize_username(username):
            raise ValueError("the user name must not be empty")  # internal
        _check_key(data_key, "data key")
        chosen = params if params is not None else default_params()
        check_params(chosen)
        kdf = new_argon2_kdf(chosen)
        slot_id = user_slot_id(vault_id, username)
        slot, _ = new_slot(
            vault_id, slot_id, "user", kdf, passphrase_kek(passphrase, kdf), data_key
        )
        return slot

    @staticmethod
    def _make_recovery_slot(vault_id: str, recovery_key: bytes, data_key: bytes) -> Slot:
        """Build the recovery slot with a fresh salt and key pair."""
        kdf = new_recovery_kdf()
        kek = recovery_kek(recovery_key, kdf)
        slot, _ = new_slot(vault_id, RECOVERY_SLOT_ID, "recovery", kdf, kek, data_key)
        return slot

    def _find(self, slot_id: str) -> Slot | None:
        """Return the slot with *slot_id*, if any."""
        return next((slot for slot in self._slots if slot.slot_id == slot_id), None)

    def _user_slot(self, username: str) -> Slot:
        """Return *username*'s slot or raise UnknownUserError."""
        slot = self._find(self.slot_id_for(username)) if normalize_username(username) else None
        if slot is None or slot.kind != "user":
            raise UnknownUserError(username)
        return slot

    def _recovery_slot(self) -> Slot:
        """Return the recovery slot (the codec guarantees there is exactly one)."""
        slot = self._find(RECOVERY_SLOT_ID)
        if slot is None:  # pragma: no cover - excluded by check_slot_set
            raise KeyFileDamagedError(detail="no recovery slot")
        return slot

    def _open(self, slot: Slot, private_key: bytes) -> bytes:
        """Unseal the data key with an unwrapped private key, then verify the file MAC."""
        try:
            data_key = unseal_data_key(slot, self._vault_id, private_key)
        except SlotOpenError as error:
            raise KeyFileDamagedError(detail=f"slot {slot.slot_id}: {error}") from None
        self.verify(data_key)
        return data_key

    def _compute_mac(self, mac_key: bytes) -> bytes:
        """Return the HMAC-SHA256 of the canonical document (everything except the MAC)."""
        body = canonical_json(codec.document(self._vault_id, self._slots))
        return hmac.new(mac_key, body, hashlib.sha256).digest()

    def _set_mac_key(self, mac_key: bytes) -> None:
        """Remember *mac_key* and recompute the MAC over the current slots."""
        self._mac_key = mac_key
        self._mac = self._compute_mac(mac_key)

    def _remac(self) -> None:
        """Recompute the MAC after a change (requires a verified MAC key)."""
        self._set_mac_key(self._require_unlocked())

    def _require_unlocked(self) -> bytes:
        """Return the MAC key or raise KeyFileLockedError when this file was not unlocked."""
        if self._mac_key is None:
            raise KeyFileLockedError()
        return self._mac_key
