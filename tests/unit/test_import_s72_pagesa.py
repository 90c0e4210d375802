# ruff: noqa: E501
"""Programme pages that list their talks' titles alone: a heading naming the event's
programme (``Programma Giornata Software Libero 2031``, ``Programme``, ``Zeitplan``) over
one or more plain lists of titles, no time and no one named, in an HTML or template page (Smarty's
``{include file="…"}`` lines, PHP's includes around the HTML). Each item is a
talk, a break's words a break, and the event is named without the page's word."""

from __future__ import annotations

from tests.unit.importing import read, speakers_by_title

SMARTY_PAGE = """{include file="testata.tpl"}
  <div id="main">
    <h1>Programma Giornata Software Libero 2031</h1>
    <p>Ecco la scaletta, con le slide di ogni intervento.</p>
    <ul>
      <li>Perch&eacute; il software libero conta</li>
      <li>Il mio primo terminale: cos'&egrave; una shell?</li>
      <li>Mappe fatte a mano</li>
      <li>Saldatori e microcontrollori</li>
    </ul>
    <ul>
      <li>Pausa pranzo</li>
    </ul>
    <ul>
      <li>Tradurre un programma senza scrivere codice</li>
      <li>La posta elettronica cifrata</li>
      <li>Software libero a scuola</li>
    </ul>
    <p><a href="locandina.pdf">Scarica la locandina</a></p>
  </div>
{include file="piede.tpl"}
"""

GERMAN_PHP = """<?php include('kopf.php'); ?>
<div class="inhalt">
<h2>Zeitplan Werkstatttag 2032</h2>
<ol>
  <li>Warum freie Werkzeuge?</li>
  <li>L&ouml;ten f&uuml;r Anf&auml;nger</li>
  <li>Kaffeepause</li>
  <li>Reparieren statt wegwerfen</li>
  <li>Ein Blick in die Firmware</li>
</ol>
</div>
<?php include('fuss.php'); ?>
"""

ENGLISH_HTML = """<html><body>
<h1>Programme</h1>
<ul>
<li>Opening words from the hosts</li>
<li>Reading old maps with new tools</li>
<li>Bridges that sing</li>
<li>Closing panel</li>
</ul>
</body></html>
"""


def test_a_template_pages_programme_lists_are_its_talks() -> None:
    programme = read(SMARTY_PAGE, "programma.tpl")
    titles = [t.title for t in programme.talks]
    assert titles == [
        "Perché il software libero conta",
        "Il mio primo terminale: cos'è una shell?",
        "Mappe fatte a mano",
        "Saldatori e microcontrollori",
        "Tradurre un programma senza scrivere codice",
        "La posta elettronica cifrata",
        "Software libero a scuola",
    ]
    assert all(not t.speakers for t in programme.talks)
    assert "Pausa pranzo" not in titles  # a break, not a talk
    assert not any("include" in t.title for t in programme.talks)


def test_the_event_is_named_without_the_programmes_word() -> None:
    assert read(SMARTY_PAGE, "programma.tpl").name == "Giornata Software Libero 2031"
    assert read(GERMAN_PHP, "zeitplan.php").name == "Werkstatttag 2032"


def test_a_php_pages_programme_list_in_german() -> None:
    titles = [t.title for t in read(GERMAN_PHP, "zeitplan.php").talks]
    assert "Löten für Anfänger" in titles
    assert "Ein Blick in die Firmware" in titles
    assert "Kaffeepause" not in titles


def test_an_html_programme_list_in_english() -> None:
    titles = [t.title for t in read(ENGLISH_HTML, "index.html").talks]
    assert titles[:3] == [
        "Opening words from the hosts",
        "Reading old maps with new tools",
        "Bridges that sing",
    ]


# near misses: what must not change


def test_a_meetings_agenda_stays_its_points() -> None:
    text = "# Agenda\n\n- Budget review\n- Office move\n- Next steps\n- Any other business\n"
    titles = [t.title for t in read(text, "meeting.md").talks]
    assert "Office move" not in titles


def test_a_programme_list_of_sentences_is_no_list_of_talks() -> None:
    text = """<html><body>
<h1>Programme</h1>
<ul>
<li>Doors open at nine and coffee is served in the hall.</li>
<li>The talks are recorded and put online a week later.</li>
<li>Lunch is on your own; the town has many places to eat.</li>
</ul>
</body></html>
"""
    titles = [t.title for t in read(text, "index.html").talks]
    assert not any("coffee" in t for t in titles)


def test_a_programme_committee_list_is_people_not_talks() -> None:
    text = """<html><body>
<h1>Programme committee</h1>
<ul>
<li>Ana Ruiz</li>
<li>Bo Li</li>
<li>Eva Gil</li>
</ul>
</body></html>
"""
    programme = read(text, "committee.html")
    assert not any(t.title == "Bo Li" for t in programme.talks)


def test_a_timed_programme_list_keeps_its_times() -> None:
    text = (
        "# Programme\n\n- 10:00 Opening words\n- 10:30 Bridges that sing\n- 11:00 Closing panel\n"
    )
    titles = [t.title for t in read(text, "p.md").talks]
    assert "10:00 Opening words" not in titles


def test_a_programme_list_of_names_is_no_list_of_titles() -> None:
    text = """<html><body>
<h1>Programm</h1>
<ul>
<li>Ana Ruiz</li>
<li>Bo Li</li>
<li>Eva Gil</li>
</ul>
</body></html>
"""
    assert not any(t.title == "Eva Gil" for t in read(text, "programm.html").talks)


