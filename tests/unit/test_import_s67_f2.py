"""Stop 67, helper f2: a programme cell that stacks its fields, a by-line naming who
speaks and where they work (``ANA RUIZ, Tidal Lab, Lyon``, the name in capitals or not)
over or under its title set apart in bold or italics; the name is the first comma part,
the rest is where they work (an ``and`` or a place inside it names no one). Fixtures
written for these tests, in our own words."""

from __future__ import annotations

from tests.unit.importing import people_of as _people
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers

_CAPS_OVER_BOLD = """<html><head><title>Estuary Ecology Day</title></head><body>
<h1>Estuary Ecology Day, 4 May 2029</h1>
<table>
<tr><td>09.30</td><td>MARTA OLSEN, Institute for Soil and Water Research, Bergen, Norway<br />
<strong>Sediment cores as climate archives</strong></td></tr>
<tr><td>10.15</td><td>K. J. WEBER, Centre for Marine and Coastal Studies, Kiel<br />
<strong>Seagrass meadows under pressure</strong></td></tr>
<tr><td>11.00</td><td>Coffee break</td></tr>
<tr><td>11.30</td><td>TOMAS VARGA, Danube Delta Station, Tulcea<br />
<strong>Counting birds from drones</strong></td></tr>
<tr><td>12.15</td><td>LENA PARK, University of Leeds, Leeds, UK<br />
<strong>Salt marsh restoration: what worked</strong></td></tr>
</table></body></html>
"""


def test_capitalised_byline_over_bold_title() -> None:
    programme = _read(_CAPS_OVER_BOLD, "estuary.html")
    said = _speakers(programme)
    assert said["Sediment cores as climate archives"] == ["MARTA OLSEN"]
    assert said["Seagrass meadows under pressure"] == ["K. J. WEBER"]
    assert said["Counting birds from drones"] == ["TOMAS VARGA"]
    assert said["Salt marsh restoration: what worked"] == ["LENA PARK"]
    # the words of an organisation or a place are no one
    assert _people(programme) == {"MARTA OLSEN", "K. J. WEBER", "TOMAS VARGA", "LENA PARK"}
    starts = {t.title: t.start for t in programme.talks if t.start}
    assert starts["Counting birds from drones"].strftime("%H:%M") == "11:30"


_ITALIC_OVER_BYLINE = """<html><head><title>Jornadas de Hidrología</title></head><body>
<h1>Jornadas de Hidrología — 12 de marzo de 2030</h1>
<table>
<tr><td>10:00</td><td><em>Acuíferos costeros y salinización</em><br />
Lucía Martín Sanz, Universidad de Cádiz, Puerto Real</td></tr>
<tr><td>10:40</td><td><em>Modelos de caudal en cuencas pequeñas</em><br />
JAVIER ORTEGA, Instituto de Ciencias del Agua y del Suelo, Murcia</td></tr>
<tr><td>11:20</td><td>Pausa café</td></tr>
<tr><td>11:50</td><td><em>Riego por goteo en años secos</em><br />
Marta Gil, Centro de Edafología, Sevilla, España</td></tr>
</table></body></html>
"""


def test_italic_title_over_byline_in_spanish() -> None:
    programme = _read(_ITALIC_OVER_BYLINE, "jornadas.html")
    said = _speakers(programme)
    assert said["Acuíferos costeros y salinización"] == ["Lucía Martín Sanz"]
    assert said["Modelos de caudal en cuencas pequeñas"] == ["JAVIER ORTEGA"]
    assert said["Riego por goteo en años secos"] == ["Marta Gil"]
    assert "Puerto Real" not in _people(programme)


_MARKDOWN = """# Workshop on Soil Microbes

| Time | Talk |
|------|------|
| 14:00 | RUTH ADEYEMI, Soil and Plant Institute, Ibadan<br>**Fungal networks in dry soils** |
| 14:30 | P. NOVAK, Faculty of Science, Brno<br>**Nitrogen fixers after fire** |
| 15:00 | HANNA BERG, Lund University, Lund, Sweden<br>**Microbes in frozen ground** |
"""


def test_markdown_table_byline_over_bold_title() -> None:
    programme = _read(_MARKDOWN, "microbes.md")
    said = _speakers(programme)
    assert said["Fungal networks in dry soils"] == ["RUTH ADEYEMI"]
    assert said["Nitrogen fixers after fire"] == ["P. NOVAK"]
    assert said["Microbes in frozen ground"] == ["HANNA BERG"]


_TWO_NAMES = """<html><head><title>Data Day</title></head><body>
<h1>Data Day, 2 June 2029</h1>
<table>
<tr><td>09:00</td><td>Ana Ruiz, Bo Lindqvist<br /><strong>Pipelines that heal</strong></td></tr>
<tr><td>09:45</td><td>Tidal Lab, Lyon<br /><strong>Our year in review</strong></td></tr>
<tr><td>10:30</td><td>CHEN WEI, Northwind Freight<br /><strong>Routing at scale</strong></td></tr>
</table></body></html>
"""


def test_near_misses_name_no_one_new() -> None:
    """Two names are two speakers, not a name and where it works; an organisation and
    its town before a title is no one."""
    programme = _read(_TWO_NAMES, "dataday.html")
    people = _people(programme)
    assert "Tidal Lab" not in people
    assert "Lyon" not in people
    assert "Northwind Freight" not in people
    assert "Bo Lindqvist" in _speakers(programme).get("Pipelines that heal", [])


