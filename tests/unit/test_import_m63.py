"""Mends of stop 63's merge: what its review and its guard found. Fixtures are written
for the test."""

from __future__ import annotations

from confnotes.importers.headings import conference_name


def test_a_quoted_name_without_a_notes_word_keeps_both_quotes() -> None:
    # only the notes word's own quote goes ("conf(“notes”" names conf); a name written
    # in quotes keeps them, so that it is still the same words the page wrote
    assert conference_name('"schedule"') == '"schedule"'
    assert conference_name("rconf(“notes”, “day 1”)") == "rconf"
