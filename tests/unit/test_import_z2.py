"""Conventions of real programme pages (issue 33): a capitalised word heading a speaker's
cell that the page also writes in lower case is a common word (the audience, the
guests), never a person."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _people(text: str, name: str = "meetup.md") -> set[str]:
    programme = parse_programme(text.encode(), name)
    return {p.name for t in programme.talks for p in t.speakers}


def test_a_speaker_cell_holding_a_common_word_of_the_page_is_no_person() -> None:
    people = _people(
        "# Riverside Coders 7\n\n## Jadwal\n\n"
        "| JAM | PEMBICARA | TOPIK |\n|---|---|---|\n"
        "| 09.30 - 10.00 | | Pendaftaran |\n"
        "| 10.00 - 10.20 | Wulan Sari | Membuat bot cuaca |\n"
        "| 10.20 - 10.30 | | Diskusi |\n"
        "| 10.30 - 10.50 | Bagas | Belajar Rust dari nol |\n"
        "| 10.50 - 11.00 | | Diskusi |\n"
        "| 11.00 - 11.20 | Dimas Pratama | Data cuaca di peta |\n"
        "| 11.20 - 11.30 | | Diskusi |\n"
        "| 11.30 - 11.50 | Tamu | Obrolan bebas para tamu |\n"
        "| 11.50 - 12.00 | | Penutupan |\n\n"
        "Semua tamu membawa laptop sendiri.\n"
    )
    assert people == {"Wulan Sari", "Bagas", "Dimas Pratama"}


def test_an_aside_naming_another_spot_of_a_known_building_is_a_place() -> None:
    programme = parse_programme(
        (
            "# Tidewater GIS Days 2024\n\n## Programme\n\n"
            "| Time | Item |\n|---|---|\n"
            "| 09.00 – 10.00 | Registration |\n"
            "| 10.00 – 11.00 | Mapping river deltas with open data |\n"
            "| 11.00 – 12.00 | Lunch |\n"
            "| 18.00 – 19.00 | Awards evening (Room 12, North College, 12 Harbour Road) |\n"
            "| 19.00 – 21.00 | Reception "
            "(gallery by the stairs, North College, 12 Harbour Road) |\n"
        ).encode(),
        "gis-days.md",
    )
    rooms = {t.title: t.room for t in programme.talks}
    assert rooms["Reception"] == "gallery by the stairs, North College, 12 Harbour Road"
    assert not any(title.startswith("Reception (") for title in rooms)


def test_talks_listed_under_a_block_that_names_their_kind_take_that_kind() -> None:
    programme = parse_programme(
        (
            "# Harbour Hack Day 2023\n\n## Saturday 3 June 2023\n\n"
            "| Time | Session |\n|---|---|\n"
            "| 10:00 - 10:40 | Reading old tide charts with a camera<br>Ingrid Vaage |\n"
            "| 10:40 - 11:00 | Lightning talks, round one"
            "<br>Soldering for the impatient – Tomas Berg"
            "<br>A weather station on a budget – Lena Fjell"
            "<br>Why my boat runs Linux – Ole Hamre |\n"
            "| 11:00 - 11:40 | Mapping fjords from a kayak<br>Kari Moen |\n"
            "| 11:40 - 12:30 | Lunch |\n"
        ).encode(),
        "hack-day.md",
    )
    talks = {t.title: t for t in programme.talks}
    short = ["Soldering for the impatient", "A weather station on a budget"]
    short.append("Why my boat runs Linux")
    assert [talks[title].kind for title in short] == ["spotlight"] * 3
    assert all(talks[title].room == "" for title in short)  # the block is no room
    assert talks["Mapping fjords from a kayak"].kind == "talk"
