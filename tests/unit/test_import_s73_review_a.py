"""Near misses of the session's new readings: two real people one letter apart, a blog
post's address, a registration date in a recap, descriptions that mention a kind."""

from __future__ import annotations

from datetime import date

from tests.unit.importing import days_by_title, people_of, read, speakers_by_title

TWO_SPEAKERS = """\
# Fjord Tech Day 2030

## 09:30 Vacuuming without tears
Speaker: Lars Jansen

Lars Jansen keeps the ferry company's databases alive. Lars Jansen also sails.

## 10:30 Reproducible builds
Speaker: Lars Janssen
"""

CO_SPEAKERS = """\
# Fjord Tech Day 2030

## 09:30 Vacuuming without tears
Speakers: Lars Jansen, Lars Janssen

Lars Jansen leads the team; Lars Jansen wrote the tooling.
"""

NOTES_WITH_OLD_POST = """\
# Evening of the Go user group

## 19:00 Channels, gently
Speaker: Ines Vidal

She pointed us to https://ines.example.net/2026/09/14/select-statements-explained/ as a
primer.
"""

LINKED_RECAPS = """\
talks:
  - title: Indexes that pay off
    speaker: Ines Vidal
    url: https://notes.example.net/2030/05/03/indexes-recap/
  - title: Profiling Python
    speaker: Jon Ek
    url: https://notes.example.net/2030/05/09/profiling-recap/
  - title: Calm deploys
    speaker: Mia Holt
    url: https://notes.example.net/2030/05/15/deploys-recap/
"""

RECAP_POST = """\
# Community day recap

Tickets went on sale on 2 February 2030 and were gone in a week.

## Channels, gently
Speaker: Ines Vidal

- select, timeouts
"""

DESCRIBED = """\
sessions:
  - title: What beginners trip over
    speaker: Ines Vidal
    time: "10:00"
    description: The tutorial we gave last spring showed where newcomers get stuck.
  - title: A compiler in an hour
    speaker: Jon Ek
    time: "11:00"
    description: Hands-on demos of a small compiler written live on stage.
  - title: Folding paper robots
    speaker: Mia Holt
    time: "13:00"
    description: Hands-on workshop where everyone builds a robot from card.
"""

BREAK_WITH = """\
items:
  - title: Fireside chat with Ines Vidal
    time: "16:00"
  - title: Coffee break with Jon Ek
    time: "17:00"
"""


class TestRA:
    def test_two_speakers_one_doubled_letter_apart_stay_two_people(self) -> None:
        talks = speakers_by_title(read(TWO_SPEAKERS, "fjord.md"))
        assert talks["Reproducible builds"] == ["Lars Janssen"]
        assert {"Lars Jansen", "Lars Janssen"} <= people_of(read(TWO_SPEAKERS, "fjord.md"))

    def test_two_speakers_of_one_talk_are_never_one_person(self) -> None:
        talks = speakers_by_title(read(CO_SPEAKERS, "fjord.md"))
        assert talks["Vacuuming without tears"] == ["Lars Jansen", "Lars Janssen"]

    def test_a_linked_blog_post_gives_notes_no_day(self) -> None:
        days = days_by_title(read(NOTES_WITH_OLD_POST, "gophers.md"), others=False)
        assert set(days.values()) == {None}

    def test_data_links_to_recap_posts_give_no_days(self) -> None:
        days = days_by_title(read(LINKED_RECAPS, "talks.yml"))
        assert set(days.values()) == {None}

    def test_a_recap_keeps_its_file_day_over_a_ticket_sale_months_before(self) -> None:
        days = days_by_title(read(RECAP_POST, "_posts/2030-04-13-recap.md"), others=False)
        assert set(days.values()) == {date(2030, 4, 13)}

    def test_descriptions_recalling_a_workshop_or_showing_demos_tag_no_workshop(self) -> None:
        talks = {t.title: t for t in read(DESCRIBED, "sessions.yml").talks}
        assert "tutorial" not in talks["What beginners trip over"].tags
        assert "workshop" not in talks["A compiler in an hour"].tags
        assert "workshop" in talks["Folding paper robots"].tags

    def test_a_break_with_someone_names_no_speaker(self) -> None:
        talks = speakers_by_title(read(BREAK_WITH, "day.yml"))
        assert talks["Coffee break with Jon Ek"] == []
        assert "Jon Ek" not in people_of(read(BREAK_WITH, "day.yml"))
