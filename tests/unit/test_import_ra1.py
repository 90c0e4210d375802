"""Review 56 mends: Mac Roman re-reading, 、 lists, a job after the last name, gerunds."""

from __future__ import annotations

import time

from confnotes.importers.persons import is_person_name, read_as_mac_roman, split_speakers
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


CONTRACTIONS = """# Quay Talks 2032

## Agenda

- 09:00 Welcome – Mira Olsen
- 09:40 Paying down old debt – We’ve Moved
- 10:20 Shipping on Fridays – It’s Fine
- 11:00 Garden robots – Pia Sund
- 11:40 Last words – Who’s Next
"""


def test_a_curly_apostrophe_is_never_read_back_as_a_mac_roman_letter() -> None:
    # Windows-1252 byte 0x92 (’) is Mac Roman's í, but writers put ’ in words themselves
    assert read_as_mac_roman("We’ve Moved") == "We’ve Moved"
    assert not is_person_name("It’s Fine")
    talks = _talks(CONTRACTIONS, "quay.md")
    names = {n for people in talks.values() for n in people}
    assert names == {"Mira Olsen", "Pia Sund"}
    # the dashes a Mac name shows are still its letters
    assert read_as_mac_roman("Ram—n") == "Ramón"


ENUMERATED_PEOPLE = """# 2032 开发者日

## 日程

- 边缘计算实践 — 赵磊，蚂蚁集团、孙悦，小红书
- 数据库调优 — 周敏，美团
- 前端性能 — 韩磊，京东
"""


def test_a_name_after_the_enumeration_comma_with_its_own_field_is_a_second_speaker() -> None:
    talks = _talks(ENUMERATED_PEOPLE, "devday.md")
    assert talks["边缘计算实践"] == ["赵磊", "孙悦"]
    programme = parse_programme(ENUMERATED_PEOPLE.encode(), "devday.md")
    edge = next(t for t in programme.talks if t.title == "边缘计算实践")
    assert [p.affiliations for p in edge.speakers] == [["蚂蚁集团"], ["小红书"]]
    # roles listed with "、" after one name's comma, no comma after them, stay that person's
    roles = split_speakers("郑洁，开源布道师、讲师")
    assert [(p.name, p.affiliations) for p in roles] == [("郑洁", ["开源布道师", "讲师"])]


JOB_AFTER_TWO_NAMES = """# Riverside Meetup 2032

## Sessions

- Batch jobs at night, Lena Vogt, Senior Developer Kestrel
- Paper prototypes, Omar Haddad
- Feature flags, Iris Kell, Tom Brandt, Engineering Lead
"""


def test_a_job_after_the_last_of_two_names_folds_no_name_into_the_title() -> None:
    talks = _talks(JOB_AFTER_TWO_NAMES, "riverside.md")
    assert talks["Batch jobs at night"] == ["Lena Vogt"]
    assert "Feature flags, Iris Kell" not in talks
    names = {n for people in talks.values() for n in people}
    assert "Tom Brandt" not in names or "Iris Kell" in names


def test_a_very_long_word_before_conference_review_is_read_in_linear_time() -> None:
    from confnotes.importers.headings import conference_name

    assert conference_name("Revisiting Conference Review") == "Revisiting Conference Review"
    assert conference_name("Spring Conference review") == "Spring"
    # a word of 30,000 letters, no "-ing" at its end: one pass, not a pattern's backtracking
    word = "Q" + "a" * 30_000
    began = time.perf_counter()
    conference_name(f"{word} Conference review")
    assert time.perf_counter() - began < 1.0
