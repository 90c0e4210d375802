"""Programme pages written as server templates around plain HTML (stop 74, templates52):
a ``<time datetime>`` in a table's cell, a slot's label over its cell's words, and the
words of Vietnamese programmes (role labels, dates, kinds, organisations)."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers import treerecords
from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import split_speakers
from confnotes.importers.when import find_date, strip_dates

from .importing import kinds_by_title, read, speakers_by_title, starts_by_title

_ROW = (
    '<tr><td><time datetime="{day}T{start}:00-0400">{said}</time> - '
    '<time datetime="{day}T{end}:00-0400">{said_end}</time></td>'
    "<td>{title}</td><td>{who}</td></tr>"
)


def _table(rows: list[dict[str, str]], head: tuple[str, str, str]) -> str:
    header = "".join(f"<th>{h}</th>" for h in head)
    body = "\n".join(_ROW.format(**row) for row in rows)
    head_row = f'<table class="agenda"><thead><tr>{header}</tr></thead>'
    return f"{head_row}\n<tbody>\n{body}\n</tbody></table>\n"


_RIVERS = [
    dict(day="2031-04-02", start="09:00", said="9:00am", end="09:40", said_end="9:40am",
         title="<strong>Invited Speaker</strong><br/> Reading rivers from orbit",
         who="Hallie Brandt"),
    dict(day="2031-04-02", start="09:40", said="9:40am", end="10:00", said_end="10:00am",
         title="Counting birds with cheap\n      microphones", who="Osei Mensah"),
    dict(day="2031-04-02", start="10:00", said="10:00am", end="10:20", said_end="10:20am",
         title="Soil maps that nobody asked for", who="Petra Lindahl"),
    dict(day="2031-04-02", start="10:20", said="10:20am", end="10:40", said_end="10:40am",
         title="coffee", who="---"),
    dict(day="2031-04-02", start="10:40", said="10:40am", end="11:20", said_end="11:20am",
         title="<strong>Invited Speaker</strong><br/> Why glaciers keep secrets",
         who="Ruben Alcaraz"),
    dict(day="2031-04-02", start="13:00", said="1:00pm", end="13:20", said_end="1:20pm",
         title="Drones over wetlands, carefully", who="Mirela Kovač"),
    dict(day="2031-04-02", start="13:20", said="1:20pm", end="14:00", said_end="2:00pm",
         title="<strong>Panel</strong><br/>Should field data be open by default, and who pays"
         " for keeping it that way over decades of change?",
         who="<strong>Panelists</strong><br/>Hallie Brandt\t<br/>Osei Mensah\t<br/>Kaito Morikawa"),
]  # fmt: skip
_PANEL = (
    "Should field data be open by default, and who pays for keeping it that way over "
    "decades of change?"
)


def test_a_time_element_in_a_table_cell_gives_each_row_its_day_in_the_tree_reader() -> None:
    programme = treerecords.read(_table(_RIVERS, ("Time", "Title", "Speaker")))
    assert programme is not None
    starts = starts_by_title(programme)
    assert starts["Soil maps that nobody asked for"] == datetime(2031, 4, 2, 10, 0)
    assert starts["Drones over wetlands, carefully"] == datetime(2031, 4, 2, 13, 0)


def test_a_time_element_that_says_another_hour_than_its_words_gives_no_day() -> None:
    # a template's placeholder: the machine time says 20:00, the words 9:15
    rows = [
        dict(day="2031-06-10", start="20:00", said=f"{h}:15", end="21:00", said_end=f"{h}:45",
             title=title, who=who)
        for h, title, who in (
            ("9", "Keeping bees on a rooftop", "Anouk Verhoeven"),
            ("10", "The grammar of knitting patterns", "Siobhan Dunne"),
            ("11", "Mending old radios", "Matteo Ferraro"),
        )
    ]  # fmt: skip
    programme = treerecords.read(_table(rows, ("Hora", "Título", "Ponente")))
    assert programme is not None
    assert all(t.day is None for t in programme.talks)
    assert speakers_by_title(programme)["Mending old radios"] == ["Matteo Ferraro"]


def test_a_label_over_a_title_in_a_few_rows_is_its_kind_not_its_words() -> None:
    programme = read(_table(_RIVERS, ("Time", "Title", "Speaker")), "schedule.html.erb")
    speakers = speakers_by_title(programme)
    assert speakers["Reading rivers from orbit"] == ["Hallie Brandt"]
    assert speakers["Why glaciers keep secrets"] == ["Ruben Alcaraz"]
    assert speakers[_PANEL] == ["Hallie Brandt", "Osei Mensah", "Kaito Morikawa"]
    assert kinds_by_title(programme)[_PANEL] == "panel"
    assert starts_by_title(programme)["Reading rivers from orbit"] == datetime(2031, 4, 2, 9, 0)


def test_a_spanish_kind_over_its_title_in_one_row_is_read_the_same_way() -> None:
    rows = [
        dict(day="2031-09-15", start=s, said=s, end=e, said_end=e, title=title, who=who)
        for s, e, title, who in (
            ("09:00", "09:45", "<strong>Conferencia invitada</strong><br/>El agua que no vemos",
             "Lucía Echeverría"),
            ("09:45", "10:15", "Mapas de ruido en barrios antiguos", "Andrés Quiroga"),
            ("10:15", "10:45", "Huertos escolares y matemáticas", "Marta Villalobos"),
            ("10:45", "11:30", "<strong>Mesa redonda</strong><br/>¿Quién cuida los datos de la"
             " ciudad cuando nadie los mira?", "Andrés Quiroga, Marta Villalobos"),
        )
    ]  # fmt: skip
    programme = treerecords.read(_table(rows, ("Hora", "Título", "Ponente")))
    assert programme is not None
    kinds = kinds_by_title(programme)
    assert kinds["El agua que no vemos"] == "keynote"
    assert kinds["¿Quién cuida los datos de la ciudad cuando nadie los mira?"] == "panel"
    assert speakers_by_title(programme)["El agua que no vemos"] == ["Lucía Echeverría"]
    assert starts_by_title(programme)["El agua que no vemos"] == datetime(2031, 9, 15, 9, 0)


def test_near_miss_a_column_whose_every_cell_stacks_title_and_name_keeps_both() -> None:
    rows = [
        dict(day="2031-02-03", start=s, said=s, end=e, said_end=e,
             title=f"{title}<br/>{who}", who="Hall A")
        for s, e, title, who in (
            ("09:00", "09:30", "Tides in small harbours", "Ingrid Solberg"),
            ("09:30", "10:00", "Salt and its many uses", "Kwame Asante"),
            ("10:00", "10:30", "Lighthouses after automation", "Fiona MacLeod"),
        )
    ]  # fmt: skip
    programme = read(_table(rows, ("Time", "Talk", "Room")), "day.html")
    speakers = speakers_by_title(programme)
    assert speakers["Tides in small harbours"] == ["Ingrid Solberg"]
    assert speakers["Lighthouses after automation"] == ["Fiona MacLeod"]


def test_near_miss_an_opening_item_over_a_keynote_in_one_cell_stays_an_item() -> None:
    text = (
        "| Time | What |\n|---|---|\n"
        "| 10:00-10:45 | &bull; Opening remarks <br />&bull; Keynote: *Paper boats* "
        "([Ada Nakamura](speakers.html#ada)) |\n"
        "| 10:45-11:00 | Break! |\n"
        "| 11:00-11:45 | &bull; *Folding proteins by hand* ([Bo Lindgren](speakers.html#bo))"
        " <br />&bull; *A year of tiny robots* ([Cy Okafor](speakers.html#cy)) |\n"
        "| 11:45-12:30 | &bull; *Sourdough statistics* ([Di Marsh](speakers.html#di))"
        " <br />&bull; *Maps of forgotten paths* ([Eli Stone](speakers.html#eli)) |\n"
    )
    titles = [t.title for t in read(text, "schedule.md").talks]
    assert "Opening remarks" in titles


_VI_PAGE = """<?php include("dau.php"); ?>
<div class="nhan"><h2>Buổi sáng, Thứ Năm ngày 9 tháng 10 năm 2031</h2></div>
<div class="noidung">
  <p class="gio">8:00-8:30</p>
  <p>Đón tiếp đại biểu</p>
  <p class="gio">8:30-9:10</p>
  <p>Cây lúa chịu mặn ở vùng ven biển</p>
  <p>Tác giả: Lâm Thị Ngọc Hân</p>
  <p>Chủ tọa: Đinh Công Lực</p>
  <p class="gio">9:10-9:50</p>
  <p>Đo mực nước sông bằng cảm biến rẻ tiền</p>
  <p>Tác giả: Huỳnh Văn Khải</p>
  <p>Chủ tọa: Đinh Công Lực</p>
  <p class="gio">9:50-10:30</p>
  <p>Bản đồ tiếng ồn trong phố cổ</p>
  <p>Tác giả: Trương Mỹ Duyên</p>
  <p>Phản biện: Kha Minh Tuấn</p>
  <p class="gio">10:30-10:45</p>
  <p>Nghỉ giải lao</p>
