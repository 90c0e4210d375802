# ruff: noqa: E501
"""Near misses found reviewing session 71's importer changes: ordinary documents the new
mechanisms were not built for, which must read as they did before them."""

from __future__ import annotations

from tests.unit.importing import people_of, read, speakers_by_title

# a table whose rows write "Title by Name", among them Title Case titles holding "by"
# before a capitalised word of their own

BY_LINES_AND_IDIOMS = """# Data Day 2032

| Time  | Talk |
|-------|------|
| 09:00 | Welcome |
| 09:30 | Scaling Postgres by Ana Ruiz |
| 10:15 | Stream Processing by Bo Lindqvist |
| 11:00 | Learning by Example |
| 11:45 | Privacy by Design by Carla Mendes |
| 12:30 | Lunch |
| 14:15 | Death by Accident |
"""

# the same in sentence case, one title naming what powers its subject after "by"

POWERED_BY = """# Search Evening 2032

| Time  | Talk |
|-------|------|
| 18:00 | Doors open |
| 18:30 | Ranking with embeddings by Ana Ruiz |
| 19:00 | Search at scale powered by Elixir |
| 19:30 | Typo tolerance explained by Bo Lindqvist |
| 20:00 | Small indexes by Okonkwo |
"""

# a panel's cell listing its panellists, each with the firm they work for in brackets

PANEL_CELL = """## Programme

### Saturday 12 June 2032

| Time  | Session |
|-------|---------|
| 09:00 | Registration |
| 10:00 | *Compilers for fun* (Ana Ruiz) |
| 11:00 | **Panel: The future of open source**<br>• Bo Lindqvist (GitHub)<br>• Carla Mendes (Red Hat)<br>• Dieter Braun (Mozilla) |
| 12:00 | Lunch |
| 13:00 | *Data pipelines* (Erik Holm) |
| 14:00 | *Type systems* (Fatima Zahra) |
"""

# a day's slots keyed by 12-hour clocks, dumped by a tool that sorts keys as strings

SORTED_CLOCK_KEYS = """date: 2032-06-12
slots:
  '1:30 PM':
  - speaker: 'Carla Mendes'
    title: 'Data pipelines in practice'
  '10:00 AM':
  - speaker: 'Ana Ruiz'
    title: 'Compilers for fun'
  '11:00 AM':
  - speaker: 'Bo Lindqvist'
    title: 'Testing at scale'
  '12:30 PM':
    title: 'Lunch'
  '3:00 PM':
  - speaker: 'Dieter Braun'
    title: 'Type systems for everyone'
  '9:00 AM':
    title: 'Registration'
"""

# by-lines whose titles hold a stressed phrase in brackets, no material link

STRESSED_ASIDES = """# Py Evening 2032

| Time  | Talk |
|-------|------|
| 18:00 | Doors open |
| 18:30 | Dataframes with *pandas* (*and polars*) by Ana Ruiz |
| 19:00 | Packaging explained by Carla Mendes |
"""


class TestRa:
    def test_a_title_case_idiom_after_by_names_no_one_among_by_lines(self) -> None:
        programme = read(BY_LINES_AND_IDIOMS, "dataday.md")
        got = speakers_by_title(programme)
        assert got.get("Learning by Example") == []
        assert got.get("Death by Accident") == []
        assert got["Scaling Postgres"] == ["Ana Ruiz"]
        assert not people_of(programme) & {"Example", "Accident"}

    def test_a_participle_before_by_leaves_the_title_whole(self) -> None:
        programme = read(POWERED_BY, "evening.md")
        got = speakers_by_title(programme)
        assert got.get("Search at scale powered by Elixir") == []
        assert got["Small indexes"] == ["Okonkwo"]
        assert "Elixir" not in people_of(programme)

    def test_a_cell_listing_panellists_and_their_firms_is_no_list_of_talks(self) -> None:
        programme = read(PANEL_CELL, "programme.md")
        titles = {t.title for t in programme.talks}
        assert "Panel: The future of open source" in titles
        assert not people_of(programme) & {"Red Hat", "GitHub", "Mozilla"}
        assert not titles & {"Carla Mendes", "Bo Lindqvist (GitHub)"}

    def test_clock_keys_sorted_as_strings_keep_their_am_and_pm(self) -> None:
        programme = read(SORTED_CLOCK_KEYS, "day.yml")
        starts = {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start}
        assert starts["Data pipelines in practice"] == "13:30"
        assert starts["Registration"] == "09:00"
        assert starts["Compilers for fun"] == "10:00"

    def test_a_stressed_phrase_in_brackets_stays_in_the_title(self) -> None:
        got = speakers_by_title(read(STRESSED_ASIDES, "evening.md"))
        assert got["Dataframes with pandas (and polars)"] == ["Ana Ruiz"]
