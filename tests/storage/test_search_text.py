from asylum_desk.storage.search_text import burmese_syllables, match_expression


def test_burmese_text_is_split_into_syllables() -> None:
    assert burmese_syllables("အောင်ကိုကို") == ["အောင်", "ကို", "ကို"]
    assert burmese_syllables("ကျော်စွာ") == ["ကျော်", "စွာ"]
    assert burmese_syllables("Aung") == []


def test_typed_operators_and_quotes_are_literal() -> None:
    assert match_expression('zoe" OR') == '"zoe"* AND "OR"*'
    assert match_expression("  ") is None
    assert match_expression("- *") is None


def test_burmese_query_becomes_a_syllable_phrase() -> None:
    assert match_expression("ကိုကို") == '"ကို ကို"*'
