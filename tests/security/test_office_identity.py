"""Office identities: text form, fingerprints, signatures and age encryption."""

from __future__ import annotations

import pytest

from asylum_desk.security.office_identity import (
    AGE_HEADER,
    IdentityError,
    decrypt_with,
    encrypt_to,
    generate_identity,
    normalise_fingerprint,
    parse_public_identity,
    public_identity,
    sign,
    verify,
)


def test_identity_text_round_trips_and_fingerprint_is_stable() -> None:
    private = generate_identity()
    public = public_identity(private, "CPH", "Kontor Nørrebro")
    text = public.text()
    assert text.startswith("asylum-desk-office:v1:CPH:")
    assert " " not in text and "\n" not in text
    parsed = parse_public_identity(text)
    assert parsed == public
    fingerprint = public.fingerprint()
    assert len(fingerprint.split("-")) == 6
    assert all(len(group) == 4 for group in fingerprint.split("-"))
    assert parsed.fingerprint() == fingerprint
    assert normalise_fingerprint(fingerprint.lower().replace("-", " ")) == fingerprint
    other = public_identity(generate_identity(), "CPH", "Kontor Nørrebro")
    assert other.fingerprint() != fingerprint


@pytest.mark.parametrize(
    "text",
    ["", "hello", "asylum-desk-office:v2:CPH:x:y:z", "asylum-desk-office:v1:CPH:AA:age1xyz:AAAA"],
)
def test_malformed_identity_refused(text: str) -> None:
    with pytest.raises(IdentityError):
        parse_public_identity(text)


def test_sign_and_verify() -> None:
    private = generate_identity()
    public = public_identity(private, "AAA", "A")
    signature = sign(private, b"manifest")
    assert verify(public, b"manifest", signature)
    assert not verify(public, b"manifesT", signature)
    other = public_identity(generate_identity(), "AAA", "A")
    assert not verify(other, b"manifest", signature)


def test_age_encryption_only_for_recipients() -> None:
    a, b, c = generate_identity(), generate_identity(), generate_identity()
    sealed = encrypt_to(
        [public_identity(a, "AAA", "A"), public_identity(b, "BBB", "B")], b"secret bytes"
    )
    assert sealed.startswith(AGE_HEADER)
    assert b"secret bytes" not in sealed
    assert decrypt_with(a, sealed) == b"secret bytes"
    assert decrypt_with(b, sealed) == b"secret bytes"
    with pytest.raises(IdentityError, match="not encrypted for this office"):
        decrypt_with(c, sealed)
    with pytest.raises(IdentityError, match="damaged"):
        decrypt_with(a, sealed[:-5])
    flipped = bytearray(sealed)
    flipped[-10] ^= 0x01
    with pytest.raises(IdentityError, match="damaged"):
        decrypt_with(a, bytes(flipped))
    with pytest.raises(IdentityError):
        decrypt_with(a, b"plain text")
    with pytest.raises(IdentityError):
        encrypt_to([], b"x")
