"""One-day events' pages that name their date once, away from the programme (issue 33,
stop 54, helper s54d): a generated timetable dated only by its description meta tag, a
list of clocked items above a page footer. The page's one day dates the talks no reader
dated; a page naming two days (a deadline and the event) or a range of days dates
nothing; a person's notes are not dated so; a footer after the list is no speaker of the
last slot; a talk titled by its kind alone over a speaker is of that kind. The documents
are written for these tests."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.page_day import page_day
from confnotes.importers.registry import parse_programme

TABLE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Rencontres Haskell Lille | Horaires</title>
<meta property="og:description" content="Les Rencontres Haskell, samedi 8 mars 2031 à Lille.">
</head><body>
<h2>Horaires</h2>
<table class="horaires">
 <tr><th><div>09:00 - 09:30</div></th><td><p class="t">Accueil</p></td></tr>
 <tr><th><div>09:30 - 10:30</div></th>
     <td><div><p class="t">Keynote</p><p class="who">Bérénice Fauchard</p></div></td></tr>
 <tr><th><div>10:30 - 11:00</div></th>
     <td><div><p class="t">Des lentilles sans douleur</p>
     <p class="who">lambdamaelle</p></div></td></tr>
 <tr><th><div>11:00 - 11:30</div></th>
     <td><div><p class="t">Parser des logs avec megaparsec</p>
     <p class="who">Yannick Orsoni</p></div></td></tr>
 <tr><th><div>11:30 - 11:40</div></th><td><p class="t">Clôture</p></td></tr>
</table>
</body></html>
"""


def test_a_timetable_is_dated_by_the_pages_description_tag() -> None:
    p = parse_programme(TABLE.encode(), "horaires.html")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Des lentilles sans douleur"] == datetime(2031, 3, 8, 10, 30)
    assert starts["Parser des logs avec megaparsec"] == datetime(2031, 3, 8, 11, 0)
    keynote = next(t for t in p.talks if t.title == "Keynote")
    assert keynote.kind == "keynote"
    assert [s.name for s in keynote.speakers] == ["Bérénice Fauchard"]


def test_a_page_naming_two_days_or_a_range_names_no_one_day() -> None:
    assert page_day("Le meetup a lieu le 8 mars 2031 à Lille.", False) == date(2031, 3, 8)
    two = "Call for talks until 1 February 2031.\nThe day itself: 8 March 2031, Lille."
    assert page_day(two, False) is None
    assert page_day("Das Treffen läuft vom 8.-9. März 2031 in Kassel.", False) is None
    assert page_day("Jornadas: 8-9 de marzo de 2031", False) is None
    assert page_day("No date here, only 2031.", False) is None


def test_the_description_tag_and_the_visible_text_agree_or_name_nothing() -> None:
    page = (
        '<html><head><meta name="description" content="Meetup on 8 March 2031">'
        "</head><body><p>Slides from 12 March 2031</p></body></html>"
    )
    assert page_day(page, True) is None
    same = page.replace("12 March", "8 March")
    assert page_day(same, True) == date(2031, 3, 8)


FOOTER = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Go Meetup Utrecht</title></head>
<body><main>
<h1>Go Meetup Utrecht, voorjaarseditie</h1>
<p>We komen samen op dinsdag 4 maart 2031 bij de bibliotheek.</p>
<ul>
  <li><b>18:30</b> Inloop en pizza</li>
  <li><b>19:00</b> Generics in de praktijk – Sanne de Wilde</li>
  <li><b>19:45</b> Profiling zonder tranen – Bram Oosterhuis</li>
  <li><b>20:30</b> Borrel</li>
</ul>
</main>
<footer>Colofon · Privacybeleid</footer>
</body></html>
"""


def test_a_page_footer_after_the_list_is_no_speaker_of_its_last_slot() -> None:
    p = parse_programme(FOOTER.encode(), "meetup.html")
    people = {s.name for t in p.talks for s in t.speakers}
    assert people == {"Sanne de Wilde", "Bram Oosterhuis"}
    starts = {t.title: t.start for t in p.talks}
    assert starts["Profiling zonder tranen"] == datetime(2031, 3, 4, 19, 45)
