"""Strict JSON encoding and decoding of the key file; anything unexpected is "damaged"."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Sequence
from typing import NoReturn

from asylum_desk.domain.messages import text
from asylum_desk.security.errors import KeyFileDamagedError
from asylum_desk.security.kdf import SALT_BYTES, KdfParams
from asylum_desk.security.slots import (
    FORMAT_NAME,
    FORMAT_VERSION,
    KEY_BYTES,
    NONCE_BYTES,
    RECOVERY_SLOT_ID,
    WRAPPED_BYTES,
    Slot,
    SlotKdf,
    SlotKind,
    b64encode,
)

MAX_KEYFILE_BYTES = 1024 * 1024
MAX_SLOTS = 256
MAC_BYTES = 32

_HEX_ID = re.compile(r"[0-9a-f]{32}")
_NEWER_VERSION = text(
    "This key file was made by a newer version of Asylum Desk. Please update the app."
)


def _damaged(detail: str) -> NoReturn:
    """Raise KeyFileDamagedError with the generic message and a technical *detail*."""
    raise KeyFileDamagedError(detail=detail)


def is_hex_id(value: str) -> bool:
    """Return True when *value* is 32 lower-case hex digits (vault ids, user slot ids)."""
    return _HEX_ID.fullmatch(value) is not None


def document(vault_id: str, slots: Sequence[Slot]) -> dict[str, object]:
    """Return the JSON document of the key file, without its MAC."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "vault_id": vault_id,
        "slots": [slot_to_json(slot) for slot in slots],
    }


def slot_to_json(slot: Slot) -> dict[str, object]:
    """Return the JSON form of one slot."""
    return {
        "id": slot.slot_id,
        "kind": slot.kind,
        "kdf": slot.kdf.to_json(),
        "public_key": b64encode(slot.public_key),
        "wrapped_private_key": {
            "nonce": b64encode(slot.wrap_nonce),
            "ciphertext": b64encode(slot.wrap_ciphertext),
        },
        "sealed_data_key": {
            "ephemeral_public_key": b64encode(slot.seal_ephemeral_public_key),
            "nonce": b64encode(slot.seal_nonce),
            "ciphertext": b64encode(slot.seal_ciphertext),
        },
    }


def encode(vault_id: str, slots: Sequence[Slot], mac: bytes) -> bytes:
    """Return the key file bytes (UTF-8 JSON, indented, trailing newline)."""
    doc = document(vault_id, slots)
    doc["mac"] = b64encode(mac)
    return (json.dumps(doc, indent=2, ensure_ascii=True) + "\n").encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """JSON object hook that refuses repeated keys."""
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            _damaged(f"duplicate key {key!r}")
        result[key] = value
    return result


def _no_constant(name: str) -> NoReturn:
    """JSON hook refusing NaN and Infinity."""
    _damaged(f"unexpected constant {name}")


def _no_float(text: str) -> NoReturn:
    """JSON hook refusing non-integer numbers."""
    _damaged("unexpected non-integer number")


def _object(value: object, keys: set[str], where: str) -> dict[str, object]:
    """Return *value* as a dict with exactly *keys*."""
    if not isinstance(value, dict) or set(value) != keys:
        _damaged(f"{where} has the wrong structure")
    return value


def _str(value: object, where: str) -> str:
    """Return *value* if it is a string."""
    if not isinstance(value, str):
        _damaged(f"{where} is not text")
    return value


def _int(value: object, where: str) -> int:
    """Return *value* if it is an int (and not a bool)."""
    if type(value) is not int:
        _damaged(f"{where} is not a whole number")
    return value


def _b64(value: object, length: int, where: str) -> bytes:
    """Decode canonical base64 of exactly *length* bytes."""
    text = _str(value, where)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        _damaged(f"{where} is not base64")
    if b64encode(raw) != text or len(raw) != length:
        _damaged(f"{where} has the wrong length or encoding")
    return raw


