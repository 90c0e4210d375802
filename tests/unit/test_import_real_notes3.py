"""Conventions of people's own conference notes found by a real hold-out set (kept
outside the project): a title heading saying more than the conference's name, numbered
parts of one talk, a kind, a title and a name between dashes, a folder's index dating
its day files. Every fixture here is written for the test, imitating the convention,
never copying it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import read_folder


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _people(p: Programme) -> set[str]:
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


def _kept(p: Programme, line: str) -> bool:
    return any(line in t.body.split("\n") for t in p.talks)


def test_a_title_heading_saying_more_than_the_conference_stays_in_a_note() -> None:
    p = _read(
        "# Lakeshore RustConf video notes\n## Ownership\n- moves are cheap\n"
        "## Lifetimes\n- elision rules\n### Variance\n- covariant in T\n"
    )
    assert _kept(p, "# Lakeshore RustConf video notes")


def _folder(tmp_path: Path, files: dict[str, str]) -> dict[str, Programme]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return read_folder(str(tmp_path), sorted(str(tmp_path / n) for n in files))[0]


def test_a_section_pages_front_matter_title_names_the_folders_conference(tmp_path: Path) -> None:
    read = _folder(
        tmp_path,
        {
            "_index.md": '---\ntitle: "Harbour Sec 2031 Summit"\nweight: 3\n---\n\n'
            "> 2031-04-02 - 2031-04-03 @ [Pier Hall](https://example.org/map)\n\n"
            "## Sessions\n\n- [Quiet logs - Ana Ruiz](./quiet_logs.md)\n"
            "- [Loud alarms - Bo Lin](./loud_alarms.md)\n",
            "quiet_logs.md": "# Quiet logs\n\n- fewer lines\n- more signal\n",
        },
    )
    assert {p.name for p in read.values()} == {"Harbour Sec 2031 Summit"}
    index = read[str(tmp_path / "_index.md")]
    assert _kept(index, "> 2031-04-02 - 2031-04-03 @ [Pier Hall](https://example.org/map)")
    assert _kept(index, "## Sessions")


def test_a_quoted_by_line_and_a_day_hours_and_room_line_under_the_title_make_one_talk() -> None:
    p = _read(
        '---\ntitle: "Quiet logs"\n---\n\n# Quiet logs\n\n> 林小雨／北港資訊 資深工程師\n\n'
        "> 2031-04-03 14:00 - 14:40 @ 5F 501, Pier Hall\n\n---\n\n## 摘要\n\n少即是多。\n\n"
        "## 1. 初始線索：奇怪的流量\n\n- 第一點\n\n## 2. 分析：日誌\n\n- 第二點\n\n"
        "## 5. 假設 A：DNS\n\n- 第三點\n"
    )
    (talk,) = p.talks
    assert talk.title == "Quiet logs"
    assert [(s.name, s.affiliations) for s in talk.speakers] == [
        ("林小雨", ["北港資訊 資深工程師"])
    ]
    assert talk.start == datetime(2031, 4, 3, 14, 0) and talk.room == "5F 501, Pier Hall"
    assert _people(p) == {"林小雨"}  # "初始線索" heads a part: nobody
    assert _kept(p, "> 2031-04-03 14:00 - 14:40 @ 5F 501, Pier Hall")


def test_the_documents_other_headings_say_which_of_two_name_shaped_parts_is_the_speaker() -> None:
    p = _read(
        "# Day one\n## Opening Keynote - Quiet Systems - Ana Ruiz\n- calm\n"
        "## Talk - Fast diffs in practice - Bo Lin\n- patience\n"
        "# Day two\n## Opening Keynote - Gentle Refactoring - Ola Berg\n- small steps\n"
        "## Hands-on - Packing light with zstd - Mei Tan\n- levels\n"
    )
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks if t.speakers}
    assert talks["Gentle Refactoring"] == ["Ola Berg"]
    assert talks["Quiet Systems"] == ["Ana Ruiz"]
    assert "Gentle Refactoring" not in _people(p)


def test_a_list_of_talks_with_notes_nested_under_a_heading_is_a_session_of_them() -> None:
    p = _read(
        "# Day one\n## Talk - Fast diffs in practice - Bo Lin\n- patience\n"
        "## Talk - Tiny parsers - Olu Ade\n- less\n\n# To watch\n"
        "- Queues all the way down - Mei Tan\n  Why every system grows a queue.\n"
        "- What a log is for - Jon Ek\n  Logs as the source of truth.\n"
        "- Calm code for calm teams\n  A talk about pace.\n"
    )
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert talks["Queues all the way down"] == ["Mei Tan"]
    assert talks["What a log is for"] == ["Jon Ek"]
    assert talks["Calm code for calm teams"] == []
    assert _kept(p, "- Queues all the way down - Mei Tan")
    assert _kept(p, "  Why every system grows a queue.")


def test_numbered_headings_under_a_title_naming_no_speaker_are_the_parts_of_one_note() -> None:
    p = _read(
        "# Quiet logs\n\n## 摘要\n\n少即是多。\n\n## 1. 初始線索：奇怪的流量\n\n- 第一點\n\n"
        "## 2. 分析：日誌\n\n- 第二點\n\n## 5. 假設 A：DNS\n\n- 第三點\n\n## Takeaways\n\n- 少\n"
    )
    assert [t.title for t in p.talks] == ["Quiet logs"]
    assert _people(p) == set()


def test_a_note_tools_created_stamp_dates_notes_taken_live() -> None:
    p = _read(
        "---\ncreated: 2031-04-03T14:05\nupdated: 2031-04-03T14:50\n---\n"
        "Notes on the talk.\n\n### Why\n- because\n\n### How\n- slowly\n",
        "Quiet logs.md",
    )
    (talk,) = p.talks
    assert str(talk.day) == "2031-04-03"
