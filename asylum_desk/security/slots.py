"""Key slot data model and crypto: wrap a slot's X25519 private key, seal the data key to it."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, field, replace
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from asylum_desk.security.errors import KeyFileDamagedError
from asylum_desk.security.kdf import SALT_BYTES, KdfParams, derive_key

FORMAT_NAME = "asylum-desk.keyfile"
FORMAT_VERSION = 1
RECOVERY_SLOT_ID = "recovery"

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
WRAPPED_BYTES = KEY_BYTES + TAG_BYTES

SlotKind = Literal["user", "recovery"]
KdfAlg = Literal["argon2id", "hkdf-sha256"]

_RECOVERY_INFO = b"asylum-desk recovery"
_SEAL_INFO = b"asylum-desk seal v1"


class SlotOpenError(Exception):
    """Internal: a GCM tag or key check failed while opening a slot (callers map it)."""


@dataclass(frozen=True)
class SlotKdf:
    """How a slot's key-encryption key is derived: Argon2id (user) or HKDF-SHA256 (recovery)."""

    alg: KdfAlg
    salt: bytes
    params: KdfParams | None = None

    def to_json(self) -> dict[str, object]:
        """Return the JSON form stored in the key file (and bound into associated data)."""
        if self.alg == "argon2id":
            assert self.params is not None
            return {
                "alg": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
                "salt": b64encode(self.salt),
            }
        return {"alg": "hkdf-sha256", "salt": b64encode(self.salt)}


@dataclass(frozen=True)
class Slot:
    """One key slot as stored: public key, wrapped private key and the sealed data key."""

    slot_id: str
    kind: SlotKind
    kdf: SlotKdf
    public_key: bytes
    wrap_nonce: bytes
    wrap_ciphertext: bytes
    seal_ephemeral_public_key: bytes
    seal_nonce: bytes
    seal_ciphertext: bytes


@dataclass(frozen=True)
class UnlockedSlot:
    """Result of unlocking a user slot; holds secrets, which are kept out of ``repr``."""

    slot_id: str
    private_key: bytes = field(repr=False)
    data_key: bytes = field(repr=False)


def b64encode(data: bytes) -> str:
    """Return standard base64 (with padding) of *data* as text."""
    return base64.b64encode(data).decode("ascii")


def canonical_json(value: object) -> bytes:
    """Return a deterministic JSON encoding of *value*, used for MACs and associated data."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def associated_data(
    vault_id: str, slot_id: str, kind: SlotKind, kdf: SlotKdf, purpose: str
) -> bytes:
    """Return the GCM associated data binding format, vault, slot, kind, KDF and *purpose*."""
    return canonical_json(
        {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "vault_id": vault_id,
            "slot_id": slot_id,
            "kind": kind,
            "kdf": kdf.to_json(),
            "purpose": purpose,
        }
    )


def public_key_of(private_key: bytes) -> bytes:
    """Return the raw X25519 public key for the raw 32-byte *private_key*."""
    public = X25519PrivateKey.from_private_bytes(private_key).public_key()
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _new_private_key() -> bytes:
    """Return a fresh raw X25519 private key."""
    return X25519PrivateKey.generate().private_bytes_raw()


def new_argon2_kdf(params: KdfParams) -> SlotKdf:
    """Return a user-slot KDF description with a fresh salt."""
    return SlotKdf("argon2id", os.urandom(SALT_BYTES), params)


def new_recovery_kdf() -> SlotKdf:
    """Return a recovery-slot KDF description with a fresh salt."""
    return SlotKdf("hkdf-sha256", os.urandom(SALT_BYTES))


def passphrase_kek(passphrase: str, kdf: SlotKdf) -> bytes:
    """Derive a user slot's key-encryption key (Argon2id, floor enforced)."""
    if kdf.alg != "argon2id" or kdf.params is None:
        raise KeyFileDamagedError(detail="user slot without argon2id parameters")
    return derive_key(passphrase, kdf.salt, kdf.params)


