"""The summary's fast way of building a talk gives exactly the talk the full reader gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.notebook.records import talk_from_data, talk_from_summary

PATH = Path("/nb/conf/a-talk.md")

text = st.one_of(st.none(), st.sampled_from(["", " ", "Room 1", "x"]), st.text(max_size=8))
scalar = st.one_of(text, st.integers(-2, 3), st.booleans(), st.floats(allow_nan=False))
times = st.one_of(
    st.none(),
    st.sampled_from(["", "2024-12-10T09:30", "2024-12-10 09:30:45", "2024-12-10", "9:30", "nope"]),
    st.integers(0, 5),
)
words = st.one_of(st.none(), scalar, st.lists(st.one_of(text, st.integers(0, 3)), max_size=3))
link = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "url": st.one_of(text, st.just(" https://x.org/p ")),
            "kind": st.one_of(text, st.sampled_from(["paper", "Slides", "VIDEO", "blog"])),
            "label": scalar,
        },
    ),
    scalar,
)
source = st.one_of(
    st.fixed_dictionaries({}, optional={"format": scalar, "id": scalar}),
    scalar,
)
front_matter = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(scalar, st.just("A Talk")),
        "kind": st.one_of(scalar, st.sampled_from(["oral", " Keynote ", "poster", "lecture"])),
        "session": scalar,
        "start": times,
        "end": times,
        "room": scalar,
        "speakers": words,
        "tags": words,
        "links": st.one_of(st.none(), scalar, st.lists(link, max_size=3)),
        "abstract": scalar,
        "starred": st.one_of(st.none(), st.booleans(), st.sampled_from(["yes", "off", "maybe"])),
        "attended": st.one_of(st.none(), st.booleans(), st.integers(0, 1)),
        "sources": st.one_of(st.none(), scalar, st.lists(source, max_size=2)),
        "x-mine": scalar,
        "rating": st.integers(),
    },
)


@settings(max_examples=600, deadline=None)
@given(front_matter)
def test_fast_talk_is_the_talk_the_full_reader_builds(data: dict[str, Any]) -> None:
    expected, _problems = talk_from_data(data, "", "conf/a-talk", "conf", PATH, {})
    assert talk_from_summary(data, "conf/a-talk", "conf", PATH) == expected


def test_plain_front_matter_takes_the_fast_way(monkeypatch: pytest.MonkeyPatch) -> None:
    data = {
        "title": "Calibration Is Not Enough",
        "kind": "oral",
        "session": "s1",
        "start": "2024-12-10T09:30",
        "speakers": ["p1", "p2"],
        "links": [{"kind": "paper", "url": "https://arxiv.org/abs/1"}],
        "tags": ["ml"],
        "starred": True,
        "sources": [{"format": "frab", "id": "17"}],
        "x-mine": 3,
    }
    expected = talk_from_data(data, "", "conf/a-talk", "conf", PATH, {})[0]

    def slow(*_args: Any) -> Any:
        raise AssertionError("the plain front matter went the slow way")

    monkeypatch.setattr("confnotes.notebook.records.talk_from_data", slow)
    talk = talk_from_summary(data, "conf/a-talk", "conf", PATH)
    assert talk == expected
    assert talk.extra == {"x-mine": 3} and talk.links[0].kind == "paper"


plain_text = st.one_of(st.none(), st.text(max_size=6))
plain_front_matter = st.fixed_dictionaries(
    {"title": st.sampled_from(["A Talk", " spaced ", "Ünïcode"])},
    optional={
        "kind": st.sampled_from(["oral", " Keynote ", "POSTER", "", "lecture"]),
        "session": plain_text,
        "start": st.sampled_from(["", "2024-12-10T09:30", "2024-12-10 09:30:45", "10:00"]),
        "end": st.sampled_from(["2024-12-10T08:00", "2024-12-10T11:00"]),
        "room": plain_text,
        "speakers": st.lists(st.sampled_from(["p1", " ", "", "p2"]), max_size=3),
        "tags": st.one_of(st.none(), st.lists(st.text(max_size=4), max_size=3)),
        "links": st.lists(
            st.fixed_dictionaries(
                {"url": st.sampled_from(["https://x.org", " https://y.org ", "  "])},
                optional={
                    "kind": st.sampled_from(["paper", "Slides", "", "blog"]),
                    "label": plain_text,
                },
            ),
            max_size=2,
        ),
        "starred": st.booleans(),
        "attended": st.one_of(st.none(), st.booleans()),
        "sources": st.lists(
            st.fixed_dictionaries(
                {"format": st.sampled_from(["frab", ""]), "id": st.sampled_from(["1", "x"])}
            ),
            max_size=2,
        ),
        "x-mine": plain_text,
    },
)


@settings(max_examples=400, deadline=None)
@given(plain_front_matter)
def test_fast_talk_matches_on_mostly_plain_front_matter(data: dict[str, Any]) -> None:
    expected, _problems = talk_from_data(data, "", "conf/a-talk", "conf", PATH, {})
    assert talk_from_summary(data, "conf/a-talk", "conf", PATH) == expected
