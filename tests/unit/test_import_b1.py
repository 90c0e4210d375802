"""Old HTML programme pages laid out with tables (issue 33), in fixtures of our own words:
a page whose menu and content sit in the cells of one table, and a day's programme written
as a one-column table that stacks a session line over a cell holding the session's list of
papers. Their cells' blocks are the page's blocks (headings, lists, by-lines), not the
words of one row."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, source: str = "page.html") -> dict[str, list[str]]:
    p = parse_programme(text.encode(), source)
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


STACKED_DAY = """<html><body>
<h1>Monday, 3 March 2025</h1>
<table>
<tr><td>9:00-9:50: Opening Talk (Chair: Marta Quintero)</td></tr>
<tr><td><ul><li><a href="a.pdf">Rivers and Their Winter Floods</a><br>
<em>Olaf Brenner</em></li></ul></td></tr>
<tr><td>10:00-11:00: Soil and Water (Chair: Priya Nandakumar)</td></tr>
<tr><td><ul>
<li><a href="b.pdf">Measuring Clay Under Pressure</a><br>
<em>Tomas Lindqvist and Ana Varela</em></li>
<li><a href="c.pdf">Drainage of Old
Fields</a><br><em>Kenji Mori, Lucia Ferrante and Piet Jansen</em></li>
</ul></td></tr>
<tr><td>11:00-11:30: Coffee Break</td></tr>
</table>
</body></html>
"""


def test_a_one_column_table_stacking_lists_of_papers_is_read_as_blocks() -> None:
    talks = _talks(STACKED_DAY)
    assert talks["Measuring Clay Under Pressure"] == ["Tomas Lindqvist", "Ana Varela"]
    assert talks["Drainage of Old Fields"] == ["Kenji Mori", "Lucia Ferrante", "Piet Jansen"]
    assert talks["Rivers and Their Winter Floods"] == ["Olaf Brenner"]


LAYOUT_PAGE = """<!DOCTYPE html><html><head><title>Fieldwork Meeting 2019</title></head><body>
<table width="900"><tr>
<td width="150"><div class="menu"><a href="index.html">Home</a> <a href="cfp.html">Call</a>
<a href="venue.html">Venue</a></div></td>
<td>&nbsp;</td>
<td>
<h1>Programme</h1>
<p>All talks are in the main hall.</p>
<h2>Tuesday, 14 May 2019</h2>
<table border="0">
<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>09:00</td><td>Counting Birds by Ear</td><td>Hanne Solberg</td></tr>
<tr><td>09:30</td><td>Mosses of the North Slope</td><td>Ruben Okafor</td></tr>
<tr><td>10:00</td><td>Tracking Hares in Snow</td><td>Ilse Vermeer</td></tr>
</table>
</td></tr></table>
</body></html>
"""


def test_a_layout_table_holding_the_content_column_is_read_as_the_page() -> None:
    talks = _talks(LAYOUT_PAGE)
    assert talks["Counting Birds by Ear"] == ["Hanne Solberg"]
    assert talks["Tracking Hares in Snow"] == ["Ilse Vermeer"]
    p = parse_programme(LAYOUT_PAGE.encode(), "page.html")
    starts = {t.title: t.start for t in p.talks}
    assert str(starts["Mosses of the North Slope"]).startswith("2019-05-14 09:30")


A_DAY_CELL_IN_A_TIMETABLE = """<html><body><table>
<tr><td colspan="2"><h3>Wednesday 7 October 2026</h3></td></tr>
<tr><td>09:00</td><td>Welcome</td></tr>
<tr><td>09:30</td><td>Pollinators in Cities</td></tr>
</table></body></html>
"""


def test_a_heading_alone_in_a_cell_keeps_its_table_a_timetable() -> None:
    talks = _talks(A_DAY_CELL_IN_A_TIMETABLE)
    assert "Pollinators in Cities" in talks


CHAIRED_SESSIONS = """<html><body>
<h1>Thursday, 6 March 2025</h1>
<table>
<tr><td>9:00-9:50: Keynote Talk (Chair: Marta Quintero)</td></tr>
<tr><td><ul><li><a href="a.pdf">Salt Marshes After Storms</a><br>
<em>Olaf Brenner</em></li></ul></td></tr>
<tr><td>10:00-11:00: Crop Rotation and Related Methods (Chair: Priya Nandakumar)</td></tr>
<tr><td><ul>
<li><a href="b.pdf">Beans Before Barley</a><br><em>Tomas Lindqvist and Ana Varela</em></li>
<li><a href="c.pdf">Fallow Years Revisited</a><br><em>Kenji Mori</em></li>
</ul></td></tr>
</table>
</body></html>
"""


def test_a_timed_line_whose_aside_names_its_chair_is_a_session_with_no_speakers() -> None:
    p = parse_programme(CHAIRED_SESSIONS.encode(), "page.html")
    speakers = {s.name for t in p.talks for s in t.speakers}
    assert speakers == {"Olaf Brenner", "Tomas Lindqvist", "Ana Varela", "Kenji Mori"}
    titles = {t.title for t in p.talks}
    assert "Crop Rotation and Related Methods" in titles
    assert not any("Quintero" in title or "Chair" in title for title in titles)


SPANISH_SESSION_CELL = """# Jornadas de Suelos 2030

<h5>Martes 4 de Junio</h5>
<table>
<tr><th>Hora</th><th>Sesión</th></tr>
<tr><td><b>9:00</b></td><td>
<b>Sesión A: Riego y sequía</b>
<br><b>Presidenta:</b> Lucía Ferrer Soto, Universidad de Teruel
<br>
<ul>
<li>Medir la humedad con sensores baratos.
<br><i>Marta Gil, Óscar Llorente y Pau Serra</i><br></li>
<li>Cultivos de secano en laderas.
<br><i>Rosa Abad y Iker Etxeberria</i><br></li>
</ul>
</td></tr>
<tr><td><b>10:30</b></td><td>Café</td></tr>
</table>
"""


def test_a_feminine_chair_label_heads_a_cell_of_title_and_author_lines() -> None:
    talks = _talks(SPANISH_SESSION_CELL, "page.md")
    assert talks["Medir la humedad con sensores baratos."] == [
        "Marta Gil",
        "Óscar Llorente",
        "Pau Serra",
    ]
    assert talks["Cultivos de secano en laderas."] == ["Rosa Abad", "Iker Etxeberria"]


FLOOR_ASIDES = """# River Days 2031

## Friday, 9 May 2031

- 09:00 Mapping the Delta — Ines Duarte
- 10:00 Closing Reception (2nd floor lobby)
- 11:00 Open Discussion (Foyer, planta 1)
"""


def test_an_aside_naming_a_floor_is_where_a_slot_is_held() -> None:
    p = parse_programme(FLOOR_ASIDES.encode(), "page.md")
    rooms = {t.title: t.room for t in p.talks}
    assert rooms["Closing Reception"] == "2nd floor lobby"
    assert rooms["Open Discussion"] == "Foyer, planta 1"
