"""Mends of stop 58's review (helper n1): a bracket naming more than a kind is a note on
the slot; an iCal ``Speakers:`` line adds people only; a notes post's own day (a ticket
bought, a flight) dates no talk. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

BRACKET_NOTES_CSV = """\
time,title,speaker
13:00,Migrating our billing stack (Keynote practice),Noor Haddad
14:00,What the panel taught us (Panel notes),Ilse Brandt
15:00,Scaling search (Keynote),Pavel Horak
16:00,Open questions (Panel discussion),Mei Tanaka
"""


def test_a_bracket_naming_more_than_a_kind_does_not_set_the_kind() -> None:
    p = parse_programme(BRACKET_NOTES_CSV.encode(), "slots.csv")
    kinds = {t.title: t.kind for t in p.talks}
    assert kinds["Migrating our billing stack (Keynote practice)"] == "talk"
    assert kinds["What the panel taught us (Panel notes)"] == "talk"
    # a bracket that says the kind alone still does
    assert kinds["Scaling search (Keynote)"] == "keynote"
    assert kinds["Open questions (Panel discussion)"] == "panel"
