"""Courses as summer schools write them: spans that run over days (``Mo. 09:00 bis
Di. 12:30``) and half-day blocks given by named teachers; grids whose cells hold several
short talks under one label, one talk written twice, columns that span others."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers.registry import parse_programme
from confnotes.importers.when import later_end

_COURSES = """<html><head><title>Plan</title></head><body>
<h1>Herbstkurse 2019</h1>
<section><h2>Einstieg in Python</h2>
<h3>Dozentin: Lena Vogt</h3>
<h4>Zeit: Mo. (7.10.), 09:00 Uhr bis Di. (8.10.), 12:30 Uhr</h4>
<p>Wir lernen die Grundlagen der Sprache an kleinen Aufgaben kennen.</p>
</section>
<section><h2>Daten mit SQL abfragen</h2>
<h3>Dozent: Jonas Brandt</h3>
<h4>Zeit: Mi. (9.10.), 14:00 Uhr bis Do. (10.10.), 12:30 Uhr</h4>
<p>Abfragen über mehrere Tabellen, Schritt für Schritt geübt.</p>
</section>
<section><h2>Versionskontrolle im Team</h2>
<h3>DozentInnen: Mara Ilic und Tim Roth</h3>
<h4>Zeit: Mo. (7.10.), 14:00–17:30 Uhr</h4>
<p>Zweige, Zusammenführen und Konflikte lösen, gemeinsam am Rechner.</p>
</section>
<section><h2>Reguläre Ausdrücke</h2>
<h3>Dozent: Karl Weiß</h3>
<h4>Zeit: Do. (10.10.), 14:00 Uhr bis Fr. (11.10.), 12:30 Uhr</h4>
<p>Suchen und Ersetzen in Texten mit Mustern.</p>
</section>
<section><h2>Kurzvortrag zur Lage</h2>
<h3>Dozent: Emil Sauer</h3>
<h4>Zeit: Fr. (11.10.), 13:00–13:45 Uhr</h4>
<p>Ein kurzer Bericht zum Stand der Dinge.</p>
</section>
</body></html>
"""


def _talks() -> dict[str, object]:
    programme = parse_programme(_COURSES.encode(), "kurse.html")
    return {t.title: t for t in programme.talks}


def test_a_span_names_its_own_end_day() -> None:
    assert later_end("Mo. (7.10.), 09:00 Uhr bis Di. (8.10.), 12:30 Uhr", 2019) == (
        date(2019, 10, 8),
        time(12, 30),
    )
    assert later_end("3 May 10:00 – 5 May 16:00", 2021) == (date(2021, 5, 5), time(16, 0))
    assert later_end("14:00–17:30 Uhr", 2019) is None  # within one day
    assert later_end("10:00 - 12:00, 5 May 2020", 2020) is None  # the day after the clock


def test_a_course_over_days_ends_on_its_last_day() -> None:
    talk = _talks()["Einstieg in Python"]
    assert talk.start == datetime(2019, 10, 7, 9, 0)  # type: ignore[attr-defined]
    assert talk.end == datetime(2019, 10, 8, 12, 30)  # type: ignore[attr-defined]


def test_half_a_day_or_more_by_named_people_is_a_course() -> None:
    talks = _talks()
    for title in ("Einstieg in Python", "Daten mit SQL abfragen", "Versionskontrolle im Team"):
        assert "workshop" in talks[title].tags, title  # type: ignore[attr-defined]
    assert "workshop" not in talks["Kurzvortrag zur Lage"].tags  # type: ignore[attr-defined]


def test_a_half_day_course_is_a_course() -> None:
    talk = _talks()["Versionskontrolle im Team"]
    assert talk.end is not None  # type: ignore[attr-defined]
    assert "workshop" in talk.tags  # type: ignore[attr-defined]


_GRID = """+++
title = "schedule"
+++
<div class="row">
  <div class="col-md-2"><strong>Time</strong></div>
  <div class="col-md-5"><strong>Hall A</strong></div>
  <div class="col-md-5"><strong>Hall B</strong></div>
</div>
<div class="row">
  <div class="col-md-2"><time>10:00-10:30</time></div>
  <div class="col-md-5"><a href="/p/kay">Mirela Kay (Northwind), Caching without tears</a></div>
  <div class="col-md-5"><a href="/p/osei">Kwame Osei (Brightlake), Calm upgrades</a></div>
</div>
<div class="row">
  <div class="col-md-2"><time>10:30-11:00</time></div>
  <div class="col-md-5"><a href="/p/lund">Petra Lund (Fjordsoft), Tracing requests</a></div>
  <div class="col-md-5"><a href="/p/abara">Chidi Abara (Kestrel), Alerts people read</a></div>
</div>
<div class="row">
  <div class="col-md-2"><time>11:00-11:20</time></div>
  <div class="col-md-10">
  Ignite
<br><a href="/p/varga">Ilona Varga (Tessera), Postmortems as stories</a>
<br><br>Ignite
<br><a href="/p/moreau">Lucien Moreau: Five dashboards I deleted</a>
  </div>
</div>
<div class="row">
  <div class="col-md-2"><time>11:20-12:20</time></div>
  <div class="col-md-10">
  Spotlight hour
<br><a href="/p/reyes">Dana Reyes (Orbit), Sharding the catalogue</a>
<br><br>Spotlight hour
<br><a href="/p/haas">Tobias Haas, Budgets for error</a>
  </div>
