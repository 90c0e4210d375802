"""Programmes and notes written in the conventions of Japanese, Chinese, Polish and other
writers: a speaker's photo over their name heading, an organisation and a job before a
name and its honorific, a venue's address beside the day, a talk's time among its list
of facts, a group of lightning talks in a nested list, and a panel written down as a
transcript."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import doctree
from confnotes.importers.persons import name_before_honorific
from tests.unit.importing import kinds_by_title, people_of, read, speakers_by_title, starts_by_title

# -- a speaker's photo on its own line over their name heading ------------------------

POLISH_MEETUP = """---
layout: post
title: "Spotkanie #5"
---
Piąte spotkanie odbędzie się 12 marca 2031 o&nbsp;18:00.

### Rust w usługach sieciowych
Opowieść o&nbsp;bibliotece axum i&nbsp;jej zaletach.

<img class="speaker-face" src="/images/speakers/nowak-anna.jpg" />
#### Anna Nowak
Programistka w&nbsp;małej firmie, lubi góry.

<span class="clearfix"></span>
### Testy oparte na własnościach
Jak pisać testy, które same szukają błędów.

<img class="speaker-face" src="/images/speakers/lis-piotr.jpg" />
#### Piotr Lis
Opiekun biblioteki do testów.
"""

ENGLISH_MEETUP = """---
title: "Night talks #9"
---
Our ninth evening is on 4 June 2031.

### Caching at the edge
What we learned moving our cache closer to users.

<IMG src="/img/ruiz.png" alt="Photo of Ana">
#### Ana Ruiz
Ana runs the platform team.

### Fuzzing parsers
Finding crashes before users do.

<img src="/img/lindqvist.png">
#### Bo Lindqvist
Bo maintains a parser library.
"""


def _without_photos(text: str) -> str:
    return "\n".join(x for x in text.split("\n") if not x.lower().startswith("<img"))


def test_a_photo_over_a_name_heading_leaves_the_heading_in_the_tree() -> None:
    for text in (POLISH_MEETUP, ENGLISH_MEETUP):
        doc = doctree.parse_markdown(text)
        headings = [(n.level, n.text) for n in doc.root.children if n.kind == "heading"]
        names = [t for level, t in headings if level == 4]
        assert names in (["Anna Nowak", "Piotr Lis"], ["Ana Ruiz", "Bo Lindqvist"])


def test_a_page_with_photos_reads_as_the_same_page_without_them() -> None:
    for text, name, people in (
        (POLISH_MEETUP, "2031-03-12-spotkanie.markdown", {"Anna Nowak", "Piotr Lis"}),
        (ENGLISH_MEETUP, "night-talks-9.md", {"Ana Ruiz", "Bo Lindqvist"}),
    ):
        pictured = read(text, name)
        assert people <= people_of(pictured)
        assert speakers_by_title(pictured) == speakers_by_title(read(_without_photos(text), name))


def test_an_html_block_opened_by_a_block_tag_stays_html() -> None:
    # near miss: a <div> over lines is HTML as CommonMark reads it, its lines no headings
    text = """# Meetup

<div class="speaker">
#### Ana Ruiz
</div>

### Caching at the edge

- notes
"""
    programme = read(text, "meetup.md")
    assert "Ana Ruiz" not in people_of(programme)


def test_a_photo_inside_a_code_fence_is_left_as_written() -> None:
    text = """# How to show a speaker

```html
<img src="face.jpg" />
#### Name
```
"""
    programme = read(text, "howto.md")
    assert all(t.title != "Name" for t in programme.talks)


# -- an organisation and a job before a name and its honorific -------------------------

JAPANESE_TABLE = """<html><body>
<main class="page-main">
  <section class="page-title-wrap">
    <h1 class="page-title">2031年度 第2回 交通研究会</h1>
  </section>
  <div class="page-pc-wrap">
    <div class="sidebar-wrap">
      <div class="sidebar">
        <div class="sidebar-contents-items"><a href="/members/1">総会資料</a> </div>
        <div class="sidebar-contents-items"><a href="/members/2">名簿</a> </div>
        <div class="sidebar-contents-items"><a href="/members/3">議事録</a> </div>
      </div>
    </div>
    <div class="section-wrap">
      <section class="first">
        <h2 class="first-title">2031年度 第2回 交通研究会</h2>
