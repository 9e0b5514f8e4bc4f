"""Promise 12: production refuses KDF parameters below the floor; tests need an explicit switch."""

from __future__ import annotations

import unicodedata

import pytest

from asylum_desk.security import kdf
from asylum_desk.security.errors import WeakKdfParametersError
from asylum_desk.security.kdf import (
    DEFAULT_PARAMS,
    FLOOR,
    INSECURE_TEST_SWITCH,
    TEST_PARAMS,
    KdfParams,
    check_params,
    default_params,
    derive_key,
)

SALT = bytes(range(16))


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as production does: the insecure test switch is off."""
    monkeypatch.delenv(INSECURE_TEST_SWITCH, raising=False)


@pytest.fixture
def insecure_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turn the explicit test-only switch on."""
    monkeypatch.setenv(INSECURE_TEST_SWITCH, "1")


def test_parameters_match_the_design() -> None:
    assert KdfParams(192 * 1024, 3, 4) == DEFAULT_PARAMS
    assert KdfParams(64 * 1024, 3, 4) == FLOOR
    assert TEST_PARAMS.memory_kib <= 8 * 1024
    assert DEFAULT_PARAMS.memory_kib >= FLOOR.memory_kib
    assert DEFAULT_PARAMS.iterations >= FLOOR.iterations


@pytest.mark.usefixtures("production")
def test_production_refuses_weak_params_and_accepts_default() -> None:
    assert default_params() == DEFAULT_PARAMS
    for weak in (
        TEST_PARAMS,
        KdfParams(FLOOR.memory_kib - 1, FLOOR.iterations, FLOOR.lanes),
        KdfParams(FLOOR.memory_kib, FLOOR.iterations - 1, FLOOR.lanes),
    ):
        with pytest.raises(WeakKdfParametersError):
            check_params(weak)
        with pytest.raises(WeakKdfParametersError):
            derive_key("passphrase", SALT, weak)
    check_params(FLOOR)
    check_params(DEFAULT_PARAMS)
    key = derive_key("passphrase", SALT, DEFAULT_PARAMS)  # the real cost, once (~0.7 s)
    assert len(key) == 32


@pytest.mark.parametrize("value", ["0", "", "true", "yes", " 1", "1 "])
def test_only_exactly_one_turns_the_switch_on(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(INSECURE_TEST_SWITCH, value)
    assert not kdf.insecure_test_kdf_enabled()
    assert default_params() == DEFAULT_PARAMS
    with pytest.raises(WeakKdfParametersError):
        check_params(TEST_PARAMS)


@pytest.mark.usefixtures("insecure_switch")
def test_switch_allows_cheap_params() -> None:
    assert default_params() == TEST_PARAMS
    check_params(TEST_PARAMS)
    assert len(derive_key("passphrase", SALT, TEST_PARAMS)) == 32


@pytest.mark.usefixtures("insecure_switch")
def test_derivation_is_deterministic_and_depends_on_every_input() -> None:
    base = derive_key("correct horse", SALT, TEST_PARAMS)
    assert derive_key("correct horse", SALT, TEST_PARAMS) == base
    others = {
        derive_key("correct horsf", SALT, TEST_PARAMS),
        derive_key("correct horse", bytes(16), TEST_PARAMS),
        derive_key("correct horse", SALT, KdfParams(TEST_PARAMS.memory_kib * 2, 1, 1)),
        derive_key("correct horse", SALT, KdfParams(TEST_PARAMS.memory_kib, 2, 1)),
        derive_key("correct horse", SALT, KdfParams(TEST_PARAMS.memory_kib, 1, 2)),
    }
    assert base not in others
    assert len(others) == 5


@pytest.mark.usefixtures("insecure_switch")
def test_passphrase_is_nfc_normalised() -> None:
    composed = "Nguyễn ျမန်မာ كلمة"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert derive_key(composed, SALT, TEST_PARAMS) == derive_key(decomposed, SALT, TEST_PARAMS)


@pytest.mark.usefixtures("insecure_switch")
def test_salt_must_be_16_bytes() -> None:
    with pytest.raises(ValueError):
        derive_key("x", bytes(15), TEST_PARAMS)


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (0, 1, 1),
        (7, 1, 1),  # Argon2 needs 8 KiB per lane
        (1024, 0, 1),
        (1024, 1, 0),
        (kdf.MAX_MEMORY_KIB + 1, 1, 1),
        (1024, kdf.MAX_ITERATIONS + 1, 1),
        (1024, 1, kdf.MAX_LANES + 1),
        (True, 1, 1),
    ],
)
def test_impossible_params_are_rejected(memory_kib: int, iterations: int, lanes: int) -> None:
    with pytest.raises(ValueError):
        KdfParams(memory_kib, iterations, lanes)


def test_weak_params_error_is_one_line_and_plain() -> None:
    message = str(WeakKdfParametersError())
    assert "\n" not in message
    assert message.endswith(".")
