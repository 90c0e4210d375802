"""Plain-text, Org, R Markdown and other-language programmes (issue 33): the structures
their authors write (a time-led block whose lines hang at the title's column, Org links
and tables, a session's list of labelled speakers, numbered talks under a time slot) and
the person test for names in any script. The documents are invented for the tests."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers.entries import leading_clock
from confnotes.importers.headings import read_heading
from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


HANGING = """\
PROGRAMME OF FENWAY'27

-------------------
Monday, May 3, 2027
-------------------

9:00  Opening Words:
      Ada Quist, Steering Chair
                 2027 Local Chair
      Bram Olde, Programme Chair

Plenary Session - Chair: C. Reyes
---------------------------------

9:30  Maps and Territories - a Field Guide
      Dana Whitlock

11:00 Sparse Sensors for Shallow
      Coastal Waters
      E. Lind, F. Ortega,
      G. Mbeki
"""


def test_a_plain_text_block_hangs_its_lines_at_the_titles_column() -> None:
    programme = parse_programme(HANGING.encode(), "programme.txt")
    talks = {t.title: t for t in programme.talks}
    assert programme.name == "FENWAY'27"
    assert [p.name for p in talks["Opening Words"].speakers] == ["Ada Quist", "Bram Olde"]
    keynote = talks["Maps and Territories - a Field Guide"]  # not "Name - Title"
    assert [p.name for p in keynote.speakers] == ["Dana Whitlock"]
    assert keynote.kind == "keynote"  # a talk of a plenary session
    wrapped = talks["Sparse Sensors for Shallow Coastal Waters"]
    assert [p.name for p in wrapped.speakers] == ["E. Lind", "F. Ortega", "G. Mbeki"]
    assert wrapped.start == datetime(2027, 5, 3, 11, 0)
    assert "C. Reyes" in {r.person.name for r in programme.roles}


ORG = """\
#+TITLE: Larkspur Days 2031 Schedule

# talk pages are in sessions/

* Day 1 - Thursday, October 2, 2031
*** [[file:sessions/a.org][Slow Queries, Fast Answers]]
Iris Novak - Database engineer at Quillon
Focus: indexes

*** [[file:sessions/b.org][Caching Without Regret]]
Jonas Feld - Platform team, Brightwater
"""


def test_org_links_comments_and_a_speaker_line_under_the_title() -> None:
    programme = parse_programme(ORG.encode(), "schedule.org")
    talks = {t.title: t for t in programme.talks}
    assert "talk pages are in sessions/" not in talks  # a comment, not a heading
    first = talks["Slow Queries, Fast Answers"]
    assert [p.name for p in first.speakers] == ["Iris Novak"]
    assert first.speakers[0].affiliations == ["Database engineer at Quillon"]
    assert first.day == date(2031, 10, 2)


ORG_TABLE = """\
#+TITLE: Spring School 2030

| DATE       | START | TITLE                  | SPEAKER     |
|------------+-------+------------------------+-------------|
| 2030-04-01 | 09:00 | Proofs by Picture      | Lea Brandt  |
| 2030-04-01 | 15:00 | Lab                    | Omar Diallo |
| 2030-04-02 | 09:00 | Types in the Wild      | Kim Sato    |
"""


def test_an_org_tables_date_column_dates_its_rows() -> None:
    programme = parse_programme(ORG_TABLE.encode(), "school.org")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Proofs by Picture"] == datetime(2030, 4, 1, 9, 0)
    assert starts["Types in the Wild"] == datetime(2030, 4, 2, 9, 0)  # not 21:00 of day 1


SESSIONS = """\
# Workshop on Quiet Data

## Day 1: June 4, 2031

### Session A (9:00 AM - 10:30 AM)

- **Chair:** Dr. Nina Holm
- **Speakers:**
  - Speaker 1: Dr. Paul Ekman - *Counting What Is Missing*
  - Speaker 2: Dr. Rosa Lind - *Small Samples in Panel Data*
"""


def test_a_sessions_list_of_labelled_speakers_holds_its_talks() -> None:
    programme = parse_programme(SESSIONS.encode(), "program.Rmd")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Counting What Is Missing"].speakers] == ["Paul Ekman"]
    assert [p.name for p in talks["Small Samples in Panel Data"].speakers] == ["Rosa Lind"]
    assert talks["Counting What Is Missing"].start == datetime(2031, 6, 4, 9, 0)
    assert "Nina Holm" in {r.person.name for r in programme.roles}
    heading = read_heading("Speaker 2: Dr. Rosa Lind - *Small Samples in Panel Data*")
    assert heading.title == "Small Samples in Panel Data"


NUMBERED = """\
<h2>第3回沿岸観測研究会</h2>

<p>
10:00 – 11:00「口頭発表」<br>
</p>
<div>
    <div>A1</div>
    <div>
        <div>小型ブイによる水温観測</div>
        <div>〇森川　陽介<sup>1</sup>、石田　美咲<sup>2</sup></div>
        <div><sup>1</sup>北海大、<sup>2</sup>海洋研</div>
    </div>
</div>
<div>
    <div>A2</div>
    <div>
        <div>潮位計の校正</div>
        <div>〇川端　直樹<sup>1</sup></div>
    </div>
