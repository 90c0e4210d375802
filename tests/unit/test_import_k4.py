"""Conventions read from stop 61's k4 files (fixtures written anew, in our own words)."""

from __future__ import annotations

from confnotes.importers.formats import ical
from confnotes.importers.persons import titled_people_line


def _calendar(*events: tuple[str, str, str]) -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:slot-{n}@example\r\n"
        "DTSTAMP:20300101T000000Z\r\n"
        f"DTSTART:{start}\r\n"
        f"SUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\n"
        "END:VEVENT\r\n"
        for n, (start, summary, description) in enumerate(events)
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//k4//EN\r\n"
        "X-WR-CALNAME:Tarde de prueba\r\nX-WR-TIMEZONE:Europe/Lisbon\r\n"
        f"{body}END:VCALENDAR\r\n"
    ).encode()


def test_description_byline_after_the_clock_names_the_speakers() -> None:
    data = _calendar(
        (
            "20300305T170000Z",
            "Mapas de calor en la clínica",
            "17:00 – 17:30\\nDra. Lucía Ferrán Olmo\\n\\nTarde de prueba",
        ),
        (
            "20300305T173000Z",
            "Taller: redes pequeñas",
            "17:30 – 18:10\\nTomás Rivera Gil\\, Dr. Ignacio Pardo\\n\\nTarde de prueba",
        ),
    )
    programme = ical.parse(data, "tarde.ics")
    speakers = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert speakers["Mapas de calor en la clínica"] == ["Lucía Ferrán Olmo"]
    assert speakers["Taller: redes pequeñas"] == ["Tomás Rivera Gil", "Ignacio Pardo"]


def test_a_description_line_without_a_title_is_no_byline() -> None:
    data = _calendar(
        ("20300305T170000Z", "Apertura", "17:00 – 17:05\\nSala Norte\\, Planta Baja"),
    )
    assert [t.speakers for t in ical.parse(data, "tarde.ics").talks] == [[]]


def test_titled_people_line_needs_every_piece_a_person() -> None:
    assert [p.name for p in titled_people_line("Profa. Helena Dias")] == ["Helena Dias"]
    assert titled_people_line("Dr. Ana Ruiz, sesión de clausura") == []
    assert titled_people_line("Ana Ruiz, Bo Lind") == []


def test_the_italian_word_for_a_presentation_is_no_name() -> None:
    from confnotes.importers.persons import is_person_name

    assert not is_person_name("Presentazione SIBM")
    assert not is_person_name("Sessione Plenaria")
    assert is_person_name("Marta Colombo")


_BRACKETED_BYLINES = """# ElixirDays 2031

Two days of functional programming in Lyon, 3 to 4 April 2031.

### Thursday, Apr 3rd

#### Supervisors that never sleep

(by Noémie Garand)

nice trick with restart intensity, try it on the queue service

#### Hot code loading, for real

(by Kwame Osei)

- demo broke once, worked the second time

### Friday, Apr 4th

#### Types at the edges

(by Ilse Verhoef)

gradual typing story, slides later
"""


def test_a_bracketed_by_line_under_a_note_heading_names_the_speaker() -> None:
    from confnotes.importers.headings import BY_LINE_RE
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(_BRACKETED_BYLINES.encode(), "elixir.md")
    speakers = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert speakers["Supervisors that never sleep"] == ["Noémie Garand"]
    assert speakers["Hot code loading, for real"] == ["Kwame Osei"]
    assert speakers["Types at the edges"] == ["Ilse Verhoef"]
    assert (m := BY_LINE_RE.match("(by Ana Ruiz)")) and m["who"] == "Ana Ruiz"
    assert (m := BY_LINE_RE.match("by Ana Ruiz (MIT)")) and m["who"] == "Ana Ruiz (MIT)"
    assert BY_LINE_RE.match("(by Ana Ruiz") is None


def test_a_name_before_its_handle_link_is_the_speaker_not_the_handle() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        "# Queues without tears\n"
        "## Maren Holt [@marenqueues](http://twitter.com/marenqueues)\n\n"
        "### Why a queue at all\n\n* backpressure matters\n* retries with jitter\n"
    )
    programme = parse_programme(text.encode(), "3-queues-without-tears.markdown")
    assert [[p.name for p in t.speakers] for t in programme.talks] == [["Maren Holt"]]
    assert programme.talks[0].speakers[0].url == "http://twitter.com/marenqueues"
