"""Zawgyi Burmese is recognised and converted; other text is only NFC-normalised."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_desk.text import is_zawgyi, to_unicode
from tests.strategies import BURMESE_WORDS, TEXT_POOL


def test_zawgyi_is_converted() -> None:
    assert is_zawgyi("ေနာက္")
    assert to_unicode("ေနာက္") == "နောက်"


def test_zawgyi_inside_other_text_is_converted() -> None:
    assert to_unicode("Ko ေနာက္ (alias)") == "Ko နောက် (alias)"


@pytest.mark.parametrize("word", BURMESE_WORDS)
def test_unicode_burmese_is_left_alone(word: str) -> None:
    assert not is_zawgyi(word)
    assert to_unicode(word) == word


@pytest.mark.parametrize("text", ["", "Aung Ko Ko", "Zoë", "شرطة", "police\nconstable"])
def test_non_burmese_text_is_not_zawgyi(text: str) -> None:
    assert not is_zawgyi(text)
    assert to_unicode(text) == text


def test_text_is_nfc_normalised() -> None:
    decomposed = "Zoe\u0308"
    assert to_unicode(decomposed) == "Zoë"
    assert unicodedata.is_normalized("NFC", to_unicode(decomposed))


def test_ascii_is_returned_as_is() -> None:
    text = "plain ascii"
    assert to_unicode(text) is text


def test_the_strategies_text_pool_is_stable() -> None:
    assert len(TEXT_POOL) > 300
    assert all(to_unicode(text) == text for text in TEXT_POOL)


MYANMAR = st.characters(min_codepoint=0x1000, max_codepoint=0x109F)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=MYANMAR | st.sampled_from(" aé\n"), max_size=20))
def test_any_burmese_text_converts_quietly(text: str) -> None:
    result = to_unicode(text)
    assert isinstance(result, str)
    assert unicodedata.is_normalized("NFC", result)


def test_a_conversion_the_converter_cannot_do_whole_keeps_the_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = "ေမာင္ မႈူ"  # Zawgyi, with a syllable python-myanmar cannot map
    assert is_zawgyi(text)
    assert to_unicode(text) == text
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""  # nothing personal on the console