def _kdf(value: object, kind: SlotKind, where: str) -> SlotKdf:
    """Parse a slot's "kdf" object; users need argon2id, the recovery slot hkdf-sha256."""
    if kind == "recovery":
        obj = _object(value, {"alg", "salt"}, where)
        if obj["alg"] != "hkdf-sha256":
            _damaged(f"{where} has the wrong algorithm")
        return SlotKdf("hkdf-sha256", _b64(obj["salt"], SALT_BYTES, f"{where}.salt"))
    obj = _object(value, {"alg", "memory_kib", "iterations", "lanes", "salt"}, where)
    if obj["alg"] != "argon2id":
        _damaged(f"{where} has the wrong algorithm")
    try:
        params = KdfParams(
            memory_kib=_int(obj["memory_kib"], f"{where}.memory_kib"),
            iterations=_int(obj["iterations"], f"{where}.iterations"),
            lanes=_int(obj["lanes"], f"{where}.lanes"),
        )
    except ValueError:
        _damaged(f"{where} has impossible parameters")
    return SlotKdf("argon2id", _b64(obj["salt"], SALT_BYTES, f"{where}.salt"), params)


def _slot(value: object, where: str) -> Slot:
    """Parse one slot object."""
    keys = {"id", "kind", "kdf", "public_key", "wrapped_private_key", "sealed_data_key"}
    obj = _object(value, keys, where)
    slot_id = _str(obj["id"], f"{where}.id")
    kind: SlotKind
    if obj["kind"] == "user" and is_hex_id(slot_id):
        kind = "user"
    elif obj["kind"] == "recovery" and slot_id == RECOVERY_SLOT_ID:
        kind = "recovery"
    else:
        _damaged(f"{where} has a bad id or kind")
    wrapped = _object(obj["wrapped_private_key"], {"nonce", "ciphertext"}, f"{where}.wrapped")
    sealed = _object(
        obj["sealed_data_key"], {"ephemeral_public_key", "nonce", "ciphertext"}, f"{where}.sealed"
    )
    return Slot(
        slot_id=slot_id,
        kind=kind,
        kdf=_kdf(obj["kdf"], kind, f"{where}.kdf"),
        public_key=_b64(obj["public_key"], KEY_BYTES, f"{where}.public_key"),
        wrap_nonce=_b64(wrapped["nonce"], NONCE_BYTES, f"{where}.wrapped.nonce"),
        wrap_ciphertext=_b64(wrapped["ciphertext"], WRAPPED_BYTES, f"{where}.wrapped.ciphertext"),
        seal_ephemeral_public_key=_b64(
            sealed["ephemeral_public_key"], KEY_BYTES, f"{where}.sealed.ephemeral_public_key"
        ),
        seal_nonce=_b64(sealed["nonce"], NONCE_BYTES, f"{where}.sealed.nonce"),
        seal_ciphertext=_b64(sealed["ciphertext"], WRAPPED_BYTES, f"{where}.sealed.ciphertext"),
    )


def check_slot_set(slots: Sequence[Slot]) -> None:
    """Require unique ids, exactly one recovery slot and at least one user slot."""
    ids = [slot.slot_id for slot in slots]
    if len(set(ids)) != len(ids):
        _damaged("two slots share an id")
    if sum(1 for slot in slots if slot.kind == "recovery") != 1:
        _damaged("there must be exactly one recovery slot")
    if not any(slot.kind == "user" for slot in slots):
        _damaged("there is no user slot")


def decode(data: bytes) -> tuple[str, list[Slot], bytes]:
    """Parse key file bytes into (vault id, slots, mac); raise KeyFileDamagedError if malformed."""
    if len(data) > MAX_KEYFILE_BYTES:
        _damaged("file too large")
    try:
        parsed: object = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_float=_no_float,
        )
    except (ValueError, RecursionError):
        _damaged("not valid UTF-8 JSON")
    top = _object(parsed, {"format", "version", "vault_id", "slots", "mac"}, "key file")
    if top["format"] != FORMAT_NAME:
        _damaged("not an Asylum Desk key file")
    version = _int(top["version"], "version")
    if version > FORMAT_VERSION:
        raise KeyFileDamagedError(_NEWER_VERSION, detail=f"version {version}")
    if version != FORMAT_VERSION:
        _damaged(f"unsupported version {version}")
    vault_id = _str(top["vault_id"], "vault_id")
    if not is_hex_id(vault_id):
        _damaged("bad vault_id")
    raw_slots = top["slots"]
    if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
        _damaged("bad slot list")
    slots = [_slot(value, f"slots[{index}]") for index, value in enumerate(raw_slots)]
    check_slot_set(slots)
    return vault_id, slots, _b64(top["mac"], MAC_BYTES, "mac")
