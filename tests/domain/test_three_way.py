"""The pure three-way merge of JSON values: properties and the rules by example."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_desk.domain.three_way import (
    MISSING,
    NO_BASE,
    Conflict,
    merge,
    path_steps,
    put_at,
    value_at,
)

LEAVES = st.none() | st.booleans() | st.integers(-3, 3) | st.sampled_from(["a", "b", "ပ", ""])
KEYS = st.sampled_from(["name", "age", "place", "notes"])
JSON: st.SearchStrategy[Any] = st.recursive(
    LEAVES,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(KEYS, children, max_size=4)
        | st.lists(st.dictionaries(KEYS, children, max_size=3), max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(JSON, JSON)
def test_a_change_on_one_side_only_is_taken_whole(base: Any, changed: Any) -> None:
    theirs = merge(base, base, changed)
    assert theirs.value == changed and theirs.conflicts == []
    ours = merge(base, changed, base)
    assert ours.value == changed and ours.conflicts == []


@settings(max_examples=150, deadline=None)
@given(JSON, JSON, JSON)
def test_ours_stands_wherever_there_is_a_conflict(base: Any, ours: Any, theirs: Any) -> None:
    result = merge(base, ours, theirs)
    for conflict in result.conflicts:
        if conflict.ours is not MISSING:  # else: theirs would be inserted at the path
            assert value_at_root(result.value, conflict.path) == conflict.ours
        assert conflict.ours != conflict.theirs
    if result.conflicts == [] and ours != theirs and base not in (ours, theirs):
        assert isinstance(ours, dict | list)  # only containers merge without a conflict


@settings(max_examples=100, deadline=None)
@given(JSON, JSON)
def test_without_a_base_nothing_is_taken_from_theirs(ours: Any, theirs: Any) -> None:
    result = merge(NO_BASE, ours, theirs)
    assert result.taken == []
    assert (result.conflicts == []) == (ours == theirs) or isinstance(ours, dict | list)


def value_at_root(document: Any, path: str) -> Any:
    return document if path == "" else value_at(document, path)


def test_fields_merge_one_by_one() -> None:
    base = {"a": 1, "b": 1, "c": 1, "d": 1}
    ours = {"a": 2, "b": 1, "c": 2, "d": 5}
    theirs = {"a": 1, "b": 3, "c": 2, "d": 6}
    result = merge(base, ours, theirs)
    assert result.value == {"a": 2, "b": 3, "c": 2, "d": 5}
    assert result.conflicts == [Conflict("d", 1, 5, 6)]
    assert result.taken == ["b"]


def test_list_items_by_position_added_removed_and_edited() -> None:
    base = {"family": [{"name": "x", "age": 1}, {"name": "y", "age": 2}]}
    ours = {"family": [{"name": "x", "age": 9}, {"name": "y", "age": 2}, {"name": "o"}]}
    theirs = {"family": [{"name": "X", "age": 1}]}  # edited the first, removed the second
    result = merge(base, ours, theirs)
    assert result.value == {"family": [{"name": "X", "age": 9}, {"name": "o"}]}
    assert result.conflicts == []


def test_an_item_removed_on_one_side_and_edited_on_the_other_conflicts() -> None:
    base = {"notes": [{"text": "a"}]}
    result = merge(base, {"notes": [{"text": "b"}]}, {"notes": []})
    assert result.conflicts == [Conflict("notes[0]", {"text": "a"}, {"text": "b"}, MISSING)]
    assert result.value == {"notes": [{"text": "b"}]}


def test_conflict_paths_name_positions_in_the_merged_list() -> None:
    """Ours dropped the first note, theirs edited it and added one: positions shift."""
    base = {"notes": [{"text": "a"}]}
    ours: dict[str, Any] = {"notes": []}
    theirs = {"notes": [{"text": "A"}, {"text": "b"}]}
    result = merge(base, ours, theirs)
    assert result.value == {"notes": [{"text": "b"}]}
    assert result.conflicts == [Conflict("notes[0]", {"text": "a"}, MISSING, {"text": "A"})]
    document = result.value
    put_at(document, "notes[0]", {"text": "A"}, insert=True)  # taking theirs inserts it
    assert document == {"notes": [{"text": "A"}, {"text": "b"}]}


def test_lists_of_words_are_one_value() -> None:
    result = merge({"l": ["my"]}, {"l": ["my", "en"]}, {"l": ["my", "th"]})
    assert result.conflicts == [Conflict("l", ["my"], ["my", "en"], ["my", "th"])]


def test_a_null_object_merges_with_fields_filled_on_each_side() -> None:
    result = merge({"c": None}, {"c": {"d": 1, "e": None}}, {"c": {"d": None, "e": 2}})
    assert result.value == {"c": {"d": 1, "e": 2}} and result.conflicts == []


def test_paths() -> None:
    assert path_steps("family_left_behind[1].name") == ["family_left_behind", 1, "name"]
    document: dict[str, Any] = {"a": [{"b": 1}], "c": None}
    assert value_at(document, "a[0].b") == 1 and value_at(document, "a[3].b") is MISSING
    put_at(document, "a[0].b", 2)
    put_at(document, "a[1]", {"b": 3})
    put_at(document, "c.d", "x")
    assert document == {"a": [{"b": 2}, {"b": 3}], "c": {"d": "x"}}
    put_at(document, "a[0]", MISSING)
    assert document["a"] == [{"b": 3}]
    for bad in ("", "a..b", "a[x]", ".a"):
        with pytest.raises(ValueError):
            path_steps(bad)
