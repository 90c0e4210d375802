"""A heading naming a speaker and then a title in Chinese or Japanese brackets (《》「」):
the brackets hold the title, whatever separates it from the name (issue 33, s46e)."""

from __future__ import annotations

import pytest

from confnotes.importers.headings import read_heading


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("林海：《边缘计算的落地经验》", "边缘计算的落地经验", "林海"),
        ("周雨桐 《用 Rust 重写日志系统》", "用 Rust 重写日志系统", "周雨桐"),
        ("陈立 ：「小团队的代码评审」", "小团队的代码评审", "陈立"),
    ],
)
def test_bracketed_title_after_a_name(heading: str, title: str, speaker: str) -> None:
    talk = read_heading(heading)
    assert talk.title == title
    assert [p.name for p in talk.speakers] == [speaker]


def test_a_bracketed_title_alone_names_no_one() -> None:
    talk = read_heading("《边缘计算的落地经验》")
    assert talk.speakers == []


def test_the_chinese_dash_of_two_or_more_em_dashes_parts_title_and_speaker() -> None:
    """``### 一、Title ———— 周海生``: the dash of Chinese writing (two em dashes or more,
    with or without spaces) parts the title from its speaker as one dash does (the counter
    ``一、`` before it is the list's, no part of the title)."""
    from confnotes.importers.headings import read_heading

    talk = read_heading("一、潮汐与小港口 ———— 陈海生")
    assert (talk.title, [s.name for s in talk.speakers]) == ("潮汐与小港口", ["陈海生"])
    talk = read_heading("渡轮与时刻表——Lina Berg")
    assert (talk.title, [s.name for s in talk.speakers]) == ("渡轮与时刻表", ["Lina Berg"])
