"""A person's notes of several talks that write each talk's speakers on the line under
its title, the notes' parts as sub-headings below (stop 50, helper s50b); terse day notes
whose kind headings (``# Keynotes``) hold talks named for their speakers."""

from __future__ import annotations

from confnotes.importers import structure
from confnotes.importers.headings import kind_and_name
from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import talk_level

_PARAGRAPH = (
    "The speaker walked through three seasons of records and the pattern held,\n"
    "even in a cold spring; the audience asked how much of it applies to a balcony.\n"
)


def _talk(title: str, who: str, parts: list[str]) -> str:
    body = "".join(f"## {p}\n\n{_PARAGRAPH}\n{_PARAGRAPH}\n" for p in parts)
    return f"# {title}\n\n{who}\n\n{_PARAGRAPH}\n{body}\n"


NOTES = (
    _talk("Growing Beans Up a Wall", "Marta Quintanilla\n\n@martaq", ["Why?", "Supports"])
    + _talk(
        "Compost Heaps: what the worms say",
        "Oskar Lindqvist, Hana Dvorakova",
        ["Five Rules", "Tools"],
    )
    + _talk("Small Garden Raised Beds: On a Budget", "- Priya Ramanathan\n- @priyab", ["Wood"])
    + _talk(
        "Saving Seeds",
        "- Tomasz Wierzbicki\n- Core developer of SeedBank",
        ["Drying", "Storing"],
    )
    + _talk("Bees in the Patch", "Leontine Achterberg", ["Planting", "Water"])
    + _talk("Pruning Fruit Trees", "- hedges.example.net\n- @pruningpat", ["Winter"])
    + _talk(
        "*Why* I Keep a Diary",
        "What a diary taught me about frost dates and my own memory.\n\nEdwin Marlowe",
        ["First frost"],
    )
)


def _talks(text: str, source: str = "garden_notes.txt") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), source)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_titles_over_a_line_of_names_are_the_talks_not_their_parts() -> None:
    level = talk_level(structure.read(NOTES), None)[1]
    assert level == 1
    talks = _talks(NOTES)
    assert "Why?" not in talks and "Tools" not in talks
    assert talks["Growing Beans Up a Wall"] == ["Marta Quintanilla"]
    assert talks["Compost Heaps: what the worms say"] == ["Oskar Lindqvist", "Hana Dvorakova"]
    assert talks["Bees in the Patch"] == ["Leontine Achterberg"]


def test_a_title_with_a_colon_stays_whole_when_its_speaker_is_written_under_it() -> None:
    talks = _talks(NOTES)
    assert talks["Small Garden Raised Beds: On a Budget"] == ["Priya Ramanathan"]


def test_a_listed_name_over_its_job_is_the_speaker() -> None:
    assert _talks(NOTES)["Saving Seeds"] == ["Tomasz Wierzbicki"]


def test_a_site_and_a_handle_make_no_speaker() -> None:
    talks = _talks(NOTES)
    assert talks["Pruning Fruit Trees"] == []
    assert not any("example" in name for names in talks.values() for name in names)


def test_a_prefixed_verb_opens_no_name() -> None:
    assert split_speakers("Re-check Tide Tables") == []
    assert split_speakers("Pre-built Images") == []
    assert [p.name for p in split_speakers("Mei-ling Chen")] == ["Mei-ling Chen"]
    assert [p.name for p in split_speakers("Jean-Luc Martin")] == ["Jean-Luc Martin"]


def test_a_two_word_kind_then_a_titled_name() -> None:
    found = kind_and_name("Lightning Talk Dr Wen Okafor")
    assert found is not None and found[1].name == "Wen Okafor"
    assert kind_and_name("Lightning Talk Garden Tools") is None


DAY = """# Keynotes
## Ingrid Solheim
**Shipping** is a team sport

- Bergen
- Rotterdam

## Panel with Joao Ferreira & Dr. Lena Hartmann
The port authority changed its cranes

## Tobias Brenner
Automation, but slowly.

## Lightning Talk Dr Wen Okafor
Tugboats and their pilots

# Track Talks
## Container Yards
Stacking rules for empty boxes.

## Cold Chain Logistics
Reefer plugs are always the bottleneck.

## Unloading at Night with Fewer Lights
Sensors on the spreaders, cameras on the quay.

## Customs Paperwork for Humans
One form instead of seven.

## Multi-Berth scheduling, Ruth & Emil
Re-check Tide Tables
"""


def test_a_name_alone_under_a_kind_heading_is_that_persons_talk() -> None:
    talks = _talks(DAY, "harbour_day1.md")
    assert talks["Ingrid Solheim"] == ["Ingrid Solheim"]
    assert talks["Tobias Brenner"] == ["Tobias Brenner"]
    assert talks["Lightning Talk Dr Wen Okafor"] == ["Wen Okafor"]
    assert talks["Container Yards"] == []  # a topic under "Track Talks": nobody
    assert talks["Cold Chain Logistics"] == []
    assert not any("Tide" in name for names in talks.values() for name in names)


def test_a_name_under_the_subtitle_is_the_speaker() -> None:
    assert _talks(NOTES)["Why I Keep a Diary"] == ["Edwin Marlowe"]
