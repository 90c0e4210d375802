"""Stop 61 (r2) mends: a session's bracketed time range, an rST line block's wrapped lines."""

from __future__ import annotations

from datetime import time

from confnotes.importers.entries import leading_clock
from confnotes.importers.programme import ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> dict[str, ProgrammeTalk]:
    return {t.title: t for t in parse_programme(text.encode(), name).talks}


def test_a_time_range_in_brackets_leads_its_line() -> None:
    assert leading_clock("(13:30 - 15:00) Morning block") == (
        time(13, 30),
        time(15, 0),
        "Morning block",
        False,
    )
    assert leading_clock("[8:45–9:15] Doors open")[:2] == (time(8, 45), time(9, 15))
    # a lone time, or words before it, in brackets: no range leads the line
    assert leading_clock("(10:00) Tea")[0] is None
    assert leading_clock("(from 9:00 - 10:00) Tea")[0] is None


BRACKETED_POSTERS = """Harbour Parsing Day
===================

Programme
---------

12.05.2031
^^^^^^^^^^

**(14:00 - 15:00) Talks I**

14:00

| `*Counting Gulls with Sparse Trees* <p1.pdf>`__
|  Maren Holt and Ivo Brandt

14:30–15:00

Open questions

**(15:00 - 15:40) Poster session**

| `*Tidal Grammars for Small Boats* <p2.pdf>`__
|  Lotte Vinke and Amir Sadeghi

| `*Rope Knots as Dependency Arcs* <p3.pdf>`__
|  Pavel Novak and Greta Lund
"""


def test_posters_under_a_bracketed_session_line_take_its_time_and_kind() -> None:
    talks = _talks(BRACKETED_POSTERS, "day.rst")
    for title in ("Tidal Grammars for Small Boats", "Rope Knots as Dependency Arcs"):
        assert talks[title].kind == "poster"
        assert talks[title].start is not None
        assert (talks[title].start.hour, talks[title].start.minute) == (15, 0)


WRAPPED_AUTHORS = """Harbour Parsing Day
===================

12.05.2031
^^^^^^^^^^

10:00

| `*Sails and Parsers* <p1.pdf>`__
|  Maren Holt

10:30–10:45

Closing words

| `*A Shared Task on Coastal Treebanks, Seen from
Every Pier* <p9.pdf>`__
|  Maren Holt, Ivo Brandt, Lotte Vinke, Amir
Sadeghi, Pavel Novak, Greta Lund, Hanne Berg,
Oskar Dahl and Nuno Pires
"""


def test_an_rst_line_block_stays_one_paragraph_when_its_lines_wrap() -> None:
    talks = _talks(WRAPPED_AUTHORS, "day.rst")
    title = "A Shared Task on Coastal Treebanks, Seen from Every Pier"
    assert title in talks
    names = [p.name for p in talks[title].speakers]
    assert names[:2] == ["Maren Holt", "Ivo Brandt"]
    assert "Nuno Pires" in names


MEETUP_FORMAT = """# Meetup 07

## Format

Lightning talks

## Schedule

| Jam           | Penyaji        | Topik                         |
|---------------|----------------|-------------------------------|
| 19.00 - 19.10 |                | Pembukaan                     |
| 19.10 - 19.20 | Wulan Prasetyo | Kebun Sayur di Atap Kantor    |
| 19.20 - 19.30 | Bima Santoso   | Mengukur Hujan dengan Arduino |
| 19.30 - 19.40 | Sari Lestari   | Peta Sungai untuk Nelayan     |
| 19.40 - 20.00 |                | Penutupan                     |
"""


def test_a_page_that_states_its_format_gives_its_talks_that_kind() -> None:
    talks = _talks(MEETUP_FORMAT, "meetup.md")
    for title in ("Kebun Sayur di Atap Kantor", "Peta Sungai untuk Nelayan"):
        assert talks[title].kind == "spotlight"
    # the format said among other words of its section is no statement of it
    said_in_passing = MEETUP_FORMAT.replace(
        "Lightning talks\n", "Lightning talks\n\nand a long chat after them over tea.\n"
    )
    talks = _talks(said_in_passing, "meetup.md")
    assert talks["Kebun Sayur di Atap Kantor"].kind == "talk"


def test_a_range_written_with_a_slash_ends_at_its_second_clock() -> None:
    assert leading_clock("Ore 10.15/12.00 - Incontro") == (
        time(10, 15),
        time(12, 0),
        "Incontro",
        False,
    )
    # its end mistyped with a doubled separator is still its end, never the title
    assert leading_clock("10.15/12..00 - Incontro")[1:3] == (time(12, 0), "Incontro")
    # an end before the start is no end; a date's slash leads no range
    assert leading_clock("16.00/12.00 Laboratori")[:3] == (time(16, 0), None, "Laboratori")
    assert leading_clock("9/11 memorial")[0] is None


def test_a_place_then_a_clause_of_small_words_is_no_one() -> None:
    from confnotes.importers.persons import split_speakers

    assert split_speakers("Liguria, porti aperti, dati: cosa resta da fare.", single_ok=True) == []
    # a lone given name, then where its bearer works, is still someone
    assert [p.name for p in split_speakers("Nadia, Università di Pisa", single_ok=True)] == [
        "Nadia"
    ]


LINKED_SLOT = """<html><body>
<h1>Giornata dei Dati Aperti</h1>
<h4>Ore 10.00/12.00 - Presentazioni</h4>
<ul>
  <li><a href="/2031/orti.html">Orti urbani e sensori di umidità</a></li>
  <li><a href="/2031/bus.html">Mappa aperta degli autobus</a></li>
  <li><a href="/2031/fiume.html">Il fiume in un foglio di calcolo</a></li>
</ul>
<h4>Ore 15.00/17.00 - Workshops e merenda</h4>
<ul>
  <li><a href="/2031/api.html">Una API per il catasto</a></li>
  <li><a href="/2031/carte.html">Carte stampate dai dati</a></li>
</ul>
</body></html>
"""


def test_a_slots_list_of_linked_titles_holds_its_talks() -> None:
    programme = parse_programme(LINKED_SLOT.encode(), "giornata.html", shape="timetable")
    talks = {t.title: t for t in programme.talks}
    assert "Presentazioni" in talks
    assert {"Orti urbani e sensori di umidità", "Mappa aperta degli autobus"} <= set(talks)
    # the items under a slot named by a kind in the plural are of that kind
    assert "workshop" in talks["Una API per il catasto"].tags
    assert not any(t.speakers for t in programme.talks)
