"""Agendas that write each slot's label and length before its title
(``Presentation 1 (20 min) Title``), as workshop and committee agendas do in any markup
(issue 33): the title is what follows the length; a title, its length and then who
names its speakers; a length closing a line stays in its title."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import after_slot_length, title_and_speakers


def test_a_slot_label_and_its_length_are_no_part_of_the_title() -> None:
    assert after_slot_length("Presentation 1 (20 min) Mapping rivers from orbit") == (
        "Mapping rivers from orbit"
    )
    assert after_slot_length("Speed 3 (10 minutes) Shared words for shared data") == (
        "Shared words for shared data"
    )
    assert after_slot_length("Closing remarks (5 min)") == "Closing remarks (5 min)"
    assert after_slot_length("Rivers and (20 min) lakes") == "Rivers and (20 min) lakes"


def test_who_after_a_title_and_its_length_is_its_speaker() -> None:
    title, people = title_and_speakers("Open discussion (45 min) Ana Ruiz - Nordlys Labs")
    assert title == "Open discussion"
    assert [p.name for p in people] == ["Ana Ruiz"]
    assert title_and_speakers("Open discussion (45 min) with everyone")[1] == []


def test_an_agenda_table_of_slots_reads_the_titles_after_their_lengths() -> None:
    text = (
        "= Terminology Workshop - draft agenda\n\n"
        "The agenda may still change; these are the talks promised so far.\n\n"
        "== Day 1\n\n"
        "https://example.org/time?year=2022&month=4&day=5[April 5, 2022 UTC 09:00]\n\n"
        "=== Words across domains\n\n"
        '[cols="a,4a"]\n'
        "|===\n"
        "|Time - UTC | Session | Title\n\n"
        "| 09:00 | Welcome (10 min) | Ms Ana Ruiz, chair of the committee\n"
        "| 09:10 | Presentation 1 (20 min) Mapping rivers from orbit\n"
        "| 09:30 | Presentation 2 (20 min) Gazetteers that agree with each other\n"
        "| 09:50 | Break 1 (10 min)\n"
        "| 10:00 | Presentation 3 (20 min) Place names in four languages\n"
        "| 10:20 | Speed 1 (10 min) Shared words for shared data\n"
        "| 10:30 | Speed 2 (10 min) A thesaurus for coastlines and harbours\n"
        "| 10:40 | Break 2 (10 min)\n"
        "| 10:50 | Closing (10 min)\n"
        "\n|===\n"
    )
    titles = [t.title for t in parse_programme(text.encode(), "agenda.adoc").talks]
    assert "Mapping rivers from orbit" in titles
    assert "A thesaurus for coastlines and harbours" in titles
    assert not any(t.startswith(("Presentation", "Speed")) for t in titles)


def test_a_title_of_many_slot_labels_is_read_once_without_recursing() -> None:
    text = "Talk 1 (5 min) " * 3000 + "Title"
    title, people = title_and_speakers(text)
    assert title.endswith("Title") and people == []
