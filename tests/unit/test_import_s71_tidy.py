"""Rules that were written twice in the importers, now kept in one place each: what a
reader of programmes notices of them (a speaker's role word in Chinese, Japanese and
Korean, a Chinese by-line's name, a weekday named alone, the end of a value that is code
in PHP, JavaScript and Pug), with the near misses each copy already refused."""

from __future__ import annotations

from datetime import date

from confnotes.importers import indent_markup
from confnotes.importers.cjk_talk_lines import cjk_title_and_speaker
from confnotes.importers.columns import is_date_cell
from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.headings import META_RE, SPEAKER_KEYS, weekday_after
from confnotes.importers.persons import name_after_role, organisation_before_name, vouched_by
from confnotes.importers.when import weekday_alone
from tests.unit.importing import read, speakers_by_title

CHINESE = "一段中文文字"
"""A document's text without kana: Han names open on a Chinese family name."""


def _speaker_key(line: str) -> str | None:
    m = META_RE.match(line)
    return m.group("key") if m and m.group("key").lower() in SPEAKER_KEYS else None


def test_chinese_talk_line_names_the_speaker_after_any_role_word() -> None:
    with vouched_by(CHINESE):
        for line, title, who in (
            ("流式计算实践 讲师：周明远", "流式计算实践", "周明远"),
            ("边缘缓存设计（主讲：黄一帆）", "边缘缓存设计", "黄一帆"),
            ("图数据库选型 分享人 林晓雨", "图数据库选型", "林晓雨"),
        ):
            found = cjk_title_and_speaker(line)
            assert found is not None, line
            assert (found[0], [p.name for p in found[1]]) == (title, [who])


def test_role_word_with_no_one_after_it_and_a_duty_are_no_speakers() -> None:
    with vouched_by(CHINESE):
        assert cjk_title_and_speaker("嘉宾介绍") is None  # introducing the guests
        assert cjk_title_and_speaker("自我介绍 嘉宾 介绍") is None
    assert cjk_title_and_speaker("受付担当：田中さん") is None  # the one at the desk
    assert "担当" not in CJK_SPEAKER_WORDS and "担当者" not in CJK_SPEAKER_WORDS
    assert tuple(sorted(CJK_SPEAKER_WORDS, key=len, reverse=True)) == CJK_SPEAKER_WORDS


def test_speaker_keys_of_a_metadata_line_in_three_scripts_and_russian() -> None:
    assert _speaker_key("**演讲嘉宾**：李孟轩") == "演讲嘉宾"
    assert _speaker_key("登壇者：山田花子") == "登壇者"
    assert _speaker_key("발표자: 김민수") == "발표자"
    assert _speaker_key("Спикер: Иван Петров") == "Спикер"
    assert _speaker_key("演题：分布式事务") is None  # a title's key, not a speaker's


def test_chinese_byline_name_after_a_job_or_after_a_company_and_a_space() -> None:
    with vouched_by(CHINESE):
        assert name_after_role("星河数据首席架构师谢明远") == ("谢明远", "星河数据首席架构师")
        assert name_after_role("青松科技 社区经理 Ana Ruiz") == ("Ana Ruiz", "青松科技 社区经理")
        assert organisation_before_name("晨光云 黄一帆") == ("黄一帆", "晨光云")
        assert organisation_before_name("青松科技 欧阳娜娜") == ("欧阳娜娜", "青松科技")


def test_chinese_byline_near_misses_stay_unread() -> None:
    with vouched_by(CHINESE):
        assert organisation_before_name("张伟 王芳") is None  # two people
        assert organisation_before_name("欧阳 娜娜") is None  # one person, spaced
        assert organisation_before_name("晨光云 介绍") is None  # no family name
        assert name_after_role("开源的大数据技术生态") is None  # a title ending in two signs
        assert name_after_role("晨光云 黄一帆") is None  # a space vouches only in a by-line
        assert name_after_role("晨光云 黄一帆", by_line=True) == ("黄一帆", "晨光云")
    with vouched_by("ひらがなのある文書"):  # Japanese: names are read by their shape
        assert organisation_before_name("晨光云 黄一帆") is None
        assert name_after_role("星河数据首席架构师谢明远") is None


