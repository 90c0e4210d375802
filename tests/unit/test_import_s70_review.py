"""Near misses found by the code review of stop 70's importer changes."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import indent_markup, sentence_talks
from confnotes.importers.name_first import _unquoted, _word_before
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import series_weekday

from .importing import read, speakers_by_title


def _starts(text: str) -> dict[str, datetime | None]:
    programme = parse_programme(text.encode(), "x.md")
    return {t.title: t.start for t in programme.talks}


# r2: series weekdays need a cue that they repeat; an hour word after a length is no
# clock; the name-first reader looks back for a stop's word without rescanning.
class Testr2:
    CLUB = """\
# Rust Reading Club Malmo

Sessions are 17:30-19:00, tea provided.

- 2 May 2024: Lifetimes explained
- 9 May 2024: Error handling
- 14 May 2024: Macros by example
"""

    TALLER = """\
# Grupo de Estudio de Go

Quedamos todos los martes, bloques de 3 horas en el aula 12.

- 7 de mayo de 2024: Canales
- 14 de mayo de 2024: Genéricos
"""

    ATELIER = """\
# Atelier Haskell

On se retrouve tous les mercredis pendant 3 heures.

- 8 mai 2024 : Monades
- 15 mai 2024 : Lentilles
"""

    def test_an_english_word_that_is_a_weekday_abbreviation_ties_no_hours(self) -> None:
        # "are" is Sunday in one locale: the hours are still every meeting's
        starts = _starts(self.CLUB)
        assert starts["Lifetimes explained"] == datetime(2024, 5, 2, 17, 30)
        assert starts["Macros by example"] == datetime(2024, 5, 14, 17, 30)

    def test_a_series_weekday_needs_a_cue_and_a_whole_name(self) -> None:
        assert series_weekday("Talks are 18:00-20:00, pizza after.") is None
        assert series_weekday("the art of bars, don and ben did") is None
        assert series_weekday("We meet every Thursday") == 3
        assert series_weekday("Talks on Wednesdays") == 2
        assert series_weekday("tous les jeudis") == 3
        assert series_weekday("mittwochs im Raum 2") == 2
        assert series_weekday("jeden Freitag") == 4
        assert series_weekday("todos los viernes") == 4
        assert series_weekday("毎週水曜日に集まります") == 2

    def test_hours_said_as_a_length_are_no_start(self) -> None:
        assert set(_starts(self.TALLER).values()) == {None}
        assert set(_starts(self.ATELIER).values()) == {None}

    def test_the_word_before_a_stop_is_read_back_from_it(self) -> None:
        text = "Dept.  of Physics. Quantum dots"
        for stop in (4, 17):
            assert _word_before(text, stop) == (text[:stop].split() or [""])[-1]
        assert _word_before("   ", 2) == ""
        assert _unquoted("Ana Ruiz, Inst. of Optics. Light in fibres.") == (
            "Ana Ruiz",
            "Inst. of Optics",
            "Light in fibres",
        )


# r3: hashtag lines over bullets are notes, not a Pug template; a film by its director
# is no talk unless a talk's word says so
class Testr3:
    TAGGED_NOTES = (
        "#pycon #python #travel\n"
        "- Opening keynote by Mei Tanaka\n"
        "- Typing at scale, Omar Haddad\n"
        "\n"
        "#day2 #data\n"
        "- Arrow in anger by Rosa Lind\n"
        "- Lightning round\n"
    )

    def test_hashtag_lines_are_no_template_elements(self) -> None:
        assert indent_markup.markup(self.TAGGED_NOTES) is None
        found = speakers_by_title(read(self.TAGGED_NOTES, "notes.md"))
        assert found["Typing at scale"] == ["Omar Haddad"]
        assert found["Arrow in anger"] == ["Rosa Lind"]

    def test_a_flat_run_of_selectors_is_no_template(self) -> None:
        # element lines with template syntax, none holding lines under it: no nesting
        flat = ".note first thing\n.note second thing\n.note third thing\n.note more\n"
        assert indent_markup.markup(flat) is None

    def test_a_template_named_as_notes_needs_nesting_beyond_doubt(self) -> None:
        pug = (
            ".talk\n  h3 Sea ice from buoys\n  p.who Lene Haugland\n"
            ".talk\n  h3 Seabirds by drone\n  p.who Tomasz Wrona\n"
            ".talk\n  h3 Roads on permafrost\n  p.who Aiyana Redcloud\n"
        )
        assert indent_markup.strong(pug)
        assert not indent_markup.strong(self.TAGGED_NOTES)

    FILMS = (
        "---\ntitle: Holidays\n---\n\n"
        "On the plane I saw *Arrival* by Denis Villeneuve, and at home *Heat* by Michael"
        " Mann on the couch.\n\nAlso *Alien* by Ridley Scott.\n"
    )

    def test_a_work_by_its_author_is_no_sentence_talk(self) -> None:
        assert sentence_talks.find(self.FILMS) == []
        assert sentence_talks.vouched(self.FILMS) == 0

    def test_a_talk_word_lets_a_bare_by_name_the_speaker(self) -> None:
        talk = "# Notes\n\nThe keynote was *Arrival of the Types* by Mei Tanaka.\n"
        assert [(t.title, t.speakers[0].name) for t in sentence_talks.find(talk)] == [
            ("Arrival of the Types", "Mei Tanaka")
        ]
        titled = self.FILMS.replace("title: Holidays", "title: Talks I saw")
        assert {t.title for t in sentence_talks.find(titled)} == {"Arrival", "Heat", "Alien"}
        listed = self.FILMS.replace("title: Holidays", "title: Holidays\nspeakers: Ridley Scott")
        assert [t.title for t in sentence_talks.find(listed)] == ["Alien"]