def _grid(rows: list[tuple[str, list[str]]], head: str) -> str:
    out = [f"<html><head><title>{head}</title></head><body><h1>{head}</h1>"]
    out.append('<div class="grid">')
    out.append(
        '<div class="grid-row grid-head"><div class="grid-cell">Time</div>'
        '<div class="grid-cell">Hall A</div><div class="grid-cell">Hall B</div></div>'
    )
    for time, cells in rows:
        out.append(f'<div class="grid-row"><div class="grid-cell">{time}</div>')
        out += [f'<div class="grid-cell">{c}</div>' for c in cells]
        out.append("</div>")
    out.append("</div></body></html>")
    return "\n".join(out)


def _card(title: str, about: str, label: str, who: str, sub: str = "") -> str:
    subtitle = f"<h3>{sub}</h3>" if sub else ""
    return f'<h2>{title}</h2>{subtitle}<p>{about}</p><h4>{label}</h4><a href="#p">{who}</a>'


_GRID_EN = _grid(
    [
        ("09:30 ~", ["<h3>Doors open</h3>", "(setting up)"]),
        (
            "10:00 ~",
            [
                _card(
                    "Profiling without tears",
                    "We measure first. Then we look at the flame graph together.",
                    "Speaker",
                    "Ines Duarte",
                ),
                _card(
                    "Parsers by hand",
                    "Why write one yourself? Because it is fun. And it teaches you a lot.",
                    "Speaker",
                    "Omar Haddad",
                    sub="(and when to stop)",
                ),
            ],
        ),
        ("11:00 ~", ["<h3>Lunch</h3>", ""]),
        (
            "12:00 ~",
            [
                _card(
                    "Keynote:<br />Small tools, long lives",
                    "Stories from twenty years. Some of them are true.",
                    "Speaker",
                    "Mei Tanaka",
                ),
                "",
            ],
        ),
        (
            "13:00 ~",
            [
                _card(
                    "Testing the untestable",
                    "Legacy code has no tests. We add some today.",
                    "Speaker",
                    "Paul Okafor",
                ),
                _card(
                    "Fast builds on slow laptops",
                    "Caching helps. So does doing less.",
                    "Speaker",
                    "Sara Lind",
                ),
            ],
        ),
    ],
    "Tooling Day 2031, 3 March 2031",
)


def test_grid_cards_are_talks_at_their_rows_time() -> None:
    programme = _read(_GRID_EN, "tooling.html")
    said = _speakers(programme)
    assert said["Profiling without tears"] == ["Ines Duarte"]
    assert said["Parsers by hand"] == ["Omar Haddad"]
    assert said["Testing the untestable"] == ["Paul Okafor"]
    assert said["Fast builds on slow laptops"] == ["Sara Lind"]
    starts = {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start}
    assert starts["Parsers by hand"] == "10:00"
    assert starts["Fast builds on slow laptops"] == "13:00"
    # two tracks' talks are two talks, never one talk with both speakers
    assert all(len(t.speakers) <= 1 for t in programme.talks)


_GRID_DE = _grid(
    [
        ("9:00", ["<h3>Einlass</h3>", ""]),
        (
            "9:30",
            [
                _card(
                    "Datenbanken im Wandel",
                    "Was hat sich geändert? Wir schauen zurück und nach vorn.",
                    "Referentin",
                    "Katrin Vogel",
                ),
                _card(
                    "Kleine Dienste, große Wirkung",
                    "Ein Bericht aus der Praxis. Mit Zahlen und Fehlern.",
                    "Referent",
                    "Jonas Brandt",
                ),
            ],
        ),
        (
            "10:30",
            [
                _card(
                    "Sichere Logins ohne Passwort",
                    "Passkeys im Alltag. Was klappt und was nicht.",
                    "Referentin",
                    "Aylin Demir",
                ),
                _card(
                    "Barrierefreiheit von Anfang an",
                    "Gute Formulare sind für alle gut. Wir zeigen Beispiele.",
                    "Referent",
                    "Lukas Meier",
                ),
            ],
        ),
        ("11:30", ["<h3>Mittagspause</h3>", ""]),
    ],
    "Webtag Leipzig, 14. Mai 2031",
)


def test_grid_cards_in_german_with_labelled_people() -> None:
    programme = _read(_GRID_DE, "webtag.html")
    said = _speakers(programme)
    assert said["Datenbanken im Wandel"] == ["Katrin Vogel"]
    assert said["Kleine Dienste, große Wirkung"] == ["Jonas Brandt"]
    assert said["Barrierefreiheit von Anfang an"] == ["Lukas Meier"]
    starts = {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start}
    assert starts["Sichere Logins ohne Passwort"] == "10:30"


def test_grid_of_plain_cells_invents_no_one() -> None:
    """Rows of a time and plain cells (no card's heading, no labelled people) are no
    grid of cards: the room names and the notes name no one."""
    text = _grid(
        [
            ("09:00", ["Registration desk opens", "Coffee in the foyer"]),
            ("10:00", ["Walk to the harbour", "Free time"]),
            ("11:00", ["Boat trip", "Museum visit"]),
        ],
        "Field Trip Day, 9 June 2031",
    )
    programme = _read(text, "trip.html")
    assert not _people(programme)
