"""Programme pages as static sites write them: a speaker's shortcode inside a talk's paired
shortcode (``{{% talk %}}`` … ``{{% speaker name="…" %}}`` … ``{{% /talk %}}``), a
shortcode's arguments over several lines, a person written ``Name - Role, Company``, a
table of important dates, a list of related papers, and a column of slot lengths."""

from __future__ import annotations

from confnotes.importers.persons import split_speakers
from tests.unit.importing import people_of, read, speakers_by_title

HUGO_PAIRED = """+++
title = "Harbour Infra Day"
date = "2031-05-14"
+++

# Schedule

Wednesday May 14, 2031 | Rotterdam

{{% talk time="09:30am" title="Opening words" %}} {{% /talk %}}
{{% talk time="09:45am" title="Tracing packets through a quiet mesh" %}}
We follow one packet from a pod to the edge and back, and look at every hop it takes.
### Speaker
{{% speaker name="Ana Ruiz - Staff Engineer, Nordlys Labs" github="anaruiz" %}}
Ana builds the data plane of a small cloud and writes about it on weekends.
{{% /speaker %}}
{{% /talk %}}
{{% talk time="10:30am" title="Mesh management without tears"
                      speaker1Name="Bo Lindqvist"
                      speaker1Title="Founder"
                      speaker1Company="Quay Labs"
                      %}}
How a management plane differs from a control plane, with a live demo.

### Speakers
{{% speaker name="Bo Lindqvist - Founder, Quay Labs" %}}
Bo started Quay Labs after ten years of running other people's meshes.
{{% /speaker %}}
{{% speaker name="Chen Wei - Partner / Chief Tinkerer, Kestrel Coop" %}}
Chen tinkers with anything that has a packet in it.
{{% /speaker %}}
{{% /talk %}}
{{% talk time="11:15am" title="BREAK" %}}
Coffee in the hall.
{{% /talk %}}
"""


def test_speaker_shortcodes_inside_a_talk_are_its_speakers() -> None:
    programme = read(HUGO_PAIRED, "schedule.md")
    talks = speakers_by_title(programme)
    assert talks["Tracing packets through a quiet mesh"] == ["Ana Ruiz"]
    assert talks["Mesh management without tears"] == ["Bo Lindqvist", "Chen Wei"]
    people = {p.name: p for t in programme.talks for p in t.speakers}
    assert people["Ana Ruiz"].affiliations == ["Nordlys Labs"]
    assert people["Chen Wei"].affiliations == ["Kestrel Coop"]
    # nobody is the whole "Name - Role, Company" string
    assert not any(" - " in name for name in people_of(programme))
    assert not any(" - " in r.person.name for r in programme.roles)


HUGO_ES = """+++
title = "Jornada de Datos"
date = "2031-10-02"
+++

# Programa

Jueves 2 de octubre de 2031 | Valencia

{{% charla hora="16:00" titulo="Cuadernos que se ejecutan solos" %}}
Un recorrido por cuadernos reproducibles.
{{% ponente name="Lucía Ferrer - Ingeniera de datos, Datalia" %}}
{{% /charla %}}
{{% charla hora="16:45" titulo="Series temporales sin miedo" %}}
Cómo limpiar series con huecos.
{{% ponente name="Tomás Vidal - Investigador, Universidad de Vigo" %}}
{{% /charla %}}
{{% charla hora="17:30" titulo="Mapas de calor que no mienten" %}}
Colores, escalas y lo que el ojo cree ver.
{{% ponente name="Marta Soler - Diseñadora, Estudio Norte" %}}
{{% /charla %}}
{{% charla hora="18:15" titulo="Encuestas con datos faltantes" %}}
Qué hacer cuando la mitad no responde.
{{% ponente name="Pablo Ibáñez - Estadístico, Instituto Sur" %}}
{{% /charla %}}
"""


def test_paired_shortcodes_in_another_language() -> None:
    talks = speakers_by_title(read(HUGO_ES, "programa.md"))
    assert talks["Cuadernos que se ejecutan solos"] == ["Lucía Ferrer"]
    assert talks["Series temporales sin miedo"] == ["Tomás Vidal"]
    assert talks["Mapas de calor que no mienten"] == ["Marta Soler"]


UNPAIRED = """---
title: Lakeside Rust Evening
date: 2031-03-03
---

## Schedule

{{< talk time="18:00" title="Borrowing without fear" speaker="Ana Ruiz" >}}
{{< talk time="18:40" title="Async in small places" speaker="Bo Lindqvist" >}}

## Speakers

{{< speaker name="Ana Ruiz" affiliation="Nordlys Labs" >}}
{{< speaker name="Bo Lindqvist" affiliation="Quay Labs" >}}
"""


def test_angle_bracket_shortcodes_pair_alike() -> None:
    angled = HUGO_PAIRED.replace("{{%", "{{<").replace("%}}", ">}}")
    talks = speakers_by_title(read(angled, "schedule.md"))
    assert talks["Tracing packets through a quiet mesh"] == ["Ana Ruiz"]
    assert talks["Mesh management without tears"] == ["Bo Lindqvist", "Chen Wei"]


