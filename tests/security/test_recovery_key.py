"""Promise 11: the recovery key round-trips from paper, and a typo is caught by its checksum."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_desk.security.errors import RecoveryKeyTypoError
from asylum_desk.security.recovery import (
    ALPHABET,
    GROUP_LEN,
    GROUPS,
    format_recovery_key,
    generate_recovery_key,
    parse_recovery_key,
)

FIXED_KEYS = [bytes(32), b"\xff" * 32, bytes(range(32)), bytes(range(100, 132))]
FIXED_IDS = ["zeros", "ones", "counting", "offset"]


def _groups(key: bytes) -> list[str]:
    return format_recovery_key(key).split("-")


def test_generated_keys_are_random_32_bytes() -> None:
    keys = {generate_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    assert all(len(key) == 32 for key in keys)


@given(st.binary(min_size=32, max_size=32))
def test_round_trip(key: bytes) -> None:
    text = format_recovery_key(key)
    assert re.fullmatch(r"[A-Z2-7]{5}(-[A-Z2-7]{5}){12}", text)
    assert parse_recovery_key(text) == key


@given(st.binary(min_size=32, max_size=32))
def test_parsing_is_forgiving(key: bytes) -> None:
    text = format_recovery_key(key)
    variants = [
        text.lower(),
        text.replace("-", " "),
        text.replace("-", ""),
        "  " + text.replace("-", " \t ").lower() + "\n",
        text.replace("-", "\u2013"),  # en dash from a word processor
        text.replace("O", "0").replace("I", "1").replace("B", "8"),
        " ".join(text.replace("-", "")[i : i + 4] for i in range(0, 65, 4)),  # odd grouping
    ]
    for variant in variants:
        assert parse_recovery_key(variant) == key


def test_format_requires_32_bytes() -> None:
    with pytest.raises(ValueError):
        format_recovery_key(bytes(31))


@pytest.mark.parametrize("key", [*FIXED_KEYS, generate_recovery_key()], ids=[*FIXED_IDS, "random"])
def test_every_single_substitution_is_caught_and_its_group_named(key: bytes) -> None:
    groups = _groups(key)
    for g, group in enumerate(groups):
        for i, original in enumerate(group):
            for replacement in ALPHABET:
                if replacement == original:
                    continue
                typo = group[:i] + replacement + group[i + 1 :]
                text = "-".join([*groups[:g], typo, *groups[g + 1 :]])
                with pytest.raises(RecoveryKeyTypoError) as caught:
                    parse_recovery_key(text)
                assert caught.value.group == g + 1
                assert str(caught.value) == f"The recovery key has a typo in group {g + 1}."


@pytest.mark.parametrize("key", [*FIXED_KEYS, generate_recovery_key()], ids=[*FIXED_IDS, "random"])
def test_every_adjacent_transposition_is_caught_and_its_group_named(key: bytes) -> None:
    flat = format_recovery_key(key).replace("-", "")
    for pos in range(len(flat) - 1):
        if flat[pos] == flat[pos + 1]:
            continue
        swapped = flat[:pos] + flat[pos + 1] + flat[pos] + flat[pos + 2 :]
        dashed = "-".join(swapped[i : i + GROUP_LEN] for i in range(0, len(swapped), GROUP_LEN))
        for text in (swapped, dashed):
            with pytest.raises(RecoveryKeyTypoError) as caught:
                parse_recovery_key(text)
            assert caught.value.group == pos // GROUP_LEN + 1


@pytest.mark.parametrize("key", FIXED_KEYS, ids=FIXED_IDS)
def test_any_swap_inside_a_group_is_caught(key: bytes) -> None:
    groups = _groups(key)
    for g, group in enumerate(groups):
        for i in range(GROUP_LEN):
            for j in range(i + 1, GROUP_LEN):
                if group[i] == group[j]:
                    continue
                chars = list(group)
                chars[i], chars[j] = chars[j], chars[i]
                text = "-".join([*groups[:g], "".join(chars), *groups[g + 1 :]])
                with pytest.raises(RecoveryKeyTypoError) as caught:
                    parse_recovery_key(text)
                assert caught.value.group == g + 1


def test_groups_typed_in_the_wrong_order_are_caught() -> None:
    groups = _groups(bytes(range(32)))
    groups[2], groups[3] = groups[3], groups[2]
    with pytest.raises(RecoveryKeyTypoError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.group == 3


def test_character_outside_the_alphabet_names_its_group() -> None:
    groups = _groups(bytes(range(32)))
    groups[4] = groups[4][:2] + "!" + groups[4][3:]
    with pytest.raises(RecoveryKeyTypoError) as caught:
        parse_recovery_key("-".join(groups))
    assert caught.value.group == 5
    assert "group 5" in str(caught.value)


def test_missing_character_names_the_short_group() -> None:
    groups = _groups(bytes(range(32)))
    groups[6] = groups[6][:4]
    with pytest.raises(RecoveryKeyTypoError) as caught:
        parse_recovery_key(" ".join(groups))
    assert caught.value.group == 7
    assert str(caught.value) == "Group 7 of the recovery key has 4 characters; each group has 5."


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "-",
        "ABCDE",
        format_recovery_key(bytes(32))[:-6],
        format_recovery_key(bytes(32)) + "-AAAAA",
    ],
)
def test_wrong_length_is_a_typo_error_with_a_plain_message(text: str) -> None:
    with pytest.raises(RecoveryKeyTypoError) as caught:
        parse_recovery_key(text)
    message = str(caught.value)
    assert message
    assert "\n" not in message


def test_a_group_count_message_names_the_expected_count() -> None:
    text = format_recovery_key(bytes(32))
    with pytest.raises(RecoveryKeyTypoError, match=f"has {GROUPS} groups; 12 were typed"):
        parse_recovery_key(text[: -GROUP_LEN - 1])


@settings(max_examples=300)
@given(st.text(max_size=90))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        key = parse_recovery_key(text)
    except RecoveryKeyTypoError as error:
        assert "\n" not in str(error)
    else:
        assert len(key) == 32
