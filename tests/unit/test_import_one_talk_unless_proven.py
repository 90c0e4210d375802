"""A person's notes file is one talk unless its parts prove they repeat as talks
(readings.one_talk_unless_proven), and the one-talk reading reads what such a note says
about its talk (a details list, a speaker field going on into a biography, the day its
file or folder is named by)."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import read_folder


def _read(text: str, name: str = "notes.md"):  # type: ignore[no-untyped-def]
    return parse_programme(text.encode(), name)


ESSAY = """# Sourdough at Scale

## Key points

- starters drift with the flour

## Why it matters

A bakery of forty ovens cannot taste every batch.

## Demo

She fed a starter on stage.

## Pitfalls

- trusting the thermometer
"""


def test_essay_parts_under_a_title_stay_one_talk() -> None:
    programme = _read(ESSAY)
    assert [t.title for t in programme.talks] == ["Sourdough at Scale"]
    assert "## Demo" in programme.talks[0].body  # the parts stay in the note
    assert not [p for t in programme.talks for p in t.speakers]


def test_parts_that_each_name_their_speaker_are_talks() -> None:
    text = (
        "# Orchard Tech Evening\n\n## Pruning with drones\n\nSpeaker: Ilse Marchetti\n\n"
        "- wind is the enemy\n\n## Frost alarms on a budget\n\nSpeaker: Kofi Baptiste\n\n"
        "- a buzzer and a sensor\n"
    )
    programme = _read(text)
    assert [t.title for t in programme.talks] == ["Pruning with drones", "Frost alarms on a budget"]


def test_a_file_named_for_several_talks_keeps_its_untitled_sections_as_talks() -> None:
    text = (
        "Pocket radios\n-------------\n\n* crystal sets\n\n"
        "Bees and maths\n--------------\n\n* hexagons\n"
    )
    programme = _read(text, "lightning-talks-friday.md")
    assert [t.title for t in programme.talks] == ["Pocket radios", "Bees and maths"]
    alone = _read(text, "radio-evening.md")  # nothing says several: one talk, named by its file
    assert [t.title for t in alone.talks] == ["radio evening"]


def test_a_speaker_field_going_on_into_a_biography_names_its_speaker() -> None:
    text = (
        "# Rivers as Data\n\n**Speaker**: Odile Ferrand, hydrologist at Delta Works, author of "
        '_"Flow"_ and _"Silt"_, advises the Rhine board, the Loire board and two ministries\n\n'
        "## Takeaways\n\n- gauges lie in winter\n\n## Links\n\n- the survey\n"
    )
    (talk,) = _read(text).talks
    assert [p.name for p in talk.speakers] == ["Odile Ferrand"]


def test_a_details_list_under_the_title_gives_its_speaker_and_time() -> None:
    text = (
        "# Lichen as Air Sensors\n\n## Details\n* https://example.org/lichen\n"
        "* Tove Brennan (Moss Institute)\n* 10:15am–10:50am, Friday 9 May 2025\n\n"
        "## Notes\n* three species, three pollutants\n"
    )
    (talk,) = _read(text).talks
    assert [p.name for p in talk.speakers] == ["Tove Brennan"]
    assert talk.start is not None and talk.start.isoformat() == "2025-05-09T10:15:00"


def test_an_event_kind_ending_a_title_names_nobody_and_the_file_name_dates_it() -> None:
    text = "=====\n=== Composting at Work - Greenleaf Webinar ===\n=====\n\nBins\n\t- two of them\n"
    (talk,) = _read(text, "2021-4-7-composting.txt").talks
    assert not talk.speakers  # "Greenleaf Webinar" is an event, no one
    assert str(talk.day) == "2021-04-07"


def test_a_folder_named_by_its_day_dates_its_notes_and_its_readme_indexes_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "club night 2025 03 14"
    folder.mkdir()
    (folder / "README.md").write_text(
        "Upstairs room.\n\n## Talks\n"
        "* [Paper Planes](paper-planes.md)\n* [Old Clocks](old-clocks.md)\n"
    )
    (folder / "paper-planes.md").write_text(
        "# Paper Planes\n\n## Details\n* Juno Hartley (Aero Club)\n"
    )
    (folder / "old-clocks.md").write_text("# Old Clocks\n\n## Details\n* Wendel Okoro (Museum)\n")
    files = sorted(str(p) for p in folder.iterdir())
    read, _one_event = read_folder(str(folder), files)
    talks = [t for p in read.values() for t in p.talks if t.kind != "other"]
    assert sorted(t.title for t in talks) == ["Old Clocks", "Paper Planes"]
    assert {str(t.day) for t in talks} == {"2025-03-14"}
    assert {p.name for t in talks for p in t.speakers} == {"Juno Hartley", "Wendel Okoro"}
