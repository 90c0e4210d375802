"""One-line talk entries led by their time, and speakers the page names elsewhere.

A workshop's schedule writes each slot on one line, its time first and in bold, then the
title, then who gives it set apart (``**9:30 am** Title __Ana Ruiz, Lab__``); a group set
apart there (``__Genomics Core__``) gives the session and is no one. Day headings without
a year (``### Tuesday, May 5``) date their own lines, the first one's weekday fixing the
year; a 12-hour clock whose written half goes against the day's order is a slip. A
meetup's post lists its speakers in the front matter and writes ``Title with Name`` in
its schedule, its talks' abstracts in sections above. French, Italian and German words
for lightning talks are lightning talks.
"""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.event_name import year_name
from confnotes.importers.kinds import kind_of
from confnotes.importers.page_day import front_day
from confnotes.importers.persons import is_organisation
from confnotes.importers.when import find_date

from .importing import people_of, read, speakers_by_title, starts_by_title

WORKSHOP_EN = """\
## Timetable

Times are Eastern time.

### Tuesday, May 5

**8:45 am**  Video call opens
**9:00 am**  Reading long sequencing runs __Marta Quist, Longread Labs__
**10:30 am**  Shell basics for biologists __Genomics Core__
**12:00 pm** Lunch
**1:00 am**  Shell basics, continued __Genomics Core__
**2:30 pm**  Assembling transcripts __Dr. Omar Haddad, Tidewater Institute__
**4:45 pm**  Video call closes

### Wednesday, May 6

**8:45 am**  Video call opens
**9:00 am**  RIVA __Ines Lund, North Sea University__
**11:00 am**  Alignment clinic __Omar Haddad, Tidewater Institute__
**4:45 pm**  Video call closes
"""


def test_time_led_lines_give_title_and_stressed_speaker() -> None:
    programme = read(WORKSHOP_EN, "schedule.md")
    talks = speakers_by_title(programme)
    assert talks["Reading long sequencing runs"] == ["Marta Quist"]
    assert talks["Alignment clinic"] == ["Omar Haddad"]
    assert talks["RIVA"] == ["Ines Lund"]  # a tool's name in capitals stays the title
    assert "RIVA Ines Lund" not in people_of(programme)


def test_a_group_set_apart_gives_no_person() -> None:
    programme = read(WORKSHOP_EN, "schedule.md")
    talks = speakers_by_title(programme)
    assert talks["Shell basics for biologists"] == []
    assert "Genomics Core" not in people_of(programme)
    note = next(t for t in programme.talks if t.title == "Shell basics for biologists")
    assert "Genomics Core" in note.body  # who gives it stays in its note


def test_yearless_day_headings_date_their_own_lines() -> None:
    starts = starts_by_title(read(WORKSHOP_EN, "schedule.md"))
    # May 5 is a Tuesday in 2026: the weekday fixes the year, each heading its day
    assert starts["Reading long sequencing runs"] == datetime(2026, 5, 5, 9, 0)
    assert starts["Alignment clinic"] == datetime(2026, 5, 6, 11, 0)


def test_a_half_of_the_day_typed_against_the_order_is_a_slip() -> None:
    starts = starts_by_title(read(WORKSHOP_EN, "schedule.md"))
    assert starts["Shell basics, continued"] == datetime(2026, 5, 5, 13, 0)


EARLY_SESSION = """\
### Thursday, May 7

**1:00 am**  Night sky watch __Ana Ruiz, Star Club__
**9:00 am**  Breakfast talk __Bo Li, Harbour Lab__
**10:00 am**  Morning session __Carla Mendes, Tidal Lab__
"""


def test_a_first_clock_of_the_day_keeps_its_written_half() -> None:
    # nothing before it: the order does not contradict "1:00 am"
    starts = starts_by_title(read(EARLY_SESSION, "schedule.md"))
    assert starts["Night sky watch"] is not None
    assert starts["Night sky watch"].hour == 1


ATELIER_FR = """\
## Programme

### Mardi 5 mai

**9h00**  Ouverture
**9h30**  Lire des génomes entiers __Claire Dubois, Institut Pasteur__
**11h00**  Atelier pratique __Bioinformatics Core__
**12h00**  Déjeuner
"""


