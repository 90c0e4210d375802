"""A page's own records: structured data (JSON-LD, microdata, hCalendar) and the records a
generated page repeats (cards, grid rows, list items), read by their fields' content."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import pagerecords
from confnotes.importers.registry import parse_programme

CARDS = """<!DOCTYPE html><html><head><title>Agenda - Harbour Data Day 2031</title></head><body>
<h1>Agenda</h1>
<h2>Thursday, 6 March 2031</h2>
<div class="slot"><span class="when">09:30</span><div class="info">
  <span class="who">Ines Calder</span><span class="org">Tidewater Labs</span>
  <p class="topic">Streaming joins without regret</p></div></div>
<div class="slot"><span class="when">10:15</span><div class="info">
  <span class="who">Bram Okafor</span><span class="org">Quayside Analytics</span>
  <p class="topic">Column stores on a budget</p></div></div>
<div class="slot"><span class="when">11:00</span><div class="info">
  <p class="topic">Coffee</p></div></div>
<div class="slot"><span class="when">11:30</span><div class="info">
  <span class="who">Mirela Vos</span><span class="org">Beacon Institute</span>
  <p class="topic">Lineage graphs people read</p></div></div>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/cfp">Call for papers</a></li>
<li><a href="/venue">Venue</a></li></ul>
</body></html>"""


def test_cards_of_one_template_are_talks_with_fields_apart() -> None:
    programme = pagerecords.read(CARDS, "agenda.html")
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    talk = talks["Streaming joins without regret"]
    assert [s.name for s in talk.speakers] == ["Ines Calder"]  # not "Ines Calder Tidewater Labs"
    assert talk.speakers[0].affiliations == ["Tidewater Labs"]
    assert talk.start == datetime(2031, 3, 6, 9, 30)  # the time field, the day heading above
    assert [s.name for s in talks["Lineage graphs people read"].speakers] == ["Mirela Vos"]
    assert "Home" not in talks  # a menu's items are no talks
    assert programme.name == "Harbour Data Day 2031"


def test_a_card_page_imports_as_its_records() -> None:
    programme = parse_programme(CARDS.encode(), "agenda.html")
    names = {s.name for t in programme.talks for s in t.speakers}
    assert {"Ines Calder", "Bram Okafor", "Mirela Vos"} <= names
    assert not any("Tidewater" in n for n in names)


GRID = """<div class="program"><h3>Room plan</h3>
<div class="row item"><div class="c2"><time>10:30</time></div>
  <div class="c5"><h4>A-1 <span>Ana Ruiz and Lee Park</span></h4>
 <p>Sparse maps of dense cities</p></div>
  <div class="c5"><h4>B-1 <span>Tomas Ek</span></h4><p>Counting roofs from orbit</p></div></div>
<div class="row item"><div class="c2"><time>10:50</time></div>
  <div class="c5"><h4>A-2 <span>Yusuf Demir</span></h4><p>Topology for tired surveyors</p></div>
  <div class="c5"><h4>B-2 <span>Oona Laine and Per Holm</span></h4>
 <p>Cadastres in three dimensions</p></div></div>
<div class="row item"><div class="c2"><time>11:10</time></div>
  <div class="c5"><h4>A-3 <span>Rita Nunes</span></h4><p>Indoor graphs that route</p></div>
  <div class="c5"><h4>B-3 <span>Kai Berg</span></h4><p>Point clouds meet parcels</p></div></div>
</div>"""


def test_parallel_cells_of_a_grid_row_are_talks_at_the_rows_time() -> None:
    programme = pagerecords.read(GRID)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert set(talks) >= {"Sparse maps of dense cities", "Counting roofs from orbit"}
    assert [s.name for s in talks["Cadastres in three dimensions"].speakers] == [
        "Oona Laine",
        "Per Holm",
    ]
    assert str(talks["Counting roofs from orbit"].clock) == "10:30:00"
    assert "A-1" not in talks  # a code beside the names is no title


JSON_LD = """<html><head><title>Symposium</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",
 "name": "Lakes Symposium 2030", "startDate": "2030-05-02",
 "subEvent": [
  {"@type": "Event", "name": "Ice cover and light", "startDate": "2030-05-02T09:00:00+02:00",
   "location": {"@type": "Place", "name": "Hall B"},
   "performer": {"@type": "Person", "name": "Greta Lind"}},
  {"@type": "EducationEvent", "name": "Sediment clocks", "startDate": "2030-05-02T10:00",
   "performer": [{"@type": "Person", "name": "Omar Haddad"}, {"@type": "Person",
 "name": "Lia Moser"}]}
 ]}</script></head><body><p>See you there.</p></body></html>"""


def test_json_ld_sub_events_are_the_talks() -> None:
    programme = pagerecords.read(JSON_LD)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert talks["Ice cover and light"].start == datetime(2030, 5, 2, 9, 0)
    assert talks["Ice cover and light"].room == "Hall B"
    assert [s.name for s in talks["Sediment clocks"].speakers] == ["Omar Haddad", "Lia Moser"]


MICRODATA = """<ul>
<li itemscope itemtype="https://schema.org/Event">
 <span itemprop="name">Rust for glaciologists</span>
 <time itemprop="startDate" datetime="2029-11-04T14:00">2 pm</time>
 <span itemprop="performer" itemscope itemtype="https://schema.org/Person">
 <span itemprop="name">Hedda Brun</span></span></li>