def test_speaker_cards_after_unpaired_talk_tags_stay_people_not_the_last_talks() -> None:
    """Near miss: talk tags that never close hold nothing; the speakers' cards below them
    are the page's list of people, never all the speakers of the last talk."""
    talks = speakers_by_title(read(UNPAIRED, "evening.md"))
    assert talks["Borrowing without fear"] == ["Ana Ruiz"]
    assert talks["Async in small places"] == ["Bo Lindqvist"]


def test_name_dash_role_company_is_one_person_in_any_language() -> None:
    cases = {
        "Ana Ruiz - Principal Engineer, Nordlys Labs": ("Ana Ruiz", ["Nordlys Labs"]),
        "Jeanne Morel – Développeuse chez Zenitude": ("Jeanne Morel", ["Zenitude"]),
        "Lena Berg - Entwicklerin bei Quay GmbH": ("Lena Berg", ["Quay GmbH"]),
        "Ana Ruiz, Principal Engineer at Nordlys Labs": ("Ana Ruiz", ["Nordlys Labs"]),
    }
    for text, (name, affs) in cases.items():
        people = split_speakers(text, single_ok=True)
        assert [(p.name, p.affiliations) for p in people] == [(name, affs)], text


def test_a_dash_before_a_title_or_a_second_name_is_no_description() -> None:
    """Near misses: what follows the dash is a talk's title, another person, or the name
    follows a kind; none is one person with a job."""
    assert split_speakers("Ana Ruiz - Rust in Production", single_ok=True) == []
    assert split_speakers("Keynote - Ana Ruiz", single_ok=True) == []
    assert [p.name for p in split_speakers("Ana Ruiz - Bo Lindqvist", single_ok=True)] != [
        "Ana Ruiz"
    ]


DATES_TABLE = """---
title: Solver Workshop 2031
---

## Important Dates

|------------------------------------------|---------------------:|
| Abstract submission                      | ~~June 3rd, 2031~~  |
| Notification of acceptance | ~~July 1st, 2031~~ |
| Workshop day                             | **September 9th, 2031**  |

## Program (September 9th, 2031)

| Time | Authors | Title |
|------|---------|-------|
| 09:00 | Ana Ruiz and Bo Lindqvist | Propagators that forget |
| 09:30 | Chen Wei | Symmetry for the impatient |
"""


def test_an_important_dates_table_gives_milestones_not_talks() -> None:
    programme = read(DATES_TABLE, "index.md")
    titles = {t.title for t in programme.talks}
    assert "Abstract submission" not in titles
    assert "Workshop day" not in titles
    assert {d.label: d.date for d in programme.dates}.items() >= {
        "Abstract submission": "2031-06-03",
        "Notification of acceptance": "2031-07-01",
    }.items()
    talks = speakers_by_title(programme)
    assert talks["Propagators that forget"] == ["Ana Ruiz", "Bo Lindqvist"]
    assert talks["Symmetry for the impatient"] == ["Chen Wei"]


HTML_DATES = """<html><body>
<h1>Rivers Data Meetup 2031</h1>
<h2>Key dates</h2>
<table>
<tr><th>What</th><th>When</th></tr>
<tr><td>Talk proposals close</td><td>April 4, 2031</td></tr>
<tr><td>Speakers announced</td><td>April 20, 2031</td></tr>
</table>
<h2>Schedule (May 12, 2031)</h2>
<table>
<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>18:00</td><td>Floods in a notebook</td><td>Ana Ruiz</td></tr>
<tr><td>18:30</td><td>Counting fish with cameras</td><td>Bo Lindqvist</td></tr>
</table>
</body></html>
"""


def test_a_dates_table_in_html_with_a_header_row() -> None:
    programme = read(HTML_DATES, "meetup.html")
    titles = {t.title for t in programme.talks}
    assert not titles & {"Talk proposals close", "Speakers announced"}
    assert speakers_by_title(programme)["Floods in a notebook"] == ["Ana Ruiz"]


RST_REFERENCES = """===========
Overview
===========

In this tutorial we present a toolkit for tensor compilers.

==========
Schedule
==========

.. list-table:: Schedule
   :header-rows: 1

   * - Time
     - Agenda
     - Presenter
   * - 15mins
     - Overview of the toolkit
     - Ana Ruiz
   * - 45mins
     - Scheduling loops by search
     - Bo Lindqvist
   * - 10mins
     - Break
     - \\
   * - 40mins
     - Generating accelerators from loops
     - Chen Wei
   * - 40mins
     - Mapping kernels onto many devices
     - Omar Haddad

=====================
Related papers
=====================

-  Chen Wei, et al. "Loop nests that tune themselves," ASPLOS, 2029.
-  Omar Haddad, et al. "A notation for dataflows," ISCA, 2030.
"""


