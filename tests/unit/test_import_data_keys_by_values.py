"""Programme data files whose keys do not say what a reader sees (issue 33, helper s46d):
a ``title`` column of jobs beside the talks' own title column, cells of spaces, untitled
rows named by their slot's label, days labelled by a date in a key no word names, and
titles of the form ``Two Words: subtitle`` in a file with no speaker field."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.registry import parse_programme


def _talks(programme):  # type: ignore[no-untyped-def]
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


_PEOPLE_WITH_SLOTS = b"""\
- name: "Ingrid Solberg"
  title: "Associate Professor"
  slot: "Opening"
  when: "09.00 - 09.20, 14 May 2026"
  talk_title: "Why tides need a data model"
- name: "Tomasz Wierzbicki"
  title: "Research Engineer"
  slot: "Invited Talk"
  when: "09.20 - 10.00, 14 May 2026"
  talk_title: "Sensors that outlive their budgets"
- name: "Amara Okonkwo; Luis Ferreira"
  title: " "
  slot: "Poster Flash Round"
  when: "10.30 - 11.15, 14 May 2026"
  talk_title: " "
- name: "Chiara Benedetti"
  title: "Lecturer"
  slot: "Closing"
  when: "13.45 - 14.00, 14 May 2026"
  talk_title: "What we still cannot measure"
"""


def test_a_title_column_of_jobs_beside_the_talk_titles_is_the_speakers_jobs() -> None:
    talks = _talks(parse_programme(_PEOPLE_WITH_SLOTS, "program.yml"))
    assert talks["Why tides need a data model"] == ["Ingrid Solberg"]
    assert talks["What we still cannot measure"] == ["Chiara Benedetti"]
    assert not {"Associate Professor", "Research Engineer", "Lecturer"} & set(talks)


def test_a_row_whose_title_is_blank_is_named_by_its_label_and_keeps_its_people() -> None:
    talks = _talks(parse_programme(_PEOPLE_WITH_SLOTS, "program.yml"))
    assert talks["Poster Flash Round"] == ["Amara Okonkwo", "Luis Ferreira"]
    assert not any(";" in title for title in talks)


def test_a_day_labelled_by_a_date_in_an_unnamed_key_dates_its_talks() -> None:
    data = b"""\
days:
  - label: "Tuesday, 3 March 2026"
    sessions:
      - title: "Session A - Small Languages"
        time: "09:00-10:00"
        talks:
          - time: "09:00\xe2\x80\x9309:30"
            title: "Parsing verb morphology without a treebank"
            speaker: "Rhiannon Pryce"
          - time: "09:30\xe2\x80\x9310:00"
            title: "A spelling checker for nine thousand speakers"
            speaker: "Mele Tuilagi"
  - label: "Wednesday, 4 March 2026"
    sessions:
      - title: "Session B - Speech"
        time: "09:00-10:00"
        talks:
          - time: "09:00\xe2\x80\x9309:30"
            title: "Forced alignment for tonal languages"
            speaker: "Nguyen Thi Lan"
"""
    starts = {t.title: t.start for t in parse_programme(data, "program.yml").talks}
    assert starts["Parsing verb morphology without a treebank"] == datetime(2026, 3, 3, 9, 0)
    assert starts["Forced alignment for tonal languages"] == datetime(2026, 3, 4, 9, 0)


def test_two_words_before_a_colon_are_a_title_where_most_colon_titles_are_titles() -> None:
    data = b"""\
days:
- date: 2026-09-17
  talks:
    - name: "Graph Rewriting: A Gentle Start"
      time_start: '9:00'
    - name: "Lazy Evaluation: Costs Nobody Counts"
      time_start: '9:30'
    - name: "Tail Calls: Where They Vanish"
      time_start: '10:30'
    - name: "Proof Assistants: Reading Group Report"
      time_start: '11:00'
"""
    talks = _talks(parse_programme(data, "program.yml"))
    assert talks["Proof Assistants: Reading Group Report"] == []
    assert all(not people for people in talks.values())


PLACEHOLDERS = """\
- day: June 3, 2031
  sessions:
    - from: "2:00"
      to: "3:15"
      talks:
        - speaking: Mia Chen
          title: Tides in small harbours
        - speaking: Otto Vahl
          title: Knots for sailors
    - from: "3:40"
      to: "4:30"
      talks:
        - speaking: speaker1
          title: Salt marsh sounds
        - speaking: speaker2
          title: Counting gulls
- day: June 4, 2031
  sessions:
    - from: "10:45"
      to: "12:00"
      talks:
        - speaking: Ida Lund
          title: Ferries and their timetables
    - from: "1:30"
      to: "2:45"
      talks:
        - speaking: Piet Claes
          title: Lighthouses without keepers
"""


def test_names_still_to_come_leave_a_speaker_key_read_and_small_hours_are_afternoon() -> None:
    """A key no word names (``speaking``) holds the speakers even where some values are
    names still to come (``speaker1``); ``2:00`` and ``1:30`` in a programme that writes no
    am/pm are in the afternoon."""
    from datetime import datetime

    from confnotes.importers.registry import parse_programme

    p = parse_programme(PLACEHOLDERS.encode(), "programme.yml")
    talks = {t.title: t for t in p.talks}
    assert [s.name for s in talks["Tides in small harbours"].speakers] == ["Mia Chen"]
    assert talks["Tides in small harbours"].start == datetime(2031, 6, 3, 14, 0)
    assert talks["Lighthouses without keepers"].start == datetime(2031, 6, 4, 13, 30)
    assert talks["Ferries and their timetables"].start == datetime(2031, 6, 4, 10, 45)
    assert not talks["Salt marsh sounds"].speakers


def test_a_space_after_the_comma_still_quotes_the_cell_and_a_stray_comma_ends_no_date() -> None:
    """``09:15,"Title", "Name"``: the quote after the space quotes the speaker's cell; a
    JSON date written ``"2031-11-09T09:45:00,"`` is still its start."""
    from datetime import datetime

    from confnotes.importers.registry import parse_programme

    csv_text = (
        "Time,Title,Authors,Type\n"
        '09:15,"<i>Keynote:</i> Tides in small harbours", "Prof. Dr. Ana Ruiz",\n'
        '10:30,"Knots for sailors", "B. Li, M. Chen", Long\n'
    )
    p = parse_programme(csv_text.encode(), "programme.csv")
    assert {t.title: [s.name for s in t.speakers] for t in p.talks}["Knots for sailors"] == [
        "B. Li",
        "M. Chen",
    ]
    assert any(s.name == "Ana Ruiz" for t in p.talks for s in t.speakers)
    json_text = (
        '{"saturday": [{"type": "talk", "date": "2031-11-09T09:45:00,", "speaker": "Ida Lund",'
        ' "name": "Ferries and their timetables"}, {"type": "talk", "date":'
        ' "2031-11-09T10:15:00,", "speaker": "Otto Vahl", "name": "Knots for sailors"}]}'
    )
    p = parse_programme(json_text.encode(), "schedule.json")
    starts = {t.title: t.start for t in p.talks}
    assert starts["Ferries and their timetables"] == datetime(2031, 11, 9, 9, 45)