<li itemscope itemtype="https://schema.org/Event"><span itemprop="name">Maps that age well</span>
 <time itemprop="startDate" datetime="2029-11-04T15:00">3 pm</time>
 <span itemprop="performer" itemscope itemtype="https://schema.org/Person">
 <span itemprop="name">Joel Sauer</span></span></li>
</ul>"""

HCALENDAR = """<ol>
<li class="vevent"><abbr class="dtstart" title="2028-09-12T09:40">09:40</abbr>
 <span class="summary">Why queues lie</span> <span class="speaker">Nadia Farouk</span></li>
<li class="vevent"><abbr class="dtstart" title="2028-09-12T10:30">10:30</abbr>
 <span class="summary">Backpressure, gently</span> <span class="speaker">Piet Smit</span></li>
</ol>"""


def test_microdata_and_hcalendar_events_are_read_by_their_properties() -> None:
    micro = pagerecords.read(MICRODATA)
    assert micro is not None
    talk = micro.talks[0]
    assert (talk.title, talk.start) == ("Rust for glaciologists", datetime(2029, 11, 4, 14, 0))
    assert [s.name for s in talk.speakers] == ["Hedda Brun"]
    hcal = pagerecords.read(HCALENDAR)
    assert hcal is not None
    assert [(t.title, t.start) for t in hcal.talks] == [
        ("Why queues lie", datetime(2028, 9, 12, 9, 40)),
        ("Backpressure, gently", datetime(2028, 9, 12, 10, 30)),
    ]
    assert [s.name for s in hcal.talks[1].speakers] == ["Piet Smit"]


def test_a_page_that_is_one_talk_is_that_talk_and_prose_has_no_records() -> None:
    one_talk = """<html><head><title>Talk</title></head><body><h1>Ageing maps</h1>
    <div class="speakers"><a href="/p/1">Ana Ruiz</a>, <a href="/p/2">Lee Park</a></div>
    <h3>Description</h3><p>Maps age. We show how.</p><h3>Abstract</h3>
    <ul><li>Why maps age</li><li>How to measure it</li><li>What to do</li></ul></body></html>"""
    talk = pagerecords.read(one_talk)
    assert talk is not None  # its heading, by the people its speakers' element names
    assert [(t.title, [s.name for s in t.speakers]) for t in talk.talks] == [
        ("Ageing maps", ["Ana Ruiz", "Lee Park"])
    ]
    notes = "<p>Went to three talks today.</p><p>The first was long.</p><p>Lunch was fine.</p>"
    assert pagerecords.read(notes) is None


def test_the_tree_keeps_what_an_elements_attributes_say() -> None:
    from confnotes.importers import doctree

    doc = doctree.parse_html(
        '<div class="talk card" itemprop="subEvent" title="hover"><p>x</p></div>'
        '<time datetime="2030-01-02T10:00">10</time>'
    )
    nodes = [n for n in doc.root.walk() if n.attrs.get("tag") == "div"]
    assert nodes and nodes[0].attrs["class"] == "talk card"
    assert nodes[0].attrs["itemprop"] == "subEvent"
    assert nodes[0].attrs["html_title"] == "hover"


def test_a_nickname_in_brackets_between_the_names_is_an_alias() -> None:
    from confnotes.importers.persons import split_speakers

    people = split_speakers("Zitong (Jerry) Wang")
    assert [(p.name, p.aliases) for p in people] == [("Zitong Wang", ["Jerry"])]
    assert [p.affiliations for p in split_speakers("Ana Ruiz (UCL), Bo Li (MIT)")] == [
        ["UCL"],
        ["MIT"],
    ]


ROOMS = """<table>
<tr><td></td><td></td><td>Raum A1</td></tr>
<tr><td>10:00 - 11:00</td><td></td><td><a href="/t/1">Kernel tuning</a></td><td>Jonas Feld</td></tr>
<tr><td>11:00 - 12:00</td><td></td><td><a href="/t/2">Shell habits</a></td><td>Mara Uhl</td></tr>
<tr><td></td><td></td><td>Raum B2</td></tr>
<tr><td>10:00 - 11:00</td><td></td>
<td><a href="/t/3">Backups that restore</a></td><td>Ivo Sand</td></tr>
</table>"""


def test_a_row_naming_a_room_is_the_room_of_the_rows_under_it() -> None:
    programme = pagerecords.read(ROOMS)
    assert programme is not None
    rooms = {t.title: t.room for t in programme.talks}
    assert rooms == {"Kernel tuning": "Raum A1", "Shell habits": "Raum A1",
                     "Backups that restore": "Raum B2"}  # fmt: skip


PT_TABLE = """<!DOCTYPE html><html lang="pt-br"><body><table>
<thead><tr><th>Palestrante</th><th>Tema</th><th>Horário</th><th>Data</th><th>Local</th></tr></thead>
<tbody><tr><td>Rita Moura</td><td>Dados abertos na prática</td><td>14h00 - 14h40</td>
<td>08/11/2027</td><td>Auditório 1</td></tr>
<tr><td>Caio Lins</td><td>Redes, comunidades e código</td><td>14h40 - 15h20</td>
<td>08/11/2027</td><td>Auditório 1</td></tr>
<tr><td colspan="5"><b>Intervalo</b></td></tr>
<tr><td>Nina Prado</td><td>Testes que ensinam</td><td>15h40 - 16h20</td>
<td>08/11/2027</td><td>Auditório 1</td></tr></tbody></table></body></html>"""


def test_a_table_header_and_the_pages_language_support_what_the_cells_show() -> None:
    programme = pagerecords.read(PT_TABLE)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    talk = talks["Redes, comunidades e código"]  # a title with a comma is no list of people
    assert [s.name for s in talk.speakers] == ["Caio Lins"]
    assert talk.start == datetime(2027, 11, 8, 14, 40)  # day first: the page is in Portuguese
    assert talk.room == "Auditório 1"


SESSIONS = """<html><head><title>Photon Days 2030 | Schedule</title></head><body>
<h1>Program</h1><article id="day_2030-06-03" class="day">
<div class="session"><span class="startt"><span class="hh">09</span><span class="mm">30</span>
 </span>
 <a href="/s/open/"><h4>Opening</h4><ul class="speakers"><li class="speaker">
 <strong class="speaker-name">Ada Vance</strong></li><li class="speaker">
 <strong class="speaker-name">Bo Lindqvist</strong></li></ul></a></div>
