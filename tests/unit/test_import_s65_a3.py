"""Stop 65, helper a3: an HTML definition list in a Markdown post (cut by blank lines,
bold session rows over their talks, the sessions named again over the abstracts),
speaker cards whose second line is the person's organisation, and a day heading of a
weekday and a number alone. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import doctree
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import numbered_day_after


def _talks(
    text: str, name: str, shape: str | None = None
) -> dict[str, tuple[datetime | None, list[str]]]:
    programme = parse_programme(text.encode(), name, shape=shape)
    return {t.title: (t.start, [p.name for p in t.speakers]) for t in programme.talks}


def _people(text: str, name: str) -> set[str]:
    programme = parse_programme(text.encode(), name)
    return {p.name for t in programme.talks for p in t.speakers}


# ------------------------------------------------ a <dl> that blank lines cut in pieces

_POST = """---
layout: post
title: "Coastal Modelling Day"
---

### Programme for 3 March 2022

<dl class='agenda'>
<dt>14:00</dt><dd><b>Opening (Hanna Lund, Sea Lab)</b></dd>

<dt>14:15</dt><dd><b>Ocean Dynamics</b></dd>
<dt>14:15</dt><dd><a href='#a'>Tides seen from orbit</a> <i>(Marek Novak,
Brno University of Technology)</i></dd>
<dt>14:45</dt><dd><a href='#b'>Rip currents on sandy beaches</a>
<i>(Leila Haddad, Univ. of Tunis)</i></dd>

<dt>15:15</dt><dd><b>Tea</b></dd>

<dt>15:45</dt><dd><b>Sediment Transport</b></dd>
<dt>15:45</dt><dd><a href='#c'>Dunes that walk</a> <i>(Oskar Berg, Lund)</i></dd>

</dl>

### Abstracts

#### 14:15-15:15 Ocean Dynamics

__Tides seen from orbit__ _(Marek Novak, Brno University of Technology)_

We compare altimetry with gauges along two coasts.

#### 15:45-16:15 Sediment Transport

__Dunes that walk__ _(Oskar Berg, Lund)_

How a dune field moves over a decade.
"""

_POST_DE = """---
layout: post
title: "Tag der Kryptographie"
---

### Programm am 14. Juni 2023

<dl>
<dt>13:00</dt><dd><b>Gitter und Codes</b></dd>
<dt>13:00</dt><dd>Kurze Signaturen aus Gittern <i>(Jonas Albrecht, TU Graz)</i></dd>

<dt>13:40</dt><dd>Dekodieren mit wenig Speicher <i>(Mira Schulte, Uni Bonn)</i></dd>

<dt>14:20</dt><dd>Seitenkanäle im Alltag <i>(Felix Brandt, KIT)</i></dd>
</dl>
"""


def test_a_definition_list_cut_by_blank_lines_is_one_list_of_timed_talks() -> None:
    doc = doctree.parse(_POST)
    lists = [n for n in doc.root.walk() if n.kind == "deflist"]
    assert len(lists) == 1
    assert sum(1 for n in lists[0].walk() if n.kind == "term") == 7
    talks = _talks(_POST, "coastal.md", shape="timetable")
    assert talks["Tides seen from orbit"] == (datetime(2022, 3, 3, 14, 15), ["Marek Novak"])
    assert talks["Rip currents on sandy beaches"] == (
        datetime(2022, 3, 3, 14, 45),
        ["Leila Haddad"],
    )
    assert talks["Dunes that walk"] == (datetime(2022, 3, 3, 15, 45), ["Oskar Berg"])


def test_the_same_in_german_with_plain_titles() -> None:
    talks = _talks(_POST_DE, "krypto.md", shape="timetable")
    assert talks["Kurze Signaturen aus Gittern"] == (
        datetime(2023, 6, 14, 13, 0),
        ["Jonas Albrecht"],
    )
    assert talks["Dekodieren mit wenig Speicher"] == (
        datetime(2023, 6, 14, 13, 40),
        ["Mira Schulte"],
    )
    assert talks["Seitenkanäle im Alltag"][0] == datetime(2023, 6, 14, 14, 20)


def test_a_bold_session_row_over_its_first_talk_names_no_one() -> None:
    # "Ocean Dynamics", "Sediment Transport", "Gitter und Codes" have a name's shape: the
    # next term's repeated time says they head their sessions
    people = _people(_POST, "coastal.md") | _people(_POST_DE, "krypto.md")
    assert not people & {"Ocean Dynamics", "Sediment Transport", "Gitter und Codes"}
    assert {"Marek Novak", "Leila Haddad", "Oskar Berg", "Jonas Albrecht"} <= people


def test_a_session_named_again_over_its_abstracts_is_no_person() -> None:
    programme = parse_programme(_POST.encode(), "coastal.md")
    for talk in programme.talks:
        assert "Sediment Transport" not in [p.name for p in talk.speakers]
        assert "Ocean Dynamics" not in [p.name for p in talk.speakers]
    dunes = [t for t in programme.talks if t.title == "Dunes that walk"]
    assert dunes and dunes[0].start == datetime(2022, 3, 3, 15, 45)


def test_a_bold_row_that_no_repeated_time_follows_is_read_as_before() -> None:
    # near miss: a lone bold row (its next term another time) is no session's heading
    text = _POST_DE.replace("<dt>13:00</dt><dd>Kurze", "<dt>13:20</dt><dd>Kurze")
    talks = _talks(text, "krypto.md", shape="timetable")
    assert talks["Kurze Signaturen aus Gittern"] == (
        datetime(2023, 6, 14, 13, 20),
        ["Jonas Albrecht"],
    )
    assert talks["Gitter und Codes"][0] == datetime(2023, 6, 14, 13, 0)


# --------------------------------------- cards: a name over the organisation they work at

_CARD = """  <div class="card">
    <h3>{name}</h3>
    <p class="{cls}">{org}</p>
  </div>
