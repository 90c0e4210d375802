"""Stop 60, helper q1 (review 60, finding 1): a run of lines each set in italics is a
list of talks only when it is no preface: lines that are sayings or sentences (a page's
epigraphs) are none, nor is a run its section's talk headings follow. Fixtures written
for these tests, in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme

_SAYINGS = [
    '"Ship small, ship often."',
    '"Nobody reads the runbook until three in the morning."',
    '"Tests are a letter to your future self!"',
]

_MOTTOS = ["Bring a mug", "Doors open at nine", "Wifi name: harbour-guest"]


def _talks(text: str, name: str) -> dict[str, tuple[list[str], date | None, str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: ([s.name for s in t.speakers], t.day, t.kind) for t in programme.talks}


def _page(lines: list[str], subheads: list[str]) -> str:
    text = "# Notes from Harbour DevDays 2031\n\n## Day 2, 14 March 2031\n\n"
    text += "".join(f"*{line}*\n\n" for line in lines)
    for head in subheads:
        text += f"### {head}\n\nWhat I wrote down during it.\n\n"
    return text


def _html_page(lines: list[str], subheads: list[str]) -> str:
    body = "".join(f"<p><em>{line}</em></p>\n" for line in lines)
    heads = "".join(f"<h3>{h}</h3>\n<p>What I wrote down during it.</p>\n" for h in subheads)
    return (
        "<html><body>\n<h1>Notes from Harbour DevDays 2031</h1>\n"
        f"<h2>Day 2, 14 March 2031</h2>\n{body}{heads}</body></html>\n"
    )


_TALK_HEADS = ["Paging without tears — Ines Moreau", "Rollbacks as a habit — Jonas Feld"]


def test_italic_sayings_over_talk_headings_are_no_talks() -> None:
    for text, name in (
        (_page(_SAYINGS, _TALK_HEADS), "devdays.md"),
        (_html_page(_SAYINGS, _TALK_HEADS), "devdays.html"),
    ):
        talks = _talks(text, name)
        for saying in _SAYINGS:
            assert saying.strip('"') not in talks, (name, saying)
        assert talks.get("Paging without tears") == (["Ines Moreau"], date(2031, 3, 14), "talk")
        assert talks.get("Rollbacks as a habit") == (["Jonas Feld"], date(2031, 3, 14), "talk")


def test_italic_sayings_are_no_talks_whatever_follows() -> None:
    text = _page(_SAYINGS, ["Lunch and hallway chats"])
    talks = _talks(text, "devdays.md")
    for saying in _SAYINGS:
        assert saying.strip('"') not in talks, saying


def test_italic_lines_before_the_sections_talk_headings_are_its_preface() -> None:
    talks = _talks(_page(_MOTTOS, _TALK_HEADS), "devdays.md")
    assert not set(_MOTTOS) & set(talks)
    assert talks.get("Paging without tears") == (["Ines Moreau"], date(2031, 3, 14), "talk")
    assert talks.get("Rollbacks as a habit") == (["Jonas Feld"], date(2031, 3, 14), "talk")


def test_italic_titles_with_a_question_under_a_day_are_still_its_talks() -> None:
    titles = ["Why is the build slow?", "Caching for the impatient", "Flaky tests, named"]
    talks = _talks(_page(titles, []), "devdays.md")
    for title in titles:
        assert talks.get(title, ([], None, ""))[1:] == (date(2031, 3, 14), "talk"), title
