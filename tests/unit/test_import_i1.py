"""Notes of a conference written as real people write them (issue 33): a post whose
header gives only its publication day (``published_at:``) and whose prose gives the
event's days with a wave dash (``2031/05/08~09``), over ``# Day 1`` / ``# Day 2``
headings."""

from __future__ import annotations

from datetime import date

from confnotes.importers.document_names import range_end
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


def test_a_wave_dash_joins_the_two_days_of_a_range() -> None:
    assert range_end("2031/05/08~09 に参加", date(2031, 5, 8), 2031) == date(2031, 5, 9)
    assert range_end("2031/05/08〜10", date(2031, 5, 8), 2031) == date(2031, 5, 10)
    assert range_end("2031/05/08～09", date(2031, 5, 8), 2031) == date(2031, 5, 9)
    assert range_end("2031/05/08 10~12:30", date(2031, 5, 8), 2031) is None  # clocks


_POST = """---
title: "Harbour Styles 2031 recap"
published: true
published_at: 2031-05-20 09:00
---

2031/05/08~09 に港町で開かれた Harbour Styles 2031 に行ってきました。

# Day 1

## Layered colour systems by Wilma Quennell

色の話。

## Anchors everywhere by Osric Dalby

位置の話。

# Day 2

## Printing the web by Farrah Vintner

印刷の話。
"""


def test_day_headings_take_the_days_the_prose_ranges_in_a_post_dated_by_publication() -> None:
    programme = parse_programme(_POST.encode(), "recap.md")
    days = {t.title: t.day for t in programme.talks if t.kind != "other"}
    assert days["Layered colour systems"] == date(2031, 5, 8)
    assert days["Anchors everywhere"] == date(2031, 5, 8)
    assert days["Printing the web"] == date(2031, 5, 9)


def test_a_publication_day_far_from_the_prose_range_gives_no_days() -> None:
    far = _POST.replace("published_at: 2031-05-20", "published_at: 2034-05-20")
    programme = parse_programme(far.encode(), "recap.md")
    assert all(t.day is None for t in programme.talks if t.kind != "other")


def test_a_publication_key_alone_dates_the_post_for_a_hyphen_range() -> None:
    hyphen = _POST.replace("2031/05/08~09", "2031/05/08-09")
    programme = parse_programme(hyphen.encode(), "recap.md")
    days = {t.title: t.day for t in programme.talks if t.kind != "other"}
    assert days["Printing the web"] == date(2031, 5, 9)


# A writer who drops the space after a heading's hashes, and gives each talk two headings:
# its title over its speakers' names, or a speaker's name over the title.
_PAIRED = """#Notes from Riverside Scripting Day
##3rd March 2030

Written live from the back row.

---

#Testing the untestable
##Greta Lindqvist and Paolo Serra

Mocks everywhere.

###Fakes versus stubs
- prefer fakes

---

#Ottavio Brandt
##Streaming parsers in practice

Chunk by chunk.

###Back pressure
- bounded queues

---

#Signals for state
##Mirela Obradovic

Fine-grained updates.
"""


def test_a_title_heading_over_a_names_heading_is_one_talk_either_way_round() -> None:
    talks = _read(_PAIRED)
    assert talks["Testing the untestable"] == ["Greta Lindqvist", "Paolo Serra"]
    assert talks["Streaming parsers in practice"] == ["Ottavio Brandt"]
    assert talks["Signals for state"] == ["Mirela Obradovic"]
    assert "Fakes versus stubs" not in talks and "Back pressure" not in talks


def test_one_hash_without_its_space_is_a_heading_only_for_a_writer_who_drops_it() -> None:
    from confnotes.importers.doctree import _spaced_headings

    lines = ["#Streaming parsers", "##Ottavio Brandt", "#Qux", "##Aside", "#todo #later", "x"]
    assert _spaced_headings(lines) == [
        "# Streaming parsers",
        "## Ottavio Brandt",
        "# Qux",
        "## Aside",
        "#todo #later",
        "x",
    ]
    # one word with no heading under it is a tag; with no "##Heading" anywhere, all are
    assert _spaced_headings(["##A b", "#tagged", "", "text"]) == ["## A b", "#tagged", "", "text"]
    assert _spaced_headings(["#Streaming parsers", "## Ottavio Brandt"]) is None


def test_a_title_over_several_part_headings_is_no_pair_with_a_name() -> None:
    text = (
        "# 速いビルドの話\n## 動機\n遅かった。\n## 結論\n速くなった。\n\n"
        "# 型の話\n## 経緯\n少し。\n## 成果\n多い。\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    assert not [p.name for t in programme.talks for p in t.speakers]
