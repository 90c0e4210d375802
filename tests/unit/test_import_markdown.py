"""Markdown workshop pages: seed 000 and our own fixtures for the family of shapes."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.registry import detect_format, parse_programme
from tests.conftest import seed

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def _roles(programme, role):
    return [(r.person.name, r.person.affiliations) for r in programme.roles if r.role == role]


def test_seed_000_workshop_page() -> None:
    path = seed("000")
    data = path.read_bytes()
    assert detect_format(data, str(path)) == "markdown"
    p = parse_programme(data, str(path))
    assert p.name == "Deep Generative Models and Downstream Applications Workshop"
    assert p.series == "NeurIPS"
    assert p.timezone is None  # a virtual workshop; "University of Helsinki" is no venue
    keynotes = _roles(p, "keynote")
    assert len(keynotes) == 10
    assert keynotes[0] == ("Johannes Ballé", ["Google Research"])
    assert ("Rianne van den Berg", ["Google Research"]) in keynotes
    assert ("Finale Doshi", ["Harvard University"]) in keynotes
    organisers = [name for name, _ in _roles(p, "organizer")]
    assert len(organisers) == 7
    assert organisers[0] == "Cheng Zhang"
    assert "José Miguel Hernández Lobato" in organisers
    assert [(d.label, d.date) for d in p.dates] == [
        ("Submission Date for Workshop Contributions", "2021-09-17"),
        ("Author notification", "2021-10-22"),
    ]
    assert p.start is None  # "Date to Be Confirmed": not guessed
    assert any("Date to Be Confirmed" in w for w in p.warnings)
    assert p.talks == []


def test_table_schedule_with_12_hour_times_and_en_dashes() -> None:
    p = parse_programme((DATA / "workshop_table.md").read_bytes(), "workshop_table.md")
    assert p.format == "markdown"
    assert p.name == "Workshop on Tiny Robots"
    assert p.timezone == "Asia/Tokyo"
    assert p.location == "Yokohama Convention Center"
    assert _roles(p, "keynote") == [
        ("Ada Quinlan", ["ETH Zürich"]),
        ("Bruno Salgado", ["Universidade de Lisboa"]),
        ("Chiara Benedetti", ["Politecnico di Milano", "IIT"]),
    ]
    assert _roles(p, "organizer") == [
        ("Dmitri Volkov", ["University of Tartu"]),
        ("Eun-ji Park", ["KAIST"]),
    ]
    talks = {t.title: t for t in p.talks}
    walking = talks["Walking on Two Millimetres"]
    assert (walking.start, walking.end) == (datetime(2024, 5, 14, 9), datetime(2024, 5, 14, 9, 40))
    assert [s.name for s in walking.speakers] == ["Ada Quinlan"]
    assert talks["Soft Grippers"].end == datetime(2024, 5, 14, 12, 0)
    panel = talks["Closing panel"]
    assert panel.kind == "panel"
    assert panel.start == datetime(2024, 5, 14, 15, 0)
    assert [s.name for s in panel.speakers] == ["Ada Quinlan", "Bruno Salgado"]
    sessions = {s.title: s for s in p.sessions}
    assert sessions["Coffee break"].kind == "break"
    assert sessions["Lunch"].kind == "break"
    # "1:30" after "12:00" with no am/pm is the afternoon
    assert sessions["Poster session"].start == datetime(2024, 5, 14, 13, 30)
    assert sessions["Poster session"].kind == "poster"
    day = sessions["Workshop on Tiny Robots"]
    assert (day.start, day.end, day.room) == (
        datetime(2024, 5, 14, 9),
        datetime(2024, 5, 14, 17),
        "Room 301",
    )
    assert [(d.label, d.date) for d in p.dates] == [
        ("Paper deadline", "2024-02-02"),
        ("Notification", "2024-03-01"),
    ]


def test_title_by_speaker_headings_and_comments() -> None:
    p = parse_programme((DATA / "talks_by.md").read_bytes(), "talks_by.md")
    assert p.name == "Seminar on Learning Systems 2022"
    assert p.timezone == "Europe/Helsinki"
    titles = [(t.title, t.start, [s.name for s in t.speakers]) for t in p.talks]
    assert titles == [
        ("Probabilistic Circuits", datetime(2022, 6, 3, 10), ["Freya Lindqvist"]),
        ("Certified Fairness", datetime(2022, 6, 3, 11, 15), ["Gustavo Ortega"]),
    ]
    assert p.talks[1].speakers[0].affiliations == ["MIT"]
    assert p.talks[0].end == datetime(2022, 6, 3, 11)
    names = [r.person.name for r in p.roles]
    assert names == ["Hana Kobayashi", "Ivan Petrov"]  # the commented-out person is not data


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\n", b"\x00\x01\x02\x03" * 100],
)
def test_undetectable_input_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(BadInputError) as err:
        parse_programme(data, "junk.txt")
    assert "junk.txt" in str(err.value)


def test_html_ish_markdown_page() -> None:
    data = (DATA / "html_ish.md").read_bytes()
    assert detect_format(data, "html_ish.md") == "html"  # HTML only: its tags are its structure
    p = parse_programme(data, "html_ish.md")
    assert p.name == "Symposium on Gentle Robots 2026"
    assert p.timezone == "Europe/Lisbon"
    assert _roles(p, "keynote") == [
        ("Marta Sousa", ["Universidade de Coimbra"]),
        ("Jonas Berg", ["KTH Royal Institute of Technology"]),
    ]
    soft, robots = p.talks
    assert (soft.title, soft.start, soft.end) == (
        "Soft Hands, Firm Grip",
        datetime(2026, 3, 3, 9),
        datetime(2026, 3, 3, 9, 45),
    )
    assert [s.name for s in robots.speakers] == ["Jonas Berg"]
    assert [s.title for s in p.sessions if s.kind == "break"] == ["Coffee break"]
    assert p.sessions[0].room == "Auditorium B"


def test_html_document_page() -> None:
    data = (DATA / "workshop_page.html").read_bytes()
    assert detect_format(data, "workshop_page.html") == "html"
    p = parse_programme(data, "workshop_page.html")
    assert p.format == "html"
    assert p.name == "Workshop on Frugal Machine Learning"
    assert (p.series, p.start, p.timezone) == ("ICML", date(2025, 7, 19), "America/Vancouver")
    assert p.location == "Vancouver Convention Centre"
    assert _roles(p, "keynote") == [
        ("Ana Duarte", ["INESC TEC"]),
        ("Kenji Sato", ["University of Tokyo"]),
    ]
    assert p.roles[0].person.url == "https://example.org/ana"
    assert _roles(p, "organizer") == [("Lea Fischer", ["TU Munich"]), ("Omar Haddad", ["KAUST"])]
    less, happy = p.talks
    assert (less.title, less.start, less.end) == (
        "Less Data, Same Answers",
        datetime(2025, 7, 19, 8, 30),
        datetime(2025, 7, 19, 9, 15),
    )
    assert happy.title == "Quantised & Happy"
    assert "fake" not in str(p)  # scripts are not data


def test_each_table_rows_note_names_its_own_line() -> None:
    """A warning about a row names the row's line, after the header and its rule."""
    from confnotes.importers.registry import parse_programme

    text = (
        "---\ntitle: X\n---\n# Tiny Workshop 2025\n\n| Time | Title | Speaker |\n"
        "| --- | --- | --- |\n| 09:00 | Opening talk | Ada Quist |\n"
        "| 10:00 | Second talk | A. Quist |\n| 11:00 | Closing talk | Bo Lin |\n"
    )
    warnings = parse_programme(text.encode(), "tiny.md").warnings
    assert [w.split(":")[0] for w in warnings if "no known day" in w] == [
        "line 8",
        "line 9",
        "line 10",
    ]