def test_french_time_led_lines_with_stressed_speaker() -> None:
    talks = speakers_by_title(read(ATELIER_FR, "programme.md"))
    assert talks["Lire des génomes entiers"] == ["Claire Dubois"]
    assert talks["Atelier pratique"] == []


def test_shared_research_services_are_organisations() -> None:
    for name in ("Bioinformatics Core", "Genomics and Proteomics Facility", "Imaging Platform"):
        assert is_organisation(name), name
    for name in ("Sterling Core", "Ana Core", "Tom Facility"):
        assert not is_organisation(name), name


MEETUP_EN = """\
---
title: "May Meetup: Queues and Shells"
date: 2026-05-19T18:30:00Z
speaker:
    - "[Ana Ruiz](https://example.org/ana)"
    - "[Bo Li](https://example.org/bo)"
---

## Session 1

Queues without tears.

Ana Ruiz ([@anaruiz](https://example.org/anaruiz)) will show how our team moved
from cron jobs to a proper queue, and what broke on the way.

## Session 2

Shell history as a notebook - a small tool.

[Bo Li](https://example.org/bo) keeps every command and its output, and will show how.

### Schedule

**18:30 - 19:00**: Doors open, snacks
**19:00 - 19:45**: Queues without tears with Ana Ruiz
**19:45 - 20:00**: Break
**20:00 - 20:40**: Shell history as a notebook with Bo Li
"""


def test_front_matter_speakers_vouch_for_with_lines() -> None:
    programme = read(MEETUP_EN, "index.md")
    talks = speakers_by_title(programme)
    assert talks["Queues without tears"] == ["Ana Ruiz"]
    assert talks["Shell history as a notebook"] == ["Bo Li"]
    assert "anaruiz" not in people_of(programme)
    starts = starts_by_title(programme)
    assert starts["Queues without tears"] == datetime(2026, 5, 19, 19, 0)


def test_a_section_opening_on_a_row_title_is_its_note() -> None:
    programme = read(MEETUP_EN, "index.md")
    talk = next(t for t in programme.talks if t.title == "Queues without tears")
    assert "cron jobs" in talk.body


MEETUP_DE = """\
---
title: "Juni-Treffen"
date: 2026-06-16T19:00:00+02:00
speaker:
    - "Jana Vogt"
    - "Tom Becker"
---

### Ablauf

**19:00 - 19:30**: Ankommen
**19:30 - 20:00**: Rust im Embedded-Bereich mit Jana Vogt
**20:00 - 20:30**: Datenbanken mit Apache Kafka
**20:30 - 21:00**: Testen im Team mit Tom Becker
"""


def test_with_needs_the_front_matter_to_name_the_person() -> None:
    talks = speakers_by_title(read(MEETUP_DE, "index.md", shape="timetable"))
    assert talks["Rust im Embedded-Bereich"] == ["Jana Vogt"]
    assert talks["Testen im Team"] == ["Tom Becker"]
    # "mit Apache Kafka": a product, no speaker the front matter lists
    assert talks["Datenbanken mit Apache Kafka"] == []


ECLAIRS_FR = """\
---
title: "Soirée des présentations éclairs"
date: 2026-11-12T18:00:00-05:00
---

__Soirée des présentations éclairs__

Venez découvrir des sujets variés en quelques minutes chacun.

## Présentations éclairs

__Tester sans mocks__

* Speaker: Louise Martin / Développeuse @Acme

__Les index, enfin compris__

* Speaker: Hugo Petit / Architecte
"""


