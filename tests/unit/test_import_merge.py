"""Merging programmes: idempotent, updates moved talks, never touches the user's words."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.sources import import_sources
from confnotes.notebook.notebook import Notebook

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def _notes_into(nb: Notebook) -> str:
    (report,) = import_sources(nb, [str(DATA / "day_notes.md")], conference_id="conf24")
    assert report.error is None
    return report.conference_id


def test_note_body_from_notes_only_while_empty(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    assert _notes_into(nb) == "conf24"
    talk = nb.talks["conf24/sparse-wheels-for-sloths"]
    assert talk.body.startswith("Liked the ablation")
    talk.body = "My own rewrite of the notes.\n"
    talk.extra["mood"] = "great"
    talk.starred = True
    talk.tags.append("to-read")
    nb.save_talk(talk)
    before = talk.path.read_bytes()  # type: ignore[union-attr]

    nb = Notebook.open(tmp_path / "nb")
    (report,) = import_sources(nb, [str(DATA / "day_notes.md")], conference_id="conf24")
    assert not report.changed
    assert any("already has text" in line for line in report.skipped)
    assert nb.talks["conf24/sparse-wheels-for-sloths"].path.read_bytes() == before  # type: ignore[union-attr]


def test_an_emptied_body_is_filled_again_but_text_never_replaced(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    _notes_into(nb)
    quiet = nb.talks["conf24/quiet-gradients"]
    quiet.body = ""
    nb.save_talk(quiet)
    nb = Notebook.open(tmp_path / "nb")
    (report,) = import_sources(nb, [str(DATA / "day_notes.md")], conference_id="conf24")
    assert any("quiet-gradients: note body" in line for line in report.updated)
    assert nb.talks["conf24/quiet-gradients"].body == "Notes:\nAsk about the code release.\n"


def _programme(start: datetime, room: str, title: str = "Moving Target") -> Programme:
    return Programme(
        name="Shifty Workshop",
        format="markdown",
        start=start.date(),
        end=start.date(),
        talks=[
            ProgrammeTalk(
                title=title,
                start=start,
                room=room,
                speakers=[ProgrammePerson("Ada Lovelace", ["Analytical Engines"])],
            )
        ],
    )


def test_a_moved_talk_is_updated_not_duplicated(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    first = merge_programme(nb, _programme(datetime(2024, 5, 1, 9), "A"))
    assert first.conference_id == "shifty-workshop-2024"
    talk_id = "shifty-workshop-2024/moving-target"
    nb.talks[talk_id].body = "notes\n"
    nb.save_talk(nb.talks[talk_id])
    moved = merge_programme(nb, _programme(datetime(2024, 5, 1, 14), "B"))
    assert moved.added == []
    assert moved.updated == [f"talk {talk_id}: start, room"]
    talk = Notebook.open(tmp_path / "nb").talks[talk_id]
    assert (talk.start, talk.room, talk.body) == (datetime(2024, 5, 1, 14), "B", "notes\n")
    assert len([t for t in nb.talks.values() if t.title == "Moving Target"]) == 1


def test_dry_run_reports_without_writing(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    report = merge_programme(nb, _programme(datetime(2024, 5, 1, 9), "A"), dry_run=True)
    assert "talk shifty-workshop-2024/moving-target" in report.added
    assert list((tmp_path / "nb").iterdir()) == []
    assert nb.talks == {} and nb.people == {}


def test_hostile_titles_make_safe_file_names(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    titles = ["../../etc/passwd", "nul", "a\x00b", "x" * 300, "CON", "///"]
    for title in titles:
        merge_programme(nb, _programme(datetime(2024, 5, 1, 9), "A", title))
    files = sorted(p.name for p in (tmp_path / "nb" / "shifty-workshop-2024").iterdir())
    assert len(files) == len(titles) + 1
    for name in files:
        assert "/" not in name and "\x00" not in name and len(name) <= 70
    assert all(p.is_relative_to(tmp_path / "nb") for p in (tmp_path / "nb").rglob("*"))
    assert len(Notebook.open(tmp_path / "nb").talks) == len(titles)


def test_conference_dates_stretch_and_keep_user_fields(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme(datetime(2024, 5, 1, 9), "A"))
    conf = nb.conferences["shifty-workshop-2024"]
    conf.location = "My own words"
    conf.extra["hotel"] = "Pension Ada"
    nb.save_conference(conf)
    merge_programme(nb, _programme(datetime(2024, 5, 3, 9), "A", "Day Three"))
    conf = Notebook.open(tmp_path / "nb").conferences["shifty-workshop-2024"]
    assert (conf.start, conf.end) == (date(2024, 5, 1), date(2024, 5, 3))
    assert conf.location == "My own words"
    assert conf.extra["hotel"] == "Pension Ada"


def test_a_pretalx_talk_from_its_ics_and_its_json_is_one_talk_and_moves(tmp_path: Path) -> None:
    from confnotes.importers.identity import talk_code

    assert talk_code("pretalx-lakeconf-BOAT42@pretalx.example.org") == "BOAT42"
    nb = Notebook.open(tmp_path / "nb", create=True)
    ics = _programme(datetime(2024, 5, 2, 10, 0), "Room 1", title="Boats")
    ics.format = "ical"
    ics.talks[0].source_id = "pretalx-lakeconf-BOAT42@pretalx.example.org"
    merge_programme(nb, ics, conference_id="lakeconf")
    nb = Notebook.open(tmp_path / "nb")
    widget = _programme(datetime(2024, 5, 2, 15, 0), "Room 2", title="Boats, Bytes and Buoys")
    widget.format = "pretalx"
    widget.talks[0].source_id = "BOAT42"
    merge_programme(nb, widget, conference_id="lakeconf")
    nb = Notebook.open(tmp_path / "nb")
    (talk,) = [t for t in nb.talks.values() if t.conference == "lakeconf"]
    assert talk.title == "Boats, Bytes and Buoys"
    assert talk.start == datetime(2024, 5, 2, 15, 0) and talk.room == "Room 2"


def test_a_long_name_gives_its_bracketed_acronym_as_the_id_not_a_cut_title(
    tmp_path: Path,
) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    programme = Programme(
        name="The Symbiosis of Deep Learning and Differential Equations (DLDE III) 2023",
        format="text",
    )
    programme.talks.append(ProgrammeTalk(title="Neural ODEs at scale"))
    report = merge_programme(nb, programme)
    assert report.conference_id == "dlde-iii-2023"
    assert nb.conferences["dlde-iii-2023"].name == programme.name  # the name stays whole
