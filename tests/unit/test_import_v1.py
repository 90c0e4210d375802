"""Conventions of real programme pages (blind32, p01, p14, p15): a meetup page's text
pasted whole into a plain code fence (its welcome words above a timed ``AGENDA:``, each
talk's abstract under its line); an Obsidian export's wide table (avatar embeds, a
compound Chinese header naming the topic, a ``Speaker title`` column holding the job
each speaker holds)."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.columns import says_title, words_of
from confnotes.importers.fields import roles_of
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [s.name for s in t.speakers]) for t in programme.talks]


PASTED_MEETUP = """# Harbour Cloud Circle - May

```
About this event

Summer is nearly here! We meet again at our usual place by the river.
Our host for the evening covers pizza and drinks, and brings a talk of its own.

Schedule:
17:30 - Doors open, snacks

18:00 - Dana Whitlock (Cloud Guild): What changed in managed queues this spring
A tour of the new features, with a few demos that may or may not work.

18:45 - Omar Lindqvist & Ilse Baumann (Riverside Labs): Cutting our build bill in half
How we measured where the minutes went, and what we changed first.

19:30 - Open floor, more snacks
```
"""


def test_a_pasted_event_page_in_a_plain_fence_reads_its_timed_agenda() -> None:
    # the welcome words above the first time are the page's preamble: the timed lines
    # under them are still the rows (most lines from the first time on are timed)
    programme = parse_programme(PASTED_MEETUP.encode(), "readme.md")
    talks = [(t.title, [s.name for s in t.speakers]) for t in programme.talks]
    assert ("What changed in managed queues this spring", ["Dana Whitlock"]) in talks
    assert ("Cutting our build bill in half", ["Omar Lindqvist", "Ilse Baumann"]) in talks
    assert programme.name.startswith("Harbour Cloud Circle")
    assert not any(t.title.startswith("Harbour") for t in programme.talks)


def test_an_obsidian_embed_adds_no_words_to_its_cell() -> None:
    # ``![[file|80]]`` shows a picture in place, as ``![](file)`` does: no text of its own
    doc = doctree.parse_markdown(
        "| When | Photo | Who |\n|---|---|---|\n"
        "| 09:00 | ![[pics/mara.jpg\\|80]] | Mara Quint |\n"
        "| 09:30 | ![[pics/teo.png]] | Teo Brandt |\n"
    )
    cells = [n.text for n in doc.root.walk() if n.kind == "cell"]
    assert cells[4] == "" and cells[7] == ""
    assert "Mara Quint" in cells


def test_a_compound_header_in_a_script_without_spaces_names_its_role() -> None:
    # two words of two characters run together: "topic" + "name", "report" + "title"
    assert roles_of("议题名称") == {"title"}
    assert roles_of("报告题目") == {"title"}
    assert roles_of("会议名称") == {"event"}  # the event's name, not a talk's title


def test_a_speakers_title_is_the_job_they_hold_not_the_talks_title() -> None:
    for header in ("Speaker title", "presenterTitle", "讲师 Title"):
        assert roles_of(header) == {"affiliation"}, header
        assert not says_title(words_of(header)), header
    assert "title" in roles_of("Speaker / Title")  # two fields packed in one column
    assert says_title(words_of("Talk title"))


WIDE_TABLE = """# Lakeside Systems Day 2031

## Day 1 · 3 月 4 日

| 时间 | 分会场 | 头像 | 讲师 | 议题名称 | 议题介绍 | 讲师 Title | 讲师简介 |
|---|---|---|---|---|---|---|---|
| 09:00–09:30 | 主会场 | ![[pics/a.jpg\\|80]] | Mara Quint | **编译缓存的十年** | 回顾一个构建缓存项目从原型到生产的演变，以及其中踩过的坑。 | 北湖软件 首席工程师 | 长期从事构建系统与缓存的研发。 |
| 09:40–10:10 | 主会场 | ![[pics/b.jpg\\|80]] | 周明远 | **在微控制器上跑推理** | 介绍如何把小模型塞进几百 KB 的内存里，并保持可接受的延迟。 | 星桥科技 嵌入式负责人；开源维护者 | 喜欢在小板子上做大事情。 |
| 10:20–10:50 | T1 | ![[pics/c.jpg\\|80]] | Teo Brandt | **日志管道的背压设计** | 讲述日志系统在流量高峰时如何优雅地降级而不丢数据。 | 远帆数据 架构师 | 专注于可观测性与数据管道。 |
| 10:20–10:50 | T2 | ![[pics/d.jpg\\|80]] | 林若溪 | **类型系统帮你审代码** | 用类型把业务约束写进代码，让评审把精力放在真正的问题上。 | 青石大学 副教授 | 研究编程语言与形式化方法。 |
"""  # noqa: E501


def test_a_wide_table_takes_the_talks_title_not_the_speakers_position() -> None:
    # the avatar column (embeds) holds no words; "讲师 Title" is the speaker's position,
    # "议题名称" the talk's title: each talk's title is its own, never its speaker's job
    programme = parse_programme(WIDE_TABLE.encode(), "day.md")
    talks = {t.title.strip("*"): [s.name for s in t.speakers] for t in programme.talks}
    assert talks.get("编译缓存的十年") == ["Mara Quint"]
    assert talks.get("类型系统帮你审代码") == ["林若溪"]
    assert not any("工程师" in title or "pics/" in title for title in talks)


DELIMITED = """1|Sorting socks with a robot arm|robotics, fun|Mara Quint|We built an arm that pairs socks. It mostly works, and we will show the rest.|
2|Hvorfor testene våre ble trege|testing, erfaring|Teo Brandt|Vi målte hvor tiden gikk i testene, og fant tre overraskende syndere.
3|A gentle tour of columnar storage|databases|Ilse Baumann & Omar Lindqvist|Rows or columns? We compare both on the same data set and explain the trade-offs.
"""  # noqa: E501


def test_rows_of_fields_parted_by_pipes_are_a_table_read_by_its_cells() -> None:
    # no header, no rule line, no pipe at the lines' start: each line is a talk whose
    # columns (a number, the title, tags, the speakers, an abstract) are read by content
    doc = doctree.parse_text(DELIMITED)
    assert [n.kind for n in doc.root.children if n.kind == "table"] == ["table"]
    talks = _talks(DELIMITED, "talks.txt")
    assert ("Sorting socks with a robot arm", ["Mara Quint"]) in talks
    assert ("Hvorfor testene våre ble trege", ["Teo Brandt"]) in talks
    assert ("A gentle tour of columnar storage", ["Ilse Baumann", "Omar Lindqvist"]) in talks


def test_lines_with_a_pipe_or_two_are_no_table() -> None:
    # a menu line or two, a Markdown table with its rule: not delimited rows
    text = "Home | Talks | Venue\n\nSome | more | end\n\nA | B | C\n--|--|--\n"
    text += "x | y | z\nu | v | w\nr | s | t\n"  # rows with no pipe at their start
    doc = doctree.parse_markdown(text)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    assert len([n for n in tables[0].walk() if n.kind == "row"]) == 4