<div class="session"><span class="startt"><span class="hh">10</span><span class="mm">00</span>
 </span>
 <a href="/s/t1/"><h4>Contributed talks 1 (Chair: Cora Mills)</h4><ul class="papers">
 <li class="paper"><div class="paper-title">Loss-tolerant photon sources</div>
 <div class="paper-authors">Dan Ruiz; Eva Holm</div></li>
 <li class="paper"><div class="paper-title">Timing jitter, measured twice</div>
 <div class="paper-authors">Finn Weber</div></li></ul></a></div>
<div class="session"><span class="startt"><span class="hh">11</span><span class="mm">00</span>
 </span>
 <a href="/s/break/"><h4>Coffee</h4></a></div>
<div class="session"><span class="startt"><span class="hh">11</span><span class="mm">30</span>
 </span>
 <a href="/s/t2/"><h4>Contributed talks 2 (Chair: Gil Amar)</h4><ul class="papers">
 <li class="paper"><div class="paper-title">Detectors that count</div>
 <div class="paper-authors">Hana Ito; Ivo Petrov</div></li>
 <li class="paper"><div class="paper-title">Cold links, warm nodes</div>
 <div class="paper-authors">Jon Bakke</div></li></ul></a></div>
</article></body></html>"""


def test_sessions_holding_papers_give_the_papers_and_the_sessions_holding_none() -> None:
    programme = pagerecords.read(SESSIONS)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Opening"].speakers] == ["Ada Vance", "Bo Lindqvist"]
    assert talks["Opening"].start == datetime(2030, 6, 3, 9, 30)  # 09<span>30</span>, id="day_…"
    paper = talks["Loss-tolerant photon sources"]
    assert [s.name for s in paper.speakers] == ["Dan Ruiz", "Eva Holm"]
    assert paper.start == datetime(2030, 6, 3, 10, 0)  # its session's time
    assert "Contributed talks 1" not in talks  # a session of papers is no talk of its own
    assert {r.person.name for r in programme.roles} == {"Cora Mills", "Gil Amar"}
    assert pagerecords.page_name(SESSIONS) == "Photon Days 2030"


LOOSE_MICRODATA = """<html itemscope itemtype="http://schema.org/Event"><body>
<div class="slot"><h5 class="slot-title" itemprop="name">Maps in the browser</h5>
 <p class="speaker-name" itemprop="performer">Rui Costa <span class="speaker-position">Geo
 Lab</span></p></div>
<div class="slot"><h5 class="slot-title" itemprop="name">Robots and promises</h5>
 <p class="speaker-name" itemprop="performer">Lia Prado <span class="speaker-position">Maker
 Co</span></p></div>
<div class="slot"><h5 class="slot-title" itemprop="name">Hybrid apps, honestly</h5>
 <p class="speaker-name" itemprop="performer">Tom Reis <span class="speaker-position">Web
 Ltda</span></p></div>
