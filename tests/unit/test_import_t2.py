"""Programme pages in Markdown with HTML from real sites, read by general mechanisms
(issue 33, stop 56, helper t2): a speaker column's phrase in Hangul that opens on a word,
not a family name; a panel said in Korean. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers.persons import named_by_role
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> list[tuple[str, str, list[str]]]:
    p = parse_programme(text.encode(), name)
    return [(t.title, t.kind, [s.name for s in t.speakers]) for t in p.talks]


def test_a_spaced_hangul_phrase_in_a_people_field_opens_on_a_family_name() -> None:
    assert named_by_role("남궁 민") is not None
    assert named_by_role("김 하늘") is not None
    assert named_by_role("발표자 모두") is None  # "every presenter": no one's name


KOREAN_TABLE = """\
## 일정

시간 | 제목 | 발표자
--- | --- | ---
10:00~10:30 | 작은 팀의 배포 이야기 | 한지우
10:30~11:00 | 타입으로 버그 줄이기 | 오세린
11:00~11:30 | 패널토론 | 발표자 모두
11:30~12:00 | 네트워킹
"""


def test_a_korean_panel_row_is_a_panel_and_its_all_speakers_cell_no_person() -> None:
    talks = {title: (kind, who) for title, kind, who in _talks(KOREAN_TABLE)}
    assert talks["작은 팀의 배포 이야기"] == ("talk", ["한지우"])
    assert talks["패널토론"] == ("panel", [])


HOURS_TABLE = """\
---
title: Plan
---

<table>
<tr><td></td><td>09:00</td><td></td></tr>
<tr><td>A1</td><td><a href="#">Caching&nbsp;without&nbsp;tears</a></td><td>Lena&nbsp;Vogt</td></tr>
<tr><td>A2</td><td><a href="#">Shell&nbsp;tricks</a></td><td>Tomas&nbsp;Brandt</td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td></td><td>10:00</td><td></td></tr>
<tr><td>A1</td><td><a href="#">Printing&nbsp;at&nbsp;home</a></td><td>Greta&nbsp;Hahn</td></tr>
<tr><td>A2</td><td>10:20 <a href="#">Tiny&nbsp;robots</a></td><td>Jonas&nbsp;Falk</td></tr>
<tr><td>A2</td><td>10:40 <a href="#">Mail&nbsp;done&nbsp;right</a></td><td>Ida&nbsp;Kern</td></tr>
</table>
"""


def test_a_table_row_holding_a_time_alone_is_the_hour_of_the_rows_under_it() -> None:
    p = parse_programme(HOURS_TABLE.encode(), "plan.md")
    talks = {t.title: (t.clock or t.start, [s.name for s in t.speakers]) for t in p.talks}
    assert "09:00" not in talks and "10:00" not in talks
    assert str(talks["Caching without tears"][0])[-8:] == "09:00:00"
    assert str(talks["Printing at home"][0])[-8:] == "10:00:00"
    assert str(talks["Tiny robots"][0])[-8:] == "10:20:00"  # its own time, before its title
    assert talks["Mail done right"][1] == ["Ida Kern"]


TREE_PAGE = """\
---
title: 'Spring Evening'
date_start: '2031-04-17'
content:
  -
    type: paragraph
    content:
      -
        type: text
        text: 'An evening of short talks for local developers.'
  -
    type: paragraph
    content:
      -
        type: text
        text: '19:00 | Doors open'
      -
        type: hardBreak
      -
        type: text
        marks:
          -
            type: bold
        text: '19:15 | Talk 1: Wiebke Aalders - Queues in practice'
      -
        type: hardBreak
      -
        type: text
        text: 'What we learned running job queues for a year.'
      -
        type: hardBreak
      -
        type: text
        marks:
          -
            type: bold
        text: '20:00 | Talk 2: Sander Kool - Forms that forgive'
---
"""


def test_a_rich_text_tree_in_the_front_matter_is_read_as_the_page_it_shows() -> None:
    p = parse_programme(TREE_PAGE.encode(), "evening.md")
    talks = {t.title: ([s.name for s in t.speakers], t.start) for t in p.talks}
    assert talks["Queues in practice"][0] == ["Wiebke Aalders"]
    assert str(talks["Forms that forgive"][1]) == "2031-04-17 20:00:00"
    assert p.name == "Spring Evening"