def test_a_page_keeping_a_24_hour_clock_never_reads_the_next_morning_as_evening() -> None:
    """A grid that wrote ``19:00`` keeps a 24-hour clock: ``10:10`` on the next day's grid,
    whose day the page never dates, is 10:10 in what the import says, not 22:10."""
    from datetime import time

    from confnotes.importers.entries import Entry
    from confnotes.importers.page import PageBuilder

    b = PageBuilder("markdown", "meetup.md")
    b.add_entry(Entry("Welcome to the meetup", start=time(10, 0)), 3)
    b.add_entry(Entry("Evening party in the hall", start=time(19, 0)), 4)
    b.add_entry(Entry("Packaging wheels without tears", start=time(10, 10)), 9)
    said = "\n".join(b.programme.warnings)
    assert "time 10:10 of 'Packaging wheels without tears'" in said
    assert "22:10" not in said


def test_a_twelve_hour_page_still_reads_one_after_eleven_as_the_afternoon() -> None:
    from datetime import time

    from confnotes.importers.entries import Entry
    from confnotes.importers.page import PageBuilder

    b = PageBuilder("markdown", "meetup.md")
    b.add_entry(Entry("Welcome to the meetup", start=time(11, 30)), 3)
    b.add_entry(Entry("Routing packets at home", start=time(1, 15)), 4)
    assert "time 13:15 of 'Routing packets at home'" in "\n".join(b.programme.warnings)
