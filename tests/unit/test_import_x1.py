"""Mends of the W1 record mechanisms (review 59): a talk's own ``date`` beside the
event's start field; a bare time record in a flat list of talks."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme

THREE_DAYS = b"""{"talks": [
  {"name": "Welcome and housekeeping", "presenter": "Mira Solberg",
   "date": "2027-10-05", "start": "08:30", "event_start": "2027-10-05"},
  {"name": "Tuning garbage collectors", "presenter": "Oskar Lind",
   "date": "2027-10-06", "start": "11:15", "event_start": "2027-10-05"},
  {"name": "What we learned shipping weekly", "presenter": "Inga Berg",
   "date": "2027-10-07", "start": "15:45", "event_start": "2027-10-05"}
]}
"""


def test_a_talks_own_date_stays_beside_the_events_start() -> None:
    programme = parse_programme(THREE_DAYS, "talks.json")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Welcome and housekeeping"] == datetime(2027, 10, 5, 8, 30)
    assert starts["Tuning garbage collectors"] == datetime(2027, 10, 6, 11, 15)
    assert starts["What we learned shipping weekly"] == datetime(2027, 10, 7, 15, 45)


OPEN_SLOTS = b"""{"date": "2027-04-20", "programme": [
  {"time": "13:00", "title": "Rust in the kernel", "speaker": "Lena Horvath"},
  {"time": "13:45"},
  {"title": "Ask the maintainers", "speaker": "Felix Aalto"},
  {"time": "14:30", "title": "Fuzzing parsers", "speaker": "Nadia Petrov"},
  {"time": "15:00", "end": "15:30"},
  {"title": "Open floor", "speaker": "Timo Rask"}
]}
"""


def test_an_empty_slot_in_a_flat_list_times_no_talk_after_it() -> None:
    programme = parse_programme(OPEN_SLOTS, "agenda.json")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Rust in the kernel"] == datetime(2027, 4, 20, 13, 0)
    assert starts["Fuzzing parsers"] == datetime(2027, 4, 20, 14, 30)
    assert starts["Ask the maintainers"] is None
    assert starts["Open floor"] is None