<div class="kensyu">
  <ol>
    <li>日　時：2031 年 3 月 9 日（火） 13:00 〜 17:00</li>
    <li>場　所：中央会館（東京都千代田区霞が関 3-12-19 5階）</li>
  </ol>
  <table>
    <thead>
      <tr>
        <th>時間帯</th>
        <th>内容</th>
        <th>担当</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td>
          13:00〜13:10
        </td>
        <td>
          開会挨拶
        </td>
        <td>
          山本会長
        </td>
      </tr>
      <tr>
        <td>
          <br>
          13:10～13:50
        </td>
        <td>
          【基調講演】<br>
          <p>■<a href="a.pdf">都市交通のこれから</a></p>
        </td>
        <td>
          <br>
          東都大学 工学部<br>
          教授 田中 一郎 様<br>
        </td>
      </tr>
      <tr>
        <td>
          <br>
          13:50～14:30
        </td>
        <td>
          【第1部】<br>
          <p>■地域の自転車政策</p>
        </td>
        <td>
          <br>
          株式会社サンプル交通<br>
          部長 佐藤 花子 様<br>
        </td>
      </tr>
      <tr>
        <td>
          14:30～14:40
        </td>
        <td>
          ≪休　憩≫
        </td>
        <td>
        </td>
      </tr>
      <tr>
        <td>
          14:40～15:20
        </td>
        <td>
          <p>■<a href="c.pdf">駐輪場の運営</a></p>
        </td>
        <td>
          株式会社サンプル駐輪<br>
          取締役 小川健太郎 様<br>
        </td>
      </tr>
      <tr>
        <td>
          15:20～15:40
        </td>
        <td>
          ≪休　憩≫
        </td>
        <td>
        </td>
      </tr>
      <tr>
        <td>
          <br>
          15:40～16:20
        </td>
        <td>
          【第2部】<br>
          <p>■歩行者空間の設計</p>
        </td>
        <td>
          <br>
          港湾技術研究所<br>
          主任研究員 松本 由美 様<br>
        </td>
      </tr>
      <tr>
        <td>
          16:20～17:00
        </td>
        <td>
          【第3部】<br>
          <p>■意見交換会<br></p>
        </td>
        <td>
        </td>
      </tr>
    </tbody>
  </table>
</div>
      </section>
    </div>
  </div>
</main>
</body></html>
"""


def test_the_name_before_an_honorific_is_the_speaker_after_their_work() -> None:
    programme = read(JAPANESE_TABLE, "kenkyukai.html")
    read_as = speakers_by_title(programme)
    assert read_as["都市交通のこれから"] == ["田中 一郎"]
    assert read_as["地域の自転車政策"] == ["佐藤 花子"]
    assert read_as["駐輪場の運営"] == ["小川健太郎"]
    by_name = {p.name: p for t in programme.talks for p in t.speakers}
    assert by_name["田中 一郎"].affiliations == ["東都大学 工学部 教授"]
    keynote = next(t for t in programme.talks if t.title == "都市交通のこれから")
    assert keynote.kind == "keynote"


def test_a_venue_field_s_address_numbers_do_not_date_the_talks() -> None:
    programme = read(JAPANESE_TABLE, "kenkyukai.html")
    keynote = next(t for t in programme.talks if t.title == "都市交通のこれから")
    assert keynote.start == datetime(2031, 3, 9, 13, 10)


def test_honorifics_in_other_scripts_close_a_name_too() -> None:
    assert name_before_honorific("清华大学 教授 王伟 老师") == ("王伟", "清华大学 教授")
    assert name_before_honorific("샘플전자 연구원 김민수 님") == ("김민수", "샘플전자 연구원")
    assert name_before_honorific("本田 武志 様") == ("本田 武志", "")


def test_no_honorific_or_no_name_before_it_is_no_person() -> None:
    # near misses: an organisation alone, a title, an honorific glued to a word
    assert name_before_honorific("東都大学 工学部") is None
    assert name_before_honorific("自転車政策について") is None
    assert name_before_honorific("Meet the team 様") is None


def test_a_venue_line_in_english_keeps_the_day_of_the_date_line() -> None:
    page = """<html><body><h1>Transit Day 2031</h1>
<ul><li>Date: 9 March 2031</li><li>Venue: Hall 2-17-19, Main Street</li></ul>
<table><tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>
<tr><td>10:00-10:40</td><td>Buses that come on time</td><td>Ana Ruiz</td></tr>
<tr><td>10:40-11:20</td><td>Counting cyclists</td><td>Bo Lindqvist</td></tr>
</table></body></html>
"""
    programme = read(page, "transit.html")
    assert {t.start for t in programme.talks} == {
        datetime(2031, 3, 9, 10, 0),
        datetime(2031, 3, 9, 10, 40),
    }


# -- a talk's time among its list of facts ------------------------------------------------

JAPANESE_RST_NOTES = """:date: 2031-05-14 10:00

=======================
FooConf 2031 参加ログ
=======================

今日は参加しました。

データ基盤の話
================

* 10:30-11:00
* https://example.org/data/

メモ。

自分の発表タイトル
====================

* 英語タイトル: My own talk
* #foo_203
* 14:05～
* 資料 https://example.org/slides

自分の発表です。
"""


def test_a_clock_alone_in_a_talk_s_facts_list_is_its_start() -> None:
    programme = read(JAPANESE_RST_NOTES, "fooconf.rst")
    starts = starts_by_title(programme)
    assert starts["自分の発表タイトル"] == datetime(2031, 5, 14, 14, 5)
    assert starts["データ基盤の話"] == datetime(2031, 5, 14, 10, 30)


def test_a_clock_with_words_after_it_in_notes_is_no_start() -> None:
    # near miss: "14:05 coffee with Ana" is what happened at 14:05, not the talk's time
    text = JAPANESE_RST_NOTES.replace("* 14:05～", "* 14:05 coffee with Ana")
    programme = read(text, "fooconf.rst")
    talk = next(t for t in programme.talks if t.title == "自分の発表タイトル")
    assert talk.start is None


def test_a_clock_item_in_a_markdown_facts_list_too() -> None:
    text = """---
