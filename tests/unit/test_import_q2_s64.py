"""A seminar series' list read on the document tree: each item opens with its date before
its (often linked) title, names its speaker on a by-line whose name is a link, and the
series may list one title again on a later date."""

from __future__ import annotations

from datetime import date

from confnotes.importers import treerecords
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import leading_date

SERIES = """# Harbour Systems Seminar

Talks are online; write to the organisers for the call link.

#### Schedule

- 07/02/2023 : [Queues that forget gracefully](talks/queues.html)
by [Mireille Canterbury](https://example.org/mc)
  - Time: 3pm-4pm CET
- 14/02/2023 : [Lock-free logs on cheap disks](talks/logs.html)
by [Osvaldo Petrakis](https://example.org/op)
  - Time: 3pm-4pm CET
- 21/02/2023 : **Open Mic Afternoon**
  - Time: 2pm-3pm CET
- 28/02/2023 : [Queues that forget gracefully](talks/queues.html)
by [Mireille Canterbury](https://example.org/mc)
  - Time: 3pm-4pm CET
- 07/03/2023 : [Sharding by season](talks/season.html)
by [Ingrid Vasquez-Holm](https://example.org/ivh)
  - Time: 3pm-4pm CET
"""


def _talks() -> list[tuple[str, list[str], date | None]]:
    programme = treerecords.read(SERIES, "series.md")
    assert programme is not None
    return [(t.title, [p.name for p in t.speakers], t.day) for t in programme.talks]


def test_a_date_opening_an_item_is_its_day_not_its_title() -> None:
    titles = [title for title, _who, _day in _talks()]
    assert "Lock-free logs on cheap disks" in titles
    assert "Sharding by season" in titles
    assert not any("/2023" in title for title in titles)


def test_a_by_line_whose_name_is_a_link_names_the_speaker() -> None:
    by_title = {title: who for title, who, _day in _talks()}
    assert by_title["Lock-free logs on cheap disks"] == ["Osvaldo Petrakis"]
    assert by_title["Sharding by season"] == ["Ingrid Vasquez-Holm"]


def test_a_title_listed_again_on_a_later_day_is_a_second_talk() -> None:
    again = [day for title, _who, day in _talks() if title == "Queues that forget gracefully"]
    assert again == [date(2023, 2, 7), date(2023, 2, 28)]


def test_a_leading_numeric_date_reads_by_the_order_given() -> None:
    assert leading_date("04/05/2023 : Title", 2023, "dmy") == (date(2023, 5, 4), "Title")
    assert leading_date("04/05/2023 : Title", 2023, "mdy") == (date(2023, 4, 5), "Title")


TRACKS = """# Harbour Day

<table>
  <tr><td>From</td><td>To</td><td>Speaker, line 1</td><td>Speaker, line 2</td>
  <td>Speaker, line 3</td><td>Theme</td></tr>
  <tr>
    <td>09:10</td><td>09:40</td>
    <td>Wanda Osterberg "Tuning a message bus by ear"</td>
    <td>Farid Nasseri "Twelve small services"</td>
    <td>Lucia Ferreyra "Dashboards nobody reads"</td>
    <td>talks</td>
  </tr>
  <tr>
    <td>09:50</td><td>10:20</td>
    <td>Henrik Solvang "Schema drift in practice"</td>
    <td>Amara Okonjo "Testing the untestable"</td>
    <td>Pavel Dutka "Caches and their regrets"</td>
    <td>talks</td>
  </tr>
  <tr>
    <td>10:30</td><td>11:00</td>
    <td>Greta Lindqvist "Retries with manners"</td>
    <td>Tomás Aranda "Paging at three in the morning"</td>
    <td>Yusuf Demirel "Logs as a product"</td>
    <td>talks</td>
  </tr>
</table>
"""


def _track_talks() -> dict[str, tuple[list[str], str]]:
    programme = treerecords.read(TRACKS, "day.md")
    assert programme is not None
    return {
        t.title: ([p.name for p in t.speakers], t.clock.isoformat("minutes") if t.clock else "")
        for t in programme.talks
    }


def test_parallel_track_cells_naming_people_before_a_quoted_title_are_talks() -> None:
    talks = _track_talks()
    assert talks["Twelve small services"][0] == ["Farid Nasseri"]
    assert talks["Caches and their regrets"][0] == ["Pavel Dutka"]
    assert talks["Logs as a product"][0] == ["Yusuf Demirel"]


def test_a_parallel_talk_starts_at_the_rows_start_not_at_its_end() -> None:
    talks = _track_talks()
    assert talks["Testing the untestable"][1] == "09:50"
    assert talks["Retries with manners"][1] == "10:30"


CONTENT_COLUMN = """<html><body>
<h1>Schedule</h1>
<h2>Day 1 (2024年6月8日)</h2>
<table>
<thead><tr><th>時間</th><th>項目</th><th>内容</th></tr></thead>
<tbody>
<tr><td>10:00</td><td>受付</td><td></td></tr>
<tr><td>10:30〜11:00</td><td>第1部</td><td>小さなチームの監視設計 Acme 森田さん</td></tr>
<tr><td>11:10〜11:40</td><td>第2部</td><td>Rustで書くCLI 大野さん</td></tr>
<tr><td>11:50〜12:20</td><td>第3部</td><td>帳票のない経理 Kumo 石橋さん</td></tr>
<tr><td>13:00〜</td><td>交流会</td><td></td></tr>
</tbody>
</table>
</body></html>
"""


def test_a_content_header_names_the_title_column_not_a_room() -> None:
    programme = parse_programme(CONTENT_COLUMN.encode(), "day.html")
    assert not any(t.room in ("内容", "項目") for t in programme.talks)
    titles = [t.title for t in programme.talks]
    assert any(title.startswith("Rustで書くCLI") for title in titles)
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "受付" not in people
