"""Stop 56's general mends by the lead: a data file's slips read as its writer meant."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _rows(text: str, name: str = "programme.csv") -> list[tuple[str, list[str], str]]:
    programme = parse_programme(text.encode(), name)
    return [
        (t.title, [p.name for p in t.speakers], t.start.isoformat() if t.start else "")
        for t in programme.talks
    ]


def test_an_unquoted_comma_in_a_csv_title_stays_in_the_title() -> None:
    """A CSV written by hand quotes nothing: ``Caching, sharding and you`` spills over one
    more cell. The row's surplus joins the cell where every column then holds what the
    other rows hold there, so the title stays whole and the speaker and time stay put."""
    text = (
        "title,speaker,start,room\n"
        "Opening the data vault,Marta Quintero,2031-04-02 09:00,Main hall\n"
        "Caching, sharding and you,Ilse Vandenberg,2031-04-02 10:00,Main hall\n"
        "Small models for small devices,Tariq Osei,2031-04-02 11:00,Room 2\n"
        "Why logs lie,Hanne Solberg,2031-04-02 12:00,Room 2\n"
    )
    spilled = ("Caching, sharding and you", ["Ilse Vandenberg"], "2031-04-02T10:00:00")
    assert _rows(text)[1] == spilled
    assert len(_rows(text)) == 4


def test_a_semicolon_csv_with_a_spilled_time_column_keeps_its_clocks() -> None:
    """The surplus cell is joined where the clocks stay under the clocks: a title with a
    semicolon in the middle of a semicolon file, its time after it."""
    text = (
        "Zeit;Titel;Referent\n"
        "09:00;Begrüßung der Gäste;Ute Brandt\n"
        "09:30;Böden; Wasser und Wald;Jens Kröger\n"
        "10:15;Messnetze im Eigenbau;Rita Hohl\n"
    )
    rows = _rows(text, "programm.csv")
    assert [r[0] for r in rows] == [
        "Begrüßung der Gäste",
        "Böden; Wasser und Wald",
        "Messnetze im Eigenbau",
    ]
    assert rows[1][1] == ["Jens Kröger"]


def test_rows_with_extra_empty_cells_are_left_alone() -> None:
    """Trailing empty cells are no spill: every row keeps its cells as written."""
    text = (
        "title,speaker,start\n"
        "Opening the data vault,Marta Quintero,2031-04-02 09:00,,\n"
        "Why logs lie,Hanne Solberg,2031-04-02 12:00\n"
        "Small models,Tariq Osei,2031-04-02 11:00\n"
    )
    assert [r[1] for r in _rows(text)] == [["Marta Quintero"], ["Hanne Solberg"], ["Tariq Osei"]]


def _data_talks(sessions: list[dict[str, str]]) -> list[tuple[str, list[str]]]:
    import json

    text = json.dumps({"event": "Nordic Infra Day 2031", "sessions": sessions})
    programme = parse_programme(text.encode(), "event.json")
    return [(t.title, [p.name for p in t.speakers]) for t in programme.talks]


def test_a_by_line_opening_a_data_description_names_the_speaker() -> None:
    """A description whose HTML opens ``By <a>Name</a>, Org`` says who speaks, as its
    ``Speaker:`` line would; the speaker is read from it when no field names one."""
    sessions = [
        {
            "title": "Observability on a budget",
            "start": "2031-03-05T13:00:00",
            "description": '<p>By <a href="https://example.org/s">Sara Lindqvist</a>, Dataverk'
            "</p><p>Sampling that keeps the outliers.</p>",
        },
        {
            "title": "Terraform at forty teams",
            "start": "2031-03-05T10:30:00",
            "description": "<p>Speaker: Mikko Rautio</p><p>Modules and drift.</p>",
        },
    ]
    assert _data_talks(sessions)[0] == ("Observability on a budget", ["Sara Lindqvist"])


def test_a_description_opening_with_by_and_no_name_names_nobody() -> None:
    """``By default, …`` opens a sentence, not a by-line."""
    sessions = [
        {
            "title": "Vacuum without tears",
            "start": "2031-03-05T13:00:00",
            "description": "<p>By default, autovacuum waits too long.</p><p>We tune it.</p>",
        },
        {
            "title": "Terraform at forty teams",
            "start": "2031-03-05T10:30:00",
            "description": "<p>Speaker: Mikko Rautio</p><p>Modules and drift.</p>",
        },
    ]
    assert _data_talks(sessions)[0] == ("Vacuum without tears", [])


def test_the_one_heading_over_paragraph_talks_names_the_event() -> None:
    """``# Spring Data Meetup 2031`` over an introduction and ``Title - Name (Org)``
    paragraphs: the heading holds the talks, so it names the event, as a title over
    sub-headings would; the file's name does not."""
    text = (
        "# Spring Data Meetup 2031\n\n"
        "Thanks to everyone who came. Here is what was presented.\n\n"
        "Streaming joins without tears - Hyejin Park (Datastream)\n\n"
        "We saw how to window joins and keep late events.\n\n"
        "Feature stores, a year later - Minho Lee (Kakao Mobility)\n\n"
        "The second talk covered the store they built and what broke.\n\n"
        "Cheap embeddings for search - Soyeon Choi\n\n"
        "Small models were enough for the catalogue.\n"
    )
    programme = parse_programme(text.encode(), "meetup-notes.md")
    assert programme.name == "Spring Data Meetup 2031"
    assert [t.speakers[0].name for t in programme.talks if t.speakers] == [
        "Hyejin Park",
        "Minho Lee",
        "Soyeon Choi",
    ]


def test_a_spilled_list_of_people_stays_in_the_speakers_column() -> None:
    """``Panel on data,Ana Ruiz, Bo Lindqvist, Carla Diaz,11:00``: the surplus fits the
    title column as well as the speakers'; the joined cell being a list of people says
    it is the speakers', so the title and its kind stay as written."""
    text = (
        "title,speakers,start\n"
        "Caching at scale,Ana Ruiz,2031-05-10 09:00\n"
        "Streams without tears,Bo Lindqvist,2031-05-10 10:00\n"
        "Panel on data,Ana Ruiz, Bo Lindqvist, Carla Diaz,2031-05-10 11:00\n"
    )
    programme = parse_programme(text.encode(), "programme.csv")
    panel = programme.talks[2]
    assert panel.title == "Panel on data"
    assert [p.name for p in panel.speakers] == ["Ana Ruiz", "Bo Lindqvist", "Carla Diaz"]