def test_related_papers_are_cited_works_not_talks() -> None:
    programme = read(RST_REFERENCES, "tutorial.rst")
    talks = speakers_by_title(programme)
    assert talks == {
        "Overview of the toolkit": ["Ana Ruiz"],
        "Scheduling loops by search": ["Bo Lindqvist"],
        "Generating accelerators from loops": ["Chen Wei"],
        "Mapping kernels onto many devices": ["Omar Haddad"],
    }
    # the slot's length ("15mins") is no one's workplace
    assert all(not p.affiliations for t in programme.talks for p in t.speakers)


MD_BIBLIOGRAPHIE = """# Atelier Graphes 2031

## Programme

- 10:00 **Ana Ruiz** : Colorier sans compter
- 10:40 **Bo Lindqvist** : Chemins courts, idées longues

## Bibliographie

- Chen Wei, et al. « Graphes qui oublient », SODA, 2029.
- Omar Haddad, et al. « Flots et coupes », STOC, 2030.
"""


def test_a_bibliography_in_french_lists_no_talks() -> None:
    programme = read(MD_BIBLIOGRAPHIE, "atelier.md")
    assert "Chen Wei" not in people_of(programme)
    assert "Omar Haddad" not in people_of(programme)


MD_RELATED_TITLE = """# Data Evening 2031

## Schedule (March 3, 2031)

- 18:00 Ana Ruiz: Related work is where ideas hide
- 18:30 Bo Lindqvist: Publications nobody reads

## Related work is where ideas hide, explained

- 19:00 Chen Wei: A third talk after the break
"""


def test_a_heading_that_only_mentions_related_work_still_holds_talks() -> None:
    """Near miss: a heading longer than a references list's label is no such list."""
    programme = read(MD_RELATED_TITLE, "evening.md")
    assert "Chen Wei" in people_of(programme)


KEYNOTE_BELOW = """---
title: Program
---

# Program

**Thursday, June 12, 2031**

<table class="program">
  <tr>
    <td>9:00am &ndash; 9:10am</td>
    <td>Welcome</td>
  </tr>
  <tr>
    <td>9:10am &ndash; 10:00am</td>
    <td><h4>Keynote Presentation</h4></td>
  </tr>
</table>

---

**Drawing with persistent shapes**

_Professor Ana Ruiz, Lund University_

A tour of pictures that explain shapes, and shapes that explain pictures.

---

<table class="program">
  <tr>
    <td>10:00am &ndash; 10:30am</td>
    <td>
      <h4>Session: Trees</h4>
      <ul>
        <li>
           Merge trees on a budget
           <br><i>Bo Lindqvist, Chen Wei</i>
        </li>
        <li>
           Contour trees in the browser
           <br><i>Omar Haddad, Ines Duarte</i>
        </li>
      </ul>
    </td>
  </tr>
  <tr>
    <td>10:30am &ndash; 11:00am</td>
    <td>Break</td>
  </tr>
  <tr>
    <td>11:00am &ndash; 11:30am</td>
    <td>
      <h4>Session: Fields</h4>
      <ul>
        <li>
           Critical points that move
           <br><i>Lena Berg, Tomás Vidal</i>
        </li>
        <li>
           Vector fields without arrows
           <br><i>Marta Soler, Pablo Ibáñez</i>
        </li>
      </ul>
    </td>
  </tr>
  <tr>
    <td>11:30am &ndash; 12:00pm</td>
    <td>
      <h4>Session: Graphs</h4>
      <ul>
        <li>
           Layouts that untangle themselves
           <br><i>Jeanne Morel, Lucía Ferrer</i>
        </li>
        <li>
           Homology for networks
           <br><i>Kenji Sato, Amira Haddad, Nora Lind</i>
        </li>
      </ul>
    </td>
  </tr>
</table>
"""


def test_a_keynote_slot_is_the_talk_described_right_after_the_timetable() -> None:
    programme = read(KEYNOTE_BELOW, "program.md")
    talks = {t.title: t for t in programme.talks}
    keynote = talks["Drawing with persistent shapes"]
    assert [p.name for p in keynote.speakers] == ["Ana Ruiz"]
    assert keynote.kind == "keynote"
    assert keynote.start is not None and keynote.start.hour == 9
    # one talk's "Name, University" by-line makes no co-author a workplace on a page whose
    # lines list three authors by commas
    assert [p.name for p in talks["Merge trees on a budget"].speakers] == [
        "Bo Lindqvist",
        "Chen Wei",
    ]
    assert [p.name for p in talks["Contour trees in the browser"].speakers] == [
        "Omar Haddad",
        "Ines Duarte",
    ]


def test_a_stressed_line_after_a_titled_slot_changes_nothing() -> None:
    """Near miss: after a slot with a title of its own, a stressed line and an emphasised
    one are the page's notes, not a new title for the slot."""
    text = KEYNOTE_BELOW.replace(
        "<h4>Keynote Presentation</h4>", "<h4>Keynote: Lena Berg on shapes</h4>"
    )
    titles = {t.title for t in read(text, "program.md", shape="page").talks}
    assert "Drawing with persistent shapes" not in titles
    assert "Lena Berg on shapes" in titles
