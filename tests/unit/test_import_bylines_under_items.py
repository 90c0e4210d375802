"""A person's notes that list the talks they saw as bullets, each title's first nested
bullet naming who gave it (``- Title`` over ``  - Name ~ what they do``), as people
write them in any language (issue 33). The list's own way of writing the by-line is the
evidence: a nickname written the same way is a speaker too; a list whose nested lines
are notes names no one."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "day-notes.md")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_each_title_over_its_speakers_line_is_a_talk_with_that_speaker() -> None:
    talks = _talks(
        "## What happened\n\n"
        "- Doors open\n"
        "    + coffee and stickers\n"
        "- Scheduling trains with constraint solvers\n"
        "    + Marta Kowalczyk ~ rail operator, planning team\n"
        "    + she showed the solver's timetable for a whole region\n"
        "- Sensors on a budget\n"
        "    + Tomás Ibarra ~ hobbyist and teacher\n"
        "    + three boards, one battery\n"
        "- Packaging without tears\n"
        "    + Ines Duarte, maintainer\n"
        "    + wheels for every platform\n"
    )
    assert talks["Scheduling trains with constraint solvers"] == ["Marta Kowalczyk"]
    assert talks["Sensors on a budget"] == ["Tomás Ibarra"]
    assert talks["Packaging without tears"] == ["Ines Duarte"]
    assert not talks.get("Doors open")  # its nested line is a note, no one's name


def test_a_nickname_written_the_lists_way_is_the_speaker() -> None:
    talks = _talks(
        "### 记录\n\n"
        "- 用摄像头统计人流\n"
        "    + 姜原 ~ 研发工程师\n"
        "- 硬件上的 MicroPython\n"
        "    + 黄盈樟 ~ 硬件极客\n"
        "- 用 Python 做运维\n"
        "    + 小罗 ~ 云计算基础设施负责人\n"
        "- 大型管理系统\n"
        "    + 石继志 ~ 信息总监\n"
    )
    assert talks["用 Python 做运维"] == ["小罗"]  # a nickname, not a family name first
    assert talks["硬件上的 MicroPython"] == ["黄盈樟"]


def test_nested_lines_that_are_notes_name_no_one() -> None:
    programme = parse_programme(
        (
            b"## Takeaways\n\n"
            b"- Caching\n"
            b"    + warm the cache, then measure\n"
            b"- Queues\n"
            b"    + back pressure, always\n"
            b"- Tracing\n"
            b"    + sample at the edge, keep errors\n"
        ),
        "takeaways.md",
    )
    assert not any(t.speakers for t in programme.talks)
    assert not programme.roles