</body></html>"""


def test_an_event_whose_properties_are_loose_is_no_one_event() -> None:
    programme = pagerecords.read(LOOSE_MICRODATA)
    assert programme is not None
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks == {"Maps in the browser": ["Rui Costa"], "Robots and promises": ["Lia Prado"],
                     "Hybrid apps, honestly": ["Tom Reis"]}  # fmt: skip


def test_a_day_heading_over_nothing_is_no_talk() -> None:
    page = b"""<!DOCTYPE html><html><head><title>Schedule | Lakeside Ruby 2031</title></head>
<body><main><h1>Schedule</h1><div><h2>Thursday, 22nd May 2031</h2><p>Program to be announced.</p>
</div><div><h2>Friday, 23rd May 2031</h2><p>Program to be announced.</p></div></main></body>
 </html>"""
    programme = parse_programme(page, "schedule.html")
    assert programme.name == "Lakeside Ruby 2031"
    assert not [t for t in programme.talks if "May" in t.title]  # days, not talks
    assert len(programme.talks) <= 1  # at most the one note of the whole page


def test_a_pages_one_event_is_the_conference_not_a_talk() -> None:
    page = """<html><head><title>Program - Lakecon 2031</title>
<script type="application/ld+json">{"@type": "Event", "name": "Lakecon 2030",
 "startDate": "2030-07-26", "performer": [{"@type": "Person", "image": "/a.webp"}]}</script>
</head><body><h1>Program coming soon</h1><p>Send us your talk.</p></body></html>"""
    assert pagerecords.read(page) is None


SLOT_TABLES = """<html><head><title>Program | Main</title></head><body>
<div class="bottom-right">May 7, 2032 <br> Hall of Science, Example University</div>
<table><tr><td class="date" rowspan="2">9:00am</td><td class="title-special">Registration</td></tr>
<tr><td class="abstract"></td></tr></table>
<table class="plenary"><tr><td class="date" rowspan="3">9:30am</td>
<td class="title">Session 1</td></tr>
<tr><td class="speaker">Keynote speaker: Rosa Lind (Institute of Tides)</td></tr>
<tr><td class="abstract">Title: <b>Currents we cannot see</b></td></tr></table>
<table class="plenary"><tr><td class="date" rowspan="3">11:00am</td>
<td class="title">Session 2</td></tr>
<tr><td class="speaker">Keynote speaker: Omar Vidal (Harbour Lab)</td></tr>
<tr><td class="abstract">Title: <b>Salt and memory</b></td></tr></table>
<table class="plenary"><tr><td class="date" rowspan="3">2:00pm</td>
<td class="title">Panel</td></tr>
<tr><td class="speaker">Panelists: <br> Ada Wren (Sea Press), <br> Ben Holt (Deep Co), <br>
 More TBC.</td>
</tr></table></body></html>"""


def test_tables_repeated_one_per_slot_are_records() -> None:
    programme = pagerecords.read(SLOT_TABLES)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    talk = talks["Currents we cannot see"]  # "Title:" says which cell holds the title
    assert [s.name for s in talk.speakers] == ["Rosa Lind"]
    assert talk.start == datetime(2032, 5, 7, 9, 30)  # the banner's date line
    assert [s.name for s in talks["Panel"].speakers] == ["Ada Wren", "Ben Holt"]  # not "More TBC"


def test_a_dotted_date_is_no_time() -> None:
    from confnotes.importers.textutil import parse_clock

    assert parse_clock("16.06.2026: Deadline für Abstracts") is None
    clock = parse_clock("10.30 Uhr Eröffnung")
    assert clock is not None and str(clock.start) == "10:30:00"


def test_a_persons_notes_in_html_are_no_records() -> None:
    notes = """<html><body><h1>Notes: Harbour Data Day</h1><h2>Thursday, 6 March 2031</h2>
<ul><li>The opening keynote argued that streaming joins are mostly a people problem.</li>
<li>Ask Ines about the replay tool she showed; it looked useful for our backfills.</li>
<li>Lunch was late, so the afternoon started at half past one.</li>
<li>Column stores on a budget: compress first, then think about partitions.</li></ul>
</body></html>"""
    assert pagerecords.read(notes) is None
    programme = parse_programme(notes.encode(), "notes.html")
    assert not any(t.speakers for t in programme.talks)  # nobody invented from the notes


AGENDA_ZH = """<html lang="zh-TW"><body><h2>11/14 議程表</h2>
<div class="agenda-group"><div class="when"><div class="time">大廳<br>09:00 ~ 09:40</div></div>
  <div class="name">阿明</div><div class="head">開場與導覽</div>
  <div class="intro"><div class="tag">議程介紹</div><p class="kind">前端議程</p>
  <p>講者是一位熱愛開源的工程師。</p></div></div>