def recovery_kek(recovery_key: bytes, kdf: SlotKdf) -> bytes:
    """Derive the recovery slot's key-encryption key (HKDF-SHA256 of the 32-byte key)."""
    if kdf.alg != "hkdf-sha256":
        raise KeyFileDamagedError(detail="recovery slot without hkdf parameters")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=kdf.salt, info=_RECOVERY_INFO)
    return hkdf.derive(recovery_key)


def _seal_key(shared_secret: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    """Derive the AES key for sealing from an X25519 shared secret and both public keys."""
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=_SEAL_INFO + ephemeral_public + recipient_public,
    )
    return hkdf.derive(shared_secret)


def seal(slot: Slot, vault_id: str, data_key: bytes) -> Slot:
    """Return *slot* with *data_key* freshly sealed to its public key (wrap unchanged)."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("the data key must be 32 bytes")  # internal
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key))
    key = _seal_key(shared, ephemeral_public, slot.public_key)
    nonce = os.urandom(NONCE_BYTES)
    ad = associated_data(vault_id, slot.slot_id, slot.kind, slot.kdf, "seal-data-key")
    return replace(
        slot,
        seal_ephemeral_public_key=ephemeral_public,
        seal_nonce=nonce,
        seal_ciphertext=AESGCM(key).encrypt(nonce, data_key, ad),
    )


def new_slot(
    vault_id: str, slot_id: str, kind: SlotKind, kdf: SlotKdf, kek: bytes, data_key: bytes
) -> tuple[Slot, bytes]:
    """Create a slot with a new key pair wrapped under *kek*; return it and its private key."""
    private_key = _new_private_key()
    nonce = os.urandom(NONCE_BYTES)
    ad = associated_data(vault_id, slot_id, kind, kdf, "wrap-private-key")
    unsealed = Slot(
        slot_id=slot_id,
        kind=kind,
        kdf=kdf,
        public_key=public_key_of(private_key),
        wrap_nonce=nonce,
        wrap_ciphertext=AESGCM(kek).encrypt(nonce, private_key, ad),
        seal_ephemeral_public_key=b"",
        seal_nonce=b"",
        seal_ciphertext=b"",
    )
    return seal(unsealed, vault_id, data_key), private_key


def unwrap_private_key(slot: Slot, vault_id: str, kek: bytes) -> bytes:
    """Return the slot's private key; raise SlotOpenError when the GCM tag does not match."""
    ad = associated_data(vault_id, slot.slot_id, slot.kind, slot.kdf, "wrap-private-key")
    try:
        private_key = AESGCM(kek).decrypt(slot.wrap_nonce, slot.wrap_ciphertext, ad)
    except InvalidTag:
        raise SlotOpenError("wrap tag mismatch") from None  # internal
    if len(private_key) != KEY_BYTES:
        raise SlotOpenError("wrapped key has the wrong length")  # internal
    return private_key


def unseal_data_key(slot: Slot, vault_id: str, private_key: bytes) -> bytes:
    """Return the data key sealed in *slot*; raise SlotOpenError when it cannot be opened."""
    if len(private_key) != KEY_BYTES or public_key_of(private_key) != slot.public_key:
        raise SlotOpenError("private key does not match the slot's public key")  # internal
    ad = associated_data(vault_id, slot.slot_id, slot.kind, slot.kdf, "seal-data-key")
    try:
        private = X25519PrivateKey.from_private_bytes(private_key)
        shared = private.exchange(X25519PublicKey.from_public_bytes(slot.seal_ephemeral_public_key))
        key = _seal_key(shared, slot.seal_ephemeral_public_key, slot.public_key)
        data_key = AESGCM(key).decrypt(slot.seal_nonce, slot.seal_ciphertext, ad)
    except (InvalidTag, ValueError):
        raise SlotOpenError("sealed data key cannot be opened") from None  # internal
    if len(data_key) != KEY_BYTES:
        raise SlotOpenError("sealed data key has the wrong length")  # internal
    return data_key
