"""Conventions met on real programme pages (issue 33, real set ``pages3``), in fixtures
of our own words: a week's grid whose first row names the days, lecture slots that are
only a lecturer's name, ``Label #N: "Title"`` cells, ``(Room: …)`` asides, a page whose
front matter holds its agenda as data, ``Chair and intro by …`` lines."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(p: Programme) -> list[tuple[str, datetime | None, list[str]]]:
    return [(t.title, t.start, [s.name for s in t.speakers]) for t in p.talks if t.speakers]


GRID = """# Timetable

<table>
<tr><td></td><td><b>03/11/2025</b></td><td><b>04/11/2025</b></td></tr>
<tr><td>9:00</td><td>⭐ Welcome</td><td>⭐ Lena Marquardt</td></tr>
<tr><td>11:00</td><td>⭐ Lena Marquardt</td><td>⭐ Group work</td></tr>
<tr><td>14:00</td><td>⭐ Yusuf Demir</td><td>⭐ Yusuf Demir</td></tr>
</table>
"""


def test_a_grid_whose_first_row_names_the_days_puts_each_lecture_on_its_column_day() -> None:
    p = _read(GRID)
    assert sorted(_talks(p), key=lambda t: t[1] or datetime.min) == [
        ("Talk by Lena Marquardt", datetime(2025, 11, 3, 11, 0), ["Lena Marquardt"]),
        ("Talk by Yusuf Demir", datetime(2025, 11, 3, 14, 0), ["Yusuf Demir"]),
        ("Talk by Lena Marquardt", datetime(2025, 11, 4, 9, 0), ["Lena Marquardt"]),
        ("Talk by Yusuf Demir", datetime(2025, 11, 4, 14, 0), ["Yusuf Demir"]),
    ]
    titles = {t.title for t in p.talks}
    assert "03/11/2025" not in titles  # the header row is no talk
    assert {"Welcome", "Group work"} <= titles  # a session's words stay a title, no one's
    assert not any(t.title.startswith("⭐") for t in p.talks)  # a legend's mark, no word


CARDS = """<html><head><title>Riverside Robotics Day</title></head><body>
<h2>Friday 6 February 2026</h2>
<div class="slot"><span class="t">10:00</span><p><b>Coffee (Room: Atrium)</b></p></div>
<div class="slot"><span class="t">10:30</span><p><b>Full Paper #3: "Grippers That Learn Slowly"</b>
<br>Hanna Viljoen and Teo Marchetti</p></div>
<div class="slot"><span class="t">11:00</span><p><b>Poster #7: "Cheap Lidar on a Budget"</b>
<br>Ines Karlsson</p></div>
<div class="slot"><span class="t">11:20</span><p><b>Short Paper #5: "Robots in Orchards"</b>
<br>Dara Quinn</p></div>
</body></html>"""


def test_a_label_quoting_its_title_gives_the_quoted_title_and_a_room_aside_gives_the_room() -> None:
    p = _read(CARDS, "day.html")
    assert _talks(p) == [
        (
            "Grippers That Learn Slowly",
            datetime(2026, 2, 6, 10, 30),
            ["Hanna Viljoen", "Teo Marchetti"],
        ),
        ("Cheap Lidar on a Budget", datetime(2026, 2, 6, 11, 0), ["Ines Karlsson"]),
        ("Robots in Orchards", datetime(2026, 2, 6, 11, 20), ["Dara Quinn"]),
    ]
    coffee = next(x for x in [*p.talks, *p.sessions] if x.title.startswith("Coffee"))
    assert (coffee.title, coffee.room) == ("Coffee", "Atrium")


FRONT = """---
date: 2026-05-20 19:00
title: "Spring Lightning Evening"
place:
  name: Library Hall
lineup:
  - length: 5
    title: Doors open
  - length: 7
    people:
      - name: Maren Eide
    title: Ten Years of One Makefile
  - length: 7
    people:
      - name: Karim Haddad
    title: Shipping Fonts Without Tears
  - length: 7
    people:
      - name: Your Name Here
    title:
---

Seven minutes each, no slides required.
"""


def test_a_page_whose_front_matter_lists_its_talks_reads_them_on_the_page_date() -> None:
    p = _read(FRONT, "evening.md")
    assert [(t.title, t.day, [s.name for s in t.speakers]) for t in p.talks if t.speakers] == [
        ("Ten Years of One Makefile", date(2026, 5, 20), ["Maren Eide"]),
        ("Shipping Fonts Without Tears", date(2026, 5, 20), ["Karim Haddad"]),
    ]
    assert "Your Name Here" not in {s.name for t in p.talks for s in t.speakers}


def test_a_front_matter_mapping_is_never_the_events_name() -> None:
    text = (
        "---\ntitle: Harbour Night\nevent:\n  host: Quay Collective\n  city: Bergen\n---\n\n"
        "## Agenda\n\n19.00 Doors\n\n19.30 Talks\n"
    )
    assert "{" not in _read(text, "night.md").name


CHAIRS = """# Peatland Days 2026

