"""Month names from dateparser's locales: the languages they add, the words they keep out."""

from __future__ import annotations

from datetime import date

import pytest

from confnotes.importers.when import MONTH_NAMES, calendar_word, find_date, strip_dates

HAND_TABLE_WORDS = (
    "january jan janvier janv januar jänner enero gennaio janeiro januari ocak stycznia ledna",
    "february feb février fevrier févr fevr februar febrero febbraio fevereiro februari"
    " şubat lutego února",
    "march mar mars märz marz marzo março maart mart marca března",
    "april apr avril avr abril aprile nisan kwietnia dubna",
    "may mai mayo maggio maio mei mayıs maja května",
    "june jun juin juni junio giugno junho haziran czerwca června",
    "july jul juillet juil juli julio luglio julho temmuz lipca července",
    "august aug août aout agosto augustus ağustos sierpnia srpna",
    "september sep sept septembre septiembre settembre setembro eylül września září",
    "october oct octobre oktober okt octubre ottobre outubro ekim października října",
    "november nov novembre noviembre novembro kasım listopada listopadu",
    "december dec décembre decembre dezember dez diciembre dicembre dezembro"
    " aralık grudnia prosince",
)
"""Every word the hand-written table read before the locales took over, by month."""


@pytest.mark.parametrize(
    ("month", "word"),
    [(n, w) for n, words in enumerate(HAND_TABLE_WORDS, start=1) for w in words.split()],
)
def test_every_word_of_the_old_table_still_names_its_month(month: int, word: str) -> None:
    assert MONTH_NAMES[word] == month
    assert find_date(f"Workshop on 14 {word} 2026, room B", None) == (date(2026, month, 14), True)
    assert find_date(f"{word.capitalize()} 14, 2026", None) == (date(2026, month, 14), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Доклад: 12 марта 2024 года, зал 2", date(2024, 3, 12)),  # Russian
        ("Семінар відбудеться 3 жовтня 2025", date(2025, 10, 3)),  # Ukrainian
        ("Workshopen hålls 12 mars 2024 i Lund", date(2024, 3, 12)),  # Swedish
        ("Konferencia: 2024. március 12.", date(2024, 3, 12)),  # Hungarian, year first
        ("Predavanje 12. ožujka 2024.", date(2024, 3, 12)),  # Croatian
        ("Bijeenkomst op 12 mrt. 2024", date(2024, 3, 12)),  # Dutch abbreviation
        ("Atelier pe 3 iunie 2025", date(2025, 6, 3)),  # Romanian
        ("Ομιλία στις 12 Μαρτίου 2024", date(2024, 3, 12)),  # Greek
        ("Seminaari 12. maaliskuuta 2024", date(2024, 3, 12)),  # Finnish
        ("Töötuba 5. märts 2025", date(2025, 3, 5)),  # Estonian
        ("Delavnica 5. marec 2025", date(2025, 3, 5)),  # Slovenian
        ("Xerrada el 5 de març de 2025", date(2025, 3, 5)),  # Catalan
    ],
)
def test_a_date_with_a_month_named_in_another_language_is_read(text: str, expected: date) -> None:
    assert find_date(text, None) == (expected, True)


def test_a_month_named_without_its_year_takes_the_programmes_year() -> None:
    assert find_date("Четвер, 9 жовтня", 2025) == (date(2025, 10, 9), False)


@pytest.mark.parametrize(
    "text",
    [
        "Set 2 starts after lunch",  # Portuguese and Italian abbreviate September so
        "out 5 talks were recorded",  # Portuguese October
        "it ended 5 ago",  # Spanish, Italian, Portuguese August
        "Présentation des 3 projets",  # Norwegian and Indonesian December
        "Pausa tra 5 minuti",  # Croatian April
        "Hall III 5 posters",  # a Roman numeral, Hungarian's month
        "Sala X 12 posters",
        "We met here 12 times",  # Breton's October, a language past the first forty
    ],
)
def test_a_common_word_that_abbreviates_a_month_somewhere_is_no_date(text: str) -> None:
    assert find_date(text, 2025) == (None, False)


@pytest.mark.parametrize("word", ["listopad", "lis", "set", "ago", "des", "iii", "here", "sat"])
def test_a_word_of_several_months_weekdays_or_common_uses_is_no_month(word: str) -> None:
    assert word not in MONTH_NAMES
    assert not calendar_word(word) or word == "sat"  # "sat": Saturday, not a month


def test_a_word_before_the_date_that_is_no_month_does_not_hide_it() -> None:
    assert find_date("Room 3, March 5", 2025) == (date(2025, 3, 5), False)
    assert find_date("Track 2 keynote 7 марта", 2025) == (date(2025, 3, 7), False)
    assert find_date("in 2025 Talks 3, then 2025 május 6", None) == (date(2025, 5, 6), True)


def test_stripping_dates_keeps_the_words_that_only_look_like_one() -> None:
    assert strip_dates("Room 3 meetup 12 марта 2024") == "Room 3 meetup"
    assert strip_dates("Track 2 on 5 talks") == "Track 2 on 5 talks"


def test_a_greek_month_reads_whichever_way_its_final_sigma_is_folded() -> None:
    assert MONTH_NAMES["μάιος"] == 5
    assert MONTH_NAMES["μάιος".casefold()] == 5


def test_stripping_dates_still_strips_a_date_written_in_numbers_and_characters() -> None:
    assert strip_dates("## 2025年9月4日（木）") == "## （木）"
