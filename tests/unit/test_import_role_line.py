"""Talks whose blocks give their speaker after the abstract (issue 33): the one line of a
talk's own text that a speaker's role labels names its speakers, whatever reader found
the talk; a time standing alone above a card's heading is that talk's time; a post's
unfenced metadata block (``Title:``, ``Date:``, ``Author:``) is no talk."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.headings import role_line_people
from confnotes.importers.registry import parse_programme
from confnotes.importers.structure import split_front


def _talks(text: str, name: str = "orchard-evening.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


ORCHARD = (
    "# Orchard tech evening\n\n"
    "Three short talks in the cider barn.\n\n"
    "## Grafting schedules as a constraint problem\n\n"
    "Which tree gets which scion, and when, solved with an off-the-shelf solver. We "
    "compare it with the notebook the head gardener kept for thirty years.\n\n"
    "Speaker: [Rosalind Achterberg aka rosaapple](https://example.org/ra). Orchard keeper "
    "and part-time programmer.\n\n"
    "## Counting blossoms from a phone\n\n"
    "A small model, a shaky hand and a lot of white petals.\n\n"
    "**Ponente:** Tomás Echeverría, Cooperativa del Valle\n\n"
    "## Frost alarms on a shoestring\n\n"
    "Radio thermometers, a spare laptop and one very cold night.\n\n"
    "<p><strong>Referentin:</strong> Greta Lindqvist - Obstbau Versuchsgut</p>\n"
)


def test_the_role_line_under_an_abstract_names_the_talks_speaker() -> None:
    assert _talks(ORCHARD) == {
        "Grafting schedules as a constraint problem": ["Rosalind Achterberg"],
        "Counting blossoms from a phone": ["Tomás Echeverría"],
        "Frost alarms on a shoestring": ["Greta Lindqvist"],
    }


def test_the_role_line_stays_in_the_talks_note() -> None:
    programme = parse_programme(ORCHARD.encode(), "orchard-evening.md")
    talk = next(t for t in programme.talks if t.title.startswith("Grafting"))
    assert "Orchard keeper" in talk.body and "Speaker:" in talk.body


def test_a_nickname_after_aka_is_kept_as_the_speakers_alias() -> None:
    (person,) = role_line_people("Some words.\n\nSpeaker: Ines Rahal aka inesr. Hello.")
    assert person.name == "Ines Rahal"
    assert "inesr" in person.aliases


def test_two_labelled_lines_in_one_text_name_no_one() -> None:
    # a talk's text quoting the event's roles is no speaker line of its own
    assert role_line_people("Speaker: Ana Ruiz\n\nSpeaker: Bo Lindgren") == []


def test_a_speaker_label_in_the_singular_names_one_person_and_their_place() -> None:
    (person,) = role_line_people("Relatore: Matteo Ferrante, Istituto Marino")
    assert person.name == "Matteo Ferrante"


def test_a_plural_label_still_names_several_people() -> None:
    people = role_line_people("Speakers: Ana Ruiz, Bo Lindgren")
    assert [p.name for p in people] == ["Ana Ruiz", "Bo Lindgren"]


CARDS = (
    "---\ntitle: Programme\n---\n\n"
    '<p class="when">Friday, 9 October 2026 &middot; Room 2 and the atrium, Old Mill, '
    "Ghent</p>\n\n"
    '<div class="item">\n<div class="time">13:00 – 13:30</div>\n<div class="card">\n'
    "<h4>Invited talk — Weaving with linked data</h4>\n"
    "<p><strong>Speaker:</strong> Pieter Claes - Textile Archive</p>\n</div>\n</div>\n\n"
    '<div class="item">\n<div class="time">13:30 – 14:00</div>\n<div class="card">\n'
    "<h4>Invited talk — Dyes, recipes and version control</h4>\n"
    "<p><strong>Speaker:</strong> Amara Okafor - Colour Lab</p>\n</div>\n</div>\n\n"
    '<div class="item">\n<div class="time">14:00 – 14:30</div>\n<div class="card">\n'
    "<h4>Tea</h4>\n</div>\n</div>\n"
)


def test_a_time_above_a_cards_heading_is_its_talks_time() -> None:
    programme = parse_programme(CARDS.encode(), "programme.md")
    starts = {t.title: t.start for t in programme.talks if t.speakers}
    assert starts == {
        "Weaving with linked data": datetime(2026, 10, 9, 13, 0),
        "Dyes, recipes and version control": datetime(2026, 10, 9, 13, 30),
    }


def test_the_time_line_of_the_talk_above_is_not_the_next_headings() -> None:
    text = (
        "# Thursday lunch talks\n\n*Thursday, 5 March 2026*\n\n"
        "### Fermenting at home, safely\n12:10\n\nSpeaker: Lena Vogt\n\n"
        "### Questions and cake\n\nEveryone stays on.\n"
    )
    programme = parse_programme(text.encode(), "lunch.md")
    starts = {t.title: t.start for t in programme.talks}
    assert starts.get("Fermenting at home, safely") == datetime(2026, 3, 5, 12, 10)
    assert starts.get("Questions and cake") != datetime(2026, 3, 5, 12, 10)


POST = (
    "Title: Autumn meetup of the river data group\n"
    "Date: 2025-10-02 18:00\n"
    "Author: Noor Haddad\n"
    "Tags: meetup, rivers\n"
    "---\n\n"
    "## Talk 1: Flood maps from open data\n\nA walk through the public gauges.\n\n"
    "Palestrante: Jonas Weber. Works on river models.\n\n"
    "## Talk 2: Sediment and the camera trap\n\nWhat a cheap camera sees under water.\n\n"
    "Palestrante: Aino Virtanen. Ecologist.\n"
)


def test_an_unfenced_metadata_block_is_the_posts_header_not_a_talk() -> None:
    kind, data, last = split_front(POST.split("\n"))
    assert kind == "meta" and data["title"].startswith("Autumn meetup") and last == 4
    talks = _talks(POST, "autumn.md")
    assert [who for title, who in talks.items() if "Autumn" not in title] == [
        ["Jonas Weber"],
        ["Aino Virtanen"],
    ]
    assert len(talks) == 2


def test_a_note_that_opens_with_a_speaker_line_has_no_metadata_block() -> None:
    lines = ["Speaker: Ana Ruiz", "Date: 2025-10-02", "", "She showed the gauges."]
    assert split_front(lines) == ("", {}, -1)


def test_a_role_label_after_a_colon_outranks_a_names_shape_before_it() -> None:
    # "Two Words: …" looks like a name and its title, but what follows is a speaker's field
    talks = _talks(
        "# Harbour coders\n\n## Past meetups\n\n"
        "- [Tide Tables (20 min): Presenter: Oona Kallio](https://example.org/a) | "
        "[Slides](https://example.org/b)\n"
        "- [Rust on Buoys (30 min): Presenter: Dario Conti](https://example.org/c)\n"
    )
    assert talks == {"Tide Tables": ["Oona Kallio"], "Rust on Buoys": ["Dario Conti"]}