def test_front_matter_datetime_dates_a_post_and_eclairs_are_lightning() -> None:
    programme = read(ECLAIRS_FR, "2026-10-01-eclairs.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert set(talks) == {"Tester sans mocks", "Les index, enfin compris"}
    for talk in talks.values():
        assert talk.day == date(2026, 11, 12)
        assert talk.kind == "spotlight"
    # the page's name said again in bold over its talks is no talk of its own
    assert all(
        t.kind == "other" for t in programme.talks if t.title == "Soirée des présentations éclairs"
    )


def test_lightning_words_in_other_languages() -> None:
    for said in ("Présentations éclairs", "Talks éclair", "Talk lampo", "Blitzvorträge"):
        assert kind_of(said) == "spotlight", said
    for said in ("Un éclair de génie", "Lampo e tuono", "Vorträge"):
        assert kind_of(said) != "spotlight", said


def test_a_front_matter_iso_datetime_is_the_posts_day() -> None:
    assert front_day("---\ntitle: Meetup\ndate: 2019-03-19T19:00:00Z\n---\n\nHello\n") == date(
        2019, 3, 19
    )
    said = "---\ntitle: Treffen\ndate: 2024-11-21T17:30:00-04:00\n---\n\nHallo\n"
    assert front_day(said) == date(2024, 11, 21)
    # near miss: a data field's moment stays a moment for the data readers
    assert find_date("start_date: '2019-02-19T13:20:00+03:00'")[0] is None


HANDLES_ONLY = """\
## Talks

- **18:00** Caching at the edge by @saas
- **18:30** Faster builds by @rahul
"""


def test_a_page_of_handles_keeps_them_as_people() -> None:
    # near miss: people written as handles alone are still their speakers
    talks = speakers_by_title(read(HANDLES_ONLY, "talks.md"))
    assert any(talks.values())


PLAIN_PARAGRAPHS = """\
**9:00** Opening words
**9:30** Estuaries and their many tides __Ana Ruiz, Tidal Lab__
**10:30** Tides and sandbanks __Bo Li, Harbour Lab__
**11:30** Closing
"""


def test_time_led_lines_without_any_heading() -> None:
    # no heading anywhere: the lines are still read (no section to join)
    talks = speakers_by_title(read(PLAIN_PARAGRAPHS, "plan.md"))
    assert talks.get("Estuaries and their many tides") == ["Ana Ruiz"]


AGENDA_PT = """\
---
layout: page
title: Agenda
---

O Encontro Ágil Recife 2026 acontecerá no dia **12 de junho** com a seguinte agenda:

- **09h00** - Credenciamento
- **09h30** - Palestra: "Times pequenos, entregas grandes" (Rita Moura, Acme)
- **10h30** - Palestra: "Quadros que ninguém lê" (Paulo Nery)
"""


AGENDA_FR = """\
---
layout: page
title: Programme
---

Le Forum Rust Lyon 2026 aura lieu le **3 mars** avec le programme suivant :

- **09h00** - Accueil
- **09h30** - Conférence : "Des traits partout" (Léa Morel, Acme)
- **10h30** - Conférence : "Async sans larmes" (Hugo Bernard)
"""

TITLED_FR = """\
---
layout: post
title: "Les Rencontres du Code 2029, mon bilan"
---

Deux jours à Lyon, beaucoup de café.

## Le village des sponsors

Des stands et des autocollants.

## Ce que j'ai retenu

Des tests, encore des tests.
"""


def test_a_sentence_article_is_no_word_of_the_event_name() -> None:
    assert read(AGENDA_PT, "agenda.md").name == "Encontro Ágil Recife 2026"
    assert read(AGENDA_FR, "programme.md").name == "Forum Rust Lyon 2026"


def test_a_titles_article_stays_in_the_event_name() -> None:
    # near miss: a post's title names the event with its article
    assert read(TITLED_FR, "bilan.md").name == "Les Rencontres du Code 2029"
    assert year_name("Notes from El Pycon Sur 2019") == "El Pycon Sur 2019"


PITCHES = """\
### Session 2: short papers

**14:20** Paper — *Teaching statistics to a research group*
Ana Ruiz, Bo Li
**14:25** Paper — *Dashboards for the night shift*
Carla Mendes
**14:30** Break
"""


def test_a_stressed_title_holding_a_group_word_stays_a_title() -> None:
    # near miss: after a kind's label the stretch set apart is the title, even one
    # ending on a group's word; its people follow on the next line
    talks = speakers_by_title(read(PITCHES, "programme.md"))
    title = next(t for t in talks if "Teaching statistics" in t)
    assert talks[title] == ["Ana Ruiz", "Bo Li"]