</div>
"""


def test_numbered_talks_under_a_time_slot() -> None:
    talks = _talks(NUMBERED, "program.md")
    # one circle before the first of the page's one author list shows no convention:
    # every author stays a speaker (test_import_h3, test_import_j4)
    assert talks["小型ブイによる水温観測"] == ["森川 陽介", "石田 美咲"]
    assert talks["潮位計の校正"] == ["川端 直樹"]


def test_the_presenters_circle_and_footnotes_are_not_part_of_a_name() -> None:
    names = [p.name for p in split_speakers("〇愛場　雄一郎1、渡瀬　瑞希1,2")]
    assert names == ["愛場 雄一郎"]  # the circled author presents; the other co-wrote


def test_a_short_word_between_two_clocks_makes_a_range() -> None:
    assert leading_clock("8:00 às 8:30 Abertura")[:3] == (time(8, 0), time(8, 30), "Abertura")
    assert leading_clock("9.30 alle 10.30 Relazione")[1] == time(10, 30)
    assert leading_clock("10:30 Room 2 Talk")[1] is None  # a room, not the end of a range


ROUND_TABLE = """\
<h3>28 de Setembro de 2030</h3>
<div class="slot">
  <h2>8:30 às 9:15</h2>
  <h5>Conferência de abertura</h5>
  <h5>Cuidar de quem cuida</h5>
  <p>Dra. Helena Prado</p>
</div>
<div class="slot">
  <h2>9:15 às 10:30</h2>
  <h5>Mesa redonda 1 - Escola e família</h5>
  <p>Coordenadora: Dra. Rita Luz</p>
  <h5>Rotinas em casa</h5>
  <p>Dr. Caio Nunes</p>
  <h5>Adaptações na escola</h5>
  <p>Dra. Vera Campos</p>
</div>
"""


def test_a_kind_label_gives_way_to_its_title_and_a_round_table_holds_its_talks() -> None:
    programme = parse_programme(ROUND_TABLE.encode(), "programacao.html")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Cuidar de quem cuida"].speakers] == ["Helena Prado"]
    assert talks["Cuidar de quem cuida"].kind == "keynote"
    assert [p.name for p in talks["Rotinas em casa"].speakers] == ["Caio Nunes"]
    assert [p.name for p in talks["Adaptações na escola"].speakers] == ["Vera Campos"]


REMARKS = """\
# DataDays 2026, day one

## Keeping pipelines honest

- started with a story about a broken nightly job
- Jonas Feld: asked whether retries hide bugs
- Priya Raman - mentioned her team's canary datasets
- lots of emphasis on contracts between teams
- schema registry as the single source of truth
- slides to be posted later
- Tom Vries: what about late data?
- the answer: watermarks and a dead letter queue
"""


def test_a_few_name_and_remark_bullets_among_notes_are_notes() -> None:
    # a list becomes a session of talks only when most of its items are talks
    talks = _talks(REMARKS, "day-one.md")
    assert "Keeping pipelines honest" in talks
    assert not {"Jonas Feld", "Priya Raman", "Tom Vries"} & {n for ns in talks.values() for n in ns}


FIELD_LABELS = """\
# 春の勉強会 2026

## 第5回 港町エンジニア交流会

- 目的：地域のエンジニアが知見を共有する
- 背景：リモート勤務の増加と勉強会の減少
- 定員：50名（先着順）
"""


def test_labels_before_a_full_width_colon_are_fields_not_speakers() -> None:
    programme = parse_programme(FIELD_LABELS.encode(), "meetup.md")
    names = {p.name for t in programme.talks for p in t.speakers}
    assert not names & {"目的", "背景", "定員"}


def test_a_quoted_title_then_its_speaker_in_a_column_of_spaces() -> None:
    """``10:30  "Title"      Name, Org``: a plain-text schedule puts the quoted title and
    its speaker in columns of spaces; the quote ends the title and the rest names who."""
    text = (
        "RIVERSIDE RUST MEETUP\nAarhus, Friday 4 June 2032\n\nSchedule\n--------\n\n"
        "18:00  Doors open, pizza\n"
        '18:30  "Borrowing without tears"        Freja Holm, Aarhus University\n'
        '19:15  "Embedded async, for real"       Nils Dahl, Terma\n'
        "20:00  Drinks\n"
    )
    talks = _talks(text, "meetup.txt")
    assert talks["Borrowing without tears"] == ["Freja Holm"]
    assert talks["Embedded async, for real"] == ["Nils Dahl"]


def test_a_range_of_hours_written_without_colons_is_a_time_and_years_are_not() -> None:
    """``0900-1000``, ``1315 - 1400`` (the 24-hour clock as schedules in some countries
    write it) lead a row at that time; ``2019-2020`` and ``1930-2030`` are years."""
    from confnotes.importers.when import clock_range

    assert leading_clock("0900-1000 Registration")[:3] == (time(9, 0), time(10, 0), "Registration")
    assert leading_clock("1315 - 1400 Fast queues")[:2] == (time(13, 15), time(14, 0))
    assert leading_clock("2019-2020 season")[0] is None
    assert leading_clock("1930-2030 Dinner")[0] is None
    assert clock_range("1015 - 1100")[:2] == (time(10, 15), time(11, 0))
