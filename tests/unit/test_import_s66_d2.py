"""Stop 66, helper d2: list items led by a speaker's given name alone (``Ana: Title``,
``Ana – Title``) under day lines, and HTML ``<li>`` items written with no list around
them, a bold day line between the days. Fixtures written for these tests, in our own
words."""

from __future__ import annotations

from datetime import date

from confnotes.importers.given_led import given_led, given_led_run
from confnotes.importers.loose_items import day_line, line_before
from confnotes.importers.programme import Programme
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers


def _days(programme: Programme) -> dict[str, date | None]:
    return {t.title: t.day for t in programme.talks}


# ------------------------------------------------------------ the item's own reading


def test_a_given_name_then_a_colon_or_a_dash_leads_the_title() -> None:
    read = given_led("Marta: Braid groups and their closures")
    assert read is not None and read[0] == "Braid groups and their closures"
    assert [p.name for p in read[1]] == ["Marta"]
    read = given_led("Lucía – Nudos y trenzas")
    assert read is not None and read[0] == "Nudos y trenzas" and read[1][0].name == "Lucía"


def test_a_kind_or_a_label_leading_an_item_is_no_name() -> None:
    for line in ("Keynote: Scaling up", "Break - coffee in the hall", "Speaker: Ana Ruiz"):
        assert given_led(line) is None
    # names after the colons: a list of who holds which role, no talks
    roles = [given_led("Ana: Bo Lind"), given_led("Eva: Tom Berg"), given_led("Ines: Quandles")]
    assert all(r is None for r in given_led_run(roles))


def test_a_word_repeated_down_the_list_is_a_label() -> None:
    reads = [given_led("Marta: Graphs"), given_led("Marta: Trees"), given_led("Pavel: Knots")]
    assert all(r is None for r in given_led_run(reads))


def test_the_line_over_an_item_as_written_and_a_day_line() -> None:
    source = "<p>intro</p>\n<b> Día 2 (miércoles 15/3) </b>\n<br>\n<li> Ana: Title"
    over = line_before(source, source.index("<li>"))
    assert over == "Día 2 (miércoles 15/3)"
    assert day_line(over)
    assert not day_line("Participants arrive on the evening before and leave after lunch")


# ------------------------------------------------------- programmes in several layouts

_MARKDOWN = """# Winter school on knots 2017

## Day 1 (Tuesday 3/14/17)

- Marta: Braid groups and their closures
- Tobias: Khovanov homology for beginners
- Ines: Quandles

## Day 2 (Wednesday 3/15/17)

- Pavel: Skein modules
- Greta: Heegaard splittings of knot complements
"""


def test_markdown_days_of_given_name_items() -> None:
    programme = _read(_MARKDOWN, "knots.md")
    assert _speakers(programme) == {
        "Braid groups and their closures": ["Marta"],
        "Khovanov homology for beginners": ["Tobias"],
        "Quandles": ["Ines"],
        "Skein modules": ["Pavel"],  # a day of two talks, the page's others vouch
        "Heegaard splittings of knot complements": ["Greta"],
    }
    days = _days(programme)
    assert days["Quandles"] == date(2017, 3, 14)
    assert days["Skein modules"] == date(2017, 3, 15)


_LOOSE_FRENCH = """<!DOCTYPE html>
<html><head><title>Rencontres de topologie</title></head>
<body><div id="main">
<h2>Programme provisoire</h2>
Arrivée le <b>dimanche 5/6/22</b> au soir.
<br><br>
<b> Jour 1 (lundi 6/6/22) </b>
<br>
<li> Accueil et présentation
<br>
<li> Camille – Variétés de contact en dimension trois
<br>
<li> Bastien – Chirurgies de Dehn
<br>
<li> Noémie – Feuilletages tendus
<br><br>
<b> Jour 2 (mardi 7/6/22) </b>
<br>
<li> Hugo – Homologie de Floer des nœuds
<br>
<li> Solène – Invariants quantiques et tresses
<br>
<li> Questions ouvertes
<br><br>
</div></body></html>
"""


def test_loose_html_items_under_bold_day_lines_in_french() -> None:
    programme = _read(_LOOSE_FRENCH, "rencontres.html")
    speakers = _speakers(programme)
    assert speakers["Variétés de contact en dimension trois"] == ["Camille"]
    assert speakers["Chirurgies de Dehn"] == ["Bastien"]
    assert speakers["Feuilletages tendus"] == ["Noémie"]
    assert speakers["Homologie de Floer des nœuds"] == ["Hugo"]
    assert speakers["Invariants quantiques et tresses"] == ["Solène"]
    days = _days(programme)
    assert days["Chirurgies de Dehn"] == date(2022, 6, 6)
    assert days["Invariants quantiques et tresses"] == date(2022, 6, 7)
    named = {p.name for t in programme.talks for p in t.speakers}
    assert "Accueil" not in named and "Questions" not in named


_LISTED_GERMAN = """<html><head><title>Arbeitstreffen Algebra 2019</title></head><body>
<h1>Arbeitstreffen Algebra 2019</h1>
<p><b>Montag, 7. Oktober 2019</b></p>
<ul>
<li>Jonas: Gruppen und ihre Darstellungen</li>
<li>Friederike: Moduln über Ringen</li>
<li>Lukas: Kategorien für Einsteiger</li>
<li>Annika: Homologische Algebra</li>
</ul>
<p><b>Dienstag, 8. Oktober 2019</b></p>
<ul>
<li>Matthias: Galoistheorie heute</li>
<li>Sophie: Zopfgruppen</li>
<li>Offene Fragen</li>
</ul>
</body></html>
"""


def test_html_lists_under_bold_day_paragraphs_in_german() -> None:
    programme = _read(_LISTED_GERMAN, "algebra.html")
    speakers = _speakers(programme)
    assert speakers["Gruppen und ihre Darstellungen"] == ["Jonas"]
    assert speakers["Homologische Algebra"] == ["Annika"]
    assert speakers["Zopfgruppen"] == ["Sophie"]
    assert _days(programme)["Moduln über Ringen"] == date(2019, 10, 7)
    assert _days(programme)["Galoistheorie heute"] == date(2019, 10, 8)


# -------------------------------------------------------------------- near misses

_GLOSSARY = """# Notes on languages

## Glossary

- Rust: Fast Code without a collector
- Python: a language for scripts
- Haskell: Lazy functions everywhere
- Erlang: Processes that fail well
"""


def test_a_glossary_of_capitalised_words_names_no_one() -> None:
    programme = _read(_GLOSSARY, "glossary.md")
    names = {p.name for t in programme.talks for p in t.speakers}
    assert not names & {"Rust", "Python", "Haskell", "Erlang"}


_LABELS = """# Retreat 2024

## Day 1 (Monday 3/4/24)

- Talk: Graph colourings
- Talk: Random walks
- Talk: Expanders
"""


def test_a_label_repeated_under_a_day_is_no_speaker() -> None:
    programme = _read(_LABELS, "retreat.md")
    assert "Talk" not in {p.name for t in programme.talks for p in t.speakers}
