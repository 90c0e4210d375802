"""Conventions of people's own conference notes met in real public repositories (a
measuring set kept outside the project): one file per talk whose sub-headings are its
parts, a speaker line or heading under the title, a talk-page link under it, an index
file naming the folder's conference, a file with no heading titled by its name. Every
fixture here is written for the test, imitating the convention, never copying it."""

from __future__ import annotations

from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _names(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text)]


def test_a_title_joined_by_and_is_no_person_with_an_affiliation() -> None:
    # a list item linking a talk's notes: "X and Y at Z" is a title, not "X" of "Y at Z"
    assert _names("Silent Films and Captions on Television") == []
    assert _names("Rosa Lind and Tomas Berg") == [("Rosa Lind", []), ("Tomas Berg", [])]


def test_an_ampersand_inside_a_word_does_not_split_an_affiliation() -> None:
    assert _names("Imke Vos, ACME R&D") == [("Imke Vos", ["ACME R&D"])]
    assert _names("Imke Vos & Ola Berg") == [("Imke Vos", []), ("Ola Berg", [])]


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers}


def test_a_heading_alone_is_no_speaker_among_headings_that_are_not_names() -> None:
    notes = (
        "# Harbour Tech Day notes\n\n## Night Trains\n- sleeper routes came back\n\n"
        "## Quiet Harbours\n- shore power for ferries\n\n## Open questions\n- who pays?\n"
    )
    assert _people(_read(notes)) == set()
    by_speaker = "# Summer school notes\n\n## Ines Moreau\n- routing\n\n## Tariq Said\n- tides\n"
    assert _people(_read(by_speaker)) == {"Ines Moreau", "Tariq Said"}
