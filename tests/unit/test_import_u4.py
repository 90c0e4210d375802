"""Conventions of real programmes and notes the importer read badly (stop 57, helper u4):
a speaker part whose line is ``Name | Company role``, a paper's long line of authors
under its title, a session's label before its theme. Fixtures written for
these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.headings import read_heading
from confnotes.importers.persons import fits_a_by_line, split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_BARRED_NOTE = """# 작은 팀을 위한 로그 수집

## 발표자

- 김하늘 | 구름데이터 백엔드 리드

## 메모

- 수집기는 하나로 충분했다.
- 보관 기간을 먼저 정하자.
"""


def test_a_speaker_part_reads_name_bar_description_as_one_person() -> None:
    talks = _talks(parse_programme(_BARRED_NOTE.encode(), "log-notes.md"))
    assert talks == {"작은 팀을 위한 로그 수집": ["김하늘"]}


def test_a_bar_in_a_speaker_field_parts_the_person_from_their_employer() -> None:
    (who,) = split_speakers("Mirela Stan | Platform lead at Fjordwise", single_ok=True)
    assert (who.name, who.affiliations) == ("Mirela Stan", ["Fjordwise"])


def test_a_bar_between_two_names_or_outside_a_speaker_field_makes_no_one() -> None:
    assert split_speakers("Mirela Stan | Ion Popa", single_ok=True) == []
    assert split_speakers("Mirela Stan | Platform lead at Fjordwise") == []


_AUTHORS = """#+TITLE: Accepted papers

* Storage and streams
** <<4>> Bounded queues for sensor gateways that never drop a reading :IO:
{authors}
** <<9>> Cheap snapshots of append-only logs :IO:
Hana Dvorakova and Piotr Zielinski
** <<12>> Compaction schedules chosen by a tiny model :ML:
Lucia Ferreira
* Networks
** <<15>> Routing tables that fit in a cache line :NET:
Aino Virtanen and Jonas Petraitis
** <<21>> Retries considered harmful, sometimes :NET:
Bogdan Ilic
""".format(
    authors="Teodora Vlasic, Marcin Kowalczyk, Ines Albuquerque, Ruairi Gallagher, "
    "Maximilian Oberhauser and Oskar Lindholm"
)


def test_a_long_line_of_authors_under_a_heading_is_its_speakers() -> None:
    talks = _talks(parse_programme(_AUTHORS.encode(), "papers.org"))
    assert talks["Bounded queues for sensor gateways that never drop a reading"] == [
        "Teodora Vlasic",
        "Marcin Kowalczyk",
        "Ines Albuquerque",
        "Ruairi Gallagher",
        "Maximilian Oberhauser",
        "Oskar Lindholm",
    ]


def test_a_by_lines_length_grows_with_the_names_it_lists() -> None:
    five = "Teodora Vlasic, Marcin Kowalczyk, Ines Albuquerque, Ruairi Gallagher and Oskar Lindholm"
    assert fits_a_by_line(five + ", Hana Dvorakova")
    sentence = "We looked at the gateway for a week, " + "counting every dropped reading " * 4
    assert not fits_a_by_line(sentence)


def test_a_session_label_before_a_colon_is_followed_by_its_theme_not_a_speaker() -> None:
    talk = read_heading("Session 4: Sensor Networks")
    assert talk.speakers == []
    assert talk.title.endswith("Sensor Networks")
