"""Talks of a programme written without times (issue 33): a Markdown table's head row
names the columns and is no talk; a column its header calls people holds people in the
shape they give their own names (handles, lower case); a role's label after a title
(``Title. Speaker: Name``) names its speakers; a programme pasted in a plain fence is
read as its lines."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "builders-day.md")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


def test_the_head_row_of_a_markdown_table_is_no_talk() -> None:
    talks = _talks(
        "# Harbour Builders Day\n\n## Line-up\n\n"
        "| Session | Given by |\n|---|---|\n"
        "| Tidal energy on a budget | Sunniva Aas |\n"
        "| Sensors in salt water | Kofi Mensah |\n"
        "| Mapping the seabed with drones | Ines Duarte |\n"
    )
    assert talks == {
        "Tidal energy on a budget": ["Sunniva Aas"],
        "Sensors in salt water": ["Kofi Mensah"],
        "Mapping the seabed with drones": ["Ines Duarte"],
    }


def test_a_presenter_column_of_handles_gives_each_row_its_speakers() -> None:
    talks = _talks(
        "# Harbour Builders Day\n\n## Updates\n\nFive minutes each.\n\n"
        "| Project | Presenter |\n|:---:|:---:|\n"
        "| buoy-firmware | @saas |\n"
        "| tide-tables | @kmensah |\n"
        "| seabed-maps | @iduarte & @pnilsen |\n"
    )
    assert talks == {
        "buoy-firmware": ["saas"],
        "tide-tables": ["kmensah"],
        "seabed-maps": ["iduarte", "pnilsen"],
    }


def test_a_markdown_table_whose_first_slot_is_in_its_head_row_keeps_that_slot() -> None:
    # the writer put the first row of the day above the |---| line: a time in it says so
    programme = parse_programme(
        (
            b"# Harbour Builders Day\n\n"
            b"| 09:00 | Tidal energy on a budget | Sunniva Aas |\n|---|---|---|\n"
            b"| 09:30 | Sensors in salt water | Kofi Mensah |\n"
            b"| 10:00 | Mapping the seabed with drones | Ines Duarte |\n"
        ),
        "builders-day.md",
    )
    assert "Tidal energy on a budget" in [t.title for t in programme.talks]


def test_a_role_label_after_the_title_names_the_speakers_in_any_language() -> None:
    from confnotes.importers.headings import read_heading

    said = {
        "Kelp farming at scale. Speaker: Ana M. Ruiz": ("Kelp farming at scale", ["Ana M. Ruiz"]),
        "Kelp farming at scale (Speakers: Ana Ruiz and Bo Li)": (
            "Kelp farming at scale",
            ["Ana Ruiz", "Bo Li"],
        ),
        "Algas en la costa. Ponente: Lucía Prats. Autoría: Grupo Mar": (
            "Algas en la costa",
            ["Lucía Prats"],
        ),
        "Seetang im Watt - Referentin: Jana Vogt | Raum 2": ("Seetang im Watt", ["Jana Vogt"]),
    }
    for line, (title, speakers) in said.items():
        talk = read_heading(line)
        assert (talk.title, [p.name for p in talk.speakers]) == (title, speakers), line
    # a label of no speaker's role, or no one after it, names no one
    assert read_heading("Session 3 (Chair: Bo Li)").speakers == []
    assert read_heading("Kelp farming. Speaker: to be announced").speakers == []


def test_a_programme_pasted_in_a_plain_fence_is_read_as_its_lines() -> None:
    fence = "```"
    text = (
        "# Harbour Data Day 2025\n\nSaturday 14 June 2025, Pier Hall\n\n"
        f"{fence}\n09:00  Registration\n09:30  Tides in the logs - Marit Solberg\n"
        "10:15  Counting containers with cameras - Kwabena Mensah\n"
        f"11:30  Cleaning quay telemetry - Ilse Vandermeer\n{fence}\n"
    )
    talks = _talks(text)
    assert talks["Tides in the logs"] == ["Marit Solberg"]
    assert talks["Cleaning quay telemetry"] == ["Ilse Vandermeer"]
    # a log pasted in a fence (seconds in its clocks), or code in a language, is no programme
    log = f"# Debugging day\n\n{fence}\n10:00:01 INFO start\n10:00:02 WARN slow\n{fence}\n"
    assert not any(t.start for t in parse_programme(log.encode(), "debug.md").talks)
