"""Near misses found by the code review of stop 70's importer changes."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.name_first import _unquoted, _word_before
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import series_weekday


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
