"""Review findings mended (issue 33, stop 56, helper rb): a signer's handle or a
collaborator is no cited work, a quotation in one row keeps the table of signed
abstracts, an hour row's time ends with its day, and a description's line ending in a
colon is no listed talk's title. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers import doctree, timetable
from confnotes.importers.listed_talks import listed_talks
from confnotes.importers.registry import parse_programme
from confnotes.importers.timetable import _signed


def _names(text: str) -> list[str]:
    return [p.name for p in _signed(text)]


def test_a_signers_handle_or_collaborator_is_no_cited_work() -> None:
    assert _names("Shipping firmware to boats.\n- Mira Sol (@mira_sol)") == ["Mira Sol"]
    assert _names("Shipping firmware to boats.\n- Mira Sol, in collaboration with Ivo Lenz") == [
        "Mira Sol"
    ]
    assert _names("Shipping firmware to boats.\n- **Mira Sol**") == ["Mira Sol"]
    # an epigraph's citation still signs no talk
    assert _names("Boats drift.\nThe sea keeps time.\n— Piet Vos, 1931") == []
    assert _names("Boats drift.\nThe sea keeps time.\n— Piet Vos, in *Logbook*") == []


SIGNED_ROWS = """\
# Dockside Rust Evening 2031

| Title | Abstract |
|---|---|
| Borrowing in anger | Reading the checker's complaints one at a time.<br>- Mira Sol (@mira_sol) |
| Bare metal buoys | Sensors afloat.<br>- Ivo Lenz, in collaboration with Tomas Berg |
| Linking faster | Where a release build spends its minutes.<br>- Rosa Quint |
| Durable queues | Jobs that come back after a crash.<br>- Kenji Watanabe |
"""


def test_a_table_of_signed_abstracts_keeps_a_signer_with_a_handle_or_collaborator() -> None:
    p = parse_programme(SIGNED_ROWS.encode(), "night.md")
    talks = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert talks["Borrowing in anger"] == ["Mira Sol"]
    assert talks["Bare metal buoys"] == ["Ivo Lenz"]
    assert talks["Durable queues"] == ["Kenji Watanabe"]


QUOTED_ROWS = """\
| Title | Abstract |
|---|---|
| Borrowing in anger | Reading the checker's complaints.<br>- Mira Sol |
| Bare metal buoys | Sensors afloat.<br>“Small boats, small code.”<br>— Piet Vos |
| Linking faster | Where a build spends its minutes.<br>- Rosa Quint |
| Tide clocks | Timekeeping at sea.<br>“Tides wait for no build.”<br>— Lena Horvath |
"""


def test_a_quotation_in_some_rows_keeps_the_other_rows_of_the_table() -> None:
    programme = timetable.read(doctree.parse(QUOTED_ROWS), "page.md", "markdown").programme
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks["Borrowing in anger"] == ["Mira Sol"]
    assert talks["Linking faster"] == ["Rosa Quint"]
    assert talks["Bare metal buoys"] == []  # the quotation's author is no speaker
    assert talks["Tide clocks"] == []


DAY_ROWS = """\
# Quayside Conf 2031

| Talk | Speaker | Room |
|---|---|---|
| **Friday 9 May** | | |
| 09:30 | | |
| Charting the quay | Mira Sol | North |
| 15:00 | | |
| Cranes and queues | Ivo Lenz | North |
| **Saturday 10 May** | | |
| Nets of sensors | Rosa Quint | South |
| Harbour lights | Tomas Berg | North |
"""


def test_an_hour_row_gives_its_time_only_to_the_rows_of_its_own_day() -> None:
    p = parse_programme(DAY_ROWS.encode(), "quay.md")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Charting the quay"] is not None and starts["Charting the quay"].hour == 9
    assert starts["Cranes and queues"] is not None and starts["Cranes and queues"].hour == 15
    assert starts["Nets of sensors"] is None
    assert starts["Harbour lights"] is None


def test_a_line_ending_in_a_colon_is_no_listed_talks_title() -> None:
    text = "The evening, in two halves:\nBy Mira Sol\nThen questions from the floor\nBy Ivo Lenz"
    assert listed_talks(text) == []
    assert len(listed_talks("Charting the quay\nBy Mira Sol\nHarbour lights\nBy Ivo Lenz")) == 2


KEYNOTE_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//rb//test//EN
BEGIN:VEVENT
UID:k1
DTSTART:20310509T093000
DTEND:20310509T103000
SUMMARY:Morning keynote: Ports of the Future
DESCRIPTION:The keynote comes in two halves:\\nBy Mira Sol\\nThen an open floor\\nBy Ivo Lenz
END:VEVENT
BEGIN:VEVENT
UID:k2
DTSTART:20310509T110000
DTEND:20310509T120000
SUMMARY:Cranes and queues
DESCRIPTION:Speaker: Rosa Quint
END:VEVENT
END:VCALENDAR
"""


def test_an_events_description_in_parts_keeps_the_event_as_its_talk() -> None:
    p = parse_programme(KEYNOTE_ICS.encode(), "day.ics")
    titles = [t.title for t in p.talks]
    assert "Morning keynote: Ports of the Future" in titles
    assert not any(t.endswith(":") for t in titles)
    keynote = next(t for t in p.talks if t.title.startswith("Morning keynote"))
    assert keynote.start is not None and keynote.start.hour == 9
