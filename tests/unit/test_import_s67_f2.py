"""Stop 67, helper f2: a programme cell that stacks its fields, a by-line naming who
speaks and where they work (``ANA RUIZ, Tidal Lab, Lyon``, the name in capitals or not)
over or under its title set apart in bold or italics; the name is the first comma part,
the rest is where they work (an ``and`` or a place inside it names no one). Fixtures
written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str, shape: str | None = None) -> Programme:
    return parse_programme(text.encode(), name, shape=shape)


def _speakers(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _people(programme: Programme) -> set[str]:
    return {p.name for t in programme.talks for p in t.speakers}


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
