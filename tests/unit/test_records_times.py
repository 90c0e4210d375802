"""A front matter's times and dates: read when they parse, else a problem on their line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from confnotes.notebook.records import conference_from_data, talk_from_data

PATH = Path("/nb/conf/a-talk.md")


def test_a_talk_time_that_does_not_parse_is_a_problem_on_its_line() -> None:
    data = {"title": "T", "start": "2023-12-16T08:45", "end": "soon"}
    talk, problems = talk_from_data(data, "", "conf/a-talk", "conf", PATH, {"end": 4})
    assert talk.start is not None and talk.start.hour == 8 and talk.end is None
    assert [(p.line, p.message) for p in problems] == [
        (4, "'end' should be a time like 2023-12-16T08:45, not 'soon'")
    ]


def test_a_conference_date_that_does_not_parse_is_a_problem_and_an_empty_one_is_none() -> None:
    data = {"name": "C", "start": "2023-12-16", "end": "13th", "timezone": "Europe/Berlin"}
    conf, problems = conference_from_data(data, "conf", PATH, {"end": 3})
    assert conf.start == date(2023, 12, 16) and conf.end is None
    assert [(p.line, p.message) for p in problems] == [
        (3, "'end' should be a date like 2023-12-16, not '13th'")
    ]
    empty, none = conference_from_data({"name": "C", "start": ""}, "conf", PATH, {})
    assert empty.start is None and none == []
