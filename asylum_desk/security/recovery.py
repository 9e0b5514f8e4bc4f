"""Recovery key: 32 random bytes written as 13 base32 groups, each with a check character."""

from __future__ import annotations

import base64
import re
import secrets

from asylum_desk.domain.messages import text
from asylum_desk.security.errors import RecoveryKeyTypoError

# Layout: 52 base32 data characters (RFC 4648 alphabet; the last carries 4 zero bits) split
# into 13 groups of 4, each followed by a check character: ``ABCDE-FGHIJ-...``. The check
# character makes the weighted sum over GF(32) of the group, plus the group number, zero.
# The weights are distinct and non-zero, so any single wrong character and any swap of two
# different characters inside a group is caught, and so is a group typed in the wrong place.
# All of this is checked before any key derivation work.

RECOVERY_KEY_BYTES = 32
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
DATA_CHARS = 52  # ceil(256 / 5)
DATA_PER_GROUP = 4
GROUP_LEN = DATA_PER_GROUP + 1
GROUPS = DATA_CHARS // DATA_PER_GROUP  # 13

_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Characters people type for the look-alikes that base32 leaves out.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})
# Separators ignored while parsing: whitespace and dash-like characters.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_.]+")

_GF_POLY = 0b100101  # x^5 + x^2 + 1, primitive over GF(2)


def _gf_mul(a: int, b: int) -> int:
    """Multiply two elements of GF(32)."""
    result = 0
    while b:
        if b & 1:
            result ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= _GF_POLY
    return result


# Weights alpha^1..alpha^4 for the data characters; the check character has weight 1.
_WEIGHTS = tuple(1 << (i + 1) for i in range(DATA_PER_GROUP))


def _check_value(group_index: int, data: str) -> int:
    """Return the check value for the 0-based *group_index* holding the 4 *data* characters."""
    total = group_index + 1
    for weight, ch in zip(_WEIGHTS, data, strict=True):
        total ^= _gf_mul(weight, _VALUE[ch])
    return total


def generate_recovery_key() -> bytes:
    """Return 32 fresh random bytes for a new recovery key."""
    return secrets.token_bytes(RECOVERY_KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """Return *key* (32 bytes) as 13 dash-separated groups of 5 characters, for printing."""
    if len(key) != RECOVERY_KEY_BYTES:
        raise ValueError("a recovery key is exactly 32 bytes")  # internal
    data = base64.b32encode(key).decode("ascii").rstrip("=")
    groups = []
    for index in range(GROUPS):
        chunk = data[index * DATA_PER_GROUP : (index + 1) * DATA_PER_GROUP]
        groups.append(chunk + ALPHABET[_check_value(index, chunk)])
    return "-".join(groups)


def _normalise_char(ch: str) -> str:
    """Upper-case *ch* and map the digits people confuse with base32 letters."""
    return ch.upper().translate(_LOOKALIKES)


def _split_groups(typed: str) -> list[str]:
    """Split typed *text* into normalised groups of 5, naming the group of any format error."""
    tokens = [
        "".join(_normalise_char(ch) for ch in token)
        for token in _SEPARATORS.split(typed.strip())
        if token
    ]
    joined = "".join(tokens)
    if not joined:
        raise RecoveryKeyTypoError(message=text("Please type the recovery key."))
    user_grouped = all(len(token) == GROUP_LEN for token in tokens)
    for position, ch in enumerate(joined):
        if ch not in _VALUE:
            raise RecoveryKeyTypoError(_group_of(tokens, position, user_grouped))
    if len(joined) == GROUPS * GROUP_LEN:
        return [joined[i : i + GROUP_LEN] for i in range(0, len(joined), GROUP_LEN)]
    if len(tokens) > 1:
        for number, token in enumerate(tokens, start=1):
            if len(token) != GROUP_LEN:
                raise RecoveryKeyTypoError(
                    number,
                    text(
                        "Group {number} of the recovery key has {typed} characters; "
                        "each group has {group_len}.",
                        number=number,
                        typed=len(token),
                        group_len=GROUP_LEN,
                    ),
                )
        raise RecoveryKeyTypoError(
            message=text(
                "The recovery key has {groups} groups; {typed} were typed.",
                groups=GROUPS,
                typed=len(tokens),
            )
        )
    raise RecoveryKeyTypoError(
        message=text(
            "The recovery key has {characters} characters; {typed} were typed.",
            characters=GROUPS * GROUP_LEN,
            typed=len(joined),
        )
    )


def _group_of(tokens: list[str], position: int, user_grouped: bool) -> int:
    """Return the 1-based group number holding character *position* of the joined tokens."""
    if not user_grouped:
        return position // GROUP_LEN + 1
    for number, token in enumerate(tokens, start=1):
        if position < len(token):
            return number
        position -= len(token)
    return len(tokens)


def parse_recovery_key(typed: str) -> bytes:
    """Return the 32-byte key in typed *text*; raise RecoveryKeyTypoError naming the bad group.

    Case, spaces and dashes do not matter, and 0, 1 and 8 are read as O, I and B.
    """
    groups = _split_groups(typed)
    for index, group in enumerate(groups):
        data, check = group[:DATA_PER_GROUP], group[DATA_PER_GROUP]
        if _check_value(index, data) != _VALUE[check]:
            raise RecoveryKeyTypoError(index + 1)
    data = "".join(group[:DATA_PER_GROUP] for group in groups)
    if _VALUE[data[-1]] & 0b1111:
        # The last character only carries one bit; the other four must be zero.
        raise RecoveryKeyTypoError(GROUPS)
    key = base64.b32decode(data + "====")
    if len(key) != RECOVERY_KEY_BYTES:  # pragma: no cover - guaranteed by the lengths above
        raise RecoveryKeyTypoError()
    return key
