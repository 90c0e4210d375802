"""Corrections of people and conferences, each undone by `confnotes undo`."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError, UsageError
from confnotes.knowledge import edits
from confnotes.knowledge.people import split_person
from confnotes.notebook.notebook import Notebook

SHIFTS = "relml-2025/shifts-in-the-wild"


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".confnotes" not in p.parts
    }


def test_deleting_a_person_who_is_not_one_reports_their_talks_and_undo_restores_all(
    demo: Path,
) -> None:
    before = _files(demo)
    nb = Notebook.open(demo)
    report = edits.delete_person(nb, "Tomasz Wróbel")
    assert "relml-2025/shifts-in-the-wild no longer names Tomasz Wróbel" in report.summary
    assert "conference relml-2025 no longer lists them (organizer)" in report.summary
    nb = Notebook.open(demo)
    assert "tomasz-wrobel" not in nb.people
    assert nb.talks[SHIFTS].speakers == ["lena-hofmann"]
    assert all(r.person != "tomasz-wrobel" for r in nb.conferences["relml-2025"].people)

    edits.undo_last(Notebook.open(demo))
    assert _files(demo) == before


def test_split_by_talk_undoes_an_automatic_merge_of_an_alias(demo: Path) -> None:
    nb = Notebook.open(demo)
    lena = nb.people["lena-hofmann"]
    lena.aliases.append("L. Hofmann")  # an import merged "L. Hofmann" into Lena
    nb.save_person(lena)
    person = split_person(nb, "L. Hofmann", talks=[SHIFTS])
    nb = Notebook.open(demo)
    assert nb.people[person.id].name == "L. Hofmann"
    assert (
        person.id in nb.talks[SHIFTS].speakers and "lena-hofmann" not in nb.talks[SHIFTS].speakers
    )
    assert "L. Hofmann" not in nb.people["lena-hofmann"].aliases


def test_split_by_talk_of_two_people_with_the_very_same_name(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk = nb.new_talk("relml-2025", "Another Talk by Someone Else")
    talk.speakers = ["amara-okafor"]
    nb.save_talk(talk)
    person = split_person(nb, "amara-okafor", talks=[talk.id])
    nb = Notebook.open(demo)
    assert person.id != "amara-okafor" and nb.people[person.id].name == "Amara Okafor"
    assert nb.talks[talk.id].speakers == [person.id]
    assert "relml-2025/calibration-is-not-enough" in [t.id for t in nb.talks_by("amara-okafor")]
    with pytest.raises(UsageError, match="not a speaker"):
        split_person(nb, "amara-okafor", talks=[SHIFTS])


def test_renaming_a_conference_keeps_the_old_name_and_undoes(demo: Path) -> None:
    before = _files(demo)
    nb = Notebook.open(demo)
    edits.rename(nb, "conference", "relml-2025", "RelML Workshop 2025")
    nb = Notebook.open(demo)
    conf = nb.conferences["relml-2025"]
    assert conf.name == "RelML Workshop 2025"
    assert conf.extra["aliases"] == ["Workshop on Reliable Machine Learning 2025"]
    edits.undo_last(nb)
    assert _files(demo) == before


def _dst_programme(root: Path) -> Notebook:
    """Two talks in Berlin either side of the spring DST change (31 March 2024)."""
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Spring School 2024", "spring-2024", timezone="Europe/Berlin")
    nb.save_conference(conf)
    for day in (30, 31):
        talk = nb.new_talk("spring-2024", f"Talk on the {day}th")
        talk.start, talk.end = datetime(2024, 3, day, 10, 0), datetime(2024, 3, day, 11, 0)
        nb.save_talk(talk)
    return nb


def test_timezone_relabel_keeps_times_convert_shifts_them_across_dst(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    _dst_programme(root)
    before = _files(root)

    edits.set_timezone(Notebook.open(root), "spring-2024", "America/New_York", "relabel")
    nb = Notebook.open(root)
    assert nb.conferences["spring-2024"].timezone == "America/New_York"
    assert [t.start for t in nb.talks_of("spring-2024")] == [
        datetime(2024, 3, 30, 10, 0),
        datetime(2024, 3, 31, 10, 0),
    ]
    edits.undo_last(nb)
    assert _files(root) == before

    edits.set_timezone(Notebook.open(root), "spring-2024", "America/New_York", "convert")
    nb = Notebook.open(root)
    # Berlin is UTC+1 on the 30th and UTC+2 on the 31st; New York is UTC-4 on both days.
    assert [(t.start, t.end) for t in nb.talks_of("spring-2024")] == [
        (datetime(2024, 3, 30, 5, 0), datetime(2024, 3, 30, 6, 0)),
        (datetime(2024, 3, 31, 4, 0), datetime(2024, 3, 31, 5, 0)),
    ]
    edits.undo_last(nb)
    assert _files(root) == before


def test_timezone_mistakes_are_bad_input(tmp_path: Path) -> None:
    nb = _dst_programme(tmp_path / "nb")
    with pytest.raises(BadInputError, match="unknown timezone"):
        edits.set_timezone(nb, "spring-2024", "Mars/Olympus", "convert")
    conf = nb.conferences["spring-2024"]
    conf.timezone = None
    nb.save_conference(conf)
    with pytest.raises(BadInputError, match="no timezone to convert from"):
        edits.set_timezone(nb, "spring-2024", "Europe/Paris", "convert")
    with pytest.raises(UsageError, match="nothing to undo"):
        edits.undo_last(Notebook.open(tmp_path / "empty", create=True))


def _cli(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confnotes", "--notebook", str(root), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _state(root: Path) -> tuple[object, ...]:
    """What the user sees: every talk's title, time, speakers and note; people; roles."""
    nb = Notebook.open(root)
    talks = {t.id: (t.title, t.start, t.end, t.speakers, t.body) for t in nb.talks.values()}
    people = {p.id: (p.name, p.aliases, p.affiliations, p.body) for p in nb.people.values()}
    confs = {c.id: (c.name, c.timezone, c.people) for c in nb.conferences.values()}
    return talks, people, confs


