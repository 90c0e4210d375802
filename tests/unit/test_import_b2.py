"""Conventions of real pages the importer read badly (issue 33, blind set 37): an
Indonesian event list whose fields are keyed in Indonesian (``Tanggal``, ``Pukul``,
``Pembicara``). The lines are written for these tests."""

from __future__ import annotations

from confnotes.importers.fields import roles_of
from confnotes.importers.headings import KEY_ALIASES, SPEAKER_KEYS, key_value, read_heading
from confnotes.importers.registry import parse_programme


def _said(line: str) -> tuple[str, str] | None:
    said = key_value(line)
    return (KEY_ALIASES.get(said[0], said[0]), said[1]) if said else None


def test_indonesian_keys_name_the_date_the_time_and_the_speaker() -> None:
    assert _said("- Tanggal: 2021/03/27") == ("date", "2021/03/27")
    assert _said("- Pukul: 10:00 - 12:00") == ("time", "10:00 - 12:00")
    assert _said("- Waktu: 19.00 WIB") == ("time", "19.00 WIB")
    assert _said("- Judul: Menulis parser kecil") == ("title", "Menulis parser kecil")
    said = _said("- Pembicara: Dewi Kartika Sari, Backend Engineer, Warung Data")
    assert said is not None and said[0] in SPEAKER_KEYS
    assert _said("- Pemateri: Bagus Hendrawan") is not None


def test_indonesian_keys_of_data_records_have_their_roles() -> None:
    assert roles_of("pembicara") == {"speaker"}
    assert roles_of("narasumber") == {"speaker"}
    assert "start" in roles_of("pukul")
    assert "date" in roles_of("tanggal")


EVENTS_ID = """\
# Komunitas Kopi Kode - Arsip Acara

## Acara 2021

- [Sesi daring #3: Menulis parser kecil](#sesi-daring-3)
- [Sesi daring #2: Merawat proyek sumber terbuka](#sesi-daring-2)
- [Sesi daring #1: Dasar-dasar observability](#sesi-daring-1)

### Sesi daring #3: Menulis parser kecil

- Tanggal: 2021/03/27
- Pukul: 10:00 - 12:00
- Pembicara:
  - Dewi Kartika Sari, Backend Engineer, Warung Data
- https://x.example/acara/3

### Sesi daring #2: Merawat proyek sumber terbuka

- Tanggal: 2021/03/13
- Pukul: 19:00 - 20:30
- Pembicara: Bagus Hendrawan, Software Engineer, Lumbung
- https://x.example/acara/2

### Sesi daring #1: Dasar-dasar observability

- Tanggal: 2021/02/27
- Pukul: 10:00 - 11:30
- Pembicara: Intan Permatasari, Site Reliability Engineer, Pasar Awan
- https://x.example/acara/1

## Ikut membantu

Daftar ini dibuat dari berkas data kami; kirim perubahan bila ada acara baru.
"""


def _events(text: str) -> dict[str, tuple[str | None, list[str]]]:
    programme = parse_programme(text.encode(), "acara.md")
    return {
        t.title.split(": ", 1)[-1]: (
            t.start.isoformat(timespec="minutes") if t.start else None,
            [p.name for p in t.speakers],
        )
        for t in programme.talks
    }


def test_a_key_whose_value_is_nested_under_it_is_no_cell_of_its_column() -> None:
    # one record's "Pembicara:" holds its names in a list below: the column of speaker
    # fields is still one of people, as the other records' values say
    found = _events(EVENTS_ID)
    assert found["Merawat proyek sumber terbuka"] == ("2021-03-13T19:00", ["Bagus Hendrawan"])
    assert found["Dasar-dasar observability"] == ("2021-02-27T10:00", ["Intan Permatasari"])
    assert found["Menulis parser kecil"][0] == "2021-03-27T10:00"


def test_a_solidus_between_two_forms_of_one_thing_names_no_speaker() -> None:
    # the words after the solidus end as the title does: two alternatives side by side
    paired = read_heading("Kalendarze w Luna Time / Sola Time", 2019)
    assert paired.speakers == []
    assert read_heading("Pisanie testów dla iOS Apps / Android Apps", 2019).speakers == []
    assert read_heading("Wzorce w Vera Script / Nova Script", 2019).speakers == []
    named = read_heading("Kalendarze bez bólu / Marta Wierzbicka", 2019)
    assert [p.name for p in named.speakers] == ["Marta Wierzbicka"]


def test_links_to_materials_after_the_title_link_are_no_part_of_the_title() -> None:
    line = (
        "Szabó Réka ([blog](https://x.example/r)): [Kis parserek, nagy örömök]"
        "(https://x.example/r.pdf), [videó](https://x.example/v/3)"
    )
    talk = read_heading(line, 2010)
    assert talk.title == "Kis parserek, nagy örömök"
    assert [p.name for p in talk.speakers] == ["Szabó Réka"]
    both = "Ana Ruiz: [Tiny parsers](https://x.example/p) | [slides](https://x.example/s)"
    assert read_heading(both, 2010).title == "Tiny parsers"


RST_PAGE = """\
Nordic Docs Day 2019
====================

:Date: 2019-05-04
:Place: Hall C

Timetable
---------

.. list-table::
   :header-rows: 1

   * - Time
     - Talk
   * - 10:00-10:30
     - :ref:`talk-morning`
   * - 10:30-11:00
     - :ref:`talk-noon`
   * - 11:00-11:30
     - :ref:`Closing words <talk-close>`

Talks
-----

.. _talk-morning:

Writing manuals nobody skips
############################

How short pages and many examples keep readers reading.

.. _talk-noon:

Diagrams that stay current
##########################

Generating pictures from the text they explain.
"""


def test_a_sphinx_reference_reads_as_the_title_of_the_section_it_names() -> None:
    programme = parse_programme(RST_PAGE.encode(), "index.rst")
    titles = {t.title: t.start for t in programme.talks}
    assert titles.get("Writing manuals nobody skips") is not None
    assert titles["Writing manuals nobody skips"].isoformat() == "2019-05-04T10:00:00"
    assert "Diagrams that stay current" in titles
    assert not any(":ref:" in t for t in titles)


def test_a_person_om_a_topic_is_the_talk_they_give() -> None:
    talk = read_heading("Lena Berg om öppna data i kommunen", 2019)
    assert (talk.title, [p.name for p in talk.speakers]) == (
        "öppna data i kommunen",
        ["Lena Berg"],
    )
    assert read_heading("Fika om allt och inget", 2019).speakers == []
