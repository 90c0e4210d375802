"""iCalendar programmes: zones, folding, escapes, speakers hidden in SUMMARY or DESCRIPTION."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab, ical, pretalx

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def load(name: str):
    return ical.parse((DATA / name).read_bytes(), name)


def talk(programme, title):
    return next(t for t in programme.talks if t.title == title)


def cal(*lines: str) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//test//EN", *lines, "END:VCALENDAR"]
    return ("\r\n".join(body) + "\r\n").encode()


def event(*lines: str) -> list[str]:
    return ["BEGIN:VEVENT", "DTSTAMP:20240101T000000Z", *lines, "END:VEVENT"]


def test_workshop_calendar():
    p = load("workshop.ics")
    assert (p.name, p.format, p.timezone) == (
        "Workshop on Careful Machines 2023",
        "ical",
        "America/Chicago",
    )
    assert p.description == "Full-day workshop, co-located with a big conference."
    assert (str(p.start), str(p.end)) == ("2023-12-16", "2023-12-16")
    opening = talk(p, "Opening remarks")
    assert (opening.start, opening.end) == (
        datetime(2023, 12, 16, 8, 45),
        datetime(2023, 12, 16, 9),
    )
    assert opening.room == "Room 238-239"
    assert opening.source_id == "cm23-opening@workshop.example.org"


def test_speaker_in_summary_talk_by_and_escaped_comma():
    keynote = talk(load("workshop.ics"), "Keynote: Proteins, Programs and Promises")
    assert [s.name for s in keynote.speakers] == ["Philippa M. Kingsley"]
    assert keynote.kind == "keynote"
    assert keynote.tags == ["Keynote"]
    # The folded DESCRIPTION line is joined back: "Slide" + "s: https://..."
    slides = [link for link in keynote.links if link.kind == "slides"]
    assert slides[0].url == "https://speakerdeck.com/example/proteins-programs"
    assert slides[0].label == "Slides"
    assert [link.kind for link in keynote.links if link.label == "Event page"] == ["page"]


def test_speaker_with_affiliation_after_dash_and_no_dtend():
    spot = talk(load("workshop.ics"), "Calibrated Uncertainty for Everyone")
    assert [(s.name, s.affiliations) for s in spot.speakers] == [
        ("Sofía Ramírez", ["Universidad de Chile"])
    ]
    assert spot.kind == "spotlight"
    assert spot.start == datetime(2023, 12, 16, 9, 45)
    assert spot.end is None
    assert spot.tags == ["Spotlight", "Uncertainty"]
    kinds = {link.kind: link.url for link in spot.links}
    assert kinds == {
        "paper": "https://arxiv.org/abs/2310.01234",
        "code": "https://github.com/example/calibrate",
    }


def test_speaker_in_description_and_utc_converted_to_local():
    no = talk(load("workshop.ics"), "Learning to Say No")
    assert [(s.name, s.affiliations) for s in no.speakers] == [
        ("Oluwaseun Adeyemi", ["Lagos Institute of Technology"])
    ]
    assert no.abstract == "When should a model abstain?"
    assert (no.start, no.end) == (datetime(2023, 12, 16, 10, 30), datetime(2023, 12, 16, 11, 15))


def test_breaks_durations_and_unbounded_rrule():
    p = load("workshop.ics")
    (coffee,) = p.sessions
    assert (coffee.title, coffee.kind) == ("Coffee break", "break")
    assert coffee.end == datetime(2023, 12, 16, 10, 30)  # DURATION:PT30M
    assert talk(p, "Poster session").kind == "poster"
    standups = [t for t in p.talks if t.title == "Organizer stand-up"]
    assert len(standups) == 1  # FREQ=DAILY without COUNT/UNTIL: first occurrence only
    assert any("first occurrence only" in w and "workshop.ics:" in w for w in p.warnings)


def test_pretalx_ical_export():
    p = load("pretalx_export.ics")
    assert p.name == "lakeconf"
    assert p.timezone == "Europe/Oslo"
    boats = talk(p, "Boats, Bytes and Buoys")
    assert [s.name for s in boats.speakers] == ["Ingrid Solberg", "tante"]
    assert boats.room == "Fjord Room"
    assert boats.source_id == "pretalx-lakeconf-BOAT42@pretalx.example.org"
    floating = talk(p, "Floating Time Talk")
    assert floating.start == datetime(2024, 5, 22, 14, 0)  # floating: kept as written


def test_summary_dash_that_is_not_a_name_stays_in_the_title():
    data = cal(
        *event("UID:1", "SUMMARY:Keynote - deep learning at scale", "DTSTART:20240101T100000"),
        *event("UID:2", "SUMMARY:Session 3 - Reinforcement Learning 2", "DTSTART:20240101T110000"),
    )
    titles = [(t.title, t.speakers) for t in ical.parse(data, "x.ics").talks]
    assert titles == [
        ("Keynote - deep learning at scale", []),
        ("Session 3 - Reinforcement Learning 2", []),
    ]


def test_tzid_without_x_wr_timezone_and_bounded_weekly_rule():
    data = cal(
        *event(
            "UID:weekly@x",
            "SUMMARY:Reading group",
            "DTSTART;TZID=Asia/Kolkata:20240105T180000",
            "DTEND;TZID=Asia/Kolkata:20240105T190000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "EXDATE;TZID=Asia/Kolkata:20240112T180000",
        )
    )
    p = ical.parse(data, "x.ics")
    assert p.timezone == "Asia/Kolkata"
    assert [t.start for t in p.talks] == [datetime(2024, 1, 5, 18), datetime(2024, 1, 19, 18)]
    assert [t.source_id for t in p.talks] == ["weekly@x", "weekly@x#20240119T1800"]


def test_huge_count_is_capped():
    data = cal(
        *event("UID:d", "SUMMARY:Daily", "DTSTART:20240101T090000", "RRULE:FREQ=DAILY;COUNT=100000")
    )
    p = ical.parse(data, "x.ics")
    assert len(p.talks) == ical.MAX_OCCURRENCES


def test_detection():
    data = (DATA / "workshop.ics").read_bytes()
    assert ical.detect(data) > 0.9
    assert frab.detect(data) == 0.0
    assert pretalx.detect(data) == 0.0
    assert ical.detect(b"# Notes\n\n```\nBEGIN:VCALENDAR\n```\n") == 0.0
    assert ical.detect(b"Schedule for Tuesday\n09:00 Opening") == 0.0


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", None, "empty"),
        (b"hello\nworld\n", 1, "BEGIN:VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", 2, "never closed"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", 3, "closes"),
        (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n", 3, "without a matching"),
        (b"BEGIN:VCALENDAR\r\n" + b"BEGIN:X\r\n" * 40, 17, "nested"),
    ],
)
def test_broken_calendars_name_the_line(data, line, words):
    with pytest.raises(BadInputError) as info:
        ical.parse(data, "bad.ics")
    assert info.value.line == line
    assert words in str(info.value)


def test_bad_dtstart_skips_that_event_with_its_line():
    data = cal(
        *event("UID:1", "SUMMARY:Broken", "DTSTART:2024XX"),
        *event("UID:2", "SUMMARY:Fine", "DTSTART:20240101T100000"),
    )
    p = ical.parse(data, "x.ics")
    assert [t.title for t in p.talks] == ["Fine"]
    assert any("x.ics:4:" in w for w in p.warnings)


def test_megabyte_folded_line_is_fine_and_fast():
    folded = "\r\n ".join(["x" * 73] * 15_000)  # about 1.1 MB in one DESCRIPTION
    data = cal(*event("UID:big", "SUMMARY:Big", "DTSTART:20240101T100000", f"DESCRIPTION:{folded}"))
    began = time.perf_counter()
    (big,) = ical.parse(data, "big.ics").talks
    assert time.perf_counter() - began < 5
    assert len(big.abstract) == 73 * 15_000


def test_unfolded_megabyte_line_is_fine_and_fast():
    data = cal(*event("UID:big", "SUMMARY:" + "y" * 1_000_000, "DTSTART:20240101T100000"))
    began = time.perf_counter()
    (big,) = ical.parse(data, "big.ics").talks
    assert time.perf_counter() - began < 5
    assert big.title.startswith("yyy")


def test_windows_zone_names_and_all_day_events():
    data = cal(
        *event(
            "UID:conf",
            "SUMMARY:Harbour Summit 2024",
            "DTSTART;VALUE=DATE:20240604",
            "DTEND;VALUE=DATE:20240607",
        ),
        *event(
            "UID:reg",
            "SUMMARY:Registration desk open",
            "DTSTART;VALUE=DATE:20240604",
            "DTEND;VALUE=DATE:20240605",
        ),
        *event(
            "UID:t1",
            "SUMMARY:Outlook Talk",
            "DTSTART;TZID=W. Europe Standard Time:20240605T093000",
            "DTEND;TZID=W. Europe Standard Time:20240605T100000",
        ),
    )
    p = ical.parse(data, "outlook.ics")
    assert p.name == "Harbour Summit 2024"  # the event spanning the conference names it
    assert p.timezone == "Europe/Berlin"
    assert (str(p.start), str(p.end)) == ("2024-06-04", "2024-06-06")
    assert [t.title for t in p.talks] == ["Registration desk open", "Outlook Talk"]
    desk = p.talks[0]
    assert desk.start is None and desk.end is None  # all day: no time of day to invent
    assert p.talks[1].start == datetime(2024, 6, 5, 9, 30)


def test_summary_names_with_hyphens_and_html_descriptions():
    data = cal(
        *event(
            "UID:1",
            "SUMMARY:Self-Driving Labs - Jean-Luc Moreau [ETH Zürich]\\, Ana al-Rashid",
            "DTSTART:20240101T100000",
            'DESCRIPTION:<p>Slides: <a href="https://example.org/deck.pdf">here</a></p>',
        ),
    )
    (only,) = ical.parse(data, "x.ics").talks
    assert only.title == "Self-Driving Labs"
    assert [(s.name, s.affiliations) for s in only.speakers] == [
        ("Jean-Luc Moreau", ["ETH Zürich"]),
        ("Ana al-Rashid", []),
    ]
    assert only.abstract == "Slides: here"
    assert [link.url for link in only.links] == ["https://example.org/deck.pdf"]


@pytest.mark.parametrize(
    "extra",
    [
        "RRULE:FREQ=DAILY;COUNT=abc",
        "RRULE:FREQ=DAILY;INTERVAL=999999999;COUNT=5",
        "EXDATE;VALUE=DATE:xx\r\nRRULE:FREQ=DAILY;COUNT=3",
        "DURATION:P99999999D",
        "DTEND:99991231T235959",
    ],
)
def test_broken_values_never_crash(extra: str):
    data = cal(*event("UID:u", "SUMMARY:Odd", "DTSTART:20240101T100000", extra))
    p = ical.parse(data, "odd.ics")
    assert [t.title for t in p.talks][:1] in ([], ["Odd"])
    assert all(t.start is None or t.start.year == 2024 for t in p.talks)


def test_repeats_count_towards_the_event_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_EVENTS", 50)
    data = cal(
        *event("UID:a", "SUMMARY:A", "DTSTART:20240101T090000", "RRULE:FREQ=DAILY;COUNT=40"),
        *event("UID:b", "SUMMARY:B", "DTSTART:20240101T100000", "RRULE:FREQ=DAILY;COUNT=40"),
    )
    with pytest.raises(BadInputError, match="more than 50 events") as info:
        ical.parse(data, "many.ics")
    assert info.value.line == 11  # the second event, where the limit is crossed


def test_summary_label_echoed_by_the_description_names_the_lecturer():
    """``Course 1.a: Okafor`` over ``Okafor, Random Tilings``: the words after the label are
    the ones the description leads with, for several lecturers of one school's calendar."""
    data = cal(
        *event(
            "UID:a1",
            "DTSTART:20250602T090000",
            "SUMMARY:Course 1.a: Okafor",
            "DESCRIPTION:Okafor\\, Random Tilings",
        ),
        *event(
            "UID:a2",
            "DTSTART:20250602T110000",
            "SUMMARY:Exercises 1.a: Lindqvist",
            "DESCRIPTION:Lindqvist\\, Random Tilings",
        ),
        *event("UID:a3", "DTSTART:20250602T120000", "SUMMARY:Tea", "DESCRIPTION:"),
    )
    p = ical.parse(data, "school.ics")
    assert [s.name for s in talk(p, "Course 1.a: Okafor").speakers] == ["Okafor"]
    assert [s.name for s in talk(p, "Exercises 1.a: Lindqvist").speakers] == ["Lindqvist"]


def test_one_echoed_subject_names_no_one():
    """A lone ``Demo: Ubuntu`` over ``Ubuntu, Snaps and More`` names a subject, not a person."""
    data = cal(
        *event(
            "UID:b1",
            "DTSTART:20250602T090000",
            "SUMMARY:Demo: Ubuntu",
            "DESCRIPTION:Ubuntu\\, Snaps and More",
        ),
        *event(
            "UID:b2",
            "DTSTART:20250602T100000",
            "SUMMARY:Talk: Rust",
            "DESCRIPTION:Rust\\, a language for systems",
        ),
    )
    p = ical.parse(data, "meetup.ics")
    assert all(not t.speakers for t in p.talks)