"""


def _cards(cls: str, people: list[tuple[str, str]]) -> str:
    return "".join(_CARD.format(name=n, cls=cls, org=o) for n, o in people)


_SPEAKERS = [
    ("Tomas Lindqvist", "Uppsala University"),
    ("Aiko Tanabe", "Kyoto Institute"),
    ("Rosa Quintero", "Universidad de Sevilla"),
    ("Pieter de Wit", "Radboud University"),
]

_PAGE = """<html><body>
<h1>Workshop on Moral Vagueness</h1>
<p><strong>Dates:</strong> 12 and 13 May 2027</p>
<h2>Speakers</h2>
<div class="grid">
{cards}
</div>
<h2>Programme</h2>
<h3>Wednesday 12th</h3>
<ul>
<li><time>09:30</time>. <strong>Tomas Lindqvist</strong>: Borderline blame</li>
<li><time>10:30</time>. <strong>Aiko Tanabe</strong>: Vague duties</li>
<li><time>11:30</time>. <strong>Rosa Quintero</strong>: Sorites in court</li>
</ul>
<h3>Thursday 13th</h3>
<ul>
<li><time>09:30</time>. <strong>Pieter de Wit</strong>: Tolerance and rules</li>
<li><time>10:30</time>. <strong>Aiko Tanabe</strong>: Degrees of wrongness</li>
<li><time>11:30</time>. <strong>Tomas Lindqvist</strong>: Closing discussion</li>
</ul>
<h2>Organisers</h2>
<div class="grid">
{organisers}
</div>
</body></html>
"""


def _page(cls: str) -> str:
    organisers = _cards(cls, [("Nora Felder", "Uni Wien"), ("Jan Kowal", "Uni Wien"),
                              ("Ida Sand", "Uni Wien")])  # fmt: skip
    return _PAGE.format(cards=_cards(cls, _SPEAKERS), organisers=organisers)


def test_speaker_cards_with_an_affiliation_line_are_people_not_talks() -> None:
    for cls in ("affiliation", "institution"):
        talks = _talks(_page(cls), "vague.html")
        assert not set(talks) & {"Uppsala University", "Kyoto Institute", "Uni Wien"}
        assert talks["Borderline blame"][1] == ["Tomas Lindqvist"]
        assert talks["Degrees of wrongness"][1] == ["Aiko Tanabe"]
        speaking = {p for _start, who in talks.values() for p in who}
        assert not speaking & {"Nora Felder", "Jan Kowal", "Ida Sand"}


def test_cards_whose_second_line_says_title_are_still_talks() -> None:
    # near miss: a class that says what the line is a talk's title keeps it one
    cards = _cards("talk-title", [(n, f"On {o.split()[0]} and nothing") for n, o in _SPEAKERS])
    text = f"<html><body><h1>Talks</h1><div>{cards}</div></body></html>"
    talks = _talks(text, "titles.html")
    assert talks.get("On Uppsala and nothing", (None, []))[1] == ["Tomas Lindqvist"]


# ------------------------------------------ "Thursday 13th": a day in the page's month


def test_a_weekday_and_a_number_alone_take_the_month_of_the_date_before() -> None:
    known = date(2027, 5, 13)
    assert numbered_day_after("Wednesday 12th", known) == date(2027, 5, 12)
    assert numbered_day_after("jeudi 13", known) == date(2027, 5, 13)
    assert numbered_day_after("Freitag, 14.", known) == date(2027, 5, 14)
    assert numbered_day_after("Monday 1st", date(2027, 5, 30)) == date(2027, 6, 1)


def test_a_number_after_a_word_that_is_no_weekday_is_no_day() -> None:
    known = date(2027, 5, 13)
    assert numbered_day_after("Room 12", known) is None
    assert numbered_day_after("Track 2", known) is None
    assert numbered_day_after("Monday 31st", date(2027, 4, 20)) is None  # April has 30


def test_the_page_dates_its_rows_by_the_numbers_it_writes() -> None:
    # 12 May 2027 is a Wednesday: the headings agree; with the weekdays of another year
    # (copied from an earlier edition) the numbers still give the days
    for first, second in (("Wednesday 12th", "Thursday 13th"), ("Friday 12th", "Saturday 13th")):
        text = _page("affiliation").replace("Wednesday 12th", first)
        talks = _talks(text.replace("Thursday 13th", second), "vague.html")
        assert talks["Borderline blame"][0] == datetime(2027, 5, 12, 9, 30)
        assert talks["Tolerance and rules"][0] == datetime(2027, 5, 13, 9, 30)