def test_weekday_alone_in_a_cell_and_in_a_heading() -> None:
    assert weekday_alone("**Freitag**:", labelled=False) == weekday_alone("Friday")
    assert weekday_alone("金曜日", labelled=False) is not None
    assert weekday_alone("Day 2 - Friday") is not None  # a heading's label and weekday
    assert weekday_alone("Day 2 - Friday", labelled=False) is None  # a cell: one word
    assert weekday_alone("Friday deploys") is None
    assert weekday_alone("Thursday Lunch", labelled=False) is None


def test_weekday_cells_and_headings_date_as_before() -> None:
    assert is_date_cell("Thursday", said=True)
    assert is_date_cell("**jueves**", said=True)
    assert not is_date_cell("Thursday")  # unless the header says days
    assert not is_date_cell("Friday deploys", said=True)
    monday = date(2026, 3, 2)
    assert weekday_after("Mittwoch", monday) == date(2026, 3, 4)
    assert weekday_after("Day 3 – Friday", monday) == date(2026, 3, 6)
    assert weekday_after("Friday deploys", monday) is None
    assert weekday_after("Friday", None) is None


PHP_CODE_VALUES = """<?php
// the autumn colloquium, written as code
$programme = [
    [
        'title' => 'Lichens as air monitors',
        'slug' => make_slug('lichens, air', [1, 2]) . "-v2",
        'speakers' => 'Ottilie Brandt',
        'start' => '2025-10-02 09:00',
    ],
    [
        'title' => 'Counting moths by sound',
        'slug' => make_slug("moths; sound", array(3)),
        'speakers' => 'Halvard Moe',
        'start' => '2025-10-02 10:00',
    ],
];
"""

JS_CODE_VALUES = """export const sessions = [
  {
    title: "Ponti di legno nelle Alpi",
    render: (s) => { const t = s.trim(); return t; },
    slug: slugify(`ponti, ${year}`),
    speakers: ["Giulia Rinaldi"],
    start: "2025-06-12T10:00",
  },
  {
    title: "Malte antiche e moderne",
    render: (s) => { return s; },
    speakers: ["Matteo Cordero"],
    start: "2025-06-12T11:00",
  },
];
"""


def test_php_array_values_that_are_code_are_stepped_over() -> None:
    assert speakers_by_title(read(PHP_CODE_VALUES, "colloquium.php")) == {
        "Lichens as air monitors": ["Ottilie Brandt"],
        "Counting moths by sound": ["Halvard Moe"],
    }


def test_javascript_arrow_functions_and_template_strings_are_stepped_over() -> None:
    assert speakers_by_title(read(JS_CODE_VALUES, "sessions.js")) == {
        "Ponti di legno nelle Alpi": ["Giulia Rinaldi"],
        "Malte antiche e moderne": ["Matteo Cordero"],
    }


PUG_ATTRIBUTES = """ul.talks
  li(class="talk"
     onclick=open("x, y") title='Erster Slot')
    span.title Grundwasser im Karst
  li(class="talk" data-id=slot[1] title='Zweiter (kurzer) Slot')
    span.title Flussauen renaturieren
  %a{href: "/vortrag/3", class: "more"} mehr
"""


def test_pug_and_haml_attributes_over_lines_and_code() -> None:
    page = indent_markup.markup(PUG_ATTRIBUTES)
    assert '<li class="talk" title="Erster Slot">' in page  # read on past the line's end
    assert '<li class="talk" title="Zweiter (kurzer) Slot">' in page  # brackets in a string
    assert "onclick" not in page and "data-id" not in page  # code: no value written
    assert '<a href="/vortrag/3" class="more">mehr</a>' in page
    assert page.count("\n") >= PUG_ATTRIBUTES.count("\n")  # no line lost
