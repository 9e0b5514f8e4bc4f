"""Promises 5, 6, 9, 10, 15: the key file opens only with the right secret and reports damage.

Runs with cheap Argon2id settings through the explicit test switch (promise 12 is in
test_kdf.py; the last test here shows production refuses a slot with cheap settings).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from asylum_desk.security import keyfile_codec as codec
from asylum_desk.security.errors import (
    KeyFileDamagedError,
    KeyFileLockedError,
    LastUserError,
    SecurityError,
    StaleDeviceSecretError,
    UnknownUserError,
    UserExistsError,
    WeakKdfParametersError,
    WrongPassphraseError,
    WrongRecoveryKeyError,
)
from asylum_desk.security.kdf import INSECURE_TEST_SWITCH, TEST_PARAMS, KdfParams
from asylum_desk.security.keyfile import KeyFile, new_vault_id, user_slot_id
from asylum_desk.security.recovery import format_recovery_key, generate_recovery_key
from asylum_desk.security.slots import Slot, SlotKdf

ALICE = "Ngọc Ánh Trần"
ALICE_PASS = "ျမန်မာ horse مفتاح battery 42"
BOB = "Aung Kyaw ကျော်"
BOB_PASS = "Bob's other passphrase ستون"


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(INSECURE_TEST_SWITCH, "1")


@dataclasses.dataclass
class Vault:
    keyfile: KeyFile
    vault_id: str
    data_key: bytes
    recovery_key: bytes


@pytest.fixture
def vault() -> Vault:
    vault_id = new_vault_id()
    data_key = os.urandom(32)
    recovery_key = generate_recovery_key()
    keyfile = KeyFile.create(vault_id, data_key, ALICE, ALICE_PASS, recovery_key)
    keyfile.add_user(BOB, BOB_PASS, data_key)
    return Vault(keyfile, vault_id, data_key, recovery_key)


def _reload(keyfile: KeyFile) -> KeyFile:
    """Simulate a restart: serialise and parse again."""
    return KeyFile.from_bytes(keyfile.to_bytes())


def _with_slots(keyfile: KeyFile, slots: list[Slot]) -> KeyFile:
    """Return a key file with *slots* but the original MAC, as a tamperer would write it."""
    _, _, mac = codec.decode(keyfile.to_bytes())
    return KeyFile.from_bytes(codec.encode(keyfile.vault_id, slots, mac))


def _byte_flips(value: bytes) -> Iterator[bytes]:
    for index in range(len(value)):
        yield value[:index] + bytes([value[index] ^ 0x01]) + value[index + 1 :]


# ------------------------------------------------------------------------------ basics


def test_create_and_unlock(vault: Vault) -> None:
    unlocked = vault.keyfile.unlock_user(ALICE, ALICE_PASS)
    assert unlocked.data_key == vault.data_key
    assert unlocked.slot_id == vault.keyfile.slot_id_for(ALICE)
    assert len(unlocked.private_key) == 32
    assert vault.keyfile.unlock_user(BOB, BOB_PASS).data_key == vault.data_key
    assert vault.keyfile.unlock_recovery(vault.recovery_key) == vault.data_key
    assert vault.keyfile.user_slot_count() == 2
    assert vault.keyfile.has_user(ALICE)
    assert vault.keyfile.has_user(BOB)
    assert not vault.keyfile.has_user("Mallory")
    assert not vault.keyfile.has_user("   ")


def test_unlocked_slot_repr_hides_secrets(vault: Vault) -> None:
    unlocked = vault.keyfile.unlock_user(ALICE, ALICE_PASS)
    text = repr(unlocked)
    assert unlocked.data_key.hex() not in text
    assert repr(unlocked.data_key) not in text
    assert repr(unlocked.private_key) not in text


def test_survives_a_restart(vault: Vault) -> None:
    reloaded = _reload(vault.keyfile)
    assert reloaded.to_bytes() == vault.keyfile.to_bytes()
    assert reloaded.unlock_user(BOB, BOB_PASS).data_key == vault.data_key
    assert reloaded.unlock_recovery(vault.recovery_key) == vault.data_key


def test_user_names_match_ignoring_case_and_unicode_form(vault: Vault) -> None:
    for spelling in (ALICE.upper(), unicodedata.normalize("NFD", ALICE), f"  {ALICE.lower()} "):
        assert vault.keyfile.has_user(spelling)
        assert vault.keyfile.unlock_user(spelling, ALICE_PASS).data_key == vault.data_key


def test_passphrase_unicode_form_does_not_matter(vault: Vault) -> None:
    decomposed = unicodedata.normalize("NFD", ALICE_PASS)
    assert vault.keyfile.unlock_user(ALICE, decomposed).data_key == vault.data_key


def test_slot_id_is_a_keyed_hash_of_the_name(vault: Vault) -> None:
    expected = hmac.new(
        bytes.fromhex(vault.vault_id),
        b"user:" + unicodedata.normalize("NFC", ALICE).casefold().encode(),
        hashlib.sha256,
    ).hexdigest()[:32]
    assert vault.keyfile.slot_id_for(ALICE) == expected
    assert user_slot_id(new_vault_id(), ALICE) != expected


def test_users_are_independent(vault: Vault) -> None:
    with pytest.raises(WrongPassphraseError):
        vault.keyfile.unlock_user(ALICE, BOB_PASS)
    with pytest.raises(WrongPassphraseError):
        vault.keyfile.unlock_user(BOB, ALICE_PASS)


# ------------------------------------------------------------------------------ wrong secrets


def test_wrong_passphrase_says_so_and_changes_nothing(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "vault.keys"
    vault.keyfile.write_atomic(path)
    before_bytes = path.read_bytes()
    before_stat = path.stat()
    keyfile = KeyFile.read(path)

    for wrong in ("", ALICE_PASS + " ", ALICE_PASS.upper(), "x" * 500):
        with pytest.raises(WrongPassphraseError) as caught:
            keyfile.unlock_user(ALICE, wrong)
        assert str(caught.value) == f"The passphrase is not correct for user '{ALICE}'."

    assert keyfile.to_bytes() == before_bytes
    assert path.read_bytes() == before_bytes
    after_stat = path.stat()
    assert after_stat.st_mtime_ns == before_stat.st_mtime_ns
    assert after_stat.st_ino == before_stat.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]
    assert keyfile.unlock_user(ALICE, ALICE_PASS).data_key == vault.data_key


def test_unknown_user(vault: Vault) -> None:
    for name in ("Mallory", "", "Ngoc Anh Tran"):
        with pytest.raises(UnknownUserError) as caught:
            vault.keyfile.unlock_user(name, ALICE_PASS)
        assert "\n" not in str(caught.value)
    assert str(UnknownUserError("Mallory")) == "There is no user 'Mallory' in this vault."


def test_user_name_in_messages_stays_on_one_line() -> None:
    message = str(WrongPassphraseError("evil\nname\r\twith  breaks" + "x" * 200))
    assert "\n" not in message
    assert "\r" not in message
    assert len(message) < 120


def test_wrong_recovery_key(vault: Vault) -> None:
    for wrong in (generate_recovery_key(), bytes(32), vault.recovery_key[:31], b""):
        with pytest.raises(WrongRecoveryKeyError):
            vault.keyfile.unlock_recovery(wrong)


def test_recovery_key_from_paper_opens_the_vault(vault: Vault) -> None:
    from asylum_desk.security.recovery import parse_recovery_key

    typed = format_recovery_key(vault.recovery_key).lower().replace("-", " ")
    assert vault.keyfile.unlock_recovery(parse_recovery_key(typed)) == vault.data_key


# ------------------------------------------------------------------------------ tampering


_PASSPHRASE_FIELDS = ("wrap_nonce", "wrap_ciphertext")
_SEAL_FIELDS = ("public_key", "seal_ephemeral_public_key", "seal_nonce", "seal_ciphertext")


def _tampered_slots(slot: Slot) -> Iterator[tuple[str, Slot]]:
    """Yield (what, slot) for every single-byte flip and every parameter change of *slot*."""
    for name in _PASSPHRASE_FIELDS + _SEAL_FIELDS:
        for flipped in _byte_flips(getattr(slot, name)):
            changes: dict[str, Any] = {name: flipped}
            yield name, dataclasses.replace(slot, **changes)
    for salt in _byte_flips(slot.kdf.salt):
        yield "salt", dataclasses.replace(slot, kdf=dataclasses.replace(slot.kdf, salt=salt))
    if slot.kdf.params is not None:
        p = slot.kdf.params
        for params in (
            KdfParams(p.memory_kib + 8, p.iterations, p.lanes),
            KdfParams(p.memory_kib, p.iterations + 1, p.lanes),
            KdfParams(p.memory_kib, p.iterations, p.lanes + 1),
        ):
            kdf = dataclasses.replace(slot.kdf, params=params)
            yield "params", dataclasses.replace(slot, kdf=kdf)


def _unlock_slot(keyfile: KeyFile, vault: Vault, slot: Slot) -> bytes:
    if slot.kind == "recovery":
        return keyfile.unlock_recovery(vault.recovery_key)
    name = ALICE if slot.slot_id == keyfile.slot_id_for(ALICE) else BOB
    return keyfile.unlock_user(name, ALICE_PASS if name == ALICE else BOB_PASS).data_key


def test_every_single_byte_change_of_a_slot_makes_unwrapping_fail(vault: Vault) -> None:
    slots = list(vault.keyfile.slots)
    checked = 0
    for index, slot in enumerate(slots):
        wrong_secret: type[SecurityError] = (
            WrongRecoveryKeyError if slot.kind == "recovery" else WrongPassphraseError
        )
        for what, tampered in _tampered_slots(slot):
            keyfile = _with_slots(vault.keyfile, [*slots[:index], tampered, *slots[index + 1 :]])
            expected = KeyFileDamagedError if what in _SEAL_FIELDS else wrong_secret
            with pytest.raises(expected):
                _unlock_slot(keyfile, vault, tampered)
            # Every other slot notices the change too (the file MAC covers all slots).
            other = slots[(index + 1) % len(slots)]
            with pytest.raises(KeyFileDamagedError):
                _unlock_slot(keyfile, vault, other)
            checked += 1
    assert checked > 3 * (12 + 48 + 32 * 2 + 12 + 48 + 16)


def test_every_single_byte_flip_of_the_file_is_rejected(vault: Vault) -> None:
    original = vault.keyfile.to_bytes()
    for index in range(len(original)):
        data = original[:index] + bytes([original[index] ^ 0x01]) + original[index + 1 :]
        try:
            keyfile = KeyFile.from_bytes(data)
        except KeyFileDamagedError:
            continue
        with pytest.raises(SecurityError):
            keyfile.unlock_user(ALICE, ALICE_PASS)
        with pytest.raises(SecurityError):
            keyfile.unlock_recovery(vault.recovery_key)


def test_an_injected_slot_is_detected_before_a_rekey_can_feed_it(vault: Vault) -> None:
    """A tamperer adds their own slot, hoping the next rekey seals the new data key to it."""
    mallory_key = os.urandom(32)
    theirs = KeyFile.create(
        vault.vault_id, mallory_key, "Mallory", "mallory", generate_recovery_key()
    )
    injected = next(slot for slot in theirs.slots if slot.kind == "user")
    keyfile = _with_slots(vault.keyfile, [*vault.keyfile.slots, injected])
    with pytest.raises(KeyFileDamagedError, match="changed outside Asylum Desk"):
        keyfile.unlock_user(ALICE, ALICE_PASS)
    with pytest.raises(KeyFileDamagedError):
        keyfile.unlock_recovery(vault.recovery_key)
    with pytest.raises(KeyFileLockedError):
        keyfile.reseal_all(os.urandom(32))


def test_a_swapped_public_key_is_detected(vault: Vault) -> None:
    slots = list(vault.keyfile.slots)
    recovery_index = next(i for i, slot in enumerate(slots) if slot.kind == "recovery")
    attacker_public = slots[0].public_key  # any other valid public key
    slots[recovery_index] = dataclasses.replace(slots[recovery_index], public_key=attacker_public)
    keyfile = _with_slots(vault.keyfile, slots)
    with pytest.raises(KeyFileDamagedError):
        keyfile.unlock_user(ALICE, ALICE_PASS)


# ------------------------------------------------------------------------------ damaged files


def test_every_truncation_is_reported_as_damaged(vault: Vault) -> None:
    data = vault.keyfile.to_bytes()
    for length in range(len(data) - 1):  # the last byte is an optional newline
        with pytest.raises(KeyFileDamagedError):
            KeyFile.from_bytes(data[:length])
    assert KeyFile.from_bytes(data[:-1]).to_bytes() == data


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 64,
        b"null",
        b"[]",
        b"{}",
        b'"asylum-desk.keyfile"',
        b"\xff\xfe{",
        b"SQLite format 3\x00",
        b"[" * 100_000,
        b" " * (codec.MAX_KEYFILE_BYTES + 1),
        os.urandom(2000),
    ],
    ids=[
        "empty",
        "zeros",
        "null",
        "list",
        "empty-object",
        "string",
        "not-utf8",
        "database",
        "deep",
        "huge",
        "random",
    ],
)
def test_garbage_is_reported_as_damaged(data: bytes) -> None:
    with pytest.raises(KeyFileDamagedError) as caught:
        KeyFile.from_bytes(data)
    assert str(caught.value) == "The key file of this vault is damaged. Restore it from a backup."


def _edit_json(vault: Vault, edit: Callable[[dict[str, object]], None]) -> bytes:
    doc = json.loads(vault.keyfile.to_bytes())
    edit(doc)
    return json.dumps(doc).encode()


def _slot0(doc: dict[str, object]) -> dict[str, object]:
    slots = doc["slots"]
    assert isinstance(slots, list)
    first = slots[0]
    assert isinstance(first, dict)
    return first


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(format="something-else"),
        lambda d: d.update(version=0),
        lambda d: d.update(version=True),
        lambda d: d.update(version=1.0),
        lambda d: d.update(vault_id=str(d["vault_id"]).upper()),
        lambda d: d.update(extra="field"),
        lambda d: d.pop("mac"),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots=[_slot0(d)]),  # drops the recovery slot
        lambda d: d.update(slots=[_slot0(d), *d["slots"]]),
        lambda d: _slot0(d).update(kind="recovery"),
        lambda d: _slot0(d).update(id="Ngọc Ánh"),
        lambda d: _slot0(d).update(public_key="not base64!"),
        lambda d: _slot0(d).update(public_key=base64.b64encode(bytes(31)).decode()),
        lambda d: _slot0(d)["kdf"].update(alg="pbkdf2"),  # type: ignore[attr-defined]
        lambda d: _slot0(d)["kdf"].update(lanes=0),  # type: ignore[attr-defined]
        lambda d: _slot0(d)["kdf"].update(memory_kib=2**40),  # type: ignore[attr-defined]
        lambda d: _slot0(d)["kdf"].update(iterations="3"),  # type: ignore[attr-defined]
        lambda d: _slot0(d)["wrapped_private_key"].pop("nonce"),  # type: ignore[attr-defined]
    ],
)
def test_bad_structure_is_reported_as_damaged(
    vault: Vault, edit: Callable[[dict[str, object]], None]
) -> None:
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(_edit_json(vault, edit))


def test_non_canonical_base64_is_rejected(vault: Vault) -> None:
    data = vault.keyfile.to_bytes().decode()
    public = base64.b64encode(vault.keyfile.slots[0].public_key).decode()
    assert public.endswith("=")
    last = public[-2]
    # Same decoded bytes, different text: the low bits of the last character are unused.
    alias = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    other = alias[alias.index(last) ^ 0x01]
    tampered = public[:-2] + other + "="
    assert base64.b64decode(tampered) == base64.b64decode(public)
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(data.replace(public, tampered).encode())


def test_duplicate_keys_are_rejected(vault: Vault) -> None:
    data = vault.keyfile.to_bytes().decode()
    duplicated = data.replace('"version": 1,', '"version": 1, "version": 1,', 1)
    assert duplicated != data
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(duplicated.encode())


def test_newer_version_has_its_own_message(vault: Vault) -> None:
    with pytest.raises(KeyFileDamagedError, match="newer version of Asylum Desk"):
        KeyFile.from_bytes(_edit_json(vault, lambda d: d.update(version=2)))


def test_reading_files(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        KeyFile.read(tmp_path / "missing.keys")
    damaged = tmp_path / "damaged.keys"
    damaged.write_bytes(vault.keyfile.to_bytes()[:100])
    with pytest.raises(KeyFileDamagedError):
        KeyFile.read(damaged)
    empty = tmp_path / "empty.keys"
    empty.write_bytes(b"")
    with pytest.raises(KeyFileDamagedError):
        KeyFile.read(empty)


# ------------------------------------------------------------------------------ no secrets


def _byte_encodings(secret: bytes) -> list[bytes]:
    b64 = base64.b64encode(secret)
    return [
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        b64,
        b64.rstrip(b"="),
        base64.urlsafe_b64encode(secret).rstrip(b"="),
        base64.b32encode(secret).rstrip(b"="),
    ]


def _text_encodings(text: str) -> list[bytes]:
    forms = {text, text.casefold(), text.lower(), text.upper()}
    forms |= {unicodedata.normalize(f, t) for t in list(forms) for f in ("NFC", "NFD")}
    return [
        form.encode(codec_name)
        for form in forms
        for codec_name in ("utf-8", "utf-16-le", "utf-16-be")
    ] + [json.dumps(form).encode() for form in forms]


def test_file_holds_no_key_passphrase_or_user_name(vault: Vault) -> None:
    keyfile = vault.keyfile
    alice = keyfile.unlock_user(ALICE, ALICE_PASS)
    new_pass = "Trần's new passphrase ကျော်"
    keyfile.change_passphrase(ALICE, vault.data_key, new_pass)
    data = keyfile.to_bytes()
    needles = (
        _byte_encodings(vault.data_key)
        + _byte_encodings(vault.recovery_key)
        + _byte_encodings(alice.private_key)
        + [format_recovery_key(vault.recovery_key).encode()]
    )
    for text in (ALICE, BOB, ALICE_PASS, BOB_PASS, new_pass, "Ngọc", "Trần", "Aung"):
        needles += _text_encodings(text)
    for needle in needles:
        assert needle not in data


# ------------------------------------------------------------------------------ changes


def test_change_passphrase(vault: Vault, tmp_path: Path) -> None:
    keyfile = vault.keyfile
    before = keyfile.unlock_user(ALICE, ALICE_PASS)
    new_pass = "a brand new passphrase ျမန်"
    keyfile.change_passphrase(ALICE, vault.data_key, new_pass)
    path = tmp_path / "vault.keys"
    keyfile.write_atomic(path)

    for current in (keyfile, KeyFile.read(path)):  # also after a restart
        with pytest.raises(WrongPassphraseError):
            current.unlock_user(ALICE, ALICE_PASS)
        with pytest.raises(WrongPassphraseError):
            current.unlock_user(ALICE, "wrong")
        assert current.unlock_user(ALICE, new_pass).data_key == vault.data_key
        with pytest.raises(StaleDeviceSecretError):
            current.unlock_with_private_key(before.slot_id, before.private_key)
        assert current.unlock_user(BOB, BOB_PASS).data_key == vault.data_key
        assert current.unlock_recovery(vault.recovery_key) == vault.data_key


def test_change_passphrase_accepts_explicit_params(vault: Vault) -> None:
    params = KdfParams(TEST_PARAMS.memory_kib * 2, 2, 2)
    vault.keyfile.change_passphrase(BOB, vault.data_key, "new", params)
    slot = next(s for s in vault.keyfile.slots if s.slot_id == vault.keyfile.slot_id_for(BOB))
    assert slot.kdf.params == params
    assert _reload(vault.keyfile).unlock_user(BOB, "new").data_key == vault.data_key


def test_unlock_with_private_key(vault: Vault) -> None:
    alice = vault.keyfile.unlock_user(ALICE, ALICE_PASS)
    assert vault.keyfile.unlock_with_private_key(alice.slot_id, alice.private_key) == (
        vault.data_key
    )
    bob = vault.keyfile.unlock_user(BOB, BOB_PASS)
    with pytest.raises(StaleDeviceSecretError):
        vault.keyfile.unlock_with_private_key(alice.slot_id, bob.private_key)
    with pytest.raises(StaleDeviceSecretError):
        vault.keyfile.unlock_with_private_key("0" * 32, alice.private_key)
    with pytest.raises(StaleDeviceSecretError):
        vault.keyfile.unlock_with_private_key(alice.slot_id, alice.private_key[:31])


def test_add_user_rules(vault: Vault) -> None:
    before = vault.keyfile.to_bytes()
    with pytest.raises(UserExistsError):
        vault.keyfile.add_user(ALICE.upper(), "whatever", vault.data_key)
    with pytest.raises(KeyFileDamagedError):
        vault.keyfile.add_user("Carol", "carol", os.urandom(32))  # not this vault's data key
    with pytest.raises(ValueError):
        vault.keyfile.add_user("  ", "blank name", vault.data_key)
    assert vault.keyfile.to_bytes() == before
    vault.keyfile.add_user("Carol", "carol's passphrase", vault.data_key)
    assert _reload(vault.keyfile).unlock_user("carol", "carol's passphrase").data_key == (
        vault.data_key
    )
    assert vault.keyfile.user_slot_count() == 3


def test_remove_user(vault: Vault) -> None:
    keyfile = vault.keyfile
    bob = keyfile.unlock_user(BOB, BOB_PASS)
    keyfile.remove_user(BOB)
    for current in (keyfile, _reload(keyfile)):
        assert not current.has_user(BOB)
        with pytest.raises(UnknownUserError):
            current.unlock_user(BOB, BOB_PASS)
        with pytest.raises(StaleDeviceSecretError):
            current.unlock_with_private_key(bob.slot_id, bob.private_key)
        assert current.unlock_user(ALICE, ALICE_PASS).data_key == vault.data_key
        assert current.user_slot_count() == 1
    with pytest.raises(UnknownUserError):
        keyfile.remove_user(BOB)
    with pytest.raises(LastUserError):
        keyfile.remove_user(ALICE)


def test_changes_without_a_data_key_need_an_unlocked_file(vault: Vault) -> None:
    fresh = _reload(vault.keyfile)
    with pytest.raises(KeyFileLockedError):
        fresh.remove_user(BOB)
    with pytest.raises(KeyFileLockedError):
        fresh.reseal_all(os.urandom(32))
    fresh.unlock_user(ALICE, ALICE_PASS)
    fresh.lock()
    with pytest.raises(KeyFileLockedError):
        fresh.remove_user(BOB)
    fresh.verify(vault.data_key)
    fresh.remove_user(BOB)
    assert not fresh.has_user(BOB)


def test_old_copy_after_rekey_yields_only_the_old_data_key(vault: Vault) -> None:
    """Promise 9: a removed user keeps an old copy of the key file; after the rekey it opens
    only the OLD data key. The database is re-encrypted with the new key at rekey time
    (SQLCipher ``PRAGMA rekey``), so it refuses the old key; that half is tested in storage.
    """
    keyfile = vault.keyfile
    alice_before = keyfile.unlock_user(ALICE, ALICE_PASS)
    old_copy = keyfile.to_bytes()
    keyfile.remove_user(BOB)
    new_key = os.urandom(32)
    keyfile.reseal_all(new_key)

    for current in (keyfile, _reload(keyfile)):
        assert current.unlock_user(ALICE, ALICE_PASS).data_key == new_key
        assert current.unlock_recovery(vault.recovery_key) == new_key
        # Remembered device secrets survive a rekey: key pairs are unchanged.
        assert current.unlock_with_private_key(alice_before.slot_id, alice_before.private_key) == (
            new_key
        )
        with pytest.raises(UnknownUserError):
            current.unlock_user(BOB, BOB_PASS)

    old = KeyFile.from_bytes(old_copy)
    from_old = old.unlock_user(BOB, BOB_PASS).data_key
    assert from_old == vault.data_key
    assert from_old != new_key
    assert old.unlock_recovery(vault.recovery_key) != new_key


def test_reseal_all_then_mutations_use_the_new_key(vault: Vault) -> None:
    new_key = os.urandom(32)
    vault.keyfile.reseal_all(new_key)
    with pytest.raises(KeyFileDamagedError):
        vault.keyfile.add_user("Carol", "c", vault.data_key)
    vault.keyfile.add_user("Carol", "c", new_key)
    assert _reload(vault.keyfile).unlock_user("Carol", "c").data_key == new_key


def test_replace_recovery(vault: Vault) -> None:
    new_recovery = generate_recovery_key()
    vault.keyfile.replace_recovery(new_recovery, vault.data_key)
    for current in (vault.keyfile, _reload(vault.keyfile)):
        with pytest.raises(WrongRecoveryKeyError):
            current.unlock_recovery(vault.recovery_key)
        assert current.unlock_recovery(new_recovery) == vault.data_key
        assert current.unlock_user(ALICE, ALICE_PASS).data_key == vault.data_key


def test_create_validates_its_inputs() -> None:
    with pytest.raises(ValueError):
        KeyFile.create("not-hex", os.urandom(32), ALICE, ALICE_PASS, generate_recovery_key())
    with pytest.raises(ValueError):
        KeyFile.create(new_vault_id(), os.urandom(16), ALICE, ALICE_PASS, generate_recovery_key())
    with pytest.raises(ValueError):
        KeyFile.create(new_vault_id(), os.urandom(32), ALICE, ALICE_PASS, bytes(31))
    with pytest.raises(ValueError):
        KeyFile.create(new_vault_id(), os.urandom(32), "", ALICE_PASS, generate_recovery_key())


# ------------------------------------------------------------------------------ writing


def _posix_only() -> None:
    if os.name != "posix":
        pytest.skip("file modes are POSIX")


def test_write_atomic_round_trip_and_mode(vault: Vault, tmp_path: Path) -> None:
    _posix_only()
    path = tmp_path / "vault.keys"
    path.write_bytes(b"older content")
    path.chmod(0o644)
    vault.keyfile.write_atomic(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == vault.keyfile.to_bytes()
    assert KeyFile.read(path).unlock_user(BOB, BOB_PASS).data_key == vault.data_key
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_write_leaves_old_file_and_no_temp_file(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "vault.keys"
    vault.keyfile.write_atomic(path)
    old_bytes = path.read_bytes()
    vault.keyfile.change_passphrase(ALICE, vault.data_key, "new passphrase")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, failing, boom)
        with pytest.raises(OSError, match="No space left"):
            vault.keyfile.write_atomic(path)

    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault.keys"]
    assert KeyFile.read(path).unlock_user(ALICE, ALICE_PASS).data_key == vault.data_key


def test_failed_first_write_leaves_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        vault.keyfile.write_atomic(tmp_path / "vault.keys")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------ production


def test_production_refuses_a_slot_with_cheap_params(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key file whose slot asks for cheap Argon2id settings is refused without the switch."""
    monkeypatch.delenv(INSECURE_TEST_SWITCH)
    keyfile = _reload(vault.keyfile)
    with pytest.raises(WeakKdfParametersError):
        keyfile.unlock_user(ALICE, ALICE_PASS)
    with pytest.raises(WeakKdfParametersError):
        KeyFile.create(
            new_vault_id(), os.urandom(32), ALICE, ALICE_PASS, generate_recovery_key(), TEST_PARAMS
        )
    keyfile.verify(vault.data_key)
    with pytest.raises(WeakKdfParametersError):
        keyfile.add_user("Carol", "c", vault.data_key, TEST_PARAMS)


def test_slot_kdf_json_shapes() -> None:
    argon = SlotKdf("argon2id", bytes(16), TEST_PARAMS).to_json()
    assert set(argon) == {"alg", "memory_kib", "iterations", "lanes", "salt"}
    assert SlotKdf("hkdf-sha256", bytes(16)).to_json() == {
        "alg": "hkdf-sha256",
        "salt": base64.b64encode(bytes(16)).decode(),
    }
