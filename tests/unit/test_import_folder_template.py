"""A person's folder of notes read as a whole (issue 33): what its files share is their
template (a title, then the speaker's name on the next line; a label shared but for its
number), what differs is each talk's title, speaker and day; where the folder's files name
their speakers, and whether each holds one talk, is the folder's convention; the folders'
names say the event and its year."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from confnotes.importers.programme import Programme
from confnotes.importers.sources import expand_sources, folder_name
from tests.unit.folder_fixtures import read_files


def talk_speakers(read: dict[str, Programme]) -> dict[str, tuple[list[str], str, date | None]]:
    return {
        t.title: ([p.name for p in t.speakers], t.kind, t.day)
        for p in read.values()
        for t in p.talks
        if t.kind != "other"
    }


def test_a_name_line_under_every_title_names_each_talks_speaker(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "2031-04-HarbourConf",
        {
            "tide-tables.md": "# Tide Tables\nMarta Keskinen @mkesk\n04/14/2031\n\n## Why\ncron\n",
            "quiet-queues.md": (
                "Quiet Queues\nJonas Ek & Lea Brandt\n04/15/2031 @ Harbour\n\nlive demo\n"
            ),
            "anchors.md": "# Anchors\nPetra Lund  @plund  lund.dev\n\n## Part one\nboats\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Tide Tables"] == (["Marta Keskinen"], "talk", date(2031, 4, 14))
    assert talks["Quiet Queues"] == (["Jonas Ek", "Lea Brandt"], "talk", date(2031, 4, 15))
    assert talks["Anchors"][0] == ["Petra Lund"]
    assert {p.name for p in read.values()} == {"HarbourConf 2031"}


def test_a_label_shared_but_for_its_number_is_the_templates_not_a_title(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "seaconf",
        {
            "k1.md": "# Keynote I\n## Ines Duarte\n## Maps of Slow Water\n\n* rivers\n",
            "k2.md": "# Keynote II\n## Olaf Brekke\n## Counting Gulls\n\n* gulls\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Maps of Slow Water"] == (["Ines Duarte"], "keynote", None)
    assert talks["Counting Gulls"] == (["Olaf Brekke"], "keynote", None)


def test_speakers_in_a_list_item_are_not_the_folders_by_line(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "bytefest-2032",
        {
            "a.md": "# Pipelines That Rest\n\nPresenter: Dalia Okafor\n\n* rest\n",
            "b.md": "# Small Teams\n\nPresented by: Henrik Saar\n",
            "c.md": "# Gentle Layouts\n\n* Clean Grids and Gentle Motion\n* relative units\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Pipelines That Rest"][0] == ["Dalia Okafor"]
    assert talks["Small Teams"][0] == ["Henrik Saar"]
    assert talks["Gentle Layouts"][0] == []


def test_titles_linked_to_the_events_session_pages(tmp_path: Path) -> None:
    site = "https://fest.example.org/sessions"
    read = read_files(
        tmp_path / "fest-2032",
        {
            "gentle.md": f"# [Gentle Layouts]({site}/gentle/)\n\nnotes\n",
            "teams.md": f"# [Small Teams, Long Systems]({site}/teams/)\n\nnotes\n",
            "open.md": f"[Working in the Open]({site}/open/)\n\nA conversation.\n",
        },
    )
    assert "Working in the Open" in talk_speakers(read)


def test_a_file_of_a_one_talk_folder_is_one_talk_whatever_its_lines_look_like(
    tmp_path: Path,
) -> None:
    read = read_files(
        tmp_path / "fjordcon-2030",
        {
            "lunar.rst": (
                "Lunar Calendars\n===============\n\nOdd facts\n---------\n\n"
                "Lunar Months - 29 or 30 days\n\nLeap Seconds - added in June\n"
            ),
            "streams.rst": "Streams\n=======\n\nbackpressure\n\nDemo\n----\n\nit worked\n",
            "tiny.rst": "Tiny Servers\n============\n\none board\n",
        },
    )
    talks = talk_speakers(read)
    assert set(talks) == {"Lunar Calendars", "Streams", "Tiny Servers"}
    assert all(speakers == [] for speakers, _kind, _day in talks.values())


def test_folder_names_say_the_event_and_its_year(tmp_path: Path) -> None:
    assert folder_name("2015-11-RubyConf") == "RubyConf 2015"
    assert folder_name("2024_04_postgres_conference") == "postgres conference 2024"
    assert folder_name("03_axe-con") == "axe con"
    assert folder_name("2025-05-14") == "2025 05 14"  # a day's folder names no event
    assert folder_name("neurips2023") == "neurips 2023"


def test_a_years_folder_holding_one_event_folder_is_that_event(tmp_path: Path) -> None:
    root = tmp_path / "2032"
    files = {
        "07_bytefest/2032_07_02/a.md": "# Pipelines That Rest\n\nnotes\n",
        "07_bytefest/2032_07_03/b.md": "# Small Teams\n\nnotes\n",
    }
    read = read_files(root, files)
    assert {p.name for p in read.values()} == {"bytefest 2032"}
    talks = talk_speakers(read)
    assert talks["Pipelines That Rest"][2] == date(2032, 7, 2)
    assert talks["Small Teams"][2] == date(2032, 7, 3)
    groups = {folder for _s, folder, _skip in expand_sources([str(tmp_path)])}
    assert len(groups) == 1


def test_words_every_file_opens_with_are_the_template_not_a_title(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "tidecamp-2033",
        {
            "ferry.md": "# Talk\n\n## Ferry Scheduling\nSpeaker: Ana Brandvold\n\n* solvers\n",
            "metrics.md": "# Talk\n\n## Harbour Metrics\nSpeaker: Tomas Rydell\n\n* fewer\n",
            "quiet-hours.md": "# Talk\n\nno slides, a walk through rotations\n\n* quiet\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Ferry Scheduling"][0] == ["Ana Brandvold"]
    assert "quiet hours" in talks  # its file's name, not the template's "Talk"
    assert "Talk" not in talks


def test_a_heading_packing_speaker_place_and_stressed_title_is_a_talk(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "stats-camp-2034",
        {
            "session.md": (
                "# Statistics Camp 2034\n\n## Session One\n\n"
                "### Noor Haddad, Lakeside University, *Sampling birds that will not sit*\n"
                "* counts drift\n\n"
                "### Pavel Sokol, Ridge Institute, *Weights for surveys nobody answers*\n"
                "* nonresponse is information\n"
            ),
        },
    )
    talks = talk_speakers(read)
    assert talks["Sampling birds that will not sit"][0] == ["Noor Haddad"]
    assert talks["Weights for surveys nobody answers"][0] == ["Pavel Sokol"]


def test_a_panels_list_of_panelists_names_its_speakers(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "fest-2032",
        {
            "open.md": (
                "# Working in the Open\n\nA conversation.\n\nPanelists:\n* Odile Ferrant\n"
                "* Kwame Asante\n\n* what got you started?\n  * a bug report\n"
            ),
            "rest.md": "# Pipelines That Rest\n\nPresenter: Dalia Okafor\n\n* rest\n",
            "teams.md": "# Small Teams\n\nPresented by: Henrik Saar\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Working in the Open"][:2] == (["Odile Ferrant", "Kwame Asante"], "panel")


def test_a_sub_heading_under_every_title_is_the_templates_not_a_speaker(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "summit-2031",
        {
            "a.md": "# Paper Cuts\n## Key Points\n* small wins\n",
            "b.md": "# Long Builds\n## Key Points\n* we waited\n",
            "c.md": "# Green Tests\n## Key Points\n* they passed\n",
        },
    )
    assert all(speakers == [] for speakers, _k, _d in talk_speakers(read).values())
    assert set(talk_speakers(read)) == {"Paper Cuts", "Long Builds", "Green Tests"}
