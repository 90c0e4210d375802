"""Mends of stop 63's merge: what its review and its guard found. Fixtures are written
for the test."""

from __future__ import annotations

from confnotes.importers.formats import ical
from confnotes.importers.headings import conference_name


def test_a_quoted_name_without_a_notes_word_keeps_both_quotes() -> None:
    # only a notes word's own quote goes with it (test_import_a4); a name written
    # in quotes keeps them, so that it is still the same words the page wrote
    assert conference_name('"schedule"') == '"schedule"'


def test_a_day_long_event_ending_at_a_clock_is_read_not_crashed() -> None:
    # DTSTART a day, DTEND a moment: a damaged or hand-mixed calendar still imports
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//probe//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:Harbour Day\r\n"
        b"DTSTART;VALUE=DATE:20250604\r\nDTEND:20250605T170000Z\r\nEND:VEVENT\r\n"
        b"BEGIN:VEVENT\r\nUID:b@x\r\nSUMMARY:Tides and tables\r\n"
        b"DTSTART:20250604T090000Z\r\nDTEND:20250604T093000Z\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    p = ical.parse(data, "day.ics")
    assert "Tides and tables" in [t.title for t in p.talks]
    assert str(p.start) == "2025-06-04"
