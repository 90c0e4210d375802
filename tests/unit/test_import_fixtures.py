"""Our own fixtures for the family of shapes around the seeds (notes, Jekyll TOML, text)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from confnotes.errors import BadInputError
from confnotes.importers.registry import FORMATS, detect_format, parse_programme
from confnotes.notebook.link_kinds import classify_link

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def _load(name: str):
    data = (DATA / name).read_bytes()
    return detect_format(data, name), parse_programme(data, name)


def test_formats_are_discovered() -> None:
    assert {"markdown", "jekyll", "text", "notes"} <= set(FORMATS)


def test_day_notes_variation() -> None:
    fmt, p = _load("day_notes.md")
    assert fmt == "notes"
    (session,) = p.sessions
    assert (session.kind, session.start, session.end, session.room) == (
        "poster",
        datetime(2024, 7, 24, 14),
        datetime(2024, 7, 24, 15, 30),
        "Hall A",
    )
    sloths, quiet, own = p.talks
    # the session's heading, its link to the day's page read by no field, stays in the
    # notes' own note, as written
    assert own.kind == "other"
    assert own.body == "## [Posters](https://example.org/conf/2024/sessions?day=2024-07-24)\n"
    assert sloths.title == "Sparse Wheels for Sloths"
    assert [(s.name, s.affiliations) for s in sloths.speakers] == [
        ("Mara Ilves", ["Tartu Ülikool"]),
        ("Tomás Ferreira", ["IST Lisboa"]),
    ]
    assert [(link.kind, link.url) for link in sloths.links] == [
        ("page", "https://example.org/conf/2024/poster?event=901"),
        ("paper", "https://arxiv.org/abs/2401.01234v2"),
        ("code", "https://github.com/example/sloths"),
    ]
    assert sloths.body == "Liked the ablation on branch length.\n\n    * ask for the dataset\n"
    assert quiet.title == "Quiet Gradients"  # split over two lines
    assert [link.kind for link in quiet.links] == ["page", "video", "slides"]
    assert quiet.body == "Notes:\nAsk about the code release.\n"


def test_day_notes_read_the_tree_not_lines() -> None:
    """A ``## Posters`` line inside a fenced code block of a talk's notes is code, not a
    new session; the talk keeps its notes whole and the fence stays as written."""
    text = (
        "## [Orals](https://example.org/conf/2024/sessions?day=2024-07-24)\n\n"
        "10:00 am : Hall A\\\n"
        "[Faster Sorting](https://example.org/conf/2024/poster?event=7)\\\n"
        "[slides](https://example.org/s.pdf)\\\n"
        "Ana Ruiz (Lab One)\n\n"
        "Their config:\n\n```\n## Posters\nthreads = 8\n```\n\nAsk about the benchmark.\n"
        "[Slow Sorting](https://example.org/conf/2024/poster?event=8)\\\n"
        "Ben Ode (Lab Two)\n"
    )
    p = parse_programme(text.encode(), "day.md", "notes")
    assert [s.title for s in p.sessions] == ["Orals"]
    fast = p.talks[0]
    assert fast.title == "Faster Sorting"
    assert [(s.name, s.affiliations) for s in fast.speakers] == [("Ana Ruiz", ["Lab One"])]
    assert fast.body == (
        "Their config:\n\n```\n## Posters\nthreads = 8\n```\n\nAsk about the benchmark.\n"
    )
    assert [(t.title, t.speakers[0].name) for t in p.talks[1:]] == [("Slow Sorting", "Ben Ode")]


def test_jekyll_toml_post() -> None:
    fmt, p = _load("post.toml.md")
    assert fmt == "jekyll"
    assert p.name == "Bioacoustics Seminar"
    (talk,) = p.talks
    assert talk.title == "Counting Birds with Sound & Light"
    assert (talk.start, talk.end) == (datetime(2023, 3, 9, 16), datetime(2023, 3, 9, 17, 15))
    assert talk.room == "Lecture Theatre 2"
    assert [(s.name, s.affiliations, s.url) for s in talk.speakers] == [
        ("Wren Halvorsen", ["Norwegian Institute for Nature Research"], "https://example.org/wren")
    ]
    assert [link.kind for link in talk.links] == ["slides", "video"]
    assert talk.abstract == "We count birds from dawn chorus recordings.\n\nSecond paragraph."
    assert talk.tags == ["audio", "ecology"]


def test_plain_text_with_ranges_and_12_hour_clock() -> None:
    fmt, p = _load("schedule.txt")
    assert fmt == "text"
    assert p.name == "Workshop on Careful Baselines"
    assert p.series == "ICML"
    assert p.timezone == "America/Los_Angeles"
    assert p.location == "Vancouver Convention Centre, West Level 1"
    talks = {t.title: t for t in p.talks}
    keynote = talks["Baselines That Bite"]
    assert keynote.kind == "keynote"
    assert [(s.name, s.affiliations) for s in keynote.speakers] == [
        ("Rosa Martínez", ["Universidad de Chile"])
    ]
    assert [s.name for s in talks["Hidden Costs of Tuning"].speakers] == ["Kwame Mensah"]
    lunch = next(s for s in p.sessions if s.title == "Lunch")
    assert (lunch.start, lunch.end) == (datetime(2025, 7, 18, 12), datetime(2025, 7, 18, 13, 30))
    assert talks["Panel discussion"].start == datetime(2025, 7, 18, 14, 30)
    organisers = [(r.person.name, r.person.affiliations) for r in p.roles if r.role == "organizer"]
    assert organisers == [
        ("Ines Duarte", ["Universidade do Porto"]),
        ("Yuki Tanaka", ["RIKEN AIP", "University of Tokyo"]),
    ]


@pytest.mark.parametrize(
    ("url", "label", "kind", "normal"),
    [
        (
            "https://arxiv.org/pdf/2401.01234v2.pdf",
            "",
            "paper",
            "https://arxiv.org/abs/2401.01234v2",
        ),
        ("http://dx.doi.org/10.1145/ABC.123", "", "paper", "https://doi.org/10.1145/abc.123"),
        ("https://openreview.net/forum?id=xyz", "", "paper", None),
        ("https://aclanthology.org/2023.acl-long.1.pdf", "", "paper", None),
        ("https://youtu.be/abc", "", "video", None),
        ("https://slideslive.com/38922", "", "video", None),
        ("https://media.ccc.de/v/37c3-1234", "", "video", None),
        ("https://neurips.cc/virtual/2023/poster/7000", "", "video", None),
        ("https://pvcnn.mit.edu/", "3 min video", "video", None),
        ("https://github.com/a/b/blob/master/DEQ_poster.pdf", "", "poster", None),
        ("https://github.com/a/b", "", "code", None),
        ("https://gitlab.com/a/b", "", "code", None),
        ("https://drive.google.com/file/d/1", "Slides", "slides", None),
        ("https://example.org/talk", "", "page", None),
        ("mailto:someone@example.org", "", "other", None),
    ],
)
def test_link_kinds(url: str, label: str, kind: str, normal: str | None) -> None:
    link = classify_link(url, label)
    assert link.kind == kind
    assert link.url == (normal or url)


@pytest.mark.parametrize("fmt", ["markdown", "jekyll", "text", "notes"])
def test_forced_format_on_empty_input_is_an_error(fmt: str) -> None:
    with pytest.raises(BadInputError, match="empty"):
        parse_programme(b"\n\n", "empty.md", fmt)


def test_text_that_fits_no_shape_becomes_one_note_saying_so() -> None:
    programme = parse_programme(b"hello there\nnothing to see\n", "plain.txt")
    assert programme.format == "outline"
    [talk] = programme.talks
    assert talk.body == "hello there\nnothing to see\n"
    assert talk.speakers == []
    assert any("one note" in w for w in programme.warnings)


def test_broken_front_matter_names_the_line() -> None:
    with pytest.raises(BadInputError) as err:
        parse_programme(b"---\ntitle: [unclosed\nspeaker: x\n---\nbody\n", "post.md")
    assert str(err.value).startswith("post.md:")
    with pytest.raises(BadInputError, match="never closed"):
        parse_programme(b"---\ntitle: x\nlayout: post\n", "open.md")
    with pytest.raises(BadInputError, match="TOML"):
        parse_programme(b'+++\ntitle = "x\n+++\n', "bad.md")


_LINES = st.sampled_from(
    [
        "# Schedule",
        "## Invited Speakers",
        "Organizers",
        "- Ada Lovelace (Analytical Engines)",
        "| 9:00 | Ann Lee (MIT) | Title |",
        "| --- | --- | --- |",
        "10:05 am : West Hall\\",
        "[A talk](https://example.org/e?event=1)\\",
        "[slides](https://example.org/s.pdf)\\",
        "**Bob Smith (Oxford)**",
        "---",
        "+++",
        "title: x",
        '{% include people.html name="A B" affiliation="C" %}',
        "{% comment %}",
        "<!--",
        "-->",
        "Dec 2nd 2022 from 8:50am to 5:00pm",
        "  • 08:45 : Philip M. Kim (Keynote Talk) - Title.",
        "",
        "Important Dates",
        "Deadline: Sept 26, 2022",
        "13:00 – 25:99 nonsense",
        "Notes:",
        "<!DOCTYPE html><html><body><h2>Speakers</h2><ul><li>A B (C)",
        "<tr><td>9:00</td><td>x</td>",
        "<script>",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=30),
    fmt=st.sampled_from(["auto", "markdown", "jekyll", "text", "notes", "html"]),
)
@example(  # a people list under "Organizers" whose team word was all the name had
    lines=[
        "- Ada Lovelace (Analytical Engines)",
        "0",
        "- Ada Lovelace (Analytical Engines)",
        "Organizers",
        "- Ada Lovelace (Analytical Engines)",
    ],
    fmt="auto",
)
def test_any_text_gives_a_programme_or_a_clear_error(lines: list[str], fmt: str) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    try:
        programme = parse_programme(data, "fuzz.md", fmt)
    except BadInputError as exc:
        assert str(exc).startswith("fuzz.md")
        return
    assert programme.name
    for talk in programme.talks:
        assert talk.title


def test_plain_text_people_written_three_ways() -> None:
    fmt, p = _load("speakers_commas.txt")
    assert fmt == "text"
    assert p.start is not None and p.start.isoformat() == "2024-02-05"
    by_role = [(r.role, r.person.name, r.person.affiliations) for r in p.roles]
    assert by_role == [
        ("keynote", "Ann Lee", ["MIT"]),
        ("keynote", "Bruno Costa", ["Universidade de Lisboa"]),
        ("keynote", "Chen Wei", ["Tsinghua University"]),
        ("organizer", "Dora Nagy", ["Budapest University of Technology and Economics"]),
        ("organizer", "Emil Weber", ["ETH Zürich"]),
    ]


def test_plain_text_schedule_over_two_days() -> None:
    fmt, p = _load("two_days.txt")
    assert fmt == "text"
    assert p.timezone == "Europe/Berlin"  # "(all times CET)"
    assert (p.start.isoformat(), p.end.isoformat()) == ("2026-06-11", "2026-06-12")  # type: ignore[union-attr]
    talks = {t.title: t for t in p.talks}
    assert talks["Taking Our Time"].start == datetime(2026, 6, 11, 9, 15)
    assert [s.name for s in talks["Taking Our Time"].speakers] == ["Hedda Lind"]
    posters = next(s for s in p.sessions if s.kind == "poster")
    # the next day starts again in the morning, not at 21:00
    assert (posters.start, posters.end) == (
        datetime(2026, 6, 12, 9, 0),
        datetime(2026, 6, 12, 10, 30),
    )
    assert talks["Closing remarks"].start == datetime(2026, 6, 12, 10, 30)
