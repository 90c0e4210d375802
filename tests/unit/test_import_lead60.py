"""Stop 60's lead mends: readings weighed when two whole readings are a close call."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_SCHEDULE_THEN_SPEAKERS = """# Lakeside Robotics Day 2026

Friday 6 March 2026, Hall C. Hosted by Dr Ruth Okafor.

## Timetable

| Time | Item |
|------|------|
| 10:00 | Doors open |
| 10:15 | [Talk: Maren Solberg](#maren-solberg) |
| 11:00 | [Talk: Tomas Quiroga](#tomas-quiroga) |
| 11:45 | Lunch |

## Our speakers

### Maren Solberg

Norwegian Institute of Field Robotics

Maren builds legged robots that walk on ice and teaches control theory.

**Title:** *Walking robots on frozen lakes*

### Tomas Quiroga

University of Valparaíso

Tomas studies how swarms of small boats map a harbour floor.

**Title:** *Mapping a harbour with twenty boats*
"""


def test_a_timetable_linking_speaker_sections_joins_each_speaker_s_title_and_time() -> None:
    # the page reading (the timetable) and the speakers reading are a close call; the
    # reading by parts built on the second reads both: each speaker's titled talk, timed
    programme = parse_programme(_SCHEDULE_THEN_SPEAKERS.encode(), "robotics-day.md")
    talks = {t.title: t for t in programme.talks if t.speakers}
    assert set(talks) == {"Walking robots on frozen lakes", "Mapping a harbour with twenty boats"}
    walking = talks["Walking robots on frozen lakes"]
    assert [p.name for p in walking.speakers] == ["Maren Solberg"]
    assert walking.start is not None and walking.start.strftime("%Y-%m-%d %H:%M") == (
        "2026-03-06 10:15"
    )
    assert programme.name.startswith("Lakeside Robotics")


def test_a_part_numbered_in_roman_numerals_is_no_person_and_an_initial_still_is() -> None:
    from confnotes.importers.persons import is_person_name

    assert not is_person_name("III.- Encuentros Abiertos de Murcia")
    assert not is_person_name("IV. Jornadas Abiertas de Lorca", single_ok=True)
    assert is_person_name("V. Kumar")
    assert is_person_name("Lucía Ferrer Almansa")