<div class="agenda-group"><div class="when"><div class="time">小教室<br>10:00 ~ 10:40</div></div>
  <div class="name">Lena Voss</div><div class="head">邊緣運算的實務</div>
  <div class="intro"><div class="tag">議程介紹</div><p class="kind">後端議程</p>
  <p>本議程介紹如何在邊緣部署服務。</p></div></div>
<div class="agenda-group"><div class="when"><div class="time">大廳<br>11:00 ~ 11:40</div></div>
  <div class="name">Omar Reyes</div><div class="head">資料管線的十個坑</div>
  <div class="intro"><div class="tag">議程介紹</div><p class="kind">前端議程</p>
  <p>講者分享十年來踩過的坑。</p></div></div>
<p>Harbour Mobile Days 2031 歡迎您。</p></body></html>"""


def test_a_records_labels_kinds_and_sentences_are_no_speakers_and_no_titles() -> None:
    programme = pagerecords.read(AGENDA_ZH)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert set(talks) == {"開場與導覽", "邊緣運算的實務", "資料管線的十個坑"}  # not the sentences
    edge = talks["邊緣運算的實務"]
    assert [s.name for s in edge.speakers] == ["Lena Voss"]  # no "議程介紹", no "後端議程"
    assert edge.room == "小教室"  # a room's line beside the time's in one cell
    assert edge.start == datetime(2031, 11, 14, 10, 0)  # "11/14": month first in Chinese


FORUM = """---
title: ""
---
<div class="title-box"><div class="main-title">Coastal Sensing Forum</div>
<div class="sub-title">a satellite of a bigger congress</div></div>
<table class="schedule-table"><thead><tr><th>Time</th><th>Talk</th><th>Speaker</th>
<th>单位</th></tr></thead><tbody>
<tr><td class="time-col">14:00 ~ 14:30</td><td class="title-col">Tides from orbit</td>
<td class="speaker-col">张伟</td><td class="org-col">海大</td></tr>
<tr><td class="time-col">14:30 ~ 15:00</td><td class="title-col">Buoys that talk</td>
<td class="speaker-col">李娜</td><td class="org-col">海洋所</td></tr>
<tr><td class="time-col">15:00 ~ 15:30</td><td class="title-col">Cheap lidar</td>
<td class="speaker-col">Ada Berg</td><td class="org-col">北理工</td></tr>
</tbody></table>"""


def test_an_org_column_is_no_speaker_and_a_lone_title_element_names_the_event() -> None:
    programme = pagerecords.read(FORUM)
    assert programme is not None
    assert programme.name == "Coastal Sensing Forum"  # no <title>, no <h1>: the lone title
    people = {s.name for t in programme.talks for s in t.speakers}
    assert people == {"张伟", "李娜", "Ada Berg"}  # "海大", "海洋所" are where they work


SEMINARS = """<!doctype html><html lang="en"><head><title>Graph Group — Seminars</title>
</head><body><section><h2>Past</h2>
<div class="card"><div class="date"><div class="day">20</div><div class="month">Jan</div>
<div class="year">2031</div></div><div class="content">
<div class="head"><span class="speaker"><strong>Tove Lind</strong></span>
<span class="affil">(Lund University)</span></div>
<div class="topic">Seminar Title: <strong>Sparse cuts, fast</strong></div>
<div class="host">Host: Dr. Pavel Ost</div></div></div>
<div class="card"><div class="date"><div class="day">9</div><div class="month">Dec</div>
<div class="year">2030</div></div><div class="content">
<div class="head"><span class="speaker"><strong>Prof. Ruth Amsel</strong></span>
<span class="affil">(Haifa)</span></div>
<div class="topic">Seminar Title: <strong>Hashing in practice</strong></div>
<div class="host">Host: Dr. Pavel Ost</div></div></div>
<div class="card"><div class="date"><div class="day">2</div><div class="month">Dec</div>
<div class="year">2030</div></div><div class="content">
<div class="head"><span class="speaker"><strong>Ken Ito</strong></span>
<span class="affil">(Kyoto)</span></div>
<div class="topic">Seminar Title: <strong>Learning with few labels</strong></div>
<div class="host">Host: Dr. Mia Roth</div></div></div></section></body></html>"""


def test_a_seminar_card_a_date_in_three_elements_a_labelled_title_a_host_who_chairs() -> None:
    programme = pagerecords.read(SEMINARS)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert set(talks) == {"Sparse cuts, fast", "Hashing in practice", "Learning with few labels"}
    first = talks["Sparse cuts, fast"]
    assert [s.name for s in first.speakers] == ["Tove Lind"]  # the host is no speaker
    assert first.day == datetime(2031, 1, 20).date()  # 20 / Jan / 2031 in three elements
    assert {r.person.name for r in programme.roles} == {"Pavel Ost", "Mia Roth"}


GO_TEMPLATE = """{{template "base/header.html" .}}
<header><h1>Gopher Harbour 2031</h1></header>
{{if eq .Lang "en-US"}}
<h2>12 March, 2031</h2>
{{end}}
<table><tr><td>09:00-09:40</td><td>Nadia Park: Profiling in anger</td></tr>
<tr><td>10:00-10:40</td><td>Tom Sato: Generics, a year on</td></tr></table>
{{template "base/footer.html" .}}
"""


def test_a_go_template_page_is_a_page_not_json() -> None:
    programme = parse_programme(GO_TEMPLATE.encode(), "index.tpl")
    assert programme.name == "Gopher Harbour 2031"
    assert any("Profiling in anger" in t.title for t in programme.talks)


SPANNED = """<!DOCTYPE html><html><head><title>Gopher Quay 2031</title></head><body>
<table><thead><tr><th>Day</th><th>Time</th><th>Programme</th></tr></thead><tbody>
<tr><td rowspan="3">12 March 2031</td><td>09:00-09:40</td><td>Doors open</td></tr>
<tr><td>09:40-10:20</td><td>Nadia Park,Quayside    Profiling in anger</td></tr>
<tr><td>10:30-11:10</td><td>Tom Sato,Harbour    Generics, a year on</td></tr>
<tr><td rowspan="2">13 March 2031</td><td>09:00-09:40</td>
<td>Ida Berg    Caching at the edge</td></tr>
<tr><td>09:40-10:20</td><td>Ola Wik,Fjord    Tracing without tears</td></tr>
</tbody></table></body></html>"""


def test_a_cell_spanning_rows_holds_its_column_and_a_name_may_come_before_its_title() -> None:
    programme = pagerecords.read(SPANNED)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert talks["Tracing without tears"].start == datetime(2031, 3, 13, 9, 40)  # the day above
    sato = talks["Generics, a year on"]  # "Name,Org    Title": who, then what
    assert [(s.name, s.affiliations) for s in sato.speakers] == [("Tom Sato", ["Harbour"])]
    assert [s.name for s in talks["Caching at the edge"].speakers] == ["Ida Berg"]


TRACKS = """<!DOCTYPE html><html><head><title>Harbour Software Days 2031</title></head><body>
<table><tr><th colspan="3">Day 1 March 4, 2031</th></tr>
<tr><td>10:00 - 10:30</td><td><b>Paper #1: "Small teams, big estates"</b><br>Ana Ruiz and Bo Li</td>
<td><b>Paper #2: "Queues in practice"</b><br>Cai Wen, Dan Eko</td></tr>
<tr><td>10:30 - 11:00</td><td><b>Coffee Break</b></td><td></td></tr>
<tr><td>11:00 - 11:30</td><td><b>Paper #3: "Edge budgets"</b><br>Eva Holm</td>
<td><b>Paper #4: "Legacy, gently"</b><br>Finn Olsen and Gus Tarr</td></tr>
<tr><td>11:30 - 12:30</td><td><b>Doctoral talks</b><br><b>Ethics of scrapers</b><br>Hana Sato
(Lund)<br><b>Green builds</b><br>Ivo Rios (Porto)<br><b>Open data, closed doors</b><br>
Jana Kral (Brno)</td><td></td></tr>
</table></body></html>"""


def test_a_tables_parallel_track_and_a_cell_of_several_titles_each_over_its_people() -> None:
    programme = pagerecords.read(TRACKS)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["Legacy, gently"].speakers] == [
        "Finn Olsen",
        "Gus Tarr",
    ]  # the second track of the row; 'Paper #4: "Legacy, gently"' titles it by its quote
    assert talks["Queues in practice"].start == datetime(2031, 3, 4, 10, 0)
    assert {"Ethics of scrapers", "Green builds", "Open data, closed doors"} <= set(talks)
    assert [s.name for s in talks["Green builds"].speakers] == ["Ivo Rios"]
    assert talks["Green builds"].start == datetime(2031, 3, 4, 11, 30)


BANNER = """<!DOCTYPE html><html><head><title>Program | Main</title></head><body>
<div class="banner"><div class="top-left"><span class="title1">HarbLS</span>
<span class="title2"> Annual Symposium</span> <span class="year">2031</span></div></div>
<table><tr><td>09:30</td><td>Academic Session 1</td><td>Ana Ruiz</td><td>Tides</td></tr>
<tr><td>11:00</td><td>Academic Session 2</td><td>Bo Lindqvist</td><td>Currents</td></tr>
<tr><td>14:00</td><td>Academic Session 3</td><td>Cai Wen</td><td>Waves</td></tr></table>
</body></html>"""


def test_a_site_named_only_in_its_banners_spans() -> None:
    assert pagerecords.page_name(BANNER) == "HarbLS Annual Symposium 2031"  # "Main" names a page


JA_TABLE = """<!DOCTYPE html><html lang="ja"><head><title>Harbour Dev 2031</title></head><body>
<h2>Day 1(2031年11月3日)</h2>
<table><thead><tr><th>時間</th><th>項目</th><th>内容</th></tr></thead><tbody>
<tr><td>12:30</td><td>開場</td><td></td></tr>
<tr><td>13:30〜14:00</td><td>第1セッション</td><td>最新クラウド動向 Nimbus 山田さん</td></tr>
<tr><td>14:30〜15:00</td><td>第2セッション</td><td>Rust x 組み込み 高橋さん</td></tr>
<tr><td>15:10〜15:40</td><td>第3セッション</td><td>分散ログの設計 Quay 佐々木</td></tr>
<tr><td>16:30〜17:00</td><td>第4セッション</td><td>未定</td></tr>
</tbody></table></body></html>"""


def test_a_japanese_cell_of_title_organisation_and_name_san() -> None:
    programme = pagerecords.read(JA_TABLE)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    assert [s.name for s in talks["最新クラウド動向"].speakers] == ["山田"]  # さん: a person
    assert talks["最新クラウド動向"].speakers[0].affiliations == ["Nimbus"]
    assert [s.name for s in talks["Rust x 組み込み"].speakers] == ["高橋"]
    assert [s.name for s in talks["分散ログの設計"].speakers] == ["佐々木"]  # 々 is a name's
    # 未定 ("not decided yet") is no one, and no talk: the slot keeps its label alone
    assert "未定" not in talks and not talks["第4セッション"].speakers


TALK_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>PyHarbour 2031</title></head><body>
<header><h1 id="logo"><a href="/">PyHarbour 2031</a></h1>
<nav><ul><li><a href="/a">À propos</a></li><li><a href="/b">Agenda</a></li></ul></nav></header>
<section id="body"><h1> Typage graduel en pratique</h1>
<div class="speakers"><a href="/s/1">Léa Martin</a>, <a href="/s/2">Paul Girard</a></div>
<dl><dt>Type:</dt><dd>talk</dd></dl>
<div class="slot">15 septembre, 10:00 – 10:30</div>
<h3>Description</h3><div class="description">Des annotations, pas à pas.</div></section>
</body></html>"""