## 9 June 2026

### **10:00**
### **Panel: Carbon in wet soils**
Chair and intro by _Okke Visser_; _Jana Horáková_.
- **10:05**
**_Measuring methane at dawn_**
_Lior Ben-David_ - Weizmann Institute.
- **10:20**
**_Rewetting as policy_**
_Jana Horáková_ - Charles University.
"""


def test_a_chair_by_line_names_the_chairs_as_people_of_the_event() -> None:
    p = _read(CHAIRS)
    assert ("chair", "Okke Visser") in {(r.role, r.person.name) for r in p.roles}
    assert _talks(p) == [
        ("Measuring methane at dawn", datetime(2026, 6, 9, 10, 5), ["Lior Ben-David"]),
        ("Rewetting as policy", datetime(2026, 6, 9, 10, 20), ["Jana Horáková"]),
    ]


PHP_PAGE = """<?php
include 'header.php';
$menu = 'agenda';
$lang = 'de';
render_nav($menu, $lang);
?>
<h2>Agenda am 5. Mai 2026</h2>
<h3>14:00 - 14:40 | Grußwort</h3>
<p>Dr. Selma Yıldız</p>
<h3>14:45 - 15:30 | Daten, die bleiben</h3>
<p>Prof. Dr. Jonas Reuter</p>
"""


def test_a_php_templates_code_lines_do_not_hide_that_it_is_a_page() -> None:
    from confnotes.importers import doctree

    assert doctree.looks_like_html_page(PHP_PAGE)
    p = _read(PHP_PAGE, "agenda.php.html")
    assert _talks(p) == [
        ("Grußwort", datetime(2026, 5, 5, 14, 0), ["Selma Yıldız"]),
        ("Daten, die bleiben", datetime(2026, 5, 5, 14, 45), ["Jonas Reuter"]),
    ]
    unclosed = "<?php\n" + "x = 1;\n" * 50  # no "?>": the text as it is, read in one pass
    assert not doctree.looks_like_html_page(unclosed)


CARDS_PAGE = """<html><head><title>Ponentes</title></head><body><h2>PONENTES</h2>
<div class="card"><h4 class="t">Colombia</h4><span class="n">Dra. Paula Ortega y Lara</span>
<h3 class="c">Dra. Paula Ortega y Lara</h3><h5>Universidad de los Andes - Colombia</h5>
<p>Investiga redes de sensores.</p></div>
<div class="card"><h4 class="t">Portugal</h4><span class="n">Dr. Rui Vaz e Sousa</span>
<h3 class="c">Dr. Rui Vaz e Souza</h3><h5>Universidade do Minho - Portugal</h5>
<p>Trabalha em compiladores.</p></div>
<div class="card"><h4 class="t">Chile</h4><span class="n">Dr. Tomás Errázuriz</span>
<h3 class="c">Dr. Tomás Errázuriz</h3><h5>Universidad de Chile - Chile</h5>
<p>Estudia bases de datos.</p></div>
</body></html>"""


def test_a_speakers_pages_cards_give_people_not_talks_and_no_country_is_a_person() -> None:
    p = _read(CARDS_PAGE, "ponentes.html")
    names = {r.person.name for r in p.roles} | {s.name for t in p.talks for s in t.speakers}
    assert names == {"Paula Ortega y Lara", "Rui Vaz e Souza", "Tomás Errázuriz"}
    assert not [t.title for t in p.talks if t.kind == "talk" and t.title.startswith("Univers")]


def test_a_family_name_joined_by_e_or_y_is_one_person_and_two_people_stay_two() -> None:
    from confnotes.importers.persons import split_speakers

    def names(text: str) -> list[str]:
        return [s.name for s in split_speakers(text, single_ok=True)]

    assert names("Dr. Tiago Moura e Castro") == ["Tiago Moura e Castro"]
    assert names("José Ortega y Gasset") == ["José Ortega y Gasset"]
    assert names("Ana Silva e João Costa") == ["Ana Silva", "João Costa"]
    assert names("Ana e Bia") == ["Ana", "Bia"]
    assert names("Pane e Tulipani") != ["Pane e Tulipani"]  # a film's title, no name


def test_a_first_heading_that_is_only_a_day_never_names_the_event() -> None:
    text = "# 2026年4月9日(木)\n\n## 10:00~10:40 データ基盤の十年\n\n## 11:00~11:30 検索ログ\n"
    p = _read(text, "spring_meeting.md")
    assert p.name == "spring meeting"
    assert [(t.title, t.start) for t in p.talks if t.start][:1] == [
        ("データ基盤の十年", datetime(2026, 4, 9, 10, 0))
    ]
    named = _read(
        "# PyCon Nordics 2026\n\n## Friday 6 February 2026\n\n10:00 Welcome\n\n"
        "10:30 Rust in anger - Ana Ruiz\n"
    )
    assert named.name == "PyCon Nordics 2026"  # a name before the day keeps its place
