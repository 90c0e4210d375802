"""Mends of stop 58's review (helper n3): a flag key that only contains the speaker's word,
joined given names in a people column, Korean role nouns with 님, and ``do`` naming an
employer after a full name. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str) -> list[tuple[str, list[str]]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in p.talks]


BADGES_JSON = """\
[
  {"start": "13:00", "title": "Soil sensors on a budget", "name": "Mirja Aalto",
   "speaker_badge": "true"},
  {"start": "13:40", "title": "Weather stations that last", "name": "Tove Berglund",
   "speaker_badge": "false"},
  {"start": "14:20", "title": "Irrigation by the numbers", "name": "Oskar Lind",
   "speaker_travel": false}
]
"""


def test_a_flag_key_that_only_contains_the_speaker_word_keeps_the_speaker() -> None:
    p = parse_programme(BADGES_JSON.encode(), "agenda.json")
    by_title = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert by_title["Weather stations that last"] == ["Tove Berglund"]
    assert by_title["Irrigation by the numbers"] == ["Oskar Lind"]
    assert not [r for r in p.roles if r.role == "other"]


JOINED_NAMES_CSV = """\
start,session,presenter
14:00,Soundscapes of the city,JoAnn
14:30,Composting for tenants,RuPaul
15:00,Birdsong recognition,AnnMarie
15:30,Meet the makers,PyLadies
"""


def test_joined_given_names_in_a_people_column_are_people_and_groups_are_not() -> None:
    talks = dict(_talks(JOINED_NAMES_CSV, "afternoon.csv"))
    assert talks["Soundscapes of the city"] == ["JoAnn"]
    assert talks["Composting for tenants"] == ["RuPaul"]
    assert talks["Birdsong recognition"] == ["AnnMarie"]
    assert talks["Meet the makers"] == []


MEETUP_KO = """\
# 데이터 컨퍼런스 2025 후기

## 그래프 데이터베이스

오늘은 강사님의 강연으로 시작했다. 예제가 많았다.

## 배포 자동화

고객님의 발표 요청이 있어서 순서를 바꿨다.

## 정적 분석

발표는 윤서연님이 해 주셨고 질문이 많았다.
"""


def test_korean_role_nouns_with_the_honorific_name_no_speaker() -> None:
    p = parse_programme(MEETUP_KO.encode(), "study.md")
    by_title = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert by_title["그래프 데이터베이스"] == []  # the instructor's lecture
    assert by_title["배포 자동화"] == []  # at the customer's request
    assert by_title["정적 분석"] == ["윤서연"]  # a name with 님 stays a speaker
