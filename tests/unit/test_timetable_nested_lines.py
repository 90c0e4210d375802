"""Plain text of talk lines, each led by its time, with a person's notes indented under
them by a tab: each talk keeps its title and speaker, and the lines under it are its
notes (they had been read as the title going on, so no talk had a speaker and the
whole file fell back to one note). A wrapped title hanging at its title's column still
goes on the line above."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme

NOTES = (
    "Lakeside Infra Day 2031\n\n"
    "09:30 Queues that forgive - Tomas Iriarte\n"
    "\tretries need budgets\n"
    "\tdead letters need owners\n"
    "10:15 Schema drift in the wild - Okonkwo Adaeze\n"
    "\tcontracts rot without consumer tests\n"
    "11:00 Observability on a budget - Petra Lindholm\n"
    "\tsample the tail, not the mean\n"
)

WRAPPED = (
    "Lakeside Infra Day 2031\n\n"
    "09:30 Queues that forgive (Tomas\n"
    "      Iriarte)\n"
    "10:15 Schema drift in the wild and\n"
    "      what it costs - Okonkwo Adaeze\n"
)


def _talks(text: str) -> dict[str, tuple[list[str], str]]:
    programme = parse_programme(text.encode(), "day.txt")
    return {t.title: ([p.name for p in t.speakers], t.body) for t in programme.talks}


def test_lines_nested_under_a_talk_are_its_notes() -> None:
    talks = _talks(NOTES)
    assert set(talks) == {
        "Queues that forgive",
        "Schema drift in the wild",
        "Observability on a budget",
    }
    speakers, body = talks["Queues that forgive"]
    assert speakers == ["Tomas Iriarte"]
    assert "retries need budgets" in body and "dead letters need owners" in body
    assert "consumer tests" in talks["Schema drift in the wild"][1]
    assert "consumer tests" not in talks["Observability on a budget"][1]


def test_a_title_wrapped_at_its_column_goes_on() -> None:
    talks = _talks(WRAPPED)
    assert talks["Queues that forgive"][0] == ["Tomas Iriarte"]
    assert "Schema drift in the wild and what it costs" in talks


CHOICES = """\
## Vrijdag 12 december 2031

14.00-14.05 Opening

16.00-16.50 Keuzelezingen:
- Getijden in kleine havens. O. Varga
- Zoutmoeras P. Claes
- Knopen voor zeilers. A. ter Braack
- Veerboten en hun dienstregeling.   I. Lund

17.00 Diner
"""


def test_a_slots_list_of_titles_each_ending_in_a_name_with_initials() -> None:
    """``16.00 Parallel talks:`` over items ``Title. A. Name``: the slot's talks, each at
    its time, the name the items share at their end read as the speaker (the items as one
    run), and kept by the person test's second look."""
    programme = parse_programme(CHOICES.encode(), "programma.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert {t: [s.name for s in x.speakers] for t, x in talks.items()} == {
        "Getijden in kleine havens": ["O. Varga"],
        "Zoutmoeras": ["P. Claes"],
        "Knopen voor zeilers": ["A. ter Braack"],
        "Veerboten en hun dienstregeling": ["I. Lund"],
    }
    assert talks["Zoutmoeras"].start == datetime(2031, 12, 12, 16, 0)