# hours written with a word, a day and month after a word, a subtitle asking a question

GERMAN_POST = """---
layout: post
title: "Werkstatttag am 2032-05-15"
date: "2032-05-02"
---

Am 15.05. von 10 bis 18 Uhr findet in unserer Werkstatt der Werkstatttag 2032 statt.

Unser Programm:

- 10 Uhr – Vortrag: Löten für Anfänger („Was brauche ich?“)
- 12 Uhr – Mittagspause
- 13 Uhr – Vortrag: Offene Firmware („Wie fange ich an?“)
- 15 Uhr – Vortrag: Reparieren statt wegwerfen
"""


def test_hours_written_with_uhr_time_a_posts_programme() -> None:
    programme = read(GERMAN_POST, "werkstatt.md")
    starts = {t.title.split(" („")[0]: t.start for t in programme.talks if t.start}
    assert starts["Löten für Anfänger"].hour == 10
    assert starts["Reparieren statt wegwerfen"].hour == 15
    assert all(t.start.date().isoformat() == "2032-05-15" for t in programme.talks if t.start)


def test_a_question_in_brackets_is_a_subtitle_not_an_organisation() -> None:
    programme = read(GERMAN_POST, "werkstatt.md")
    offene = next(t for t in programme.talks if "Offene Firmware" in t.title)
    assert not offene.speakers  # "Offene Firmware" is no one, its question no employer


def test_japanese_and_korean_hours_with_their_word() -> None:
    from confnotes.importers.entries import leading_clock

    assert leading_clock("10時30分 基調講演")[0].strftime("%H:%M") == "10:30"
    assert leading_clock("14時半 休憩")[0].strftime("%H:%M") == "14:30"
    assert leading_clock("9시 발표")[0].strftime("%H:%M") == "09:00"
    assert leading_clock("10 – 12 Uhr Werkstatt")[1].strftime("%H:%M") == "12:00"


def test_near_misses_of_hour_words_stay_words() -> None:
    from confnotes.importers.entries import leading_clock

    assert leading_clock("2 Uhrmacher erzählen")[0] is None
    assert leading_clock("25 Uhr")[0] is None
    assert leading_clock("Am 21.04. von 10 bis 20 Uhr")[0] is None  # a day and month
    assert leading_clock("um 9.30 Begrüßung")[0].strftime("%H:%M") == "09:30"


def test_a_person_with_an_organisation_in_brackets_stays_a_person() -> None:
    from confnotes.importers.persons import parse_person

    person = parse_person("Ana Ruiz (Universidad de Vigo)")
    assert person is not None and person.affiliations == ["Universidad de Vigo"]


# a timetable cell: bold title, its materials' tags, then its authors with footnote marks


def _cell_page(authors: str, materials: str) -> str:
    return f"""<html><body>
<h1>Sessions</h1>
<table><tbody>
<tr><td>13:20-13:35</td><td><b> Listening to rivers with cheap microphones </b>{materials} <span class="author">{authors}</span><i> (<sup>1</sup>Universidad de Vigo; <sup>2</sup>University of York)</i></td></tr>
<tr><td>13:35-13:50</td><td><b> Counting seabirds from sound alone at night </b><br /> <span class="author">Eva Gil</span><i> (Madrid)</i></td></tr>
</tbody></table>
</body></html>
"""


def test_materials_between_a_title_and_its_authors_are_no_words_of_either() -> None:
    page = _cell_page("Ana Ruiz<sup>1</sup>, Bo Li<sup>2</sup>", ' <a href="a.pdf">[PDF]</a> ')
    speakers = speakers_by_title(read(page, "sessions.html"))
    assert speakers["Listening to rivers with cheap microphones"] == ["Ana Ruiz", "Bo Li"]
    assert speakers["Counting seabirds from sound alone at night"] == ["Eva Gil"]


def test_authors_after_a_line_break_read_as_before() -> None:
    page = _cell_page("Ana Ruiz<sup>1</sup>, Bo Li<sup>2</sup>", "<br />")
    speakers = speakers_by_title(read(page, "sessions.html"))
    assert speakers["Listening to rivers with cheap microphones"] == ["Ana Ruiz", "Bo Li"]


def test_the_same_cells_inside_a_jekyll_page() -> None:
    body = _cell_page("Ana Ruiz<sup>1</sup>, Bo Li<sup>2</sup>", ' <a href="a.pdf">[Folien]</a> ')
    body = body.replace("<html><body>", "").replace("</body></html>", "")
    page = "---\nlayout: page\ntitle: Programm\n---\n\n" + body
    speakers = speakers_by_title(read(page, "programm.md"))
    assert speakers["Listening to rivers with cheap microphones"] == ["Ana Ruiz", "Bo Li"]


def test_items_naming_who_speaks_are_no_titles_alone() -> None:
    text = """<html><body>
<h2>Programma provvisorio</h2>
<ul>
<li>Chiara Neri – Ponti sospesi e vento</li>
<li>Matteo Riva – Campane e risonanze</li>
<li>Giulia Conti – Mappe dei fondali</li>
</ul>
</body></html>
"""
    titles = [t.title for t in read(text, "programma.html").talks]
    assert "Chiara Neri – Ponti sospesi e vento" not in titles
