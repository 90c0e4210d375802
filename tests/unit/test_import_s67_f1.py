"""Stop 67, helper f1: one-line items whose parts (a time, people, a title) are joined by
colons and brackets in any order, each part's role read from its content compared across
the items: ``Title: Name`` lists whose titles hold colons or look like names,
reStructuredText definition lists of ``time`` over ``Title (Name) [slides]``, and
``h.10:00 (Name, role): Title`` rows, in Markdown, reStructuredText and HTML, in several
languages. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.bracket_people import bracket_led, untagged
from confnotes.importers.colon_signed import signed_run
from confnotes.importers.entries import leading_clock
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import strip_markdown_inline
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers


def _starts(programme: Programme) -> dict[str, str]:
    """Each talk's start as the page writes it (a clock alone where no day is given)."""
    return {
        t.title: (t.start or t.clock).strftime("%H:%M")
        for t in programme.talks
        if t.start or t.clock
    }


# -- "Title: Name" lists, the side of the colon decided across the items ----------------

_SIGNED_EN = """---
title: Spring meetup
date: '2031-03-02'
---

Five-minute talks from the community, then drinks.

**Schedule:**

18:30-19:00: Pizza and chat

19:00-20:00: Short talks

**The talks:**

- Shipping Python Wheels: A Field Guide: Tomas Herrera
- Graph Queries: Nadia Okafor
- Quiet Storms: Lena Marsh
- Why We Rewrote the Parser: Parsing, Again: Ivo Petrov
- Data Contracts in Practice: Maren Holt
- Brave Cells: Sami Laine
"""

_SIGNED_FR = """# Soirée éclair

Les présentations de la soirée :

- Cartes et données ouvertes : une introduction : Claire Dubois
- Nouveaux Horizons : Julien Morel
- Tester sans douleur : Amélie Roux
- Le chiffrement expliqué aux enfants : Paul Girard
- Du tableur à la base : Inès Lambert
"""


def test_signed_list_wins_over_a_short_agenda_and_keeps_name_shaped_titles() -> None:
    found = _speakers(_read(_SIGNED_EN, "meetup.md"))
    assert found["Shipping Python Wheels: A Field Guide"] == ["Tomas Herrera"]
    assert found["Why We Rewrote the Parser: Parsing, Again"] == ["Ivo Petrov"]
    # titles shaped like a name follow the list's side: the title before, the speaker after
    assert found["Quiet Storms"] == ["Lena Marsh"]
    assert found["Brave Cells"] == ["Sami Laine"]
    assert "Pizza and chat" not in found


def test_signed_list_in_french_spacing() -> None:
    found = _speakers(_read(_SIGNED_FR, "soiree.md"))
    assert found["Cartes et données ouvertes : une introduction"] == ["Claire Dubois"]
    assert found["Nouveaux Horizons"] == ["Julien Morel"]


def test_signed_run_follows_the_majority_only() -> None:
    lines = [
        "Graph Queries: Nadia Okafor",
        "Quiet Storms: Lena Marsh",
        "Data Contracts in Practice: Maren Holt",
    ]
    lines.append("Rust at Sea: Bo Lind")
    read = signed_run(lines, 3)
    assert read[1] is not None and read[1][0] == "Quiet Storms"
    # names on both sides in most items: nothing says which side is whose
    pairs = ["Lena Marsh: Bo Lind", "Ana Ruiz: Ivo Petrov", "Sami Laine: Maren Holt"]
    assert signed_run(pairs, 3) == [None, None, None]


def test_a_list_of_names_on_both_sides_invents_no_talks() -> None:
    text = "# Pairs\n\nThe talks tonight:\n\n" + "\n".join(
        f"- {a}: {b}"
        for a, b in [
            ("Lena Marsh", "Bo Lind"),
            ("Ana Ruiz", "Ivo Petrov"),
            ("Sami Laine", "Maren Holt"),
            ("Nadia Okafor", "Tomas Herrera"),
        ]
    )
    found = _speakers(_read(text, "pairs.md"))
    assert "Lena Marsh" not in found
    assert not any(who == ["Bo Lind"] for who in found.values())


# -- reStructuredText: a time over its definition, roles, materials in brackets ---------

_RST_EN = """River Tech Day 2031
###################

.. role:: talk

09:30
    Doors open and coffee

10:00
    `Tide tables in Rust`:talk: (Ana Ruiz) [`slides <ana.pdf>`_]

10:40
    `Sensors that lie`:talk: (Bo Lindqvist) [video]

11:20
    `Cheap buoys, good data`:talk: (Carla Nunes)
"""

_RST_DE = """Flussabend 2031
===============

.. role:: vortrag

18:00
    :vortrag:`Pegeldaten offen legen` (Jana Vogel) [Folien]

18:45
    :vortrag:`Messbojen selbst bauen` (Lukas Brand) [Folien] [Video]

19:30
    :vortrag:`Hochwasser vorhersagen` (Miriam Keller)
"""


