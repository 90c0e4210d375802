"""Past-events pages of meetups and agenda pages, read by mechanism (issue 33, stop 49):
a history page whose headings date each meetup year first (``Webcraft 7 - 2019 Mar
14``) over a table of its talks; a Korean page's day written ``2024년 6월 8일``; an
agenda table whose corner cell writes its day in boxes of their own (weekday, day,
month and year); ``Title - subtitle | Name`` cut at the bar, not at the title's dash; a
lightning-talk evening whose first line is its day and a later line its call's
deadline."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from confnotes.importers import doctree, timetable
from confnotes.importers.formats import markdown
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import read_folder
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import find_date, words_beside

HISTORY = """# Webcraft meetups

## Webcraft 8 - 2019 Jun 20 [video](https://example.org/playlist/8)
| | | |
| --- | :---: | --- |
| [Shipping fonts without the flash](https://ex.org/v/81) | [Odile Marchetti](p/odile.md) | |
| [What the accessibility tree knows](https://ex.org/v/82) | [Tarik Hasanović](p/tarik.md) | |
## Webcraft 7 - 2019 Mar 14 [video](https://example.org/playlist/7)
| | | |
| --- | :---: | --- |
| [Service workers in a bank](https://ex.org/v/71) | [Lena Vaisánen](p/lena.md) | |
| [CSS grid for forms](https://ex.org/v/72) | [Piotr Zawadzki](p/piotr.md) | |
"""


def _talks(text: str, name: str = "page.md") -> dict[str, object]:
    programme = parse_programme(text.encode(), name)
    return {t.title: t for t in programme.talks}


def test_a_date_written_year_first_with_a_month_name_is_read() -> None:
    assert find_date("Webcraft 7 - 2019 Mar 14")[0] == date(2019, 3, 14)
    assert find_date("2016 Dec. 21st") == (date(2016, 12, 21), True)
    assert find_date("since 2017 May we met")[0] is None  # no day after the month
    assert find_date("2017 May 23:00")[0] is None  # a clock, not a day


def test_a_meetup_heading_dated_year_first_dates_the_talks_of_its_table() -> None:
    for read in (
        parse_programme(HISTORY.encode(), "page.md"),
        markdown.parse(HISTORY.encode(), "page.md"),
    ):
        talks = {t.title: t for t in read.talks}
        assert talks["Shipping fonts without the flash"].day == date(2019, 6, 20)
        assert talks["CSS grid for forms"].day == date(2019, 3, 14)


def test_a_korean_date_is_read_as_its_numbers() -> None:
    assert find_date("일시: 2024년 6월 8일 토요일, 10시 - 17시") == (date(2024, 6, 8), True)
    assert find_date("6월 8일", 2024)[0] == date(2024, 6, 8)


def test_a_bar_parts_the_speaker_from_a_title_with_its_own_dash() -> None:
    title, people = title_and_speakers("Tracing requests - what the logs forgot | Hana Kowalczyk")
    assert title == "Tracing requests - what the logs forgot"
    assert [p.name for p in people] == ["Hana Kowalczyk"]
    # a bar before a phrase that is no one cuts nothing
    assert title_and_speakers("Tracing requests | all rooms")[1] == []


AGENDA = """---
layout: page
title: Programa
---

### Programa del día

<table class="table">
  <thead>
    <tr>
      <th class="agenda-date">
        <div class="dayofweek">Sábado</div>
        <div class="dayofmonth">14</div>
        <div class="shortdate">Septiembre, 2019</div>
      </th>
      <th>Sala A</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td class="agenda-time">10:00 - 10:45 AM</td>
      <td class="agenda-events"><div class="agenda-event">
        <b>Sensores baratos para huertos urbanos</b><br>
        Marisol Etxeberria <br>
      </div></td>
    </tr>
    <tr>
      <td class="agenda-time">11:00 - 11:45 AM</td>
      <td class="agenda-events"><div class="agenda-event">
        <b>Mapas de ruido con teléfonos viejos</b><br>
        Joaquín Albornoz <br>
      </div></td>
    </tr>
    <tr>
      <td class="agenda-time">12:00 - 12:45 PM</td>
      <td class="agenda-events"><div class="agenda-event">
        <b>Cómo leer un datasheet sin llorar</b><br>
        Renata Bustamante <br>
      </div></td>
    </tr>
  </tbody>
</table>
"""


def test_a_day_written_in_boxes_of_its_own_dates_the_rows_under_it() -> None:
    talks = _talks(AGENDA)
    talk = talks["Mapas de ruido con teléfonos viejos"]
    assert talk.start == datetime(2019, 9, 14, 11, 0)  # type: ignore[attr-defined]


LT_EVENING = """# 第3回 もくもくLT

* 2021/05/14(金) 20:00~
* 場所: オンライン
* 発表者募集中(2021/05/12まで。8人くらい)

| 発表者 | タイトル |
| --- | --- |
| さくら | 自作キーボードの半田付け入門 |
| ぽんず | 家庭菜園を温度計で見張る話 |
| たけのこ | ゲームの当たり判定をざっくり |
"""


def test_a_deadline_said_in_a_sentence_is_not_the_evening_s_day() -> None:
    assert words_beside("発表者募集中(まで。8人くらい)") > 5
    assert words_beside("(金) 20:00~") <= 5
    read = timetable.read(doctree.parse(LT_EVENING), "lt.md", "markdown").programme
    talks = {t.title: t for t in read.talks}
    assert talks["家庭菜園を温度計で見張る話"].day == date(2021, 5, 14)


def test_a_folder_of_untitled_notes_titles_each_file_by_its_name(tmp_path: Path) -> None:
    """Files named by their talks with no title heading: the ones read as sections at
    their sub-headings, or titled by their first line, are one talk each too."""
    files = {
        "state-machines.md": (
            "#### Why they help\n- fewer flags\n- explicit states\n\n"
            "#### Tooling\n- a visualiser exists\n"
        ),
        "morning-keynote.md": (
            "##### Roadmap\n- version 3 in spring\n- faster builds\n\n"
            "##### Ecosystem\n- plugin registry\n- more docs\n\n"
            "##### Breaking changes\n- a migration tool is planned\n"
        ),
        "inspector.md": (
            "Now on the extension store\n\nShows the component tree\n\n- props\n- events\n"
        ),
        "caching-layers.md": (
            "Where should the cache live?\n\n#### In memory\n- fast, lost on restart\n\n"
            "#### On disk\n- survives\n"
        ),
    }
    root = tmp_path / "devconf-notes"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    read, together = read_folder(str(root), [str(root / n) for n in files])
    assert together
    talks = {t.title: t for p in read.values() for t in p.talks if t.kind != "other"}
    assert set(talks) == {"state machines", "morning keynote", "inspector", "caching layers"}
    assert talks["morning keynote"].kind == "keynote"
    assert "Breaking changes" in talks["morning keynote"].body
    assert "Now on the extension store" in talks["inspector"].body