def test_a_talks_own_page_is_that_talk_not_its_sites_banner() -> None:
    programme = pagerecords.read(TALK_PAGE)
    assert programme is not None
    assert [(t.title, [s.name for s in t.speakers], t.start) for t in programme.talks] == [
        ("Typage graduel en pratique", ["Léa Martin", "Paul Girard"], datetime(2031, 9, 15, 10))
    ]


SLOT_TITLES = """<!DOCTYPE html><html><head><title>Program | MEDHARB 2031</title></head><body>
<div><strong>Keynote, 12:00 - 13:00 August 20th</strong>
<strong>Sessions, 13:00 - 15:00 August 20th</strong>
<li>Graph Networks for Ward Scheduling, <a href="/r/a">Room A</a></li>
<li>Federated Triage Models: A Survey</li>
<li>Explaining Sepsis Alerts to Nurses</li>
<li>Low-Dose CT Denoising Revisited</li></div></body></html>"""

NOTES_UNDER_TIME = """<html><body><h2>Sessions, 13:00 - 15:00 August 20th</h2>
<ul><li>The first talk ran long and nobody minded.</li>
<li>Coffee was cold again.</li><li>Need to read the survey she cited.</li>
<li>Ask Ana about the dataset.</li></ul></body></html>"""


def test_titles_listed_under_a_slots_line_and_not_a_persons_notes() -> None:
    programme = pagerecords.read(SLOT_TITLES)
    assert programme is not None
    titles = [t.title for t in programme.talks]
    assert "Federated Triage Models: A Survey" in titles and len(titles) == 4
    assert {t.day for t in programme.talks} == {datetime(2031, 8, 20).date()}
    assert all(not t.speakers for t in programme.talks)
    assert pagerecords.read(NOTES_UNDER_TIME) is None  # sentences: notes, not titles


