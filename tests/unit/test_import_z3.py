"""Conventions of real programme pages read in stop 60 (z3): a list item led by its day
in bold then ``Name, *Title*``; a seminar series' common hours said once, in a sentence
after the list."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme

SERIES = """## Calendario

- **3 marzo 2031** - Marta Rinaldi, *Parole di confine: un lessico delle Alpi*
- **10 marzo 2031** - Paolo Serra, *Corpora parlati e trascrizione*
- **17 marzo 2031** - Irene Fabbri, *Le lingue dei porti: contatti nel Mediterraneo*

Ogni incontro si svolge dalle **17.00** alle **18.15**, in aula magna.
"""


def test_a_leading_day_is_the_items_when_never_its_title() -> None:
    programme = parse_programme(SERIES.encode(), "calendario.md")
    talks = {t.title: t for t in programme.talks}
    talk = talks["Parole di confine: un lessico delle Alpi"]
    assert [p.name for p in talk.speakers] == ["Marta Rinaldi"]
    assert not any(t.title.startswith(("3 marzo", "10 marzo")) for t in programme.talks)


def test_a_series_common_hours_time_each_of_its_days() -> None:
    programme = parse_programme(SERIES.encode(), "calendario.md")
    talks = {t.title: t for t in programme.talks}
    talk = talks["Corpora parlati e trascrizione"]
    assert talk.start == datetime(2031, 3, 10, 17, 0)
    assert talk.end == datetime(2031, 3, 10, 18, 15)


ONE_DAY = """## Programme

- **3 March 2031** - Marta Rinaldi, *Border words*
- **10 March 2031** - Paolo Serra, *Spoken corpora*

Doors open at 17:00 on 3 March 2031 and 9:00 to 10:00 on the 10th.
"""


def test_hours_of_a_dated_sentence_are_no_common_hours() -> None:
    programme = parse_programme(ONE_DAY.encode(), "programme.md")
    assert all(t.start is None or t.start.time() == datetime.min.time() for t in programme.talks)


TIMES_OVER_TALKS = """Morning
-------

**(09:00 - 10:40) Session one**

09:00

*Counting birds with small radars*
Lena Hoff and Tomas Brink

09:25

*Soil moisture from old phone masts*
Ravi Menon

09:50

*A census of urban foxes*
Greta Vos, Ida Holm and Piet Smal

**(10:40 - 11:00) Tea**

*A poster on moth traps*
Olaf Berg
"""


def test_a_time_alone_over_each_record_is_that_records_time() -> None:
    from confnotes.importers import treerecords

    programme = treerecords.read(TIMES_OVER_TALKS, "morning.rst")
    assert programme is not None
    starts = {t.title: (t.clock or t.start) for t in programme.talks}
    clock = starts["Soil moisture from old phone masts"]
    assert clock is not None and f"{clock:%H:%M}".endswith("09:25")
    fox = starts["A census of urban foxes"]
    assert fox is not None and f"{fox:%H:%M}".endswith("09:50")
    # the tea break's time after the last timed talk is no time of that talk's
    assert starts.get("A poster on moth traps") is None
