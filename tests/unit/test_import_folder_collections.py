"""Whole folders of notes as people keep them (issue 33, set folders9): a collection whose
index says only that it holds notes over one event's folder; each talk in a folder of its
own holding a file every talk's folder shares the name of; by-lines that open on a by-word
in another language with the speaker's company after a dash; a note opening on its
speaker's name as a label; a run of ``Thing - remark`` lines that names nobody."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.headings import names_no_event
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import expand_sources, read_folder


def _walk(root: Path, files: dict[str, str]) -> list[Programme]:
    """The folder written, then walked and read as ``confnotes import ROOT`` does."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    groups: dict[str, list[str]] = {}
    for source, group, skip in expand_sources([str(root)]):
        if group and not skip:
            groups.setdefault(group, []).append(source)
    return [p for group, files in groups.items() for p in read_folder(group, files)[0].values()]


def _talks(read: list[Programme]) -> dict[str, list[str]]:
    return {
        t.title: [p.name for p in t.speakers] for p in read for t in p.talks if t.kind != "other"
    }


def test_a_collection_index_names_no_event_and_the_event_folder_does(tmp_path: Path) -> None:
    read = _walk(
        tmp_path / "notes-of-mine",
        {
            "README.md": "# Talk-Notes\nWhat I wrote down at events.\n",
            "gullcon/tides.md": "# Reading Tide Tables\nSpeaker: Oona Halvorsen\n\n* moon\n",
            "gullcon/nets.md": "# Mending Nets\nSpeaker: Arvid Solberg\n\n* knots\n",
        },
    )
    assert {p.name for p in read} == {"gullcon"}  # not "Talk", not "notes of mine"
    assert _talks(read) == {
        "Reading Tide Tables": ["Oona Halvorsen"],
        "Mending Nets": ["Arvid Solberg"],
    }


def test_headings_that_only_say_notes_name_no_event() -> None:
    for heading in ("Conference-Notes", "mes-notes", "My talk notes", "Talk-Notes"):
        assert names_no_event(heading), heading
    for heading in ("PyCon notes", "Agile Grenoble", "RustFest Notes 2031"):
        assert not names_no_event(heading), heading


def test_a_given_folders_parents_name_nothing_of_it(tmp_path: Path) -> None:
    read = _walk(
        tmp_path / "archive" / "FjordConf",
        {
            "2031/Monday/a.md": "# Ropes and Pulleys\nSpeaker: Lene Dahl\n\ntext\n",
            "2031/Tuesday/b.md": "# Sails at Night\nSpeaker: Pål Strand\n\ntext\n",
        },
    )
    assert {p.name for p in read} == {"FjordConf 2031"}  # not "archive FjordConf 2031"


def test_a_file_name_every_talk_folder_shares_is_no_title(tmp_path: Path) -> None:
    long_title = "Everything We Broke While Moving Forty Services to One Cluster, Ranked!"
    read = _walk(
        tmp_path / "Kelpfest",
        {
            "Day1/CalmDeploys/Notes.txt": "Calm Deploys\nSigrid Aune\n\n  - canaries\n",
            "Day1/ForgeLogs/Notes.txt": "Forging Logs\nEinar Vik\nexample.org/ev\n\n  - ship\n",
            "Day2/MigrationScars/Notes.txt": f"{long_title}\nMarit Rød\n\n  - ranked list\n",
        },
    )
    talks = _talks(read)
    assert talks[long_title] == ["Marit Rød"]
    assert "Notes" not in talks


def test_a_by_word_in_another_language_and_a_company_after_a_dash(tmp_path: Path) -> None:
    read = _walk(
        tmp_path / "carnets",
        {
            "kelp-days-refonte.md": "# Kelp Days : refonte\nPar Solène Marchal - **Algue SA**\n"
            "\n## Avant\ndu code\n",
            "kelp-days-tests.md": "# Kelp Days : tests\nPar Rémi Lacoste - **Varech**\n"
            "\n## Après\ndes tests\n",
        },
    )
    talks = _talks(read)
    # "Kelp Days :" opens every note's title: the event's name, not the talks' words
    assert talks["refonte"] == ["Solène Marchal"]
    assert talks["tests"] == ["Rémi Lacoste"]


def test_a_note_opening_on_its_speakers_name_as_a_label(tmp_path: Path) -> None:
    read = _walk(
        tmp_path / "seabirds",
        {
            "halvorsen.md": "Oona Halvorsen:\n\nWhat she said:\n* gulls are clever\n",
            "puffins.md": "# Twisted Puffins\n\n* a title shaped like a name stays a title\n",
        },
    )
    talks = _talks(read)
    assert talks["Oona Halvorsen"] == ["Oona Halvorsen"]
    assert talks["Twisted Puffins"] == []


def test_a_run_of_thing_dash_remark_lines_names_nobody() -> None:
    text = "Boathouse Server?\n=================\n\nMedia Server - dlna\nuPNP - minidlna\n"
    programme = parse_programme((text + "Web - nginx, django\nssh\n").encode(), "boat.rst")
    assert [p.name for t in programme.talks for p in t.speakers] == []
    one = "Calm Deploys\n============\n\nSigrid Aune - Open sourceror and design engineer\n"
    one += "Slides - example.org/x\n\ncanaries and small steps\n"
    programme = parse_programme(one.encode(), "calm.rst")
    assert [p.name for t in programme.talks for p in t.speakers] == ["Sigrid Aune"]


def test_day_folders_named_by_a_date_run_together_date_their_talks(tmp_path: Path) -> None:
    from datetime import date

    read = _walk(
        tmp_path / "skerrycon",
        {
            "20310912/marsh.md": "# Salt Marsh Sensors by Halldóra Jónsdóttir\n\ntides\n",
            "20310913/kelp.md": "# Kelp Forest Maps by Tiago Menezes\n\nsonar\n",
            "20311399/odd.md": "# Not a Day by Ana Ruiz\n\na folder whose digits are no date\n",
        },
    )
    days = {t.title: t.day for p in read for t in p.talks}
    assert days["Salt Marsh Sensors"] == date(2031, 9, 12)
    assert days["Kelp Forest Maps"] == date(2031, 9, 13)
    assert days["Not a Day"] is None


def test_a_to_do_list_and_a_days_overview_are_notes_not_talks(tmp_path: Path) -> None:
    read = _walk(
        tmp_path / "brinefest-2031",
        {
            "marsh.md": "# Salt Marsh Sensors\nSpeaker: Halldóra Jónsdóttir\n\n* tides\n",
            "TODO.md": "# TODO\n\n- [ ] write up the marsh talk\n- [x] slides\n",
            "day-2.md": "# Day 2 recap\n\nFoggy morning, two good talks.\n",
            "sunday.md": "# Sunday Keynote\n\n* a kind of talk named by its day stays a talk\n",
        },
    )
    kinds = {t.title: t.kind for p in read for t in p.talks}
    assert kinds["TODO"] == kinds["Day 2 recap"] == "other"
    assert kinds["Salt Marsh Sensors"] != "other"
    assert kinds["Sunday Keynote"] != "other"
    bodies = " ".join(t.body for p in read for t in p.talks)
    assert "write up the marsh talk" in bodies and "Foggy morning" in bodies
