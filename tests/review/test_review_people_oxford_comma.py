"""REVIEW reproduction: the linear-time speaker separator dropped every speaker of a list
with an Oxford comma.

``(?<!\\s)\\s*(?:,|;|\\band\\b|&|·)\\s*`` cannot start a match right after the spaces
the previous ``, `` consumed, so ``, and`` left ``and Carol White (UW)`` as one part,
which is no person, and the whole line gave no speakers (it gave three before).
"""

from __future__ import annotations

from confnotes.importers.entries import _people


def test_oxford_comma_list_keeps_every_speaker() -> None:
    people = _people("Alice Smith (MIT), Bob Jones (CMU), and Carol White (UW)")
    assert [p.name for p in people] == ["Alice Smith", "Bob Jones", "Carol White"]
    assert [p.affiliations for p in people] == [["MIT"], ["CMU"], ["UW"]]


def test_a_long_run_of_spaces_is_no_separator() -> None:
    assert len(_people("Alice Smith" + " " * 50_000 + "Bob")) <= 1
