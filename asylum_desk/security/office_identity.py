"""Office identities for case bundles: age (X25519) for receiving, Ed25519 for signing.

Pure functions over bytes and strings. The private halves are kept by the caller (inside the
encrypted vault); nothing here touches a file.

Public identity text (one line, no spaces)::

    asylum-desk-office:v1:<CODE>:<base64url name>:<age1…>:<base64url ed25519 public key>

The fingerprint is SHA-256 over the public parts, shown as 6 groups of 4 characters so two
people can compare it by phone.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

import pyrage  # type: ignore[import-untyped]  # no stubs shipped
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from pyrage import x25519

from asylum_desk.domain.messages import text

PREFIX = "asylum-desk-office"
VERSION = "v1"
AGE_HEADER = b"age-encryption.org/v1"
_FINGERPRINT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud safely


class IdentityError(ValueError):
    """An identity text, key, signature or encrypted bundle that cannot be used."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(encoded: str) -> bytes:
    return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))


@dataclass(frozen=True)
class PublicIdentity:
    """What another office needs to send to us and to check our signatures."""

    office_code: str
    office_name: str
    age_recipient: str
    signing_key: bytes  # raw 32-byte Ed25519 public key

    def text(self) -> str:
        """The one-line text form to hand to another office."""
        name = _b64(self.office_name.encode("utf-8"))
        return ":".join(
            (PREFIX, VERSION, self.office_code, name, self.age_recipient, _b64(self.signing_key))
        )

    def fingerprint(self) -> str:
        """SHA-256 of the public parts, as 6 groups of 4 characters (e.g. ``ABCD-EFGH-…``)."""
        digest = hashlib.sha256(
            "\n".join(
                (PREFIX, VERSION, self.office_code, self.age_recipient, _b64(self.signing_key))
            ).encode("ascii")
        ).digest()
        number = int.from_bytes(digest[:15], "big")  # 120 bits, 24 characters of 5 bits
        chars = []
        for _ in range(24):
            number, index = divmod(number, 32)
            chars.append(_FINGERPRINT_ALPHABET[index])
        shown = "".join(reversed(chars))
        return "-".join(shown[i : i + 4] for i in range(0, 24, 4))


def normalise_fingerprint(typed: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes) in its shown form."""
    clean = "".join(ch for ch in typed.upper() if ch.isalnum())
    return "-".join(clean[i : i + 4] for i in range(0, len(clean), 4))


def parse_public_identity(line: str) -> PublicIdentity:
    """Read an identity text; refuses anything malformed."""
    parts = line.strip().split(":")
    if len(parts) != 6 or parts[0] != PREFIX:
        raise IdentityError(text("This is not an Asylum Desk office identity."))
    if parts[1] != VERSION:
        raise IdentityError(
            text("Unsupported office identity version {version!r}.", version=parts[1])
        )
    code, name_b64, recipient, key_b64 = parts[2:]
    if not code or not code.isalnum() or not code.isupper() or len(code) > 8:
        raise IdentityError(text("The office identity has no valid office code."))
    try:
        name = _unb64(name_b64).decode("utf-8")
        signing_key = _unb64(key_b64)
        x25519.Recipient.from_str(recipient)
        Ed25519PublicKey.from_public_bytes(signing_key)
    except (ValueError, pyrage.RecipientError):  # binascii/unicode errors are ValueErrors
        raise IdentityError(
            text("The office identity is damaged (a part cannot be read).")
        ) from None
    return PublicIdentity(code, name, recipient, signing_key)


@dataclass(frozen=True)
class PrivateIdentity:
    """Our own keys: keep only inside the encrypted vault."""

    age_secret: str  # AGE-SECRET-KEY-1…
    signing_secret: bytes  # raw 32-byte Ed25519 private key

    def __repr__(self) -> str:
        return "PrivateIdentity(<secret>)"


def generate_identity() -> PrivateIdentity:
    """A fresh age X25519 key pair and Ed25519 signing key."""
    signing = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption()
    )
    return PrivateIdentity(str(x25519.Identity.generate()), signing)


def public_identity(private: PrivateIdentity, office_code: str, office_name: str) -> PublicIdentity:
    """The public half of our keys under our office code and name."""
    age_public = str(x25519.Identity.from_str(private.age_secret).to_public())
    signing_public = (
        Ed25519PrivateKey.from_private_bytes(private.signing_secret)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
    return PublicIdentity(office_code, office_name, age_public, signing_public)


def sign(private: PrivateIdentity, message: bytes) -> bytes:
    """An Ed25519 signature of ``message``."""
    return Ed25519PrivateKey.from_private_bytes(private.signing_secret).sign(message)


def verify(public: PublicIdentity, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``public``'s Ed25519 signature of ``message``."""
    try:
        Ed25519PublicKey.from_public_bytes(public.signing_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def encrypt_to(recipients: list[PublicIdentity], data: bytes) -> bytes:
    """A standard age file (binary) that only ``recipients`` can open."""
    if not recipients:
        raise IdentityError(text("A bundle needs at least one recipient office."))
    keys = [x25519.Recipient.from_str(r.age_recipient) for r in recipients]
    return bytes(pyrage.encrypt(data, keys))


def decrypt_with(private: PrivateIdentity, data: bytes) -> bytes:
    """Open an age file with our key; one clear error for every way it can fail."""
    if not data.startswith(AGE_HEADER):
        raise IdentityError(text("This is not an encrypted bundle (no age header)."))
    try:
        return bytes(pyrage.decrypt(data, [x25519.Identity.from_str(private.age_secret)]))
    except pyrage.DecryptError as error:
        if "No matching keys" in str(error):
            raise IdentityError(
                text("This bundle was not encrypted for this office (no matching key).")
            ) from None
        raise IdentityError(
            text("The bundle is damaged or was changed (decryption failed).")
        ) from None
