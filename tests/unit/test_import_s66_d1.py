"""Stop 66, helper d1: a person's notes whose talk headings repeat at one level and carry
a tail after a separator (the speaker, a time and a room), in our own words."""

from __future__ import annotations

from confnotes.importers.heading_tails import (
    at_place,
    handle_line,
    last_tail,
    without_link_tail,
)
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


_FILLER = "some thoughts i wrote down\n\n- a point\n- another point\n\n"

COLUMN_EN = (
    "# Gardens of Code - mira olsen\n"
    + _FILLER
    + "## what went wrong\nlots\n\n"
    + "# rivers / roads and maps - tomas berg\n"
    + _FILLER
    + "# quiet servers at night\n@lenadev, discord\n\n"
    + _FILLER
    + "# Slow Builds - Ana Ruiz\n"
    + _FILLER
    + "## takeaways\nfewer steps\n"
)

COLUMN_DE = (
    "# Kleine Teams – jonas weber\n"
    + "ein paar Gedanken\n\n- Punkt eins\n- Punkt zwei\n\n"
    + "# Daten / Schutz / Alltag – petra lang\n"
    + "noch mehr Gedanken\n\n"
    + "# Barrierefreiheit im Netz\n@kai_m / kaim.dev\n\nNotizen zum Vortrag\n\n"
    + "# Gute Fehler – Lea Hoffmann\n"
    + "Notizen\n"
)


def test_column_name_after_the_last_separator_english() -> None:
    read = _read(COLUMN_EN)
    assert read["rivers / roads and maps"] == ["tomas berg"]
    assert read["Gardens of Code"] == ["mira olsen"]


def test_column_handle_under_an_unnamed_heading_english() -> None:
    read = _read(COLUMN_EN)
    assert read["quiet servers at night"] == ["@lenadev"]


def test_column_in_german_with_en_dashes() -> None:
    read = _read(COLUMN_DE, "notizen.md")
    assert read["Daten / Schutz / Alltag"] == ["petra lang"]
    assert read["Barrierefreiheit im Netz"] == ["@kai_m"]
    assert read["Gute Fehler"] == ["Lea Hoffmann"]


def test_a_handle_in_a_sentence_names_no_one() -> None:
    assert handle_line("@ana said that the build was slow and nobody cared") == []
    assert handle_line("@ana, slack") and handle_line("@ana & @bo_l")
    assert [p.name for p in handle_line("@ana & @bo_l / site.dev")] == ["@ana", "@bo_l"]


def test_notes_without_a_column_keep_their_handles_unread() -> None:
    text = (
        "# Building a compiler\n"
        + _FILLER
        + "## parsing\n@team, please review\n\nmore\n\n## codegen\nstuff\n"
    )
    programme = parse_programme(text.encode(), "compiler.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "@team" not in people and "team" not in people


def test_last_tail_keeps_the_titles_own_separator() -> None:
    assert last_tail("a / b - ana ruiz") == ("a / b", "ana ruiz")
    assert last_tail("no separator here") is None


TIMED_EN = "".join(
    f"# {title} [{code}] ({start} 〜 {end}) @ {place}\n  - a remark\n\n"
    for title, code, start, end, place in [
        ("Faster Parsers Today", "DEV1201", "09:00", "09:45", "West Hall - Room 12"),
        ("Streams in Practice", "TUT3300", "10:00", "11:30", "West Hall - Room 14"),
        ("Opening Keynote", "KEY0100", "12:00", "13:00", "North Hall - Stage A"),
    ]
)

TIMED_FR = "".join(
    f"## {title} ({start} - {end}) @ {place}\nQuelques notes.\n\n"
    for title, start, end, place in [
        ("Les tests sans douleur", "14:00", "14:45", "Salle Rhône"),
        ("Migrer sans casser", "15:00", "15:45", "Amphi B"),
        ("Le cache et ses pièges", "16:00", "16:30", "Salle Saône"),
    ]
)


def test_timed_heading_at_place_tail_is_the_room() -> None:
    programme = parse_programme(TIMED_EN.encode(), "day2.md")
    titles = {t.title: t for t in programme.talks}
    talk = titles["Streams in Practice [TUT3300]"]
    assert talk.room == "West Hall - Room 14"
    assert talk.clock is not None and talk.clock.hour == 10


def test_timed_heading_at_place_tail_in_french() -> None:
    programme = parse_programme(TIMED_FR.encode(), "jour2.md")
    rooms = {t.title: t.room for t in programme.talks}
    assert rooms.get("Migrer sans casser") == "Amphi B"


def test_at_place_near_misses() -> None:
    assert at_place("Ping @ana about it") is None  # a handle, not a spaced at-sign
    assert at_place("Title @ " + "word " * 12) is None  # a sentence, not a place


BYLINE_FR = (
    "# Du code qui vieillit bien\n"
    "--- [Claire Morel](https://example.org/cm) et [Hugo Blanc](https://example.org/hb)"
    " - [[Support](https://example.org/deck)]\n\n"
    "Claire et Hugo nous ont montré comment garder un code lisible.\n\n"
    "# Les équipes autonomes\n"
    "--- [Nina Roux](https://example.org/nr) - [[Vidéo](https://example.org/v)]\n\n"
    "Une présentation sur l'autonomie.\n"
)

BYLINE_EN = (
    "## Shipping on Fridays\n"
    "[Sam Hill](https://example.org/sh) and [Ivy Chen](https://example.org/ic)"
    " | [Slides](https://example.org/s)\n\n"
    "A talk about release trains and courage.\n\n"
    "## Boring Databases\n"
    "[Omar Said](https://example.org/os) | [Recording](https://example.org/r)\n\n"
    "Why boring is good.\n"
)


def test_by_line_closed_by_links_names_both_speakers() -> None:
    read = _read(BYLINE_FR, "mixit.md")
    assert read["Du code qui vieillit bien"] == ["Claire Morel", "Hugo Blanc"]
    read = _read(BYLINE_EN, "conf.md")
    assert read["Shipping on Fridays"] == ["Sam Hill", "Ivy Chen"]


def test_link_tail_without_a_separator_stays() -> None:
    line = "[Ana](https://a.example)[Slides](https://s.example)"
    assert without_link_tail(line) == line
    assert without_link_tail("[Ana](https://a.example) - [[Deck](https://d.example)]") == (
        "[Ana](https://a.example)"
    )


def test_parts_with_small_letter_tails_are_no_speakers() -> None:
    text = (
        "# Lessons from a migration\n"
        + _FILLER
        + "## setup - part one\nwe began slowly, part by part\n\n"
        + "## setup - part two\nthen faster\n\n"
        + "## wrap up - open questions\nmany open questions remain\n"
    )
    programme = parse_programme(text.encode(), "migration.md")
    people = {p.name.casefold() for t in programme.talks for p in t.speakers}
    assert not people & {"part one", "part two", "open questions"}