</div>
<div class="row">
  <div class="col-md-2"><time>12:20-13:20</time></div>
  <div class="col-md-10">
  Deep dive
<br><a href="/p/novak">Jana Novak (Quill), Storage engines compared</a>
<br><br>Deep dive
<br><a href="/p/sato">Ken Sato (Mizu), Queues under load</a>
  </div>
</div>
<div class="row">
  <div class="col-md-2"><time>13:20-14:00</time></div>
  <div class="col-md-5"><a href="/p/ek">Sven Ek (Lumo), Pairing on infra</a><br>
  <a href="/p/lind">Rosa Lind (Lumo), Pairing on infra</a></div>
  <div class="col-md-5"><a href="/p/mori">Aiko Mori (Tern), Paging less</a></div>
</div>
"""


def _grid_talks() -> dict[str, object]:
    programme = parse_programme(_GRID.encode(), "schedule.md", shape="timetable")
    return {t.title: t for t in programme.talks}


def test_a_label_over_each_talk_of_a_slot_parts_its_talks() -> None:
    talks = _grid_talks()
    assert [p.name for p in talks["Postmortems as stories"].speakers] == ["Ilona Varga"]  # type: ignore[attr-defined]
    assert [p.name for p in talks["Five dashboards I deleted"].speakers] == ["Lucien Moreau"]  # type: ignore[attr-defined]
    assert [p.name for p in talks["Budgets for error"].speakers] == ["Tobias Haas"]  # type: ignore[attr-defined]


def test_talks_that_share_a_short_slot_are_short_talks() -> None:
    talks = _grid_talks()
    # "Ignite" says no kind in words: two talks in twenty minutes are lightning talks
    assert talks["Postmortems as stories"].kind == "spotlight"  # type: ignore[attr-defined]
    assert talks["Sharding the catalogue"].kind == "spotlight"  # type: ignore[attr-defined]
    # two talks in an hour under a label that says no kind stay talks
    assert talks["Storage engines compared"].kind == "talk"  # type: ignore[attr-defined]
    assert [p.name for p in talks["Queues under load"].speakers] == ["Ken Sato"]  # type: ignore[attr-defined]


def test_one_title_twice_in_a_cell_is_one_talk_by_both() -> None:
    programme = parse_programme(_GRID.encode(), "schedule.md", shape="timetable")
    paired = [t for t in programme.talks if t.title == "Pairing on infra"]
    assert [[p.name for p in t.speakers] for t in paired] == [["Sven Ek", "Rosa Lind"]]


_WIDE = """<div class="row">
  <div class="col-md-2"><strong>Time</strong></div>
  <div class="col-md-4"><strong>Hall A</strong></div>
  <div class="col-md-4"><strong>Hall B</strong></div>
  <div class="col-md-2"><strong>Master classes (Meisterkurse)</strong></div>
</div>
<div class="row">
  <div class="col-md-2"><time>09:00-09:30</time></div>
  <div class="col-md-10">Doors open, tea</div>
</div>
<div class="row">
  <div class="col-md-2"><time>09:30-10:00</time></div>
  <div class="col-md-4"><a href="/p/kay">Mirela Kay (Northwind), Caching calmly</a></div>
  <div class="col-md-4"><a href="/p/osei">Kwame Osei (Brightlake), Calm upgrades</a></div>
  <div class="col-md-2"></div>
</div>
<div class="row">
  <div class="col-md-2"><time>10:00-10:30</time></div>
  <div class="col-md-4"><a href="/p/lund">Petra Lund (Fjordsoft), Tracing requests</a></div>
  <div class="col-md-4"><a href="/p/abara">Chidi Abara (Kestrel), Alerts people read</a></div>
  <div class="col-md-2"></div>
</div>
<div class="row">
  <div class="col-md-2"><time>10:30-12:30</time></div>
  <div class="col-md-8">Unconference in both halls</div>
  <div class="col-md-2">
    <a href="/p/ek">Sven Ek (Lumo), Terraform from scratch</a>
    <hr/>
    <a href="/p/mori">Aiko Mori, Writing a linter</a>
    <hr/>
    Greta Holm
  </div>
</div>
"""


def _wide_talks() -> dict[str, object]:
    programme = parse_programme(_WIDE.encode(), "grid.md", shape="timetable")
    return {t.title: t for t in programme.talks}


def test_a_column_as_wide_as_two_spans_them() -> None:
    # "col-md-8" under two "col-md-4" rooms: the column after it is the master classes'
    talk = _wide_talks()["Terraform from scratch"]
    assert talk.room == "Master classes (Meisterkurse)"  # type: ignore[attr-defined]


def test_rules_part_a_column_into_talks() -> None:
    talks = _wide_talks()
    assert [p.name for p in talks["Writing a linter"].speakers] == ["Aiko Mori"]  # type: ignore[attr-defined]
    assert "Greta Holm" in talks  # a name alone: her slot


def test_a_column_head_in_two_languages_says_its_kind() -> None:
    talks = _wide_talks()
    for title in ("Terraform from scratch", "Writing a linter"):
        assert "workshop" in talks[title].tags, title  # type: ignore[attr-defined]
    assert "workshop" not in talks["Caching calmly"].tags  # type: ignore[attr-defined]