title: Notes from DevDay
date: 2031-06-02
---

## Scaling search with Rust

- Slides: [deck](https://example.org/deck)
- #devday_rust
- 15:20~

Lots of benchmarks.
"""
    programme = read(text, "devday.md")
    talk = next(t for t in programme.talks if t.title == "Scaling search with Rust")
    assert talk.start == datetime(2031, 6, 2, 15, 20)


# -- a group of lightning talks in a nested list ----------------------------------------

CHINESE_RECAP = """Title: 某某大会 回顾
Date: 2031-10-26 21:00

## 流水帐

- 使用 Rust 编写网络服务
    + 王伟 ~ 示例科技工程师
    + 录音: [a.mp3](http://example.org/a.mp3)
    + 讲得很清楚
- 数据平台的演进
    + 李娜 ~ 样例数据负责人
    + 录音: [b.mp3](http://example.org/b.mp3)
- 闪电演讲:
    + 张强 ~ 某公司执行董事
        * 讲了几个有趣的故事
    + 用 Django 自动发布
        * 录音: [c.mp3](http://example.org/c.mp3)
        * 很实用
    + 终端仪表盘一下午
        * 演示很顺利
"""

ENGLISH_RECAP = """# DevDay recap

## The day

- Scaling search with Rust
    + Ana Ruiz ~ Example Lab
    + recording: [a.mp3](http://example.org/a.mp3)
- Data contracts in practice
    + Bo Lindqvist ~ Foo Inc
- Lightning talks:
    + Carla Mendes ~ Bar Ltd
        * a quick tour of her home lab
    + Automating Django releases
        * a neat trick with tags
    + Terminal dashboards in an afternoon
        * demo went fine
"""


def test_titles_nested_under_a_lightning_talks_item_are_lightning_talks() -> None:
    for text, name, titles in (
        (CHINESE_RECAP, "recap.md", ("用 Django 自动发布", "终端仪表盘一下午")),
        (
            ENGLISH_RECAP,
            "devday.md",
            ("Automating Django releases", "Terminal dashboards in an afternoon"),
        ),
    ):
        programme = read(text, name)
        kinds = kinds_by_title(programme)
        for title in titles:
            assert kinds.get(title) == "spotlight", (name, kinds)


def test_a_by_line_or_a_field_under_the_group_is_no_talk() -> None:
    for text, name in ((CHINESE_RECAP, "recap.md"), (ENGLISH_RECAP, "devday.md")):
        titles = {t.title for t in read(text, name).talks}
        assert not any("~" in t or t.startswith(("录音", "recording")) for t in titles)


def test_plain_notes_under_a_lightning_talks_item_stay_notes() -> None:
    # near miss: sub-bullets with nothing under them are the group's notes, no talks
    text = ENGLISH_RECAP.split("- Lightning talks:")[0] + (
        "- Lightning talks:\n    + Carla Mendes ~ Bar Ltd\n    + loved the energy\n"
    )
    titles = {t.title for t in read(text, "devday.md").talks}
    assert "loved the energy" not in titles


# -- a panel written down as a transcript -----------------------------------------------

JAPANESE_PANEL = """# 技術書の集い 参加メモ

## 出版パネル

* 自己紹介

  * （司会）まずは自己紹介をお願いします
  * （森田）編集をやっています
  * （川口）本を二冊書きました
  * （森田）最近はPythonの本が多いです

* 本の作り方

  * （司会）どうやって企画を立てますか？
  * （川口）まず目次を考えます
  * （森田）企画書を書いて会議に出します
  * （参加者1）翻訳本はどうですか？
  * （川口、森田）増えています
"""

ENGLISH_PANEL = """# Notes from Publishing Night

## Panel: writing a technical book

- (Moderator) How did you start?
- (Ana Ruiz) A blog post that grew.
- (Bo Lindqvist) My editor asked me.
- (Ana Ruiz) It took two years.
- (Moderator) Any advice?
- (Bo Lindqvist) Write every morning.
- (??) inaudible
"""


def test_the_names_that_speak_turn_after_turn_are_the_panel() -> None:
    japanese = speakers_by_title(read(JAPANESE_PANEL, "panel.md"))
    assert sorted(japanese["出版パネル"]) == sorted(["森田", "川口"])
    english = speakers_by_title(read(ENGLISH_PANEL, "panel.md"))
    panel = next(who for title, who in english.items() if "technical book" in title)
    assert sorted(panel) == ["Ana Ruiz", "Bo Lindqvist"]


def test_numbered_points_in_brackets_are_no_transcript() -> None:
    # near miss: "(1) …" lines, a remark's "(TBD)": no one speaks
    text = """# Notes

## Caching at the edge

- (1) measure first
- (2) cache the hot keys
- (3) expire them
- (4) watch the hit rate
- (5) repeat
- (6) (TBD) write it up
"""
    assert people_of(read(text, "notes.md")) == set()