</div>
"""


def test_a_vietnamese_programme_names_authors_chairs_and_its_day() -> None:
    programme = read(_VI_PAGE, "hoithao.php")
    speakers = speakers_by_title(programme)
    assert speakers["Cây lúa chịu mặn ở vùng ven biển"] == ["Lâm Thị Ngọc Hân"]
    assert speakers["Bản đồ tiếng ồn trong phố cổ"] == ["Trương Mỹ Duyên"]
    everyone = {p for names in speakers.values() for p in names}
    assert "Đinh Công Lực" not in everyone  # the chair, no speaker
    assert "Kha Minh Tuấn" not in everyone  # the discussant
    assert starts_by_title(programme)["Đo mực nước sông bằng cảm biến rẻ tiền"] == datetime(
        2031, 10, 9, 9, 10
    )
    chairs = {r.person.name for r in programme.roles if r.role == "chair"}
    assert chairs == {"Đinh Công Lực", "Kha Minh Tuấn"}


def test_vietnamese_notes_name_each_talks_speaker_after_dien_gia() -> None:
    text = (
        "# Ghi chép: Ngày hội dữ liệu mở\n\n"
        "### Chủ đề 1: Dữ liệu giao thông cho mọi người\n"
        "* **Diễn giả:** Quách Thị Lan – Kỹ sư dữ liệu tại Sở Giao thông\n"
        "* **Ý chính:** chia sẻ dữ liệu xe buýt theo thời gian thực.\n\n"
        "### Chủ đề 2: Bản đồ cây xanh đô thị\n"
        "* **Diễn giả:** Vương Đức Thịnh – Nhà nghiên cứu tại Viện Sinh thái\n"
        "* **Ý chính:** đếm cây bằng ảnh vệ tinh.\n\n"
        "### Chủ đề 3: Thư viện mở cho trường làng\n"
        "* **Diễn giả:** Lục Bảo Ngân – Giáo viên\n"
        "* **Ý chính:** sách số cho học sinh vùng xa.\n"
    )
    speakers = speakers_by_title(read(text, "ghichep.md"))
    assert speakers["Dữ liệu giao thông cho mọi người"] == ["Quách Thị Lan"]
    assert speakers["Bản đồ cây xanh đô thị"] == ["Vương Đức Thịnh"]


def test_a_vietnamese_date_names_its_day_month_and_year_by_their_words() -> None:
    assert find_date("Thứ Bảy, ngày 3 tháng 5 năm 2031") == (date(2031, 5, 3), True)
    assert find_date("Hà Nội, 14 tháng 11, 2030") == (date(2030, 11, 14), True)
    assert find_date("ngày 20 tháng 1", 2032)[0] == date(2032, 1, 20)
    assert strip_dates("Hội nghị ngày 3 tháng 5 năm 2031") == "Hội nghị"


def test_near_miss_a_month_and_year_or_a_room_number_is_no_day() -> None:
    assert find_date("tháng 7 năm 2031", 2031)[0] is None  # a month, no day
    assert find_date("Phòng 12 tháng", 2031)[0] is None
    assert find_date("Chapter 3 of 12", 2031)[0] is None


def test_a_kind_label_of_many_short_words_before_its_title_is_the_kind() -> None:
    text = (
        "## Chương trình\n\n"
        "- 09:00 Bài phát biểu chính 1: Nước ngầm và tương lai đồng bằng\n"
        "- 10:00 Bài phát biểu chính 2: Học máy cho nông dân\n"
        "- 11:00 Keynote 3: Quiet data\n"
    )
    kinds = kinds_by_title(read(text, "chuongtrinh.md"))
    assert kinds["Nước ngầm và tương lai đồng bằng"] == "keynote"
    assert kinds["Học máy cho nông dân"] == "keynote"
    assert kinds["Quiet data"] == "keynote"


def test_near_miss_a_vietnamese_name_is_no_kind() -> None:
    assert kind_of("Phạm Văn Chào") == "talk"
    assert kind_of("Nghỉ giải lao") == "break"
    assert kind_of("Bài phát biểu chính") == "keynote"


def test_a_company_written_co_ltd_is_where_the_speaker_works_not_a_second_person() -> None:
    people = split_speakers("Kenji Sato, Fuji Denki Co., Ltd.")
    assert [p.name for p in people] == ["Kenji Sato"]
    people = split_speakers("Lâm Thị Ngọc Hân, Đại học Cần Thơ")
    assert [(p.name, p.affiliations) for p in people] == [("Lâm Thị Ngọc Hân", ["Đại học Cần Thơ"])]


def test_near_miss_a_state_abbreviation_and_a_plain_pair_are_unchanged() -> None:
    assert [p.name for p in split_speakers("Ana Ruiz, Boulder, CO")] == ["Ana Ruiz"]
    assert [p.name for p in split_speakers("Colm Cooley and Bo Li")] == ["Colm Cooley", "Bo Li"]
