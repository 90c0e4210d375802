"""Three-way merges keep every word of both sides (DESIGN.md §1a, §1b)."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.notebook.merge3 import (
    conflict_blocks,
    has_conflict_markers,
    merge_notes,
    merge_text,
    merge_values,
    merge_yaml,
)

NOTE = """---
title: Calibration is not enough
starred: false
tags: [ml]
links:
- kind: paper
  url: https://arxiv.org/abs/2101.00001
---
- first point
- second point
- third point
"""


def front(text: str) -> dict:
    return yaml.safe_load(text.split("---\n")[1])


def test_edits_on_different_lines_both_land() -> None:
    ours = NOTE.replace("first point", "first point, edited here")
    theirs = NOTE.replace("third point", "third point, edited there")
    result = merge_notes(NOTE, ours, theirs)
    assert result.clean
    assert "first point, edited here" in result.text
    assert "third point, edited there" in result.text


def test_same_line_edited_on_both_sides_keeps_both_between_markers() -> None:
    ours = NOTE.replace("second point", "second point (mine)")
    theirs = NOTE.replace("second point", "second point (theirs)")
    result = merge_notes(NOTE, ours, theirs)
    assert result.conflicts == 1
    assert "second point (mine)" in result.text and "second point (theirs)" in result.text
    [block] = conflict_blocks(result.text)
    assert block.ours == "- second point (mine)\n"
    assert block.theirs == "- second point (theirs)\n"
    assert has_conflict_markers(result.text)


def test_lines_appended_on_both_sides_are_both_kept_without_markers() -> None:
    result = merge_notes(NOTE, NOTE + "- typed here\n", NOTE + "- typed there\n")
    assert result.clean
    assert result.text.endswith("- typed here\n- typed there\n")


def test_front_matter_merges_key_by_key() -> None:
    ours = NOTE.replace("starred: false", "starred: true")
    theirs = NOTE.replace("tags: [ml]", "tags: [ml, fairness]").replace(
        "---\n- first", "attended: true\n---\n- first"
    )
    result = merge_notes(NOTE, ours, theirs)
    assert result.clean
    data = front(result.text)
    assert data["starred"] is True
    assert data["attended"] is True
    assert data["tags"] == ["ml", "fairness"]


def test_links_added_on_each_side_are_both_kept() -> None:
    add = "- kind: video\n  url: https://v.example/1\n---"
    ours = NOTE.replace("2101.00001\n---", "2101.00001\n" + add)
    theirs = NOTE.replace(
        "2101.00001\n---",
        "2101.00001\n" + add.replace("v.example/1", "s.example/2").replace("video", "slides"),
    )
    data = front(merge_notes(NOTE, ours, theirs).text)
    assert [link["url"] for link in data["links"]] == [
        "https://arxiv.org/abs/2101.00001",
        "https://v.example/1",
        "https://s.example/2",
    ]


def test_a_key_set_differently_on_both_sides_keeps_the_other_value_visible() -> None:
    ours = NOTE.replace("title: Calibration is not enough", "title: Mine")
    theirs = NOTE.replace("title: Calibration is not enough", "title: Theirs")
    result = merge_notes(NOTE, ours, theirs)
    assert result.key_conflicts == ["title"]
    assert front(result.text)["title"] == "Mine"
    assert "title: Theirs" in result.text
    assert has_conflict_markers(result.text)


def test_a_key_removed_on_one_side_and_edited_on_the_other_keeps_the_edit() -> None:
    value, conflicts = merge_values({"a": 1, "b": 2}, {"a": 1}, {"a": 1, "b": 3})
    assert value == {"a": 1, "b": 3} and conflicts == []


def test_unreadable_front_matter_merges_as_text() -> None:
    broken = NOTE.replace("tags: [ml]", "tags: [ml")
    result = merge_notes(NOTE, broken, NOTE + "- more\n")
    assert "tags: [ml\n" in result.text and "- more" in result.text


def test_conference_yaml_sessions_merge_by_id() -> None:
    base = "name: RelML\nsessions:\n- id: s1\n  title: Morning\n"
    ours = base + "- id: s2\n  title: Afternoon\n"
    theirs = base.replace("Morning", "Morning orals")
    merged = yaml.safe_load(merge_yaml(base, ours, theirs).text)
    assert merged["sessions"] == [
        {"id": "s1", "title": "Morning orals"},
        {"id": "s2", "title": "Afternoon"},
    ]


def test_unchanged_front_matter_is_kept_byte_for_byte() -> None:
    base = "---\n# a comment\ntitle:   'T'\n---\nbody\n"
    result = merge_notes(base, base, base + "more\n")
    assert result.text == base + "more\n"


LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "d\n", "e\n", "f\n"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(base=LINES, ours=LINES, theirs=LINES)
def test_no_line_of_either_side_is_lost(
    base: list[str], ours: list[str], theirs: list[str]
) -> None:
    """Every line either side added is in the merge (lines only deleted may go)."""
    merged = merge_text("".join(base), "".join(ours), "".join(theirs)).text.splitlines(True)
    for side in (ours, theirs):
        added = [line for line in side if side.count(line) > base.count(line)]
        for line in added:
            assert line in merged


@settings(max_examples=200, deadline=None)
@given(base=LINES, side=LINES)
def test_a_change_on_one_side_only_is_taken_as_it_is(base: list[str], side: list[str]) -> None:
    b, s = "".join(base), "".join(side)
    assert merge_text(b, s, b).text == s
    assert merge_text(b, b, s).text == s


def test_resolve_blocks_keeps_the_chosen_side_and_every_line_outside() -> None:
    from confnotes.notebook.merge3 import merge_text, resolve_blocks

    merged = merge_text("a\nb\nc\n", "a\nB1\nc\n", "a\nB2\nc\n").text
    assert resolve_blocks(merged, "ours") == "a\nB1\nc\n"
    assert resolve_blocks(merged, "theirs") == "a\nB2\nc\n"
    assert resolve_blocks(merged, "both") == "a\nB1\nB2\nc\n"
    assert resolve_blocks("no markers\n", "ours") == "no markers\n"


def test_resolve_note_puts_a_front_matter_choice_back_into_the_front_matter() -> None:
    from confnotes.notebook.merge3 import has_conflict_markers, merge_notes, resolve_note

    base = "---\ntitle: T\nroom: A\ntags: [x]\n---\nbody\n"
    ours = "---\ntitle: T\nroom: B\ntags: [x]\n---\nbody mine\n"
    theirs = "---\ntitle: T\nroom: C\ntags: [x]\n---\nbody theirs\n"
    merged = merge_notes(base, ours, theirs).text
    assert has_conflict_markers(merged)
    mine = resolve_note(merged, "ours")
    assert "room: B" in mine and "body mine" in mine and "body theirs" not in mine
    assert not has_conflict_markers(mine)
    other = resolve_note(merged, "theirs")
    assert "room: C" in other and "room: B" not in other and "body theirs" in other
    assert not has_conflict_markers(other)
    both = resolve_note(merged, "both")
    assert not has_conflict_markers(both)
    assert "room: B" in both and "room: C" in both  # the other value stays as text
    assert "body mine" in both and "body theirs" in both


def test_two_appends_after_a_last_line_without_newline_are_both_kept() -> None:
    """The app saves without a final newline: "b" and "b\\n" are the same line."""
    result = merge_text("a\nb", "a\nb\nmine", "a\nb\ntheirs")
    assert result.clean and result.text == "a\nb\nmine\ntheirs"


def test_the_final_newline_merges_three_ways() -> None:
    assert merge_text("a\nb", "a\nb", "a\nb\nc\n").text == "a\nb\nc\n"
    assert merge_text("a\nb\n", "a\nb\n", "a\nb").text == "a\nb"
    assert merge_text("a\nb\n", "a\nb\nmine", "a\nb\n").text == "a\nb\nmine"


def test_a_yaml_key_set_differently_on_both_sides_stays_yaml_with_both_values() -> None:
    base = "name: RelML\ntimezone: Europe/Berlin\nsessions:\n- id: s1\n  title: Morning\n"
    ours = base.replace("Berlin", "Paris").replace("Morning", "Morning A")
    theirs = base.replace("Berlin", "London").replace("Morning", "Morning B")
    result = merge_yaml(base, ours, theirs)
    data = yaml.safe_load(result.text)
    assert data["name"] == "RelML" and data["timezone"] == "Europe/Paris"
    assert data["sessions"] == [{"id": "s1", "title": "Morning A"}]
    assert "Europe/London" in result.text and "Morning B" in result.text
    assert result.conflicts == 2 and result.key_conflicts == ["timezone", "sessions"]


def test_a_yaml_merge_keeps_comments_when_the_lines_merge_cleanly() -> None:
    base = "# our conference\ntimezone: Europe/Berlin\nname: RelML\nvenue: Hall A\n"
    ours = base.replace("Berlin", "Paris")
    theirs = base.replace("Hall A", "Hall B")
    result = merge_yaml(base, ours, theirs)
    assert result.clean
    assert result.text == "# our conference\ntimezone: Europe/Paris\nname: RelML\nvenue: Hall B\n"


def test_edits_of_neighbouring_lines_are_both_kept() -> None:
    """The README: edits on different lines are all kept, next to each other too."""
    result = merge_text("a\nb\nc\nd\n", "a\nB by Ada\nc\nd\n", "a\nb\nC by Bob\nd\n")
    assert result.clean and result.text == "a\nB by Ada\nC by Bob\nd\n"
    result = merge_text("a\nb\nc\n", "a\nB1\nC1\n", "a\nb\nC2\n")
    assert result.conflicts == 1 and "B1" in result.text and "C2" in result.text


KEYS = st.sampled_from(["name", "timezone", "venue", "start", "url"])
VALUES = st.sampled_from(["Berlin", "Paris", "Hall A", "2025-06-12", "x: y", "- dash", "#hash"])
MAPPINGS = st.dictionaries(KEYS, VALUES, max_size=5)


@settings(max_examples=200, deadline=None)
@given(base=MAPPINGS, ours=MAPPINGS, theirs=MAPPINGS)
def test_a_yaml_merge_is_always_yaml_and_keeps_every_value(
    base: dict[str, str], ours: dict[str, str], theirs: dict[str, str]
) -> None:
    texts = [yaml.safe_dump(x, sort_keys=False) if x else "" for x in (base, ours, theirs)]
    result = merge_yaml(*texts)
    merged = yaml.safe_load(result.text) or {}
    assert isinstance(merged, dict)
    for side in (ours, theirs):
        for key, value in side.items():
            if base.get(key) != value:  # what a side set is in the file, as data or shown
                assert merged.get(key) == value or value in result.text