WP_TABLE = """<!DOCTYPE html><html><head><title>Schedule – Quay Data Day 2031</title></head>
<body><p><strong>Tuesday, June 3, 2031</strong> — Harbor Room</p><table><tbody>
<tr><td>9:00 am</td><td>Registration</td></tr>
<tr><td>10:00 am</td><td><em>Streams without tears</em><br>Mara Holt, Quayside Freight</td></tr>
<tr><td>11:00 am</td><td><em>Contracts between teams</em><br>Ivo Lund, Prairie Health</td></tr>
<tr><td>1:00 pm</td><td>Vortrag: Tabellen vergleichen</td></tr>
<tr><td>2:00 pm</td><td><strong>Panel:</strong> Who owns the data? – moderated by Rhea Stone</td>
</tr></tbody></table></body></html>"""


def test_a_columns_by_lines_of_one_comma_are_names_and_their_organisations() -> None:
    programme = pagerecords.read(WP_TABLE)
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    holt = talks["Streams without tears"].speakers
    assert [(p.name, p.affiliations) for p in holt] == [("Mara Holt", ["Quayside Freight"])]
    assert "Tabellen vergleichen" in talks  # "Vortrag:" says a talk, it titles nothing
    panel = talks["Who owns the data?"]
    assert panel.kind == "panel" and not panel.speakers  # the moderator chairs it
    assert [r.person.name for r in programme.roles] == ["Rhea Stone"]


