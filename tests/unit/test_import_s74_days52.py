"""A grid's day written where a reader looks for it: in a heading that names this part's
day beside links to the other parts' days, or in each column's header with a label
(``Day 1 (04/13)``); a month and day with a weekday before them (``Tuesday 04/14``) on
the page's year."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.when import find_date
from tests.unit.importing import read, speakers_by_title, starts_by_title

MENU_EN = """\
<html><head><title>Care Design Summit 2026 | Agenda</title></head><body>
<h2>Care Design Summit 2026</h2>
<h5><span>MAIN DAY: Tuesday 04/14</span> |
<a href="#workshops">WORKSHOPS: Monday 04/13 &amp; Wednesday 04/15</a></h5>
<table>
<thead><tr><th>time</th><th>Hall A</th><th>Hall B</th></tr></thead>
<tbody>
<tr><td>9:00-9:30am</td>
<td><span class="speaker-name">Ines Okafor</span>, Clinic Lab<br><p>Maps of waiting rooms</p></td>
<td><span class="speaker-name">Pavel Drozd</span>, Helio<br><p>Pills that remind you</p></td></tr>
<tr><td>10:00-10:30am</td>
<td><span class="speaker-name">Marta Quist</span>, Nordvik<br><p>Forms nobody reads</p></td>
<td><span class="speaker-name">Jonas Ebbe</span>, Ward 9<br><p>Night shift dashboards</p></td></tr>
</tbody></table>
</body></html>
"""

MENU_FR = """\
<html><head><title>Rencontres du soin 2027</title></head><body>
<h1>Rencontres du soin 2027</h1>
<h3><a href="#mardi">Ateliers : mardi 05/10</a> · <span>Conférences : mercredi 06/10</span></h3>
<table>
<tr><th>heure</th><th>Salle 1</th><th>Salle 2</th></tr>
<tr><td>14h00-14h45</td><td>Soigner la salle d'attente<br>Claire Fontaine</td>
<td>Des lits qui parlent<br>Mathieu Roussel</td></tr>
<tr><td>15h00-15h45</td><td>Le dossier du patient<br>Lucie Garnier</td>
<td>Les nuits à l'hôpital<br>Hugo Lambert</td></tr>
</table>
</body></html>
"""

DAY_COLUMNS_EN = """\
<html><head><title>Care Design Summit 2026 | Workshops</title></head><body>
<h2>Workshops</h2>
<table>
<thead><tr><th>time</th><th>Day 1 (04/13)</th><th>Day 3 (04/15)</th></tr></thead>
<tbody>
<tr><td>9:00am-12:30pm</td>
<td><span class="speaker-name">Ines Okafor</span>, Clinic Lab<br><p>Sketching a ward</p></td>
<td><span class="speaker-name">Pavel Drozd</span>, Helio<br><p>Prototyping with paper</p></td></tr>
<tr><td>1:30-5:00pm</td>
<td><span class="speaker-name">Marta Quist</span>, Nordvik<br><p>Testing with nurses</p></td>
<td><span class="speaker-name">Jonas Ebbe</span>, Ward 9<br><p>Service blueprints</p></td></tr>
</tbody></table>
</body></html>
"""

DAY_COLUMNS_FR = """\
<html><head><title>Rencontres du soin 2027</title></head><body>
<h1>Ateliers</h1>
<table>
<tr><th>heure</th><th>Atelier (mardi 05/10)</th><th>Atelier (mercredi 06/10)</th></tr>
<tr><td>9h00-12h00</td><td>Dessiner un service<br>Claire Fontaine</td>
<td>Écouter les soignants<br>Mathieu Roussel</td></tr>
<tr><td>14h00-17h00</td><td>Tester sur le terrain<br>Lucie Garnier</td>
<td>Cartographier un parcours<br>Hugo Lambert</td></tr>
</table>
</body></html>
"""

ROOM_COLUMNS = """\
<html><head><title>Care Design Summit 2026</title></head><body>
<h2>Tuesday 04/14</h2>
<table>
<tr><th>time</th><th>Hall (A/B)</th><th>Studio (level 2)</th></tr>
<tr><td>9:00-9:30am</td><td>Maps of waiting rooms<br>Ines Okafor</td>
<td>Pills that remind you<br>Pavel Drozd</td></tr>
<tr><td>10:00-10:30am</td><td>Forms nobody reads<br>Marta Quist</td>
<td>Night shift dashboards<br>Jonas Ebbe</td></tr>
</table>
</body></html>
"""


def test_the_heading_day_outside_its_links_dates_the_grid_under_it() -> None:
    programme = read(MENU_EN, "agenda.html")
    starts = starts_by_title(programme)
    assert starts["Maps of waiting rooms"] == datetime(2026, 4, 14, 9, 0)
    assert starts["Night shift dashboards"] == datetime(2026, 4, 14, 10, 0)
    assert speakers_by_title(programme)["Pills that remind you"] == ["Pavel Drozd"]


def test_the_day_outside_the_links_is_read_in_french_day_first() -> None:
    programme = read(MENU_FR, "programme.html")
    starts = starts_by_title(programme)
    assert starts["Soigner la salle d'attente"] == datetime(2027, 10, 6, 14, 0)
    assert starts["Les nuits à l'hôpital"] == datetime(2027, 10, 6, 15, 0)


def test_a_labelled_day_column_dates_its_talks() -> None:
    programme = read(DAY_COLUMNS_EN, "workshops.html")
    starts = starts_by_title(programme)
    assert starts["Sketching a ward"] == datetime(2026, 4, 13, 9, 0)
    assert starts["Testing with nurses"] == datetime(2026, 4, 13, 13, 30)
    assert starts["Prototyping with paper"] == datetime(2026, 4, 15, 9, 0)
    assert speakers_by_title(programme)["Service blueprints"] == ["Jonas Ebbe"]


def test_a_labelled_day_column_in_french() -> None:
    starts = starts_by_title(read(DAY_COLUMNS_FR, "ateliers.html"))
    assert starts["Dessiner un service"] == datetime(2027, 10, 5, 9, 0)
    assert starts["Cartographier un parcours"] == datetime(2027, 10, 6, 14, 0)


def test_a_room_header_with_brackets_stays_a_room() -> None:
    programme = read(ROOM_COLUMNS, "grid.html")
    talks = {t.title: t for t in programme.talks}
    assert talks["Maps of waiting rooms"].start == datetime(2026, 4, 14, 9, 0)
    assert talks["Pills that remind you"].start == datetime(2026, 4, 14, 9, 0)
    assert talks["Pills that remind you"].room == "Studio (level 2)"


def test_a_weekday_before_a_month_and_day_is_read_on_the_year_given() -> None:
    assert find_date("Tuesday 04/14", 2026)[0] == date(2026, 4, 14)
    assert find_date("Programme: mercredi 06/10", 2027)[0] == date(2027, 10, 6)
    assert find_date("Dienstag, 14/4", 2026)[0] == date(2026, 4, 14)


def test_a_slash_without_a_fitting_weekday_is_no_day() -> None:
    assert find_date("see slide 3/4", 2026)[0] is None
    assert find_date("Tuesday 04/14", None)[0] is None
    assert find_date("Monday 04/14", 2026)[0] is None  # the 14th of April 2026 is a Tuesday


SEMINAR_RU = """\
<html><head><title>Семинар лаборатории</title></head><body>
<h1>14 апреля пройдёт семинар лаборатории на тему «Малые сети: что они умеют»</h1>
<p>На семинаре обсудим, как обучать маленькие модели на скромных данных.</p>
<p>Докладчик: <b>Воронова Ирина Павловна.</b></p>
<p>Время: 15:00.</p>
</body></html>
"""

SEMINAR_DE = """\
# Am 9. Juni spricht unser Gast im Kolloquium über „Kleine Netze im Feld“

Ein Abend über kleine Modelle und große Daten.

Vortragende: Jana Vogel
"""


def test_an_announcement_heading_is_titled_by_its_quote() -> None:
    ru = speakers_by_title(read(SEMINAR_RU, "seminar.html"))
    assert ru["Малые сети: что они умеют"] == ["Воронова Ирина Павловна"]
    assert not any("пройдёт" in title for title in ru)
    de = speakers_by_title(read(SEMINAR_DE, "kolloquium.md"))
    assert de["Kleine Netze im Feld"] == ["Jana Vogel"]


def test_a_title_with_a_quoted_word_keeps_its_words() -> None:
    from confnotes.importers.headings import read_heading

    assert read_heading("Why “move fast” fails", 2026).title == "Why “move fast” fails"
    assert read_heading("Talks “Tides” and “Knots” on 3 May", 2026).title == (
        "Talks “Tides” and “Knots” on 3 May"
    )
    assert read_heading("Keynote: “Tides”", 2026).title == "Tides"
