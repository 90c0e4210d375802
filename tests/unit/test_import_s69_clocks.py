"""Stop 69, fixer clocks: times and days written loosely. An approximation mark beside a
clock, a day and month written with a dot before a clock, a weekday that fixes a yearless
day's year. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers.entries import clock_first, leading_clock
from confnotes.importers.page_day import page_day
from confnotes.importers.when import (
    clock_range,
    find_date,
    numeric_order,
    reading_order,
    weekday_dated,
    yearless_day,
)
from tests.unit.importing import read, speakers_by_title

# ------------------------------------------------- an approximation mark beside a clock


def test_a_mark_that_a_time_is_approximate_leaves_the_clock_leading_its_line() -> None:
    assert leading_clock("- ~ 15:15 Writing a book about Django")[:3] == (
        time(15, 15),
        None,
        "Writing a book about Django",
    )
    assert leading_clock("〜 9:40 開場")[:3] == (time(9, 40), None, "開場")
    assert leading_clock("circa 9:30 Kaffee und Kuchen")[0] == time(9, 30)
    assert leading_clock("approx. 11:00 Lightning round")[0] == time(11, 0)
    assert leading_clock("约10:00 开场白")[:3] == (time(10, 0), None, "开场白")


def test_a_tilde_after_a_clock_with_no_second_clock_is_no_part_of_the_title() -> None:
    assert leading_clock("- 13:47 ~ Warm-up video")[:3] == (time(13, 47), None, "Warm-up video")
    # a tilde between two clocks still joins a range, as East Asian programmes write it
    assert leading_clock("10:00 ~ 11:00 Keynote")[:3] == (time(10, 0), time(11, 0), "Keynote")


def test_agenda_items_marked_approximate_are_timed_talks_in_several_languages() -> None:
    german = read(
        "# Frühjahrstreffen\n\n- gegen 18:00 Einlass\n"
        "- gegen 18:30 Ereignisse richtig loggen – Jana Voigt\n"
        "- gegen 19:15 Typen in Python – Lukas Brandt\n",
        "treffen.md",
    )
    chinese = read(
        "# 春季聚会\n\n- 约 14:00 签到\n- 约 14:30 用 Go 写编译器 - 王小明\n"
        "- 约 15:20 数据库索引入门 - 李华\n",
        "juhui.md",
    )
    french = read(
        "# Programme\n\n- 14:00 ~ Accueil\n- 14:30 ~ Les journaux structurés - Claire Dubois\n"
        "- 15:15 ~ Tester sans douleur - Hugo Martin\n",
        "programme.md",
    )
    for programme, title, who, clock in (
        (german, "Ereignisse richtig loggen", "Jana Voigt", time(18, 30)),
        (chinese, "用 Go 写编译器", "王小明", time(14, 30)),
        (french, "Les journaux structurés", "Claire Dubois", time(14, 30)),
    ):
        talk = next(t for t in programme.talks if t.title == title)
        assert [p.name for p in talk.speakers] == [who]
        assert (talk.clock or (talk.start and talk.start.time())) == clock


def test_a_tilde_in_prose_or_before_a_number_is_no_clock() -> None:
    assert leading_clock("~ all attendees answer in their usual channel")[0] is None
    assert leading_clock("转化率 ~0.84%")[0] is None
    assert not clock_first("~ a remark")
    assert clock_first("~ 15:15 Talk")
    assert clock_first("约 9:30 开场")


# ------------------------------------------- a dotted day and month before its clock


def test_a_dotted_day_before_a_clock_is_a_day_in_the_documents_order() -> None:
    column = "07.03 19:00\n07.06 19:00\n07.13 19:00\n"  # 13 is no month: month first
    assert numeric_order(column) == "mdy"
    with reading_order(column):
        assert find_date("07.03 19:00", 2018) == (date(2018, 7, 3), False)
    assert clock_range("07.03 19:00") == (time(19, 0), None, False)
    assert leading_clock("07.03 19:00 Git basics")[:3] == (time(19, 0), None, "Git basics")


def test_a_dotted_day_with_no_order_to_read_it_by_is_no_day() -> None:
    assert find_date("07.03 19:00", 2018) == (None, False)  # July 3 or 7 March: unknown


def test_a_table_whose_time_cells_hold_a_day_dates_each_talk() -> None:
    club = read(
        '+++\ndate = "2024-05-20T10:00:00+08:00"\ntitle = "读书会夏季安排"\n+++\n\n'
        "以下是夏季分享安排：\n\n"
        "类型 | 时间 | 地点 | 主讲人 | 内容\n---- | ---- | ---- | ---- | ----\n"
        "分享 | 06.04 19:30 | 图书馆 201 | @moonriver | 函数式编程入门\n"
        "分享 | 06.11 19:30 | 图书馆 201 | @quietfox | 浏览器渲染原理\n"
        "分享 | 06.18 19:30 | 图书馆 201 | @tinkerbell | 编写可测试的代码\n",
        "club.md",
    )
    starts = {t.title: t.start for t in club.talks}
    assert starts["函数式编程入门"] == datetime(2024, 6, 4, 19, 30)
    assert starts["编写可测试的代码"] == datetime(2024, 6, 18, 19, 30)
    assert speakers_by_title(club)["浏览器渲染原理"] == ["quietfox"]
    treffen = read(
        "---\ntitle: Sommertreffen\ndate: 2024-05-02\n---\n\nUnsere Vorträge im Juni:\n\n"
        "Art | Zeit | Raum | Vortragende | Thema\n--- | --- | --- | --- | ---\n"
        "Vortrag | 04.06 18:30 | R 12 | @nordlicht | Reguläre Ausdrücke ohne Reue\n"
        "Vortrag | 11.06 18:30 | R 12 | @kaffeetasse | Speicherlecks finden\n"
        "Vortrag | 18.06 18:30 | R 12 | @bergziege | Verteilte Sperren\n",
        "treffen.md",
    )
    starts = {t.title: t.start for t in treffen.talks}
    assert starts["Speicherlecks finden"] == datetime(2024, 6, 11, 18, 30)  # 18 is no month
    assert speakers_by_title(treffen)["Verteilte Sperren"] == ["bergziege"]


def test_a_version_number_before_a_clock_is_no_day() -> None:
    assert numeric_order("Python 3.12 10:00 release party") is None
    assert find_date("Python 3.12 10:00", 2024) == (None, False)
    assert leading_clock("12.30 Lunch")[:3] == (time(12, 30), None, "Lunch")  # a clock


def test_a_table_whose_first_column_numbers_rows_keeps_its_numbers() -> None:
    text = (
        "# Lightning round\n\n| # | Talk | Speaker |\n|---|---|---|\n"
        "| 01 | Caching at the edge | Priya Raman |\n| 02 | Fuzzing parsers | Ole Berg |\n"
        "| 03 | Reading flame graphs | Sofia Costa |\n"
    )
    programme = read(text, "lightning.md")
    assert all(t.start is None and t.day is None for t in programme.talks)
    assert speakers_by_title(programme).get("Fuzzing parsers") == ["Ole Berg"]


# ------------------------------------------------ a weekday fixes a yearless day's year


def test_a_weekday_with_a_month_day_fixes_the_year_nearest_the_documents() -> None:
    sentence = "The workshop takes place on Monday, November 17th from 2 PM in room 4"
    assert weekday_dated(sentence, near=2025) == date(2025, 11, 17)
    assert weekday_dated(sentence, near=2016) == date(2014, 11, 17)  # nearer than 2025
    assert weekday_dated("Le séminaire aura lieu le mardi 22 juin à 14h", near=2021) == date(
        2021, 6, 22
    )
    assert weekday_dated("Wir treffen uns am Donnerstag, 3. April", near=2025) == date(2025, 4, 3)
    assert yearless_day("Lundi 7 mars", 2026) == date(2022, 3, 7)  # no year given: as before


def test_a_weekday_alone_or_a_date_that_no_year_fits_dates_nothing() -> None:
    assert weekday_dated("On Monday we met at nine") is None
    assert weekday_dated("Monday, February 30th") is None


def test_a_page_that_names_its_day_by_weekday_dates_its_timed_table() -> None:
    page = (
        "Workshop Programme\n==================\n\n"
        "The workshop takes place on Thursday, March 12th from 9 AM in room 4.\n\n"
        "+------------------------------+----------------------+------------------+\n"
        "| Talk                         | Speaker              | Time             |\n"
        "+==============================+======================+==================+\n"
        "| Sparse solvers on GPUs       | Ingrid Solberg       | 9 AM - 9:30 AM   |\n"
        "+------------------------------+----------------------+------------------+\n"
        "| Checkpointing without tears  | Kwame Mensah         | 9:30 AM - 10 AM  |\n"
        "+------------------------------+----------------------+------------------+\n"
        "| Portable kernels in Julia    | Aiko Tanabe          | 10 AM - 10:30 AM |\n"
        "+------------------------------+----------------------+------------------+\n"
    )
    assert page_day(page, False, "Sparse solvers on GPUs") is not None
    starts = {t.title: t.start for t in read(page, "workshop.rst").talks}
    start = starts["Checkpointing without tears"]
    assert start is not None and start.time() == time(9, 30)
    assert start.month == 3 and start.day == 12 and start.weekday() == 3