def test_rst_definition_list_of_times_reads_titles_speakers_and_times() -> None:
    programme = _read(_RST_EN, "river.rst")
    assert _speakers(programme) == {
        "Tide tables in Rust": ["Ana Ruiz"],
        "Sensors that lie": ["Bo Lindqvist"],
        "Cheap buoys, good data": ["Carla Nunes"],
    }
    assert _starts(programme)["Sensors that lie"] == "10:40"


def test_rst_role_on_the_left_and_several_tags_in_german() -> None:
    programme = _read(_RST_DE, "fluss.rst")
    assert _speakers(programme) == {
        "Pegeldaten offen legen": ["Jana Vogel"],
        "Messbojen selbst bauen": ["Lukas Brand"],
        "Hochwasser vorhersagen": ["Miriam Keller"],
    }
    assert _starts(programme)["Messbojen selbst bauen"] == "18:45"


def test_rst_roles_and_links_leave_their_words() -> None:
    assert strip_markdown_inline("`Tide`:talk: [`slides <a.pdf>`_]") == "Tide [slides]"
    assert strip_markdown_inline(":doc:`Intro` and `code`") == "Intro and code"


def test_materials_tags_after_people_are_set_aside_but_not_other_brackets() -> None:
    assert untagged("Tide tables (Ana Ruiz) [PDF] [video]") == "Tide tables (Ana Ruiz)"
    assert untagged("Arrays [part 2]") == "Arrays [part 2]"  # no people's bracket before
    assert untagged("Tide (Ana Ruiz) [a long remark about the slides]").endswith("]")


# -- "h.10:00 (Name, role): Title" rows ----------------------------------------------

_LED_IT = """# Giornata del software libero

Sabato 12 aprile 2031, Sala civica.

- h.09:30 (Anna Rossi): apertura e saluti
- h.09:45 (dr.Paolo Neri, direttore del museo): Robot in classe: primi passi
- h.10:15 (dr.ssa Carla Bassi): Stampare in 3D a casa
- h.10:45 pausa caffè
- h.11:00 (Luca Verdi, studente di fisica): Il mio primo laboratorio
"""

_LED_ES = """<h2>Jornada de datos abiertos</h2>
<dt>Fecha</dt>
<dd>Viernes 9 de mayo de 2031</dd>
<dt>Programa</dt>
<dd>
<ul>
<li>Por la mañana, charlas:
  <ul>
  <li>h. 10:00 (<a href="mailto:m@x.es">Marta Gil</a>): bienvenida
  <li>h. 10:15 (<a href="mailto:j@x">Dr. Jorge Sanz, jefe de sistemas</a>): Datos: el caso local
  <li>h. 10:45 (<a href="mailto:l@x.es">Lucía Prieto</a>): Mapas colaborativos
  <li>h. 11:15 (<a href="mailto:r@x.es">Raúl Ortega, estudiante</a>): Un bot para el transporte
  </ul>
<li>Por la tarde, talleres libres.
</ul>
</dd>
"""


def test_bracket_led_rows_in_italian_markdown() -> None:
    programme = _read(_LED_IT, "giornata.md")
    found = _speakers(programme)
    assert found["Robot in classe: primi passi"] == ["Paolo Neri"]
    assert found["Stampare in 3D a casa"] == ["Carla Bassi"]
    assert found["Il mio primo laboratorio"] == ["Luca Verdi"]
    assert _starts(programme)["Stampare in 3D a casa"] == "10:15"
    role = next(t for t in programme.talks if t.title == "Il mio primo laboratorio")
    assert role.speakers[0].affiliations == ["studente di fisica"]


def test_bracket_led_rows_in_a_spanish_html_definition() -> None:
    programme = _read(_LED_ES, "jornada.html")
    found = _speakers(programme)
    assert found["Datos: el caso local"] == ["Jorge Sanz"]
    assert found["Mapas colaborativos"] == ["Lucía Prieto"]
    assert found["Un bot para el transporte"] == ["Raúl Ortega"]
    assert _starts(programme)["Mapas colaborativos"] == "10:45"


def test_bracket_led_near_misses_name_no_one() -> None:
    assert bracket_led("(Room 2): Welcome and coffee") is None
    assert bracket_led("(EN): Data for all") is None
    assert bracket_led("(Anouk): Title") is None  # a given name alone vouches for no one
    text = "# Open day\n\nSaturday 12 April 2031\n\n- 09:30 (Room 2): Welcome and coffee\n"
    text += "- 10:00 (Hall B): Guided tour of the workshop\n- 11:00 (Garden): Picnic\n"
    programme = _read(text, "open.md")
    assert not [p for t in programme.talks for p in t.speakers]


def test_the_hour_letter_and_glued_titles() -> None:
    assert leading_clock("h.10:05 (Ana Ruiz): x")[0] is not None
    assert leading_clock("h 9.30 Welcome")[0] is not None
    assert leading_clock("h10 Welcome")[0] is None  # no minutes: no time
    assert [p.name for p in split_speakers("dr.ssa Carla Bassi")] == ["Carla Bassi"]
    assert [p.name for p in split_speakers("dr.Paolo Neri")] == ["Paolo Neri"]
