"""Timestamped bullets open the talk's recording at the moment they were written."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from confnotes.knowledge.recording import (
    link_moments,
    moments,
    parse_duration,
    recording,
    seconds_into,
    url_at,
)
from confnotes.model import Link, Talk

YOUTUBE = "https://www.youtube.com/watch?v=abcDEF12345"


def talk(body: str = "", links: list[Link] | None = None, **extra: object) -> Talk:
    return Talk(
        id="c/t",
        conference="c",
        title="T",
        start=datetime(2025, 6, 12, 9, 15),
        end=datetime(2025, 6, 12, 10, 0),
        links=links if links is not None else [Link(url=YOUTUBE, kind="video")],
        body=body,
        extra=dict(extra),
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (YOUTUBE, YOUTUBE + "&t=720"),
        (YOUTUBE + "&t=5", YOUTUBE + "&t=720"),
        ("https://youtu.be/abcDEF12345", "https://youtu.be/abcDEF12345?t=720"),
        ("https://www.youtube.com/embed/abc", "https://www.youtube.com/embed/abc?start=720"),
        (  # the privacy-enhanced embed some conference pages use
            "https://www.youtube-nocookie.com/embed/abc",
            "https://www.youtube-nocookie.com/embed/abc?start=720",
        ),
        ("https://vimeo.com/76979871", "https://vimeo.com/76979871#t=12m0s"),
        (
            "https://media.ccc.de/v/38c3-1234-a-talk",
            "https://media.ccc.de/v/38c3-1234-a-talk#t=720",
        ),
        ("https://example.org/v/talk.mp4#t=3", "https://example.org/v/talk.mp4#t=720"),
    ],
)
def test_each_player_opens_at_the_moment(url: str, expected: str) -> None:
    assert url_at(url, 720) == expected


def test_a_bullet_twelve_minutes_in_is_720_seconds() -> None:
    assert seconds_into(talk(), time(9, 27)) == 720
    assert seconds_into(talk(), time(9, 10)) == 0  # noted just before the start: the start
    assert seconds_into(talk(), time(10, 20)) == 3900  # the talk overran
    assert seconds_into(talk(), time(8, 0)) is None  # outside the talk
    assert seconds_into(talk(), time(11, 0)) is None


def test_no_start_no_moment() -> None:
    undated = talk()
    undated.start = None
    assert seconds_into(undated, time(9, 27)) is None
    assert link_moments(undated, "- [09:27] x") == "- [09:27] x"


def test_a_talk_across_midnight() -> None:
    late = talk()
    late.start, late.end = datetime(2025, 6, 12, 23, 50), datetime(2025, 6, 13, 0, 30)
    assert seconds_into(late, time(0, 10)) == 1200


def test_a_recording_that_starts_late_or_covers_the_session() -> None:
    assert seconds_into(talk(recording_offset="-1:30"), time(9, 27)) == 630
    assert seconds_into(talk(recording_offset=60), time(9, 27)) == 780
    assert seconds_into(talk(recording_start="09:00"), time(9, 27)) == 1620
    assert parse_duration("1:02:03") == 3723
    assert parse_duration("soon") is None


def test_the_full_recording_before_a_teaser_and_the_users_choice_first() -> None:
    teaser = Link(url="https://youtu.be/teaser1", kind="video", label="Teaser")
    full = Link(url="https://youtu.be/full1", kind="video", label="Recording")
    assert recording(talk(links=[teaser, full])) == full
    chosen = talk(links=[teaser, full], recording="https://youtu.be/teaser1")
    assert recording(chosen) == teaser
    slides = Link(url="https://example.org/slides.pdf", kind="slides")
    assert recording(talk(links=[slides])) is None


def test_bullets_become_links_and_code_stays_as_written() -> None:
    body = "Intro\n\n- [09:27] a point\n- no time\n\n```\n- [09:30] code\n```\n"
    out = link_moments(talk(body))
    assert "- [\\[09:27\\]](" + YOUTUBE + "&t=720) a point" in out
    assert "- [09:30] code" in out
    assert [m.line for m in moments(body)] == [2]
