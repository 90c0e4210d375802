"""Conventions of people's own conference notes met in a fourth real measuring set (kept
outside the project): numbered talks over an italic line of authors under a group
heading, a post whose talk headings link their videos under "First day", day files
beside an index page that is only links, a year's folder deep in a tree, notes titled
by their files' names (``Day 1 - 01 - Title - Name.md``), bold titles over speaker
lines with handles, an East Asian honorific, a lightning-talk session filled in from
its siblings' template. Every fixture is written for the test, imitating the
convention, never copying it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from confnotes.importers.headings import read_heading
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import expand_sources, read_folder


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def _folder(tmp_path: Path, files: dict[str, str]) -> list[Programme]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    groups: dict[str, list[str]] = {}
    for source, group, skip in expand_sources([str(tmp_path)]):
        if group and not skip:
            groups.setdefault(group, []).append(source)
    return [p for g, files in groups.items() for p in read_folder(g, files)[0].values()]


def _in_a_body(p: Programme, line: str) -> bool:
    return any(line in t.body for t in p.talks)


def test_numbered_talks_over_their_authors_line_are_talks_under_a_group_heading() -> None:
    text = (
        "# Day 3 – May 6, 2026: Graphs and dinner\n\n[back](index.md)\n\n"
        "## Talks I liked\n\n### 1. Loopy beliefs, revisited\n*Ana Ruiz, Bo Lin*\n\n"
        "Clear and fun.\n\n### 2. Causal orders by sampling\n*Kim Sato*\n\nGood.\n\n"
        "## Dinner\n\nA long table.\n\n## Photos\n\nSee the album.\n"
    )
    talks = _talks(_read(text, "day3.md"))
    assert talks["Loopy beliefs, revisited"] == ["Ana Ruiz", "Bo Lin"]
    assert talks["Causal orders by sampling"] == ["Kim Sato"]
    alone = (
        "# Day 4 – May 7, 2026: Farewell\n\n## Highlights\n\n### 1. Weather and causes\n"
        "*Ola Berg*\n\nInspiring.\n\n### 2. See you next time\n\nIn two years.\n\n"
        "## Thank you\n\nTo the organisers.\n"
    )
    assert _talks(_read(alone, "day4.md"))["Weather and causes"] == ["Ola Berg"]


def test_a_post_with_talk_headings_under_days_is_a_programme_of_talks() -> None:
    text = (
        '+++\ntitle = "Loopconf 2023"\ndate = 2023-10-12\n+++\n\nMy notes from the talks.\n\n'
        "## First day:\n\n### [Careers that mean something](https://video.example/1)\n\n"
        "Nice talk.\n\n- Talk by Ana Ruiz\n- grace\n\n"
        "### [Search at scale](https://video.example/2)\n\nThe best one.\n\n- indexes\n\n"
        "## Second day\n\n### [A long loop](https://video.example/3)\n\n- it ends\n"
    )
    p = _read(text, "2023-10-12-loopconf.md")
    talks = _talks(p)
    assert set(talks) == {"Careers that mean something", "Search at scale", "A long loop"}
    assert talks["Careers that mean something"] == ["Ana Ruiz"]  # its one by-line
    assert talks["Search at scale"] == []
    assert _in_a_body(p, "## First day:")  # a day that names no date stays in a note


def test_a_post_named_by_its_slug_after_its_date() -> None:
    text = "---\ntitle: Loopconf 2019\ndate: 2019-11-02 11:33:00+0000\n---\n\nToday is the day.\n"
    p = _read(text, "2019-11-02-loopconf-2019.md")
    assert p.name == "Loopconf 2019"  # the title as written, not the slug's letters
    assert any("11:33" in str(t.extra.get("date", "")) for t in p.talks)  # its time kept


def test_a_folder_names_its_event_by_its_index_of_links_and_its_dated_part(
    tmp_path: Path,
) -> None:
    parts = _folder(
        tmp_path / "rubyconf",
        {
            "conf-helsinki.md": "# Rubyconf 2022 Helsinki\n\n[Day 1](./day-1.md)\n",
            "day-1.md": "# Ana Ruiz - Keynote\n\nnotes\n\n# Bo Lin - Object shapes\n\nmore\n",
        },
    )
    assert {p.name for p in parts} == {"Rubyconf 2022 Helsinki"}
    diary = _folder(
        tmp_path / "pgm",
        {
            "index.md": "# GMC 2026 – Conference Diary (Lyon, France)\n\n- [Day 1](day1.md)\n",
            "day1.md": "# Day 1\n\n## Arrival\n\nTrain.\n",
        },
    )
    assert {p.name for p in diary} == {"GMC 2026"}


def test_a_year_folder_deep_in_a_tree_is_named_with_the_folders_above_it(
    tmp_path: Path,
) -> None:
    note = "# A talk\n\nSpeaker: [Ana Ruiz](https://example.org/ana)\n\nnotes\n"
    parts = _folder(tmp_path / "notes", {"PyDay/Lisboa/2025/A talk.md": note})
    assert {p.name for p in parts} == {"PyDay Lisboa 2025"}


def test_notes_titled_by_their_files_take_the_speaker_where_the_siblings_put_it(
    tmp_path: Path,
) -> None:
    parts = _folder(
        tmp_path / "conf",
        {
            "Day 1/Day 1 - 01 - Level up your parsers - Ana Ruiz.md": "\nnotes\n",
            "Day 1/Day 1 - 02 - Swift Queues - Bo Lin.md": "\nmore notes\n",
            "Day 2/Day 2 - 01 - Defaults, a wolf in disguise.md": "Based on a true story\n",
        },
    )
    talks = {t.title: [s.name for s in t.speakers] for p in parts for t in p.talks}
    assert talks == {
        "Level up your parsers": ["Ana Ruiz"],
        "Swift Queues": ["Bo Lin"],  # shaped like a name too: the siblings say which
        "Defaults, a wolf in disguise": [],  # the file's name, not its first line
    }
    lone = _folder(tmp_path / "lone", {"Swift Queues - Bo Lin.md": "notes\n"})
    assert [s.name for p in lone for t in p.talks for s in t.speakers] == []


def test_bold_titles_over_speaker_lines_with_handles_and_a_dated_place() -> None:
    text = (
        "# Devday North 2024\n\nhttps://devday.example/agenda\n\n"
        "Sat 16th March 2024 - Town Hall\n\n---\n\n**Minimum Viable Parser**\nRosa Lind\n\n"
        "---\n\n**Developer Smackdown**\nAna Ruiz - @ana & Bo Lin - @bolin\n\n"
        "---\n\n**Queues all the way**\nKim Sato - @kim\n\n- good\n"
    )
    p = _read(text)
    talks = _talks(p)
    assert talks == {
        "Minimum Viable Parser": ["Rosa Lind"],
        "Developer Smackdown": ["Ana Ruiz", "Bo Lin"],
        "Queues all the way": ["Kim Sato"],
    }
    assert {t.day for t in p.talks if t.kind != "other"} == {date(2024, 3, 16)}
    assert p.location == "Town Hall"
    assert _in_a_body(p, "Kim Sato - @kim")  # the speaker's line stays in its note


def test_a_name_then_a_kind_and_an_honorific() -> None:
    t = read_heading('Ana "Nan" Ruiz (JA) - Keynote', 2023)
    assert (t.title, [s.name for s in t.speakers], t.kind) == ("Keynote", ["Ana Ruiz"], "keynote")
    t = read_heading("Writing types (EN) Rosa Lind @rosa", 2023)
    assert (t.title, [s.name for s in t.speakers]) == ("Writing types (EN)", ["Rosa Lind"])
    t = read_heading("Parsing faster (EN) - Keynote", 2023)
    assert (t.title, t.speakers, t.kind) == ("Parsing faster (EN)", [], "keynote")
    assert [p.name for p in split_speakers("後藤さん", single_ok=True)] == ["後藤"]
    assert [p.name for p in split_speakers("Ana Ruiz - @ana")] == ["Ana Ruiz"]


def test_a_session_filled_in_from_its_siblings_template_holds_talks() -> None:
    text = (
        "# Gophers 10\n\n## Text review\n### 登壇者\n後藤さん\n\n### 概要\n- filters\n\n"
        "## Master data\n### 登壇者\ntenntennさん\n\n### 概要\n- batches\n\n"
        "## LT\n\n### Graceful restarts\n#### 概要\n- einhorn\n\n"
        "### Name matching\n#### 概要\n- runes \n"
    )
    p = _read(text)
    talks = _talks(p)
    assert talks["Text review"] == ["後藤"]
    assert talks["Master data"] == ["tenntenn"]  # a handle, in the part that holds the speaker
    assert {"Graceful restarts", "Name matching"} <= set(talks)
    assert _in_a_body(p, "- runes \n")  # the last line keeps its trailing space


def test_lines_of_names_one_after_another_under_a_title_are_its_speakers() -> None:
    text = (
        "# Rubyday 2023\n\n### Ruby vs the kickboxer (EN)\nAna Ruiz - @ana\nBo Lin - @bolin\n\n"
        "notes\n\n### Parsing it (EN)\nKim Sato - @kim\n\nHard words; Monotonic Trees.\n"
    )
    talks = _talks(_read(text))
    assert talks["Ruby vs the kickboxer (EN)"] == ["Ana Ruiz", "Bo Lin"]
    assert talks["Parsing it (EN)"] == ["Kim Sato"]  # a later phrase is no one


def test_a_position_or_a_handle_after_a_name_is_no_one_else() -> None:
    people = split_speakers("Rosa Lind, DevOps Leader")
    assert [p.name for p in people] == ["Rosa Lind"]
    people = split_speakers("Rosa Lind, CEO & Co-Founder, Blue Harbour", single_ok=True)
    assert [(p.name, p.affiliations) for p in people] == [("Rosa Lind", ["Blue Harbour"])]
    people = split_speakers("Rosa Lind, Harbourworks, [@rosa](https://social.example/rosa)")
    assert [(p.name, p.affiliations) for p in people] == [("Rosa Lind", ["Harbourworks"])]


def test_speakers_listed_under_a_bare_key_and_days_counted_from_the_preamble() -> None:
    text = (
        "# Feature Day 2021\n\nDates: May 3-4, 2021\n\n## Day 1\n\n### A. Stores for features\n\n"
        "* speaker: Ana Ruiz\n* backfill\n\n## Day 2\n\n### A. Panel: Running models\n\n"
        "* speakers\n    - Bo Lin (CTO, Example Lab)\n    - Kim Sato, Founder, Northwind\n"
        "* it is about data\n"
    )
    p = _read(text)
    talks = {t.title: ([s.name for s in t.speakers], t.day) for t in p.talks if t.kind != "other"}
    assert talks["Running models"] == (["Bo Lin", "Kim Sato"], date(2021, 5, 4))
    assert (p.start, p.end) == (date(2021, 5, 3), date(2021, 5, 4))
    assert _in_a_body(p, "## Day 2")  # a day heading that says no date stays in a note


def test_notes_with_a_panel_of_names_stay_notes_not_a_workshop_page() -> None:
    text = (
        "# Designing for everyone\n\n## Workshop\n\n### Panel\n\n* Ana Ruiz (producer)\n"
        "* Bo Lin (UX)\n\n### Agenda\n\n* recognise exclusion\n\n## Where to go\n\n"
        "* watch films\n* read more\n"
    )
    p = _read(text)
    assert all(_in_a_body(p, line) for line in ("* watch films", "* recognise exclusion"))


def test_a_journal_bullet_linking_the_event_page_names_the_conference() -> None:
    text = (
        "- Conference day 1 #[[LogConf 2025]]\n\t- Opening keynote\n"
        "\t  speaker:: [[Raj Malhotra]]\n\t\t- vision\n\t- Scaling queues\n"
        "\t  speaker:: [[Mia Chen]]\n\t\t- backpressure\n"
    )
    assert _read(text, "2025_04_02.md").name == "LogConf 2025"


def test_a_year_folder_of_conference_folders_gives_each_its_own(tmp_path: Path) -> None:
    parts = _folder(
        tmp_path / "conference-notes",
        {
            "2016/djangoday/README.md": "# DjangoDay 2016\n\n* [Channels](channels.md)\n",
            "2016/djangoday/channels.md": "# Channels\n\nSpeaker: Ana Ruiz\n\nnotes\n",
            "2016/pyday/README.md": "# PyDay 2016 Notes\n\n* [Loops](loops.md)\n",
            "2016/pyday/loops.md": "# Loops\n\nSpeaker: Bo Lin\n\nnotes\n",
            "2025/day1/keynote.md": "# Keynote\n\nSpeaker: Kim Sato\n",
            "2025/day2/close.md": "# Closing\n\nSpeaker: Ola Berg\n",
        },
    )
    assert sorted({p.name for p in parts}) == ["2025", "DjangoDay 2016", "PyDay 2016"]


def test_a_talk_record_of_fields_under_a_talk_label_heading() -> None:
    text = (
        "# Palestra\n\n* **Nome:** Bom design de objetos\n* ***Palestrante:*** Rosa Lind\n"
        "* ***Dia:*** 1\n\n## Anotações\n\n* coesão\n* acoplamento\n"
    )
    p = _read(text, "palestra.md")
    assert _talks(p) == {"Bom design de objetos": ["Rosa Lind"]}
    assert _in_a_body(p, "* **Nome:** Bom design de objetos")  # the fields stay in the note