def test_the_commands_report_and_undo(demo: Path) -> None:
    before = _state(demo)
    done = _cli(demo, "people", "rename", "amara-okafor", "Amara N. Okafor")
    assert done.returncode == 0, done.stderr
    assert "links rewritten in 1 note" in done.stdout and "undo: confnotes undo" in done.stdout
    done = _cli(demo, "conference", "timezone", "relml-2025", "Europe/Berlin", "--convert")
    assert done.returncode == 0 and "converted 6 talks" in done.stdout
    done = _cli(demo, "people", "delete", "joao-pereira")
    assert done.returncode == 0 and "deleted person joao-pereira" in done.stdout
    listed = _cli(demo, "undo", "--list").stdout.splitlines()
    assert len(listed) == 3 and listed[-1].startswith("restore person joao-pereira")
    for _ in range(3):
        assert _cli(demo, "undo").returncode == 0
    # (A talk left with no speaker lost its `speakers:` key; the undo adds it back at the end.)
    assert _state(demo) == before
    bad = _cli(demo, "conference", "timezone", "relml-2025", "Nowhere/Else", "--relabel")
    assert bad.returncode == 2 and "unknown timezone" in bad.stderr
    missing = _cli(demo, "conference", "timezone", "relml-2025", "Europe/Paris")
    assert missing.returncode == 2


def test_a_merge_from_the_command_line_is_undone_by_undo(demo: Path) -> None:
    before = _state(demo)
    done = _cli(demo, "people", "merge", "lena-hofmann", "tomasz-wrobel")
    assert done.returncode == 0, done.stderr
    assert "tomasz-wrobel" not in Notebook.open(demo).people
    assert _cli(demo, "undo").returncode == 0
    nb = Notebook.open(demo)
    assert nb.people["tomasz-wrobel"].name == "Tomasz Wróbel"
    assert _state(demo)[0] == before[0]  # every talk names its speakers as before


def test_a_rename_cut_short_by_a_note_edited_elsewhere_can_still_be_undone(demo: Path) -> None:
    from confnotes.errors import ConflictError

    nb = Notebook.open(demo)
    note = demo / f"{SHIFTS}.md"
    note.write_text(note.read_text(encoding="utf-8") + "typed in another editor\n", "utf-8")
    with pytest.raises(ConflictError):
        edits.rename(nb, "person", "amara-okafor", "Amara N. Okafor")
    assert "typed in another editor" in note.read_text(encoding="utf-8")  # never overwritten
    assert "[[Amara Okafor]]" in nb.talks[SHIFTS].body  # nor changed in memory
    edits.undo_last(Notebook.open(demo))
    assert Notebook.open(demo).people["amara-okafor"].name == "Amara Okafor"


def test_converting_moves_the_conference_days_with_its_talks(tmp_path: Path) -> None:
    from datetime import date

    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Tokyo Day", "tokyo", timezone="Asia/Tokyo")
    conf.start = conf.end = date(2024, 12, 10)
    nb.save_conference(conf)
    talk = nb.new_talk("tokyo", "Morning")
    talk.start = datetime(2024, 12, 10, 9, 0)
    nb.save_talk(talk)
    before = _files(root)
    edits.set_timezone(Notebook.open(root), "tokyo", "America/Chicago", "convert")
    nb = Notebook.open(root)
    assert nb.talks[talk.id].start == datetime(2024, 12, 9, 18, 0)
    assert (nb.conferences["tokyo"].start, nb.conferences["tokyo"].end) == (
        date(2024, 12, 9),
        date(2024, 12, 9),
    )
    edits.undo_last(nb)
    assert _files(root) == before