def test_a_records_class_that_names_a_kind_gives_its_kind() -> None:
    html = (
        "<ol>"
        + "".join(
            f'<li><section class="entry talk{k}"><time datetime="2031-05-09T{h}:00">{h}:00</time>'
            f'<h4>{t}</h4><ul class="speakers"><li class="speaker">{p}</li></ul></section></li>'
            for k, h, t, p in [
                (" keynote", "09", "Closures, again", "Ana Ruiz"),
                ("", "10", "Buffers for editors", "Bo Lindqvist"),
                ("", "11", "Loops, modern", "Cai Wen"),
            ]
        )
        + "</ol>"
    )
    programme = pagerecords.read(html)
    assert programme is not None
    assert {t.title: t.kind for t in programme.talks} == {
        "Closures, again": "keynote",  # class="entry talk keynote"
        "Buffers for editors": "talk",
        "Loops, modern": "talk",
    }


def _json_ld_page(conference_start: str, *talk_starts: str) -> str:
    subs = ", ".join(
        f'{{"@type": "Event", "name": "Talk {n}", "startDate": "{start}", '
        f'"performer": {{"@type": "Person", "name": "Greta Lind"}}}}'
        for n, start in enumerate(talk_starts, start=1)
    )
    return (
        '<html><head><script type="application/ld+json">{"@type": "Event", '
        f'"name": "Lakes Symposium 2030", "startDate": "{conference_start}", '
        f'"subEvent": [{subs}]}}</script></head><body><p>Hi.</p></body></html>'
    )


def test_json_ld_times_written_in_utc_are_read_on_the_events_clock() -> None:
    # the event says its clock (+02:00); its talks are written in UTC: 07:30Z is 09:30 there
    page = _json_ld_page(
        "2030-05-02T09:00:00+02:00", "2030-05-02T07:30:00Z", "2030-05-02T10:00+02:00"
    )
    programme = pagerecords.read(page)
    assert programme is not None
    starts = {t.title: t.start for t in programme.talks}
    assert starts == {"Talk 1": datetime(2030, 5, 2, 9, 30), "Talk 2": datetime(2030, 5, 2, 10, 0)}
    assert programme.timezone is None  # an offset names no zone


def test_json_ld_times_all_in_utc_say_the_programme_is_in_utc() -> None:
    programme = pagerecords.read(_json_ld_page("2030-05-02", "2030-05-02T07:30:00Z"))
    assert programme is not None
    assert programme.talks[0].start == datetime(2030, 5, 2, 7, 30)
    assert programme.timezone == "UTC"  # naive times are wall clock in Programme.timezone


LISTED_IN_A_CELL = """<html><body><h2>Programm Werkstatttage 2032</h2>
<table class="plan"><thead><tr><th>Zeit</th><th>Vortrag</th><th>Art</th><th>Wer</th></tr>
</thead><tbody>
<tr><td>09:30</td><td>Holzverbindungen ohne Leim</td><td>Keynote</td>
  <td>Greta Lindqvist</td></tr>
<tr><td>10:30</td><td>Werkzeug teilen im Quartier</td><td>Panel</td>
  <td class="cast"><table><tr><td>Jonas Amberg<br>(Moderation)</td><td>Sila Demirtas</td>
  <td>Ruben Okonkwo</td></tr></table></td></tr>
<tr><td>11:30</td><td>Lehmputz für Einsteiger</td><td>Workshop</td>
  <td>Mara Vidal</td></tr>
<tr><td>12:30</td><td>Reparieren statt wegwerfen</td><td>Keynote</td>
  <td>Theo Brandauer</td></tr>
</tbody></table></body></html>"""


def test_a_small_table_in_a_cell_lists_that_cells_people_and_a_format_column_says_kinds() -> None:
    programme = pagerecords.read(LISTED_IN_A_CELL, "plan.html")
    assert programme is not None
    talks = {t.title: t for t in programme.talks}
    panel = talks["Werkzeug teilen im Quartier"]
    # the inner table's cells are the one cell's names, in the column of people
    assert {"Jonas Amberg", "Sila Demirtas", "Ruben Okonkwo"} <= {s.name for s in panel.speakers}
    # its rows are no talks of their own
    assert not any(name in talks for name in ("Sila Demirtas", "Ruben Okonkwo"))
    # a short column beside the title naming a format gives each talk its kind
    assert panel.kind == "panel"
    assert talks["Holzverbindungen ohne Leim"].kind == "keynote"
    assert talks["Lehmputz für Einsteiger"].kind == "talk"
